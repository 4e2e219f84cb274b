#!/usr/bin/env bash
# `lake apply` against `lake render` of the same documents, side by side, as a user runs them (a fresh
# JVM each, from the runnable jar). Target (issue 15): apply takes at most 2x the time of render.
#
#   render: lake render LAKE --to cv,cover-letter,interview[,pdf,docx] --out DIR        (every entry)
#   apply:  lake apply  LAKE --job JOB --company Acme --applications DIR                 (5 entries, tailored:
#           the same renderers, plus tailoring.md, the job ad's copy, fsync of every file and the ledger append)
# pdf and docx join both sides when the jar has those renderers.
#
# Usage (from the repository root, after `./mvnw -q -pl examples -am verify exec:java` and
# `./mvnw -q -pl lake-cli -am package -DskipTests`):
#   lake-bench/apply-vs-render.sh [RUNS]
# Each side runs RUNS times (7 by default), alternating so both see the same machine load; the script
# prints each run and the medians. Outputs go to a temporary folder, removed at the end.
set -euo pipefail

runs="${1:-7}"
jar="$(ls -t lake-cli/target/lake-cli-*-all.jar 2>/dev/null | head -n 1 || true)"
lake=examples/target/lake/lake.json
job=examples/jobs/acme-ml-platform.txt
[ -n "$jar" ] || { echo "build the jar first: ./mvnw -q -pl lake-cli -am package -DskipTests" >&2; exit 1; }
[ -f "$lake" ] || { echo "write the example lake first: ./mvnw -q -pl examples -am verify exec:java" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

to=cv,cover-letter,interview
if java -jar "$jar" render "$lake" --to "$to,pdf,docx" --out "$work/probe" --today 2026-11-27 >/dev/null 2>&1; then
  to="$to,pdf,docx"
fi

millis() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "renderers: $to"
: > "$work/render.ms"
: > "$work/apply.ms"
for r in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" render "$lake" --to "$to" --out "$work/render-$r" --today 2026-11-27 > /dev/null
  end=$(date +%s%N)
  render_ms=$(millis "$start" "$end")
  start=$(date +%s%N)
  java -jar "$jar" apply "$lake" --job "$job" --company Acme --applications "$work/applications" --today 2026-11-27 > /dev/null
  end=$(date +%s%N)
  apply_ms=$(millis "$start" "$end")
  echo "$render_ms" >> "$work/render.ms"
  echo "$apply_ms" >> "$work/apply.ms"
  echo "run $r: render $render_ms ms, apply $apply_ms ms"
done
java -jar "$jar" applications verify --applications "$work/applications" > /dev/null || { echo "the ledger the runs wrote does not verify" >&2; exit 1; }
render_median=$(median < "$work/render.ms")
apply_median=$(median < "$work/apply.ms")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "median of $runs: render $render_median ms, apply $apply_median ms"
awk -v a="$apply_median" -v r="$render_median" 'BEGIN { printf "ratio apply / render = %.2f  (target <= 2.00)\n", a / r }'
