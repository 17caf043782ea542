#!/usr/bin/env bash
# ctest entry: SARIF from every example and golden (one file each, and all in one
# run) validated against the official SARIF 2.1.0 schema.
# Usage: validate.sh BLUEPRINT_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
blueprint=$1 source=$2 work=$3
mkdir -p "$work"
cp "$source/tests/sarif/package.json" "$source/tests/sarif/package-lock.json" "$source/tests/sarif/validate.mjs" "$work/"
cd "$work"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --silent
fi
rm -rf out && mkdir out
cd "$source"
n=0
for f in examples/*.blueprint tests/golden/diagnostics/*.blueprint tests/golden/checks/*.blueprint; do
  n=$((n + 1))
  "$blueprint" check --format sarif "$f" > "$work/out/$n.sarif" || [ $? -eq 1 ]
done
"$blueprint" check --format sarif examples/*.blueprint tests/golden/checks/*.blueprint > "$work/out/all.sarif" || [ $? -eq 1 ]
node "$work/validate.mjs" "$work"/out/*.sarif

# The validator must reject a broken log, or the checks above prove nothing.
mkdir -p "$work/broken"
sed 's/"version": "2.1.0"/"version": "2.0.0"/' "$work/out/all.sarif" > "$work/broken/version.sarif"
sed 's/"level": "warning"/"level": "severe"/' "$work/out/all.sarif" > "$work/broken/level.sarif"
for broken in "$work"/broken/*.sarif; do
  if node "$work/validate.mjs" "$broken" > /dev/null 2>&1; then
    echo "validator accepted a broken log: $broken" >&2
    exit 1
  fi
done
echo "broken logs rejected"
