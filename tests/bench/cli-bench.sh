#!/usr/bin/env bash
# Whole-process timings of planverk-cli import and export (medians of N runs)
# for the largest sample plan and the synthetic 600 x 5 / 700 plan, and the
# sizes of the resulting files. Run after scripts/test (or a build):
#   tests/bench/cli-bench.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/build/bin"
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin/planverk-make-synthetic" "$work/synthetic.json"
largest=$(ls -S "$root"/data/*.json | head -1)

median_ms() { # command... ; prints the median wall time in ms over $runs runs
    local times=() i t0 t1
    for ((i = 0; i < runs; i++)); do
        rm -f "$work/out.planverk" "$work/out.json"
        t0=$(date +%s%N)
        "$@" >/dev/null
        t1=$(date +%s%N)
        times+=($(( (t1 - t0) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

printf '%-34s %10s %10s %12s %12s\n' plan "import ms" "export ms" "json bytes" "planverk bytes"
for plan in "$largest" "$work/synthetic.json"; do
    imp=$(median_ms "$bin/planverk-cli" import "$plan" "$work/out.planverk")
    "$bin/planverk-cli" import --force "$plan" "$work/keep.planverk"
    exp=$(median_ms "$bin/planverk-cli" export "$work/keep.planverk" "$work/out.json")
    printf '%-34s %10s %10s %12s %12s\n' "$(basename "$plan")" "$imp" "$exp" "$(stat -c %s "$plan")" "$(stat -c %s "$work/keep.planverk")"
done
