#!/usr/bin/env bash
# Times the national-scale workbook export (C++/libxlsxwriter) against the
# same workbook written by Python xlsxwriter from the same data.
# usage: bench/run.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build-xlsx}"
runs="${2:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export READINESS_DATA_DIR="${READINESS_DATA_DIR:-$here/../questionnaires}"
cpp=$("$build/bench/bench_export" --runs "$runs" --out "$tmp" --dump "$tmp/data.json" 2>/dev/null | awk '/median_seconds/ {print $2}')
py=$(/usr/bin/python3 "$here/python_baseline.py" "$tmp/data.json" "$tmp/python.xlsx" "$runs" | awk '/median_seconds/ {print $2}')
echo "C++ (libxlsxwriter) median: ${cpp} s"
echo "Python (xlsxwriter) median: ${py} s"
awk -v c="$cpp" -v p="$py" 'BEGIN { printf "ratio Python/C++: %.1fx\n", p / c }'
