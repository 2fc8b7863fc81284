#!/usr/bin/env bash
# Quick start, second command: install what is missing, build with warnings as
# errors, and run every test (the benchmarks excepted: they are run on purpose).
# A display server is started for the tests that need a real one.
#
# With VIGIL_FULL_CHECKS=1 (CI sets it) the sanitizer stages follow, which take
# much longer: every test again under AddressSanitizer and UndefinedBehaviorSanitizer
# (the `asan` and `asan-web` test presets), then the fuzz targets built with clang,
# their seed corpora replayed and each fuzzed for VIGIL_FUZZ_SECONDS (30).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${VIGIL_PRESET:-ci}"
xvfb=(xvfb-run -a --server-args="-screen 0 1280x1024x24")

# Each stage says how long it took, so a slow one shows in the CI log.
stage() {
  local name="$1" start=$SECONDS
  shift
  echo "=== $name"
  "$@"
  echo "=== $name: $((SECONDS - start)) s"
}

if [ "${VIGIL_FULL_CHECKS:-0}" = 1 ]; then
  stage "dependencies" packaging/install-deps.sh --fuzzing
else
  stage "dependencies" packaging/install-deps.sh
fi
stage "build ($preset)" bash -c "cmake --preset '$preset' && cmake --build --preset '$preset'"
stage "tests ($preset)" "${xvfb[@]}" ctest --preset "$preset" -j2

if [ "${VIGIL_FULL_CHECKS:-0}" = 1 ]; then
  stage "build (asan)" bash -c "cmake --preset asan && cmake --build --preset asan"
  stage "tests (asan)" "${xvfb[@]}" ctest --preset asan -j2
  stage "tests (asan-web)" "${xvfb[@]}" ctest --preset asan-web
  stage "build (fuzz)" bash -c "cmake --preset fuzz && cmake --build --preset fuzz"
  stage "fuzzing" packaging/run-fuzzers.sh build/fuzz "${VIGIL_FUZZ_SECONDS:-30}"
fi
