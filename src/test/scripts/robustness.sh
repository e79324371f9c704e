#!/usr/bin/env bash
# Times the command line on each reproducer of issue 12 (written by dev.crossfoot.bench.ReproducerFiles).
# usage: src/test/scripts/robustness.sh JAR REPRO_DIR [TIMEOUT_SECONDS]
set -uo pipefail
jar="$1"; dir="$2"; limit="${3:-20}"
printf '%-28s %6s %8s  %s\n' case exit seconds "first line of stderr"
for case_dir in "$dir"/*/; do
  name="$(basename "$case_dir")"
  file="$(ls "$case_dir" | head -1)"
  out="$(mktemp -d)"
  start=$(date +%s.%N)
  timeout "$limit" java -Xmx512m -jar "$jar" check "$case_dir$file" --report json="$out/r.json" > "$out/stdout" 2> "$out/stderr"
  code=$?
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  [[ $code == 124 ]] && seconds=">$limit"
  printf '%-28s %6s %8s  %s\n' "$name" "$code" "$seconds" "$(head -c 100 "$out/stderr" | head -1)"
  rm -rf "$out"
done
