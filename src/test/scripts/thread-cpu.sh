#!/usr/bin/env bash
# CPU time by thread of one java run (checking threads, main, JIT compilers, GC), from `jcmd Thread.print`
# taken every 3 seconds; the last sample is kept. It says where a second core's time goes when
# `--jobs 2` is no faster than `--jobs 1`. Usage:
#   src/test/scripts/thread-cpu.sh OUT.tsv java -jar target/crossfoot.jar check DATA --jobs 1 --report json=r.json
# OUT.tsv: CPU milliseconds and thread name, one thread a line; the command's stderr goes to OUT.tsv.err.
set -uo pipefail
out=$1; shift
"$@" > /dev/null 2> "$out.err" &
pid=$!
sleep 2
jpid=$(pgrep -P "$pid" java || echo "$pid")
while kill -0 "$pid" 2> /dev/null; do
  jcmd "$jpid" Thread.print 2> /dev/null | grep -o '^"[^"]*".*cpu=[0-9.]*ms' \
    | sed -E 's/^"([^"]*)".*cpu=([0-9.]*)ms/\2\t\1/' > "$out.tmp" && [ -s "$out.tmp" ] && cp "$out.tmp" "$out"
  sleep 3
done
rm -f "$out.tmp"
wait "$pid"
