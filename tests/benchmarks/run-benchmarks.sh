#!/usr/bin/env bash
# Runs every benchmark executable (ctest label "benchmark") and prints its figures.
set -euo pipefail
build=${1:-build}
ctest --test-dir "$build" -L benchmark --output-on-failure -V | grep -E '^[0-9]+: ' | sed -E 's/^[0-9]+: //'
