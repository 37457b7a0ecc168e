#!/usr/bin/env bash
# Documents per second of `hsdoc convert` with -j 1 and -j 2 (issue 6), for humans.
#
#   bench/batch.sh [N]        N generated inputs (default 200)
#
# The inputs are copies of inputs/*.txt and inputs/*.xml with a numbered title, so every
# document is distinct, spread over nested folders. Uses $HSDOC, else build/dev's binary.
# Each figure is the best of $RUNS runs (default 3) to damp noise from other processes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-200}
runs=${RUNS:-3}
hsdoc=${HSDOC:-$here/build/dev/hsdoc}
[ -x "$hsdoc" ] || { echo "batch.sh: $hsdoc not built (cmake --build --preset dev --target hsdoc)" >&2; exit 2; }

work=$(mktemp -d /tmp/hsdoc-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
templates=("$here"/inputs/*.txt "$here"/inputs/*.xml)
[ ${#templates[@]} -gt 0 ] || { echo "batch.sh: no inputs/*.txt or *.xml" >&2; exit 2; }
for ((i = 0; i < n; i++)); do
  t=${templates[i % ${#templates[@]}]}
  ext=${t##*.}
  dir="$work/in/dept$((i % 4))/y$((i % 3))"
  mkdir -p "$dir"
  if [ "$ext" = xml ]; then
    sed "s|</title>|（第${i}号）</title>|" "$t" >"$dir/doc$i.$ext"
  else
    sed "1s|\$|（第${i}号）|" "$t" >"$dir/doc$i.$ext"
  fi
done

now() { date +%s.%N; }

# Best wall time of $runs conversions of the whole tree with -j $1.
best_time() {
  local best=""
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/out"
    local start end
    start=$(now)
    "$hsdoc" convert -q -j "$1" "$work/in" -o "$work/out" || { echo "batch.sh: hsdoc failed" >&2; exit 1; }
    end=$(now)
    best=$(echo "$start $end $best" | awk '{t = $2 - $1; if ($3 == "" || t < $3) print t; else print $3}')
  done
  echo "$best"
}

echo "hsdoc convert: $n documents, $(nproc) cores, best of $runs runs"
"$hsdoc" convert -q -j 1 "${templates[0]}" -o "$work/warm" >/dev/null  # page cache, fonts
t1=$(best_time 1)
t2=$(best_time 2)
awk -v n="$n" -v t1="$t1" -v t2="$t2" 'BEGIN {
  printf "  -j 1  %6.2f s  %7.1f docs/s\n", t1, n / t1
  printf "  -j 2  %6.2f s  %7.1f docs/s\n", t2, n / t2
  printf "  speed-up with 2 jobs: %.2fx\n", t1 / t2
}'
