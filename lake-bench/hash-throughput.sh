#!/usr/bin/env bash
# Evidence hashing near the hardware limit, measured side by side on this machine:
#   1. one 1 GiB file: the library's FileDigests.sha256 (one thread) against `openssl dgst -sha256`;
#   2. a folder of many files holding the same 1 GiB: the library's Verifier (every processor)
#      against the single-file rate of step 1.
# Targets (issue 8): library >= 0.9 x openssl; folder >= 1.6 x single file on 2 cores.
#
# Usage (from the repository root, after ./mvnw -B -q -pl lake-core,lake-bench -am package -DskipTests):
#   lake-bench/hash-throughput.sh [RUNS]
# Files are made once under ${LAKE_BENCH_DIR:-/tmp/lake-bench} (2 GiB) and read from the page cache;
# delete that folder afterwards. Each side reports its fastest of RUNS runs (5 by default), the
# sides alternating so both see the same machine load.
set -euo pipefail

runs="${1:-5}"
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
dir="${LAKE_BENCH_DIR:-/tmp/lake-bench}"
file="$dir/one-1g.bin"
folder="$dir/folder"
files=256                # 256 files of 4 MiB = 1 GiB

[ -f "$jar" ] || { echo "build first: ./mvnw -B -q -pl lake-core,lake-bench -am package -DskipTests" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is not installed" >&2; exit 1; }
mkdir -p "$dir"
if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne 1073741824 ]; then
  echo "making $file (1 GiB of random bytes)"
  head -c 1073741824 /dev/urandom > "$file"
fi
if [ "$(find "$folder" -type f 2>/dev/null | wc -l)" -ne "$files" ]; then
  echo "making $folder ($files files of 4 MiB)"
  rm -rf "$folder"
  mkdir -p "$folder/runs"
  for i in $(seq -w 1 "$files"); do
    head -c 4194304 /dev/urandom > "$folder/runs/$i.bin"
  done
fi
cat "$file" "$folder"/runs/* > /dev/null   # into the page cache

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), sha_ni: $(grep -q sha_ni /proc/cpuinfo && echo yes || echo no)"
echo "$(openssl version); $(java -version 2>&1 | head -1)"
java -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -E ' UseSHA256Intrinsics | UseSHA ' | awk '{print "jvm: " $2 " = " $4}'

mib_per_s() { awk -v b="$1" -v ns="$2" 'BEGIN { printf "%.1f", b / 1048576 / (ns / 1e9) }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > a ? b : a) }'; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: above 2, other work competes for them)"
best_openssl=0
best_java=0
best_folder=0
for r in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  openssl dgst -sha256 "$file" > /dev/null
  end=$(date +%s%N)
  openssl_rate=$(mib_per_s 1073741824 $((end - start)))
  # Each JVM times one run after an untimed warm-up run (for the folder: the hashing that builds its lake).
  java_rate=$(java -cp "$jar" io.experiencelake.bench.HashThroughput file "$file" 1 | sed -n 's/^best_mib_per_s=//p')
  folder_rate=$(java -cp "$jar" io.experiencelake.bench.HashThroughput folder "$folder" 1 | sed -n 's/^best_mib_per_s=//p')
  best_openssl=$(max "$best_openssl" "$openssl_rate")
  best_java=$(max "$best_java" "$java_rate")
  best_folder=$(max "$best_folder" "$folder_rate")
  echo "round $r: openssl $openssl_rate MiB/s, FileDigests.sha256 $java_rate MiB/s, Verifier on the folder $folder_rate MiB/s"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "best of $runs rounds"
echo "one 1 GiB file:               openssl dgst -sha256 $best_openssl MiB/s, FileDigests.sha256 $best_java MiB/s"
awk -v j="$best_java" -v o="$best_openssl" 'BEGIN { printf "ratio library / openssl        = %.2f  (target >= 0.90)\n", j / o }'
echo "folder of $files files, 1 GiB: Verifier $best_folder MiB/s ($(nproc) threads)"
awk -v f="$best_folder" -v j="$best_java" 'BEGIN { printf "ratio folder / single file     = %.2f  (target >= 1.60)\n", f / j }'
