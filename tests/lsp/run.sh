#!/usr/bin/env bash
# ctest entry: the LSP integration test in Node against the real binary.
# Usage: run.sh BLUEPRINT_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
blueprint=$(realpath "$1") source=$(realpath "$2") work=$3
mkdir -p "$work"
cp "$source/tests/lsp/package.json" "$source/tests/lsp/package-lock.json" "$source/tests/lsp/lsp_integration.mjs" "$work/"
cd "$work"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --silent
fi
BLUEPRINT_BINARY=$blueprint BLUEPRINT_SOURCE_DIR=$source node --test --test-reporter=spec lsp_integration.mjs
