#!/usr/bin/env bash
# Runs every benchmark executable (ctest label "benchmark") and prints its figures: the lines each
# benchmark writes, without ctest's own bookkeeping. Fails when a benchmark fails.
set -uo pipefail
build=${1:-build}
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
