namespace readiness { int scoring_placeholder() { return 0; } }
