#!/usr/bin/env bash
# Runs a command under openbox on the current X display, as on a desktop: a
# window manager decides focus, stacking and when a window is mapped, which a
# bare X server does not. openbox ends with the command.
#   with-window-manager.sh COMMAND [ARGS...]
set -euo pipefail
[ -n "${DISPLAY:-}" ] || { echo "with-window-manager: no DISPLAY; run under xvfb-run" >&2; exit 1; }
command -v openbox >/dev/null || { echo "with-window-manager: openbox is missing; packaging/install-deps.sh installs it" >&2; exit 1; }
openbox --sm-disable --config-file /dev/null >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null || true; wait $wm 2>/dev/null || true' EXIT
# A window manager announces itself on the root window once it manages the screen.
for _ in $(seq 100); do
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
  sleep 0.1
done
xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" \
  || { echo "with-window-manager: openbox did not start" >&2; exit 1; }
"$@"
