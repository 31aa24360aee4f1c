#!/usr/bin/env bash
# Times the national-scale workbook export (C++/libxlsxwriter) against the
# same workbook written by Python xlsxwriter from the same data, back to
# back. Reports medians of wall-clock and of CPU time (user + system of the
# process), and the ratio Python/C++ of each, then checks with
# compare_workbooks.py that both wrote the same workbook (sheets, cells
# per kind and format, conditional formats, table, charts; untimed).
# See bench/README.md.
# usage: bench/run.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build-xlsx}"
runs="${2:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export READINESS_DATA_DIR="${READINESS_DATA_DIR:-$here/../questionnaires}"
"$build/bench/bench_export" --runs "$runs" --out "$tmp" --dump "$tmp/data.json" >"$tmp/cpp.txt" 2>/dev/null
/usr/bin/python3 "$here/python_baseline.py" "$tmp/data.json" "$tmp/python.xlsx" "$runs" >"$tmp/py.txt"
field() { awk -v k="$1" '$1 == k {print $2}' "$2"; }
cpp=$(field median_seconds "$tmp/cpp.txt")
cpp_cpu=$(field median_cpu_seconds "$tmp/cpp.txt")
py=$(field median_seconds "$tmp/py.txt")
py_cpu=$(field median_cpu_seconds "$tmp/py.txt")
echo "load average: $(cut -d" " -f1-3 /proc/loadavg)   runs: $runs"
echo "C++ (libxlsxwriter) median: ${cpp} s wall, ${cpp_cpu} s CPU"
echo "Python (xlsxwriter) median: ${py} s wall, ${py_cpu} s CPU"
awk -v c="$cpp" -v p="$py" -v cc="$cpp_cpu" -v pc="$py_cpu" \
  'BEGIN { printf "ratio Python/C++: %.1fx wall, %.1fx CPU\n", p / c, pc / cc }'
/usr/bin/python3 "$here/compare_workbooks.py" "$tmp/bench_export.xlsx" "$tmp/python.xlsx"
