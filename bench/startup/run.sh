#!/usr/bin/env bash
# Start-up of the `lake` command, whole process, side by side with `resumed render` of JSON Resume's sample
# with one theme (the peer a user would pick instead), on each JDK, with and without the launcher's
# class-data archive. Prints the median wall time of each, in milliseconds, and its ratio to resumed's.
#
#   bench/startup/run.sh                  # 7 runs of each, `java` on the PATH
#   RUNS=11 JDKS="/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64" bench/startup/run.sh
#
# Needs: the jar (./mvnw -q -pl lake-cli -am package -DskipTests), the example's lake.json
# (./mvnw -q -pl examples -am -DskipTests package exec:java) and node; installs resumed and the theme from
# the committed package-lock.json (npm ci) on first use. Runs are interleaved (one of each command per
# round), so a busy moment of the machine falls on all of them alike. Targets (issue 16): validate within
# 2.5x of resumed, render --to cv within 2x.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${RUNS:-7}
lake_file="$root/examples/target/lake/lake.json"
[ -f "$lake_file" ] || { echo "run the example first: ./mvnw -q -pl examples -am -DskipTests package exec:java" >&2; exit 2; }
ls "$root"/lake-cli/target/lake-cli-*-all.jar >/dev/null 2>&1 || { echo "build the jar first: ./mvnw -q -pl lake-cli -am package -DskipTests" >&2; exit 2; }
[ -x "$here/node_modules/.bin/resumed" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/node_modules/@jsonresume/schema/sample.resume.json" "$work/resume.json"
export XDG_CACHE_HOME="$work/cache"

# The JDKs: JDKS (their homes), or the one `java` on the PATH runs.
if [ -n "${JDKS:-}" ]; then
  read -r -a homes <<< "$JDKS"
else
  homes=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Each case: a label and a command line; resumed first, as the reference.
labels=("resumed render (even theme)")
commands=("cd '$work' && '$here/node_modules/.bin/resumed' render resume.json --theme jsonresume-theme-even -o '$work/resume.html'")
for home in "${homes[@]}"; do
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
  for archive in off on; do
    env="JAVA_HOME='$home' LAKE_ARCHIVE=$archive"
    labels+=("lake validate      (JDK $version, archive $archive)")
    commands+=("$env '$root/lake' validate '$lake_file'")
    labels+=("lake render --to cv (JDK $version, archive $archive)")
    commands+=("$env '$root/lake' render '$lake_file' --to cv --out '$work/out'")
  done
  # Make the archives now (training runs), so no timed run makes one: on JDK 25+ validate and render --to cv
  # each have their own (the launcher keeps an AOT cache per group of commands).
  JAVA_HOME="$home" LAKE_ARCHIVE=wait "$root/lake" validate "$lake_file" >/dev/null || true
  JAVA_HOME="$home" LAKE_ARCHIVE=wait "$root/lake" render "$lake_file" --to cv --out "$work/out" >/dev/null
done

declare -A times
for ((round = 0; round <= runs; round++)); do
  for i in "${!commands[@]}"; do
    start=$(now)
    bash -c "${commands[$i]}" >/dev/null 2>&1 || { echo "failed: ${labels[$i]}" >&2; exit 1; }
    end=$(now)
    # Round 0 warms the file cache and is not counted.
    if [ "$round" -gt 0 ]; then
      times[$i]+="$(( (end - start) / 1000000 ))"$'\n'
    fi
  done
done

reference=$(printf '%s' "${times[0]}" | median)
printf '%-48s %10s %8s\n' "command (whole process, median of $runs)" "ms" "x resumed"
for i in "${!commands[@]}"; do
  m=$(printf '%s' "${times[$i]}" | median)
  printf '%-48s %10.0f %8.2f\n' "${labels[$i]}" "$m" "$(awk -v a="$m" -v b="$reference" 'BEGIN { print a / b }')"
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
