namespace readiness { int exports_placeholder() { return 0; } }
