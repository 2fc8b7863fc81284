#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, and start Vigil on
# the bundled library. Extra arguments go to vigil (for example --help).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/bin/vigil "$@"
