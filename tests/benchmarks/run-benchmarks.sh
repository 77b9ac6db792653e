#!/usr/bin/env bash
# Runs every benchmark executable (ctest label "benchmark") and prints its figures: the lines each
# benchmark writes, without ctest's own bookkeeping. Fails when a benchmark fails.
set -uo pipefail
build=${1:-build}
# Figures from an unoptimised build say nothing about Flowdesk: name the build type, refuse -O0.
type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null)
echo "benchmarks: build type ${type:-(none)}, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
case "$type" in
    Release|RelWithDebInfo|MinSizeRel) ;;
    *) echo "benchmarks: $build is not an optimised build; reconfigure it with" \
            "-DCMAKE_BUILD_TYPE=RelWithDebInfo (or remove it and run make bench)" >&2
       exit 2 ;;
esac
log=$(mktemp)
trap 'rm -f "$log"' EXIT
ctest --test-dir "$build" -L benchmark --output-on-failure -V >"$log" 2>&1
status=$?
# In verbose mode ctest prefixes a test's output with "<test number>: ".
grep -E '^[0-9]+: ' "$log" | sed -E 's/^[0-9]+: //' \
    | grep -vE '^(Test command|Working Directory|Environment variables|Test timeout computed)' \
    || true
grep -E 'tests passed|tests failed|No tests were found' "$log" || true
exit $status
