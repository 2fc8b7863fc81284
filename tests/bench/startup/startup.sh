#!/usr/bin/env bash
# Start-up time and memory of vigil beside bare Qt apps, under a virtual display.
# usage: tests/bench/startup/startup.sh BUILD_DIR [RUNS]
# Prints medians of RUNS runs (15) and the ratios the README's goals are about,
# for each way vigil starts: plain, a restored session (a country and an article
# read last time, discreet mode off), --country RS and --open ID (an article
# about Serbia in the bundled library, or $VIGIL_OPEN_ID). Per start: window
# painted (vs a bare Qt Widgets window) and first document loaded (vs a bare Qt
# WebEngine app loading a page; on a plain start the list's first article, else
# what the start shows). The bare WebEngine app runs twice: as it is (OpenGL,
# with the shader caches Qt and the GL driver keep on disk), which is what the
# goal is against, and drawn in software as Vigil draws its reading pane (bare
# sw), to show what that choice alone is worth. Then, on a plain start,
# main process RSS at first paint and the PSS of the whole process tree once the
# article has loaded.
# The programs run in turn within each round, so that other load on the machine
# falls on all of them alike.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
build=${1:?build dir}; runs=${2:-15}
bin="$build/bin"
export QTWEBENGINE_DISABLE_SANDBOX=${QTWEBENGINE_DISABLE_SANDBOX:-1}
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT

open_id=${VIGIL_OPEN_ID:-$("$bin/vigil-library" list --country RS | head -n 1 | cut -f 1)}
[ -n "$open_id" ] || { echo "startup.sh: no article about RS in the bundled library" >&2; exit 1; }

# One home per start, its settings written anew before every run: a run must not
# see what the one before it left.
settings() { # path -> the settings file's text
  printf '[General]\ncontentWarningDismissed=true\n'
  if [ "$1" = restored ]; then
    printf '\n[privacy]\ndiscreetMode=false\n\n[reader]\narticle=%s\ncountry=RS\n' "$open_id"
  fi
}
arguments() { # path -> vigil's arguments
  case $1 in
    country) echo "--country RS" ;;
    open) echo "--open $open_id" ;;
  esac
}
run() { # name, path, command...
  local name=$1 path=$2; shift 2
  local home="$scratch/home-$path"
  mkdir -p "$home/.config/Vigil"
  settings "$path" > "$home/.config/Vigil/Vigil.conf"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" "$@" 2>/dev/null >> "$scratch/$name.out"
}

paths="plain restored country open"
for _ in $(seq "$runs"); do
  run bare_widgets plain "$bin/vigil-bare-widgets"
  run bare_webengine plain "$bin/vigil-bare-webengine"
  run bare_webengine_software plain env QT_QUICK_BACKEND=software "$bin/vigil-bare-webengine"
  for path in $paths; do
    # shellcheck disable=SC2046 # the arguments are words
    run "paint_$path" "$path" "$bin/vigil" --exit-after-first-paint $(arguments "$path")
    # shellcheck disable=SC2046
    run "article_$path" "$path" "$bin/vigil" --exit-after-first-article $(arguments "$path")
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
med() { # name, field
  local value
  value=$(sed -n "s/^$2: //p" "$scratch/$1.out" | median)
  [ -n "$value" ] || { echo "startup.sh: $1 printed no $2" >&2; exit 1; }
  echo "$value"
}
ratio() { echo "$1 / $2" | bc -l; }

paint_bare=$(med bare_widgets first-paint-ms)
article_bare=$(med bare_webengine first-article-ms)
article_software=$(med bare_webengine_software first-article-ms)
echo "median of $runs runs, ms since process start; --open $open_id"
echo "bare sw: the bare WebEngine app drawn in software (QT_QUICK_BACKEND=software), as Vigil draws"
printf '%-24s %-30s  %s\n' "" "window painted" "first document loaded"
printf '%-24s %6s %6s %6s %-8s  %6s %6s %6s %-8s %6s %6s\n' start bare vigil ratio goal bare vigil ratio goal "bare sw" "ratio"
for path in $paths; do
  case $path in
    plain) label="plain" ;;
    restored) label="restored session" ;;
    *) label="$(arguments "$path")" ;;
  esac
  paint=$(med "paint_$path" first-paint-ms); article=$(med "article_$path" first-article-ms)
  printf '%-24s %6s %6s %6.2f %-8s  %6s %6s %6.2f %-8s %6s %6.2f\n' "$label" "$paint_bare" "$paint" \
    "$(ratio "$paint" "$paint_bare")" "<= 1.5" "$article_bare" "$article" "$(ratio "$article" "$article_bare")" "<= 1.0" \
    "$article_software" "$(ratio "$article" "$article_software")"
done

rss_bare=$(med bare_widgets rss-kib); rss_vigil=$(med paint_plain rss-kib)
pss_bare=$(med bare_webengine tree-pss-kib); pss_vigil=$(med article_plain tree-pss-kib)
echo
printf '%-44s %9s %9s %9s  %s\n' "plain start" bare vigil "" goal
printf '%-44s %9.1f %9.1f %9s  %s\n' "main process RSS at first paint, MiB" "$(ratio "$rss_bare" 1024)" "$(ratio "$rss_vigil" 1024)" "" "vigil <= 60"
printf '%-44s %9.1f %9.1f %9s  %s\n' "process tree PSS after the article, MiB" "$(ratio "$pss_bare" 1024)" "$(ratio "$pss_vigil" 1024)" "$(echo "($pss_vigil - $pss_bare) / 1024" | bc -l | xargs printf '%+.1f')" "<= bare + 20"
