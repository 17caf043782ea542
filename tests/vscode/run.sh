#!/usr/bin/env bash
# ctest entry: the VS Code extension's own tests (vscode-extension/test), run with
# the real binary. Installs the extension's npm packages when the lock file is
# newer than them.
# Usage: run.sh BLUEPRINT_BINARY SOURCE_DIR
set -euo pipefail
blueprint=$(realpath "$1") source=$(realpath "$2")
cd "$source/vscode-extension"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --silent
fi
BLUEPRINT_BINARY=$blueprint npm test --silent
