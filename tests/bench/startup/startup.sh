#!/usr/bin/env bash
# Start-up time and memory of vigil beside bare Qt apps, under a virtual display.
# usage: tests/bench/startup/startup.sh BUILD_DIR [RUNS]
# Prints medians of RUNS runs (15) and the ratios the README's goals are about:
# window painted (vs a bare Qt Widgets window), first article loaded (vs a bare
# Qt WebEngine app loading a page), main process RSS at first paint, and the PSS
# of the whole process tree once the article has loaded.
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
# Runs a command RUNS times and keeps what it printed, one file per program.
collect() { # name, command...
  local name=$1; shift
  : > "$home/$name.out"
  for _ in $(seq "$runs"); do
    HOME="$home" XDG_CONFIG_HOME="$home/.config" "$@" 2>/dev/null >> "$home/$name.out"
  done
}
med() { sed -n "s/^$2: //p" "$home/$1.out" | median; } # name, field

collect bare_widgets "$bin/vigil-bare-widgets"
collect vigil_paint "$bin/vigil" --exit-after-first-paint
collect bare_webengine "$bin/vigil-bare-webengine"
collect vigil_article "$bin/vigil" --exit-after-first-article

ratio() { echo "$1 / $2" | bc -l; }
paint_bare=$(med bare_widgets first-paint-ms); paint_vigil=$(med vigil_paint first-paint-ms)
article_bare=$(med bare_webengine first-article-ms); article_vigil=$(med vigil_article first-article-ms)
rss_bare=$(med bare_widgets rss-kib); rss_vigil=$(med vigil_paint rss-kib)
pss_bare=$(med bare_webengine tree-pss-kib); pss_vigil=$(med vigil_article tree-pss-kib)
echo "median of $runs runs"
printf '%-44s %9s %9s %9s  %s\n' "" bare vigil ratio goal
printf '%-44s %9s %9s %9.2f  %s\n' "window painted, ms since start" "$paint_bare" "$paint_vigil" "$(ratio "$paint_vigil" "$paint_bare")" "<= 2"
printf '%-44s %9s %9s %9.2f  %s\n' "first article loaded, ms since start" "$article_bare" "$article_vigil" "$(ratio "$article_vigil" "$article_bare")" "<= 1"
printf '%-44s %9.1f %9.1f %9s  %s\n' "main process RSS at first paint, MiB" "$(ratio "$rss_bare" 1024)" "$(ratio "$rss_vigil" 1024)" "" "vigil <= 60"
printf '%-44s %9.1f %9.1f %9s  %s\n' "process tree PSS after the article, MiB" "$(ratio "$pss_bare" 1024)" "$(ratio "$pss_vigil" 1024)" "+$(echo "($pss_vigil - $pss_bare) / 1024" | bc -l | xargs printf '%.1f')" "<= bare + 20"
