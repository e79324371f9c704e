#!/usr/bin/env bash
# The live heap of one java run over its course: every few seconds `jcmd GC.class_histogram` (a full
# collection first, so the total is what is still reachable), one total in MB a line; the last sample's
# histogram is kept whole (OUT.last) to say what the live heap holds at the end. Peak RSS and CPU from
# /usr/bin/time go to OUT.time. Usage:
#   src/test/scripts/live-heap.sh OUT SECONDS java -Xmx1g -jar target/crossfoot.jar check DATA --jobs 2 -q --report json=r.json
set -uo pipefail
out=$1 every=$2; shift 2
: > "$out"
/usr/bin/time -v "$@" > /dev/null 2> "$out.time" &
pid=$!
sleep 1
jpid=$(pgrep -P "$pid" java || echo "$pid")
while kill -0 "$pid" 2> /dev/null; do
  sleep "$every"
  jcmd "$jpid" GC.class_histogram 2> /dev/null > "$out.tmp"
  total=$(awk '$1 == "Total" { printf "%.0f", $3 / 1048576 }' "$out.tmp")
  if [ -n "$total" ]; then echo "$total" >> "$out"; cp "$out.tmp" "$out.last"; fi
done
rm -f "$out.tmp"
wait "$pid"
