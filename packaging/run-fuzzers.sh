#!/usr/bin/env bash
# Replays each fuzz target's seed corpus, then fuzzes each target for a while.
#
#   packaging/run-fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET]   (default 60)
#
# BUILD_DIR is a build of the `fuzz` preset. Fails on the first crash, leak,
# undefined behaviour, input slower than 1 s, or run above 2 GB, and prints where
# the input that did it was kept and how to run it again. Fuzzing works on a
# scratch copy of the corpora: nothing is written into the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:?usage: $0 BUILD_DIR [SECONDS_PER_TARGET]}"
seconds="${2:-60}"
build="$(cd "$build" && pwd)"
corpora="$PWD/tests/fuzz/corpus"

# One per target: a slow input is a denial of service for the reader, and
# memory is bounded so a run-away allocation is found, not swapped.
limits=(-timeout=1 -rss_limit_mb=2048 -malloc_limit_mb=2048)
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# Reports with function names and lines, when a symbolizer is installed.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  for s in llvm-symbolizer llvm-symbolizer-14; do
    if command -v "$s" >/dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v "$s")"; break; fi
  done
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/vigil-fuzz.XXXXXX")"
keep=0
trap '[ "$keep" = 1 ] || rm -rf "$scratch"' EXIT

fail() {  # target, what, log
  local target="$1" what="$2" log="$3"
  keep=1
  echo "FAILED: $target ($what)" >&2
  tail -n 60 "$log" >&2
  local artifact
  artifact="$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)"
  if [ -n "$artifact" ]; then
    echo "Reproducer: $artifact" >&2
    echo "Run it again: $build/tests/fuzz/$target $artifact" >&2
  fi
  echo "Full log: $log" >&2
  exit 1
}

targets=()
for dir in "$corpora"/*/; do
  targets+=("$(basename "$dir")")
done
[ ${#targets[@]} -gt 0 ] || { echo "No corpora in $corpora" >&2; exit 1; }

for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/$t"
  [ -x "$bin" ] || { echo "$bin is missing: build the fuzz preset first" >&2; exit 1; }
  mkdir -p "$scratch/corpus" "$scratch/artifacts/$t" "$scratch/logs"
  cp -R "$corpora/$t" "$scratch/corpus/$t"
done

for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/$t"
  log="$scratch/logs/$t.replay.log"
  start=$SECONDS
  if ! "$bin" -runs=0 "${limits[@]}" -artifact_prefix="$scratch/artifacts/$t/" \
      "$scratch/corpus/$t" >"$log" 2>&1; then
    fail "$t" "seed corpus replay" "$log"
  fi
  echo "$t: corpus of $(find "$corpora/$t" -type f | wc -l) replayed in $((SECONDS - start)) s"
done

# The targets fuzz side by side, as many at a time as there are cores: each still
# gets its SECONDS of its own.
fuzz_one() {  # target
  local t="$1" bin="$build/tests/fuzz/$1" log="$scratch/logs/$1.fuzz.log" start=$SECONDS
  local dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="$PWD/tests/fuzz/$t.dict")
  if ! "$bin" -max_total_time="$seconds" "${limits[@]}" -detect_leaks=1 "${dict[@]}" \
      -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$t/" \
      "$scratch/corpus/$t" >"$log" 2>&1; then
    echo "failed" > "$scratch/logs/$t.status"
    return 0
  fi
  local runs added
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
  added="$(sed -n 's/^stat::new_units_added: *//p' "$log")"
  echo "$t: ${runs:-?} inputs in $((SECONDS - start)) s, ${added:-?} new in the scratch corpus"
}

jobs_at_once="$(nproc 2>/dev/null || echo 1)"
running=0
for t in "${targets[@]}"; do
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs_at_once" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait
for t in "${targets[@]}"; do
  [ -f "$scratch/logs/$t.status" ] && fail "$t" "fuzzing" "$scratch/logs/$t.fuzz.log"
done
echo "Fuzzing found nothing."
