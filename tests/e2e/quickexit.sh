#!/usr/bin/env bash
# End-to-end quick exit, as a reader meets it: the real program on a desktop
# (an X server with openbox, a session D-Bus), keys typed through the X server.
#   1. First start in a fresh home, an article open, the content notice up:
#      F12 ends Vigil; nothing is left in the home or runtime folder.
#   2. A second launch hands its arguments to the running Vigil and ends; the
#      first shows Serbia. With Help open over it, Ctrl+Shift+Q ends it, and
#      what stays is only what the user chose (the settings file, without the
#      session that was being read).
#
#   quickexit.sh VIGIL VIGIL_LIBRARY LIBRARY
set -euo pipefail

vigil=$(realpath "$1")
tool=$(realpath "$2")
library=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)

# An X server of its own: tests run side by side, and another test's window
# named "Vigil", or a second window manager, on a shared display would fail this
# one for a reason not its own.
if [ -z "${VIGIL_QUICKEXIT_X:-}" ]; then
  exec env VIGIL_QUICKEXIT_X=1 xvfb-run -a --server-args="-screen 0 1280x1024x24" "$0" "$@"
fi

if [ -z "${VIGIL_QUICKEXIT_WM:-}" ]; then
  for command in xdotool xprop openbox dbus-run-session; do
    command -v "$command" >/dev/null || { echo "quickexit: $command is missing; packaging/install-deps.sh installs it" >&2; exit 1; }
  done
  exec env VIGIL_QUICKEXIT_WM=1 dbus-run-session -- "$here/../support/with-window-manager.sh" "$0" "$@"
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "quickexit: $*" >&2; exit 1; }

home=$work/home
runtime=$work/runtime
mkdir -p "$home"
mkdir -m 700 "$runtime"
run_vigil() {
  env -i HOME="$home" USER="${USER:-vigil}" PATH="$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    XDG_RUNTIME_DIR="$runtime" DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" QT_QPA_PLATFORM=xcb \
    QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    "$vigil" --library "$library" "$@"
}
# Waits up to $2 tenths of a second for a window whose title matches $1.
wait_window() {
  for _ in $(seq "$2"); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}
# Waits up to $2 tenths of a second for process $1 to end; its exit status then
# is in $exit_status.
wait_exit() {
  for _ in $(seq "$2"); do
    if ! kill -0 "$1" 2>/dev/null; then
      exit_status=0
      wait "$1" || exit_status=$?
      return 0
    fi
    sleep 0.1
  done
  return 1
}
now_ms() { date +%s%3N; }
# Whether no window whose name matches $1 is on screen within half a second: the
# X server unmaps a client's windows once it has read the closed connection, a
# few milliseconds after the process ended on a loaded machine.
windows_gone() {
  for _ in $(seq 10); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
    sleep 0.05
  done
  echo "quickexit: still on screen: $(xdotool search --onlyvisible --name "$1" getwindowname %@ 2>/dev/null | tr '\n' '|')" >&2
  return 1
}

article=$("$tool" --library "$library" list --json --country RS \
  | grep -o '"id": *[0-9]*' | head -n 1 | grep -o '[0-9]*$')
[ -n "$article" ] || fail "no Serbian article in $library"

# 1. A first start: the content notice comes up over the window and the article.
run_vigil --open "$article" > "$work/first.log" 2>&1 &
first=$!
pids+=("$first")
wait_window '^Before you read$' 600 || fail "the content notice did not show; $(cat "$work/first.log")"
sleep 3   # let the reading pane start behind it
start=$(now_ms)
xdotool key F12
wait_exit "$first" 100 || fail "F12 over the content notice did not end Vigil within 10 s"
echo "quickexit: F12 over the content notice ended Vigil in $(( $(now_ms) - start )) ms, status $exit_status"
[ "$exit_status" = 0 ] || fail "Vigil ended with status $exit_status; $(cat "$work/first.log")"
windows_gone 'Vigil|Before you read' || fail "a window of Vigil is still on screen"
left=$(cd "$work" && find home runtime -mindepth 1 | sort)
if [ -n "$left" ]; then
  echo "$left" >&2
  fail "files were left behind after a quick exit of a first start"
fi
echo "quickexit: nothing left in the home and runtime folders"

# 2. Two launches. The reader turned discreet mode off and dismissed the notice
# before, so the title says what is shown.
mkdir -p "$home/.config/Vigil"
printf '[General]\ncontentWarningDismissed=true\n\n[privacy]\ndiscreetMode=false\n' > "$home/.config/Vigil/Vigil.conf"
run_vigil > "$work/second.log" 2>&1 &
running=$!
pids+=("$running")
wait_window '^Vigil$' 600 || fail "the window did not show; $(cat "$work/second.log")"
for _ in $(seq 100); do [ -S "$runtime/vigil/instance.socket" ] && break; sleep 0.1; done
start=$(now_ms)
run_vigil --country RS > "$work/third.log" 2>&1 &
later=$!
pids+=("$later")
wait_exit "$later" 150 || fail "a second launch did not end within 15 s"
[ "$exit_status" = 0 ] || fail "a second launch ended with status $exit_status; $(cat "$work/third.log")"
wait_window '^Serbia – Vigil$' 100 || fail "the running Vigil did not show Serbia; windows: $(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|')"
echo "quickexit: a second launch handed --country RS over and ended in $(( $(now_ms) - start )) ms"
kill -0 "$running" 2>/dev/null || fail "the first Vigil ended"
windows=$(xdotool search --onlyvisible --name 'Vigil' | wc -l)
[ "$windows" = 1 ] || fail "$windows windows of Vigil, not one"

xdotool search --onlyvisible --name '^Serbia – Vigil$' windowactivate --sync 2>/dev/null || true
xdotool key F1
wait_window '^Vigil Help$' 100 || fail "F1 did not open Help"
start=$(now_ms)
xdotool key ctrl+shift+q
wait_exit "$running" 100 || fail "Ctrl+Shift+Q over Help did not end Vigil within 10 s"
echo "quickexit: Ctrl+Shift+Q over Help ended Vigil in $(( $(now_ms) - start )) ms, status $exit_status"
windows_gone 'Vigil' || fail "a window of Vigil is still on screen"
left=$(cd "$work" && find home runtime -mindepth 1 | sort | tr '\n' ' ')
[ "$left" = "home/.config home/.config/Vigil home/.config/Vigil/Vigil.conf " ] \
  || fail "more than the settings file was left: $left"
grep -q '^country=\|^article=' "$home/.config/Vigil/Vigil.conf" && fail "the session was saved: $(cat "$home/.config/Vigil/Vigil.conf")"
echo "quickexit: only the settings file is left, without the session"
echo "quickexit: passed"
