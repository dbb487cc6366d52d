#!/usr/bin/env bash
# Times the Spark job in local mode over COUNT generated requests: the Spark row of
# docs/PERFORMANCE.md, beside benchmarks/batch-benchmark.sh's `covercrit batch` row.
#
#   examples-spark/spark-benchmark.sh [COUNT] [WORK_DIR]
#   MASTER='local[2]' FORMAT=jsonl OUTPUT=decision examples-spark/spark-benchmark.sh 1000000
#
# COUNT defaults to 1000000; WORK_DIR to examples-spark/target/spark-bench. MASTER is the Spark
# master (default local[*]); FORMAT parquet (default) or jsonl; OUTPUT decision (default) or full.
# The input is benchmarks' BatchRequestGenerator's, the same file batch-benchmark.sh times
# (about 1.1 KB a line), generated once and kept; the run is deleted after its line count is
# checked, unless KEEP_OUTPUT=1. JAVA_OPTS reaches the JVM (default -Xmx2g).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000000}"
work="${2:-$root/examples-spark/target/spark-bench}"
master="${MASTER:-local[*]}"
format="${FORMAT:-parquet}"
form="${OUTPUT:-decision}"
cd "$root"

echo "building the job and the generator..." >&2
./mvnw -q -B -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -pl benchmarks,examples-spark -am package >&2

mkdir -p "$work"
in="$work/requests-$count.jsonl"
out="$work/run-$count-$format-$form"
if [ ! -s "$in" ]; then
  java -cp "benchmarks/target/*:benchmarks/target/lib/*" io.covercrit.benchmarks.BatchRequestGenerator "$count" "$in"
fi
rm -rf "$out"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
start=$(date +%s%N)
status=0
JAVA_OPTS="${JAVA_OPTS:--Xmx2g}" /usr/bin/time -v -o "$work/time-v.txt" \
  examples-spark/covercrit-spark --master "$master" evaluate --format "$format" --output "$form" "$in" "$out" \
  2> >(grep -v -e ' INFO ' -e '^Using Spark' >&2) || status=$?
end=$(date +%s%N)
if [ "$status" -ne 0 ]; then
  echo "FAIL: the job exited with $status" >&2
  exit 1
fi
wall_ms=$(( (end - start) / 1000000 ))
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-v.txt")
cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$work/time-v.txt")
out_bytes=$(du -sb "$out" | cut -f1)
echo "spark ($master, $format, $form): $count requests, $((out_bytes / 1000000)) MB written, in ${wall_ms} ms wall (CPU ${cpu}, max RSS ${rss_kb} KB); per million lines: $(awk "BEGIN {printf \"%.1f\", $wall_ms / 1000 * 1000000 / $count}") s"
if [ "${KEEP_OUTPUT:-0}" != "1" ]; then
  rm -rf "$out"
fi
