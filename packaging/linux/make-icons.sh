#!/usr/bin/env bash
# Regenerates the PNG icons from the one SVG source. The PNGs are committed so that a
# build never needs an SVG renderer; rerun this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "make-icons.sh: rsvg-convert is needed (Debian: librsvg2-bin)" >&2; exit 1; }
svg=org.vigilreader.Vigil.svg
for size in 16 22 24 32 48 64 128 256 512; do
  dir="icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$dir/org.vigilreader.Vigil.png"
done
