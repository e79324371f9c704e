#!/usr/bin/env bash
# The speed and memory figures of BENCHMARKS.md, one workload after another in one session, so that
# crossfoot and the parse floor see the same machine. Usage (from the project folder, after
# `mvn -q -o package -DskipTests` here and, for the Spark lines, in spark/ with
# `mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt`):
#   src/test/scripts/speed.sh SHARED_DIR OUT_DIR [BEFORE_JAR]
# Each line: workload, wall s, user s, system s, peak RSS KB. Reports go to OUT_DIR to be compared.
set -uo pipefail
shared=$1 out=$2 before=${3:-}
mkdir -p "$out"
jar=${JAR:-target/crossfoot.jar}
timed() { local label=$1; shift; /usr/bin/time -f "$label	%e	%U	%S	%M" "$@" >/dev/null 2>>"$out/times.tsv.err" ; tail -1 "$out/times.tsv.err" >> "$out/times.tsv"; }
[ -f "$out/d1k.jsonl" ] || java -cp target/test-classes:$jar dev.crossfoot.bench.DatasetGenerator 1000 "$out/d1k.jsonl"
[ -f "$out/d10k.jsonl" ] || java -cp target/test-classes:$jar dev.crossfoot.bench.DatasetGenerator 10000 "$out/d10k.jsonl"
html=$shared/corpus/html-10k-10q
fsds=$shared/corpus/secfsds/tests/_testdata/zip
uptime >> "$out/times.tsv"
java -cp target/test-classes:$jar dev.crossfoot.bench.ParseFloor "$out/d1k.jsonl" "$html" > "$out/floor.txt"
java -cp target/test-classes:$jar dev.crossfoot.read.FsdsReadFloor "$fsds/2009q3.zip" "$fsds/2010q2.zip" >> "$out/floor.txt"
for input in d1k:"$out/d1k.jsonl" html:"$html" fsds09:"$fsds/2009q3.zip"; do
  name=${input%%:*} path=${input#*:}
  if [ -n "$before" ]; then timed "$name before" java -jar "$before" check "$path" --report json="$out/$name-before.json"; fi
  timed "$name jobs1" java -jar $jar check "$path" --jobs 1 --report json="$out/$name-j1.json"
  timed "$name jobs2" java -jar $jar check "$path" --jobs 2 --report json="$out/$name-j2.json"
done
for n in d1k d10k; do
  if [ -n "$before" ]; then
    timed "$n before jobs2 Xmx1g" java -Xmx1g -Xlog:gc:file="$out/$n-before-gc.log" -jar "$before" check "$out/$n.jsonl" --jobs 2 --report json="$out/$n-before-mem.json"
  fi
  timed "$n jobs2 Xmx1g" java -Xmx1g -Xlog:gc:file="$out/$n-gc.log" -jar $jar check "$out/$n.jsonl" --jobs 2 --report json="$out/$n-mem.json"
done
if [ -f spark/target/cp.txt ]; then
  spark_cp=spark/target/classes:$(cat spark/target/cp.txt)
  opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
  for input in d1k:"$out/d1k.jsonl" fsds:"$fsds/2009q3.zip $fsds/2010q2.zip"; do
    name=${input%%:*} paths=${input#*:}
    rm -rf "$out/spark-$name"
    # shellcheck disable=SC2086
    timed "$name spark local[2]" java $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false -cp "$spark_cp" dev.crossfoot.spark.SparkCheck --output "$out/spark-$name" $paths
  done
  timed "fsds jobs2" java -jar $jar check $fsds/2009q3.zip $fsds/2010q2.zip --jobs 2 --report json="$out/fsds-j2.json"
fi
uptime >> "$out/times.tsv"
