#!/usr/bin/env bash
# Every benchmark in one command, on an optimised build of this checkout:
#   tests/bench/run.sh [ARTICLES] [STARTUP_RUNS]      (100000 and 15)
# The search benchmark at ARTICLES (the first run at a size generates and imports
# the library, about 5 minutes at 100,000; later runs reuse it from
# build/release/bench-work), the window's event loop through a scripted session on
# the same library, then start-up time and memory beside bare Qt apps.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-100000}"
runs="${2:-15}"
cmake --preset release >/dev/null
cmake --build --preset release
echo "== search, $articles articles"
build/release/bin/vigil-bench search --articles "$articles"
echo
echo "== the window's event loop, $articles articles"
QT_QPA_PLATFORM=offscreen build/release/bin/vigil-bench ui --articles "$articles"
echo
echo "== start-up"
tests/bench/startup/startup.sh build/release "$runs"
