#!/usr/bin/env bash
# Times `./covercrit batch` over COUNT generated requests with the heap bounded at 256 MB: the
# batch row of docs/PERFORMANCE.md (target: 1,000,000 requests in under 20 s wall).
#
#   benchmarks/batch-benchmark.sh [COUNT] [WORK_DIR]
#   OUTPUT=decision benchmarks/batch-benchmark.sh 1000000
#
# COUNT defaults to 1000000; WORK_DIR to benchmarks/target/batch. OUTPUT is the batch's output
# form, full (the default: whole determinations) or decision (`--output decision`, docs/JSON.md).
# The input (about 1.1 KB a line, 1.1 GB for a million) is generated once and kept; the output
# (full: about 15 KB a line, 15 GB for a million; decision: about 0.8 KB a line) is deleted
# after the line count is checked, unless KEEP_OUTPUT=1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000000}"
work="${2:-$root/benchmarks/target/batch}"
form="${OUTPUT:-full}"
case "$form" in
  full|decision) ;;
  *) echo "OUTPUT must be full or decision, not '$form'" >&2; exit 64 ;;
esac
cd "$root"

echo "building the command line and the generator..." >&2
./mvnw -q -B -DskipTests -pl examples,benchmarks -am package >&2
if ! ./covercrit --help 2>&1 | grep -Eq '^ +batch( |$)'; then
  echo "covercrit has no 'batch' command yet: nothing to time (the generator and this script are ready)." >&2
  exit 3
fi

mkdir -p "$work"
in="$work/requests-$count.jsonl"
out="$work/determinations-$count.jsonl"
if [ "$form" = decision ]; then out="$work/decisions-$count.jsonl"; fi
if [ ! -s "$in" ]; then
  java -cp "benchmarks/target/*:benchmarks/target/lib/*" io.covercrit.benchmarks.BatchRequestGenerator "$count" "$in"
fi
rm -f "$out"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
start=$(date +%s%N)
# JAVA_TOOL_OPTIONS reaches the JVM the launcher starts without changing the launcher.
JAVA_TOOL_OPTIONS="-Xmx256m" /usr/bin/time -v -o "$work/time-v.txt" ./covercrit batch --output "$form" "$in" "$out"
end=$(date +%s%N)

lines=$(wc -l < "$out")
wall_ms=$(( (end - start) / 1000000 ))
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-v.txt")
cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$work/time-v.txt")
out_bytes=$(stat -c %s "$out")
echo "batch ($form output): $count requests -> $lines lines, $((out_bytes / 1000000)) MB, in ${wall_ms} ms wall (CPU ${cpu}, max RSS ${rss_kb} KB, -Xmx256m)"
if [ "${KEEP_OUTPUT:-0}" != "1" ]; then
  rm -f "$out"
fi
if [ "$lines" -ne "$count" ]; then
  echo "FAIL: expected $count output lines" >&2
  exit 1
fi
if [ "$wall_ms" -ge 20000 ]; then
  echo "over the 20 s target" >&2
  exit 2
fi
