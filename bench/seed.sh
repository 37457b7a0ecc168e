#!/usr/bin/env bash
# Whole-process time and peak memory of converting one document (default: the seed), the
# way a user runs hsdoc, then the per-stage split from hsdoc_bench.
#   bench/seed.sh [INPUT] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/inputs/000_d03afc9d16656354.txt}
runs=${2:-20}
hsdoc=$root/build/dev/hsdoc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$hsdoc" convert -q -o "$out" "$input"  # warm the page cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$hsdoc" convert -q -j 1 -o "$out" "$input"
  end=$(date +%s.%N)
  times+=("$(echo "($end - $start) * 1000" | bc -l)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
rss=$( { /usr/bin/time -f '%M' "$hsdoc" convert -q -j 1 -o "$out" "$input"; } 2>&1 | tail -1)
printf 'whole process: median %.1f ms over %d runs; peak RSS %.1f MiB; output %d bytes\n' \
  "$median" "$runs" "$(echo "$rss / 1024" | bc -l)" "$(stat -c %s "$out"/*.pdf | head -1)"
"$root/build/dev/bench/hsdoc_bench" -n "$runs" "$input"
