#!/usr/bin/env bash
# Start-up of vigil beside bare Qt apps, under a virtual display.
# usage: tests/bench/startup/startup.sh BUILD_DIR [RUNS]
# Prints the median first-paint and first-article times and their ratios.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
build=${1:?build dir}; runs=${2:-15}
bin="$build/bin"
export QTWEBENGINE_DISABLE_SANDBOX=${QTWEBENGINE_DISABLE_SANDBOX:-1}
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config/Vigil"
printf '[General]\ncontentWarningDismissed=true\n' > "$home/.config/Vigil/Vigil.conf"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # label, command...
  local label=$1; shift
  for _ in $(seq "$runs"); do HOME="$home" XDG_CONFIG_HOME="$home/.config" "$@" 2>/dev/null | sed -n "s/^$label: //p"; done | median
}
run() {
  local paint_bare paint_vigil article_bare article_vigil
  paint_bare=$(measure first-paint-ms "$bin/vigil-bare-widgets")
  paint_vigil=$(measure first-paint-ms "$bin/vigil" --exit-after-first-paint)
  article_bare=$(measure first-article-ms "$bin/vigil-bare-webengine")
  article_vigil=$(measure first-article-ms "$bin/vigil" --exit-after-first-article)
  echo "median of $runs runs, ms since process start"
  printf '%-34s %8s %8s %7s\n' "" bare vigil ratio
  printf '%-34s %8s %8s %7.2f\n' "window painted" "$paint_bare" "$paint_vigil" "$(echo "$paint_vigil / $paint_bare" | bc -l)"
  printf '%-34s %8s %8s %7.2f\n' "first article (WebEngine) loaded" "$article_bare" "$article_vigil" "$(echo "$article_vigil / $article_bare" | bc -l)"
}
run
