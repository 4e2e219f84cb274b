#!/bin/sh
# Checks that the RFC 8785 canonical form written by each runtime hashes to the pinned digest.
# Run from this folder: sh check.sh
set -eu
if command -v sha256sum >/dev/null 2>&1; then
  hash() { sha256sum "$1" | cut -d ' ' -f 1; }
else
  hash() { shasum -a 256 "$1" | cut -d ' ' -f 1; }
fi
total=0
ok=0
while read -r expected file; do
  total=$((total + 1))
  actual=$(hash "$file")
  if [ "$actual" = "$expected" ]; then
    ok=$((ok + 1))
  else
    echo "MISMATCH $file: expected $expected, got $actual"
  fi
done < expected.sha256
echo "$ok/$total canonical digests match"
[ "$ok" -eq "$total" ]
