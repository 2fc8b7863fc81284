#!/usr/bin/env bash
# Quick start, second command: install what is missing, build with warnings as
# errors, and run every test (the benchmarks excepted: they are run on purpose).
# A display server is started for the tests that need a real one.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${VIGIL_PRESET:-ci}"
packaging/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
xvfb-run -a --server-args="-screen 0 1280x1024x24" ctest --preset "$preset" -j2
