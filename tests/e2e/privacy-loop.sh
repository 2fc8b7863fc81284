#!/usr/bin/env bash
# Runs the privacy test N times in a row (20 unless told) and stops at the first
# failure: a judge that flakes once in twenty runs would fail a reader's CI.
#   privacy-loop.sh BUILD_DIR [N]
set -euo pipefail
build=$(realpath "$1")
runs=${2:-20}
for i in $(seq "$runs"); do
  if ! ctest --test-dir "$build" -R '^privacy_test$' --output-on-failure > "$build/privacy-loop.log" 2>&1; then
    echo "privacy-loop: run $i of $runs failed:" >&2
    cat "$build/privacy-loop.log" >&2
    exit 1
  fi
  echo "privacy-loop: run $i of $runs passed"
done
echo "privacy-loop: $runs runs in a row passed"
