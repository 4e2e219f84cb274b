#!/usr/bin/env bash
# The 2,000-entry load of this build against an earlier one, side by side on this machine (issue 18:
# no slower than 1.3 x the build before the rework). Builds BASE's benchmarks.jar in a throw-away
# worktree under lake-bench/target/, then runs LoadBenchmarks.load at 2,000 entries with each jar in
# turn, ROUNDS times (alternating, so both see the same machine load), and prints each run's score.
#
# Usage (from the repository root, after ./mvnw -B -q -pl lake-bench -am package -DskipTests):
#   lake-bench/compare-load.sh BASE [ROUNDS]      e.g. lake-bench/compare-load.sh 913e51b 3
set -euo pipefail

base="${1:?usage: compare-load.sh BASE [ROUNDS]}"
rounds="${2:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
new_jar="$here/target/benchmarks.jar"
old_tree="$here/target/base-$base"
old_jar="$old_tree/lake-bench/target/benchmarks.jar"

[ -f "$new_jar" ] || { echo "build first: ./mvnw -B -q -pl lake-bench -am package -DskipTests" >&2; exit 1; }
if [ ! -f "$old_jar" ]; then
  rm -rf "$old_tree"
  git -C "$root" worktree add --detach "$old_tree" "$base" >/dev/null
  (cd "$old_tree" && ./mvnw -B -q -ntp -pl lake-bench -am package -DskipTests)
fi
for round in $(seq 1 "$rounds"); do
  for side in base new; do
    jar="$new_jar"; [ "$side" = base ] && jar="$old_jar"
    score="$(java -jar "$jar" 'LoadBenchmarks.load$' -p entries=2000 -wi 3 -i 5 -f 1 -jvmArgsAppend '-Xms1g -Xmx1g' -rf csv -rff /tmp/compare-load.csv >/dev/null \
      && awk -F, 'NR==2 {print $5 " ± " $6 " ms"}' /tmp/compare-load.csv)"
    echo "round $round: $side load(2000) = $score"
  done
done
echo "afterwards: git worktree remove --force $old_tree"
