#!/usr/bin/env bash
# End-to-end import of a saved page, as a reader does it: the real program on a
# desktop (an X server with openbox), File ▸ Import pages… by its key, the file
# typed into the file dialog, Import in the summary. Then:
#   - the reader's library holds the bundled page and the new one, and the new
#     page's file is kept; the bundled library keeps every byte;
#   - after an update (the stamp of what the reader's library was made of no
#     longer matching), the next start joins the page again: a handout printed
#     from it has the new page's entry.
#
#   importpages.sh VIGIL VIGIL_LIBRARY LIBRARY SEED_PAGE
set -euo pipefail

vigil=$(realpath "$1")
tool=$(realpath "$2")
library=$(realpath "$3")
seed=$(realpath "$4")
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${VIGIL_IMPORT_X:-}" ]; then
  exec env VIGIL_IMPORT_X=1 xvfb-run -a --server-args="-screen 0 1280x1024x24" "$0" "$@"
fi
if [ -z "${VIGIL_IMPORT_WM:-}" ]; then
  for command in xdotool openbox dbus-run-session pdftotext sha256sum; do
    command -v "$command" >/dev/null || { echo "importpages: $command is missing; packaging/install-deps.sh installs it" >&2; exit 1; }
  done
  exec env VIGIL_IMPORT_WM=1 dbus-run-session -- "$here/../support/with-window-manager.sh" "$0" "$@"
fi

work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "importpages: $*" >&2; exit 1; }

home=$work/home
runtime=$work/runtime
mkdir -p "$home/.config/Vigil"
mkdir -m 700 "$runtime"
printf '[General]\ncontentWarningDismissed=true\n\n[privacy]\ndiscreetMode=false\n' > "$home/.config/Vigil/Vigil.conf"
run_vigil() {
  env -i HOME="$home" USER="${USER:-vigil}" PATH="$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    XDG_RUNTIME_DIR="$runtime" DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" \
    QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    "$vigil" "$@"
}
wait_window() {
  for _ in $(seq "$2"); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

# A newer copy of the seed page, saved under another name, with one title of its own.
page=$work/balkans-2021.txt
sed 's/Montenegrin Police Cut Human Trafficking, Slavery Chain/Zanzibarian Police Cut a Trafficking Chain/' "$seed" > "$page"
grep -q Zanzibarian "$page" || fail "the seed page no longer has the title this test changes"
bundled_sum=$(sha256sum < "$library")

QT_QPA_PLATFORM=xcb run_vigil & pid=$!
wait_window 'Vigil$' 300 || fail "no window within 30 s"
sleep 1
xdotool search --onlyvisible --name 'Vigil$' windowactivate --sync 2>/dev/null | head -1 || true
xdotool key ctrl+i
wait_window '^Import pages' 100 || fail "File ▸ Import pages (Ctrl+I) showed no file dialog"
sleep 0.5
xdotool type --delay 10 "$page"
xdotool key Return
# The summary replaces the file dialog; Import is its default button.
sleep 2
wait_window '^Import pages' 100 || fail "no summary of the import"
xdotool key Return

data=$home/.local/share/Vigil/Vigil/library
for _ in $(seq 300); do
  [ -f "$data/library.sqlite" ] && [ -f "$data/pages/balkans-2021.txt" ] && break
  sleep 0.1
done
[ -f "$data/pages/balkans-2021.txt" ] || fail "the page was not kept in $data/pages: $(find "$home" -type f | sort)"
# The window opens the reader's library: wait for it, then close Vigil.
sleep 2
xdotool key ctrl+q
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "Vigil did not end on Ctrl+Q"
pid=

pages=$("$tool" pages --json --library "$data/library.sqlite" \
  | python3 -c 'import json,sys; print(" ".join(sorted(p["key"] for p in json.load(sys.stdin))))')
[ "$pages" = "000_e4693ba91c0c7f19 balkans-2021" ] || fail "the reader's library has the pages: $pages"
[ "$(sha256sum < "$library")" = "$bundled_sum" ] || fail "the bundled library was written to"

# As after an update of the bundled library: the next start joins the page again.
rm "$data/library.sqlite" "$data/library.stamp"
QT_QPA_PLATFORM=offscreen run_vigil --print-pdf "$work/me.pdf" --country ME >/dev/null \
  || fail "--print-pdf failed after the update"
pdftotext "$work/me.pdf" - | tr '\n' ' ' | grep -q 'Zanzibarian Police' \
  || fail "the Montenegro dossier has no entry of the imported page"
[ -f "$data/library.sqlite" ] || fail "the reader's library was not made again"
echo "importpages: imported from the window, kept, joined again after an update"
