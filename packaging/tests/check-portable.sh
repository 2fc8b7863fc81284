#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2015 # pass never fails: "test && pass || fail" is an if-else
# Builds the portable Linux archive (packaging/linux/make-portable.py) and runs it
# where no Qt is: in a minimal Debian 12 root made with debootstrap that holds only
# the packages of packaging/linux/portable-system-libs.txt. There it must print a
# handout, open the window and show an article under Xvfb, and, with its marker file,
# keep the reader's data on the "stick" and none in the home folder.
# Needs root (chroot, mount) and Debian's package mirror (VIGIL_DEBIAN_MIRROR).
# Usage: check-portable.sh BUILD_DIR VERSION PACKAGING_SOURCE_DIR
set -uo pipefail
build=$1 version=$2 source=$3
. "$(dirname "$0")/lib.sh"

need_tools python3 patchelf readelf debootstrap chroot mount Xvfb pdfinfo pdftotext tar timeout
if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: needs root for debootstrap, chroot and mount (CI runs it as root)"
  exit 77
fi
make_scratch
out="$build/packaging-test/portable"
rm -rf "$out"
mkdir -p "$out"

echo "--- the archive"
if ! python3 "$source/linux/make-portable.py" "$build" "$out" >"$out.log" 2>&1; then
  cat "$out.log"
  die "make-portable.py failed"
fi
archive=$(head -n1 "$out.log")
pass "make-portable.py: $(tail -n1 "$out.log")"
top=$(basename "$archive" .tar.gz)
[[ $top == vigil-$version-linux-*-portable ]] && pass "file name $top.tar.gz" || fail "file name $top lacks $version"
(cd "$out" && sha256sum --quiet -c "$top.tar.gz.sha256") && pass "checksum file matches" || fail "checksum file does not match"

tar -tzf "$archive" >"$scratch/contents"
for path in vigil vigil-library portable.txt bin/vigil bin/vigil-library bin/qt.conf \
            libexec/QtWebEngineProcess libexec/qt.conf lib/libQt6Core.so.6 lib/libQt6WebEngineCore.so.6 \
            lib/vigil/vigil_webview.so resources/qtwebengine_resources.pak \
            translations/qtwebengine_locales/en-US.pak plugins/platforms/libqxcb.so \
            plugins/platforms/libqoffscreen.so plugins/sqldrivers/libqsqlite.so \
            share/vigil/library.sqlite share/doc/vigil/LICENSE share/doc/vigil/bundled-libraries/README; do
  grep -qxF "$top/$path" "$scratch/contents" && pass "contains $path" || fail "does not contain $path"
done
links=$(tar -tvzf "$archive" | grep '^l' || true)
[ -z "$links" ] && pass "no symbolic links (a FAT stick cannot hold them)" || fail "symbolic links: $links"
outside=$(grep -v "^$top/" "$scratch/contents" || true)
[ -z "$outside" ] && pass "everything is under $top/" || fail "entries outside $top/: $outside"

# Unpacked elsewhere and renamed, as a copy on a stick would be.
mkdir -p "$scratch/unpacked"
tar -xzf "$archive" -C "$scratch/unpacked" || die "tar -x failed"
stick="$scratch/unpacked/$top"

# Every ELF file finds its libraries relative to itself, never on this machine's
# paths, and no library the system list leaves out was copied anyway.
bad_runpath=()
while IFS= read -r -d '' f; do
  head -c4 "$f" | grep -q $'\x7fELF' || continue
  rp=$(patchelf --print-rpath "$f")
  [[ $rp == \$ORIGIN* ]] || bad_runpath+=("${f#"$stick"/}:'$rp'")
done < <(find "$stick" -type f \( -name '*.so*' -o -path '*/bin/*' -o -path '*/libexec/*' \) -print0)
[ ${#bad_runpath[@]} -eq 0 ] && pass "every program and library has a RUNPATH relative to \$ORIGIN" \
  || fail "RUNPATH not relative: ${bad_runpath[*]}"
patterns=$(sed -e 's/#.*//' -e 's/^[^:]*://' "$source/linux/portable-system-libs.txt" | tr -s ' \n' '\n' | sed '/^$/d')
leaked=()
for lib in "$stick"/lib/*.so*; do
  name=$(basename "$lib")
  while IFS= read -r p; do
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    [[ $name == $p ]] && leaked+=("$name")
  done <<<"$patterns"
done
[ ${#leaked[@]} -eq 0 ] && pass "no library of the system list is bundled" || fail "bundled though the system has them: ${leaked[*]}"

echo "--- a Debian 12 root without Qt"
root="$build/packaging-test/debian-root"
packages=$(sed -e 's/#.*//' -e 's/:.*//' "$source/linux/portable-system-libs.txt" | sed '/^ *$/d' | sort -u | paste -sd, -)
want="bookworm minbase $packages"
# A run that was killed may have left its mounts: remove them before anything else,
# so that nothing below ever deletes through a bound /dev.
unmount_all() {
  findmnt -rn -o TARGET | grep -F "$root/" | sort -r | while IFS= read -r m; do umount -l "$m"; done
  ! findmnt -rn -o TARGET | grep -qF "$root/"
}
unmount_all || die "could not unmount what a previous run left under $root"
if [ ! -f "$root/.vigil-stamp" ] || [ "$(cat "$root/.vigil-stamp")" != "$want" ]; then
  rm -rf "$root"
  mirror=${VIGIL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
  if ! debootstrap --variant=minbase --include="$packages" bookworm "$root" "$mirror" >"$root.log" 2>&1; then
    tail -n 20 "$root.log"
    die "debootstrap from $mirror failed (set VIGIL_DEBIAN_MIRROR to a reachable Debian mirror)"
  fi
  echo "$want" >"$root/.vigil-stamp"
fi
pass "debootstrap bookworm minbase with $(tr ',' '\n' <<<"$packages" | wc -l) desktop packages"
qt=$(chroot "$root" dpkg-query -W -f '${Package}\n' | grep -Ei '^(libqt|qt)' || true)
[ -z "$qt" ] && pass "the root has no Qt package" || fail "the root has: $qt"

cleanup() {
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  if unmount_all; then
    rm -rf "$root/media/stick" "$root/home/reader" "$root/tmp/vigil-check"
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
bind() {
  mkdir -p "$root$2"
  mount "${@:3}" "$1" "$root$2" || die "mount $1 on $root$2 failed"
}
mkdir -p /tmp/.X11-unix
bind proc /proc -t proc
bind /dev /dev --bind
bind tmpfs /dev/shm -t tmpfs
bind /tmp/.X11-unix /tmp/.X11-unix --bind

# A display of our own, reached through the bound socket folder.
Xvfb -displayfd 3 -ac -nolisten tcp -screen 0 1280x1024x24 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || die "Xvfb did not start: $(cat "$scratch/xvfb.log")"
display=":$(head -n1 "$scratch/display")"

rm -rf "$root/media/stick" "$root/home/reader" "$root/tmp/vigil-check"
mkdir -p "$root/media/stick" "$root/home/reader" "$root/tmp/vigil-check"
cp -a "$stick" "$root/media/stick/Vigil"
# A reader's session: a home of its own, no session bus, nothing of this machine's.
in_root=(chroot "$root" /usr/bin/env -i HOME=/home/reader PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display"
  QTWEBENGINE_DISABLE_SANDBOX=1)

cat >"$root/tmp/vigil-check/ldd-all.sh" <<'EOF'
find /media/stick/Vigil -type f | while IFS= read -r f; do
  head -c4 "$f" | grep -q ELF || continue
  ldd "$f" | grep "not found" | sed "s|^|$f: |"
done
EOF
missing=$("${in_root[@]}" /bin/sh /tmp/vigil-check/ldd-all.sh)
[ -z "$missing" ] && pass "ldd in the root: every library found" || fail "ldd in the root: $missing"

expect_output "vigil-library --version in the root" "^vigil-library $version\$" "${in_root[@]}" /media/stick/Vigil/vigil-library --version
expect_output "vigil-library stats in the root" '"articles": [1-9]' "${in_root[@]}" /media/stick/Vigil/vigil-library stats --json

if timeout 180 "${in_root[@]}" /media/stick/Vigil/vigil --print-pdf /tmp/vigil-check/serbia.pdf --country RS \
    >"$scratch/print.out" 2>"$scratch/print.err" \
    && pages=$(pdfinfo "$root/tmp/vigil-check/serbia.pdf" | sed -n 's/^Pages: *//p') && [ "${pages:-0}" -ge 1 ] \
    && text=$(pdftotext "$root/tmp/vigil-check/serbia.pdf" -) && grep -q Serbia <<<"$text"; then
  pass "vigil --print-pdf --country RS in the root: $pages page(s) about Serbia"
else
  fail "vigil --print-pdf in the root: $(tail -c 600 "$scratch/print.err")"
fi

if timeout 180 "${in_root[@]}" /media/stick/Vigil/vigil --exit-after-first-article >"$scratch/gui.out" 2>"$scratch/gui.err" \
    && grep -q '^first-article-ms: [0-9]' "$scratch/gui.out"; then
  pass "vigil opens its window on X11 and shows an article in the root ($(head -n1 "$scratch/gui.out"))"
else
  fail "vigil did not show an article in the root: $(tail -c 600 "$scratch/gui.err")"
fi

echo "--- the reader's data stays on the stick"
# A pack with one hotline (libphonenumber's example number for Kosovo), imported
# with the marker in place, then again without it.
cat >"$root/tmp/vigil-check/hotlines.json" <<'EOF'
[{"country": "XK", "service": "Example shelter", "number": "+383 28 012 345", "source": "A test of the portable archive"}]
EOF
expect_output "vigil-library pack in the root" "" \
  "${in_root[@]}" /media/stick/Vigil/vigil-library pack --hotlines /tmp/vigil-check/hotlines.json -o /tmp/vigil-check/test.vigilpack
expect_output "vigil-library unpack with the marker" "added" \
  "${in_root[@]}" /media/stick/Vigil/vigil-library unpack /tmp/vigil-check/test.vigilpack --yes
[ -f "$root/media/stick/Vigil/user-data/userdata.sqlite" ] && pass "the hotline went into user-data/ on the stick" \
  || fail "no user-data/userdata.sqlite on the stick"
left=$(cd "$root/home/reader" && find . -mindepth 1 ! -path ./.cache ! -path './.cache/fontconfig*')
[ -z "$left" ] && pass "nothing of Vigil in the home folder" || fail "written to the home folder: $left"

mv "$root/media/stick/Vigil/portable.txt" "$root/media/stick/Vigil/portable.txt.off"
expect_output "vigil-library unpack without the marker" "added" \
  "${in_root[@]}" /media/stick/Vigil/vigil-library unpack /tmp/vigil-check/test.vigilpack --yes
[ -f "$root/home/reader/.local/share/Vigil/Vigil/userdata.sqlite" ] \
  && pass "without the marker, the home folder is used" || fail "without the marker, no user data in the home folder"

note "archive size: $(du -m "$archive" | cut -f1) MB ($(du -sm "$stick" | cut -f1) MB unpacked)"
finish
