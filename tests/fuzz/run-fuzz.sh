#!/usr/bin/env bash
# Builds the search parser fuzzer (clang, ASan+UBSan, libFuzzer) and runs it for a bounded time
# on a seed corpus made from the search oracle's filters and order_by clauses.
#   tests/fuzz/run-fuzz.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
    -DCMAKE_CXX_COMPILER=clang++ -DFLOWDESK_FUZZ=ON -DBUILD_TESTING=OFF \
    $(command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
cmake --build "$build" --target fuzz_searchparser -j "${JOBS:-2}"

corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
python3 - "$corpus" <<'PY'
import hashlib, json, os, sys
corpus = sys.argv[1]
data = 'tests/data/search-oracle'
seeds = set()
for name in ('cases.json', 'registry-cases.json'):
    for case in json.load(open(os.path.join(data, name)))['cases']:
        request = case['request']
        seeds.add('\n'.join([request.get('filter', '')] + list(request.get('order_by', []))))
seeds.update([
    "metrics.loss < 0.3 OR (params.lr = '0.1' AND NOT tags.team IN ('a', 'b'))",
    "min(metrics.loss) < 1 AND metrics.loss@step=10 > 0.5\nmax(metrics.loss) DESC",
    "params.lr < 0.01 AND params.x IS NULL AND tags.y IS NOT NULL",
])
for seed in seeds:
    path = os.path.join(corpus, hashlib.sha1(seed.encode()).hexdigest())
    with open(path, 'w') as f:
        f.write(seed)
PY
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$build/tests/fuzz/fuzz_searchparser" -max_total_time="$seconds" -max_len=512 -timeout=10 \
    -print_final_stats=1 "$corpus"
