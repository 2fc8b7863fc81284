#!/usr/bin/env bash
# End-to-end accessibility test: what a screen reader sees of Vigil. Runs Vigil
# on a library in a fresh home folder, under an X server, with a private D-Bus
# session and a private AT-SPI bus, as a desktop with a screen reader has them,
# opened on Serbia and on one of its articles. Then atspi_walk.py, an AT-SPI
# client like Orca, checks that the hotline bar, the article list and the
# article in the reading pane (Qt WebEngine) can be read.
#
# The test does not switch on the reading pane's accessibility itself (Qt
# WebEngine 6 keeps it off on Linux unless QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY
# is set): Vigil must do that, or a screen reader would get nothing of the
# article. It only says that a screen reader is running, as a desktop does.
#
#   accessibility.sh VIGIL VIGIL_LIBRARY LIBRARY
set -euo pipefail

vigil=$(realpath "$1")
tool=$(realpath "$2")
library=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
country=RS
hotline="+381 11 3347817"   # data/hotlines.json, Serbia's
launcher=/usr/libexec/at-spi-bus-launcher

# Qt WebEngine needs a real display server, as in the web tests; this one is
# always a private one, even when there is a display: the AT-SPI bus launcher
# announces its bus on the display's root window, where Qt and the checker
# look first, and a desktop's screen reader must keep its own. The search for
# a free display starts at a number of this process's own, so that tests
# started together (ctest -j) do not both pick the first.
if [ -z "${VIGIL_A11Y_DISPLAY:-}" ]; then
  exec env VIGIL_A11Y_DISPLAY=1 xvfb-run -a -n $(( 100 + $$ % 800 )) \
    --server-args="-screen 0 1280x1024x24" "$0" "$@"
fi

# First pass: a fresh home and runtime folder, then a private session bus, in
# which this script runs again for the second pass.
if [ -z "${VIGIL_A11Y_WORK:-}" ]; then
  for command in dbus-run-session dbus-send; do
    command -v "$command" >/dev/null || { echo "accessibility: $command is missing; packaging/install-deps.sh installs it" >&2; exit 1; }
  done
  [ -x "$launcher" ] || { echo "accessibility: $launcher is missing (package at-spi2-core)" >&2; exit 1; }
  # The system's Python has the distribution's AT-SPI bindings; one first in
  # PATH (a virtual environment, pyenv) may not.
  python=
  for candidate in python3 /usr/bin/python3; do
    if python=$("$candidate" -c 'import sys, gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi; print(sys.executable)' 2>/dev/null); then
      break
    fi
  done
  [ -n "$python" ] || { echo "accessibility: no python3 can import Atspi (packages python3-pyatspi, gir1.2-atspi-2.0)" >&2; exit 1; }

  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/home"
  mkdir -m 700 "$work/runtime"
  status=0
  env -i HOME="$work/home" USER="${USER:-vigil}" PATH="$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state" \
    XDG_RUNTIME_DIR="$work/runtime" GSETTINGS_BACKEND=memory \
    DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} VIGIL_A11Y_WORK="$work" VIGIL_A11Y_PYTHON="$python" \
    dbus-run-session -- "$0" "$vigil" "$tool" "$library" || status=$?
  exit "$status"
fi

# Second pass, on the private session bus.
work=$VIGIL_A11Y_WORK
python=$VIGIL_A11Y_PYTHON
pids=()
# Whether a process has not ended (a zombie has).
running() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}
# Ends what this script started: asks first, then forces after 10 s.
cleanup() {
  local pid i
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for (( i = 0; i < 100; i++ )); do
      running "$pid" || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# Waits up to $1 seconds for a command to succeed.
poll() {
  local seconds=$1
  shift
  local deadline=$(( $(date +%s) + seconds ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      return 1
    fi
    sleep 0.1
  done
}

# The accessibility bus, which a desktop starts at login. Qt's widgets look for
# it when the application starts, so it must be up before Vigil.
"$launcher" --launch-immediately > "$work/launcher.txt" 2>&1 &
pids+=($!)
session() { dbus-send --session --print-reply "$@"; }
bus_has_owner() { [[ $(session --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus) == *"boolean true"* ]]; }
if ! poll 20 bus_has_owner; then
  echo "accessibility: the AT-SPI bus launcher did not start" >&2
  cat "$work/launcher.txt" >&2
  exit 1
fi
address=$(session --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress | sed -n 's/^ *string "\(.*\)"$/\1/p') || address=
# The registry, which lists the applications to screen readers, starts when
# first called.
if [ -z "$address" ] || ! poll 20 dbus-send --bus="$address" --print-reply --dest=org.a11y.atspi.Registry \
     /org/a11y/atspi/accessible/root org.freedesktop.DBus.Peer.Ping; then
  echo "accessibility: the AT-SPI registry does not answer on the bus \"$address\"" >&2
  exit 1
fi

# The article: the State Department's 2020 report if the library has it, else
# Serbia's first article.
articles=$("$tool" list --json --country "$country" --library "$library")
article=$("$python" -c '
import json, sys
articles = json.load(sys.stdin)
best = [a for a in articles if "2020 Country Reports" in a["title"] and a["paragraphs"]]
best = best or [a for a in articles if a["paragraphs"]]
print(best[0]["id"] if best else "")
' <<< "$articles")
if [ -z "$article" ]; then
  echo "accessibility: the library has no article with text about $country" >&2
  exit 1
fi
shown=$("$tool" show --json "$article" --library "$library")
title=$("$python" -c 'import json, sys; print(json.load(sys.stdin)["title"])' <<< "$shown")
paragraph=$("$python" -c 'import json, sys; print(json.load(sys.stdin)["paragraphs"][0]["text"])' <<< "$shown")
echo "accessibility: article $article, \"$title\""

# A screen reader is running: Qt exposes its widgets at once. The sandbox and
# the GPU are off as in the web tests.
start=$(date +%s)
(
  cd "$work/home"
  exec env QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
    QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    "$vigil" --library "$library" --country "$country" --open "$article"
) > "$work/vigil.txt" 2>&1 &
vigil_pid=$!
pids+=("$vigil_pid")

status=0
"$python" -u "$here/atspi_walk.py" --pid "$vigil_pid" --timeout 60 \
  --hotline "$hotline" --title "$title" --paragraph "$paragraph" || status=$?
echo "accessibility: checked in $(( $(date +%s) - start )) s"
if ! kill -0 "$vigil_pid" 2>/dev/null; then
  echo "accessibility: vigil exited early" >&2
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "accessibility: vigil's output:" >&2
  tail -30 "$work/vigil.txt" >&2
fi
exit "$status"
