#!/usr/bin/env bash
# Documents per second and peak memory of `hsdoc convert` with -j 1 and -j 2, for humans.
#
#   bench/batch.sh [N [TEMPLATE...]]   N generated inputs (default 200)
#
# The inputs are copies of the templates with a numbered title, so every document is
# distinct, spread over nested folders. The default templates are inputs/*.txt,
# inputs/*.xml and the real articles of tests/corpus/visible, so glyph sets and lengths vary
# as in an archive. Uses $HSDOC, else build/dev's binary.
# Each figure is the best of $RUNS runs (default 3) to damp noise from other processes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-200}
shift || true
runs=${RUNS:-3}
hsdoc=${HSDOC:-$here/build/dev/hsdoc}
[ -x "$hsdoc" ] || { echo "batch.sh: $hsdoc not built (cmake --build --preset dev --target hsdoc)" >&2; exit 2; }

work=$(mktemp -d /tmp/hsdoc-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
if [ $# -gt 0 ]; then
  templates=("$@")
else
  templates=("$here"/inputs/*.txt "$here"/inputs/*.xml "$here"/tests/corpus/visible/*.txt)
fi
[ ${#templates[@]} -gt 0 ] || { echo "batch.sh: no templates" >&2; exit 2; }
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

# "wall cpu rss" of the fastest of $runs conversions of the whole tree with -j $1: seconds,
# user + system seconds of hsdoc, and its peak resident memory in MiB.
best_time() {
  local best="" line
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/out"
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$hsdoc" convert -q -j "$1" "$work/in" -o "$work/out" >/dev/null 2>"$work/err" ||
      { echo "batch.sh: hsdoc failed:" >&2; cat "$work/err" >&2; exit 1; }
    line=$(tail -1 "$work/time" | awk '{ printf "%.3f %.3f %.1f", $1, $2 + $3, $4 / 1024 }')
    best=$(printf '%s\n%s\n' "$best" "$line" | awk 'NF && (b == "" || $1 < b) { b = $1; l = $0 } END { print l }')
  done
  echo "$best"
}

echo "hsdoc convert: $n documents from ${#templates[@]} templates, $(nproc) cores, best of $runs runs"
"$hsdoc" convert -q -j 1 "${templates[0]}" -o "$work/warm" >/dev/null  # page cache, fonts
r1=$(best_time 1)  # a plain assignment, so set -e stops the script when hsdoc fails
r2=$(best_time 2)
read -r w1 c1 m1 <<<"$r1"
read -r w2 c2 m2 <<<"$r2"
bytes=$(find "$work/out" -name '*.pdf' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
awk -v bytes="$bytes" -v n="$n" -v w1="$w1" -v c1="$c1" -v m1="$m1" -v w2="$w2" -v c2="$c2" -v m2="$m2" 'BEGIN {
  printf "  -j 1  %6.2f s  %7.1f docs/s  (cpu %.2f s, %.1f ms/doc; peak RSS %.1f MiB)\n", w1, n / w1, c1, 1000 * c1 / n, m1
  printf "  -j 2  %6.2f s  %7.1f docs/s  (cpu %.2f s, %.1f ms/doc; peak RSS %.1f MiB)\n", w2, n / w2, c2, 1000 * c2 / n, m2
  printf "  output: %.0f bytes per document on average\n", bytes / n
  printf "  speed-up with 2 jobs: %.2fx\n", w1 / w2
  # Same cpu time but no speed-up means other processes hold the cores.
  printf "  cpu time -j 2 / -j 1: %.2f (1.00 = no cost from sharing fonts and styles)\n", c2 / c1
}'
