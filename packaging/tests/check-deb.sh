#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2015 # pass never fails: "test && pass || fail" is an if-else
# Builds the .deb with cpack and checks it the way a user and a Debian maintainer
# would: control fields, contents, lintian, the desktop files, and the programs run
# from an unpacked copy.
# Usage: check-deb.sh BUILD_DIR VERSION PACKAGING_SOURCE_DIR
set -uo pipefail
build=$1 version=$2 source=$3
. "$(dirname "$0")/lib.sh"

need_tools cpack dpkg-deb dpkg-query lintian desktop-file-validate appstreamcli file timeout
make_scratch
out="$build/packaging-test/deb"
make_package DEB "$build" "$out"

debs=("$out"/vigil_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || die "expected one vigil_*.deb in $out"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "vigil_${version}_${arch}.deb" ] && pass "file name $(basename "$deb")" \
  || fail "file name $(basename "$deb"), expected vigil_${version}_${arch}.deb"

echo "--- control"
dpkg-deb -f "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = vigil ] && pass "Package: vigil" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', the project's is $version"
[ "$(field Architecture)" = "$arch" ] && pass "Architecture: $arch" || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
grep -q 'libqt6' <<<"$depends" && pass "Depends names the Qt libraries" || fail "Depends does not name libqt6: '$depends'"
grep -q 'libqt6webenginewidgets6' <<<"$depends" && pass "Depends has WebEngine" || fail "Depends lacks libqt6webenginewidgets6"
grep -q 'libqt6sql6-sqlite' <<<"$depends" && pass "Depends has the SQLite driver" || fail "Depends lacks libqt6sql6-sqlite"
grep -q 'libc6 (>=' <<<"$depends" && pass "Depends is versioned (shlibdeps ran)" || fail "Depends has no versioned libc6: shlibdeps did not run"
[ "$(field Section)" = education ] && pass "Section: education" || fail "Section is '$(field Section)'"
[ "$(field Priority)" = optional ] && pass "Priority: optional" || fail "Priority is '$(field Priority)'"
grep -Eq '^https://' <<<"$(field Homepage)" && pass "Homepage: $(field Homepage)" || fail "Homepage is '$(field Homepage)'"
grep -Eq '^[^<>]+ <[^<>@ ]+@[^<>@ ]+>$' <<<"$(field Maintainer)" && pass "Maintainer: $(field Maintainer)" \
  || fail "Maintainer is '$(field Maintainer)'"
synopsis=$(field Description | head -n1)
[ -n "$synopsis" ] && [ ${#synopsis} -le 80 ] && pass "Description synopsis" || fail "Description synopsis '$synopsis'"
[ "$(field Description | wc -l)" -gt 2 ] && pass "Description has an extended part" || fail "Description has no extended part"

# Depends must be installable here: every entry satisfied by what this system has
# (the build machine has the same Qt the package was linked against).
unsatisfied=()
# Read once, not piped into grep -q: grep stops at the first match, and the
# writer it leaves behind dies of SIGPIPE, which pipefail counts as a failure.
provided=$(dpkg-query -W -f='${db:Status-Abbrev}|${Provides}\n' 2>/dev/null)
IFS=',' read -ra entries <<<"$depends"
for entry in "${entries[@]}"; do
  ok=no
  IFS='|' read -ra alternatives <<<"$entry"
  for alt in "${alternatives[@]}"; do
    if [[ $alt =~ ^[[:space:]]*([^[:space:](]+)[[:space:]]*(\(([<>=]+)[[:space:]]*([^)]+)\))? ]]; then
      name=${BASH_REMATCH[1]} op=${BASH_REMATCH[3]} want=${BASH_REMATCH[4]}
      have=$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' "$name" 2>/dev/null | sed -n 's/^ii *//p')
      if [ -n "$have" ] && { [ -z "$op" ] || dpkg --compare-versions "$have" "$op" "$want"; }; then ok=yes; fi
      # An unversioned entry may name a virtual package, as dpkg-shlibdeps writes
      # libphonenumber8-protobuf32 (provided by libphonenumber8).
      if [ $ok = no ] && [ -z "$op" ] && grep -Eq "^ii *\|(.*[ ,])?${name}( |,|\(|$)" <<<"$provided"; then ok=yes; fi
    fi
  done
  [ $ok = yes ] || unsatisfied+=("$entry")
done
[ ${#unsatisfied[@]} -eq 0 ] && pass "every Depends entry is satisfied on this system" \
  || fail "Depends not satisfied here:${unsatisfied[*]}"

echo "--- contents"
dpkg-deb -c "$deb" | awk '{print $2, $6}' >"$scratch/contents"
id=org.vigilreader.Vigil
required=(
  ./usr/bin/vigil ./usr/bin/vigil-library ./usr/lib/vigil/vigil_webview.so
  ./usr/share/vigil/library.sqlite
  "./usr/share/applications/$id.desktop"
  "./usr/share/metainfo/$id.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$id.svg"
  ./usr/share/doc/vigil/copyright ./usr/share/doc/vigil/changelog.gz
  ./usr/share/doc/vigil/ATTRIBUTION.md ./usr/share/doc/vigil/LICENSE
  ./usr/share/man/man1/vigil.1.gz ./usr/share/man/man1/vigil-library.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  required+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for path in "${required[@]}"; do
  awk -v p="$path" '$2 == p { found = 1 } END { exit !found }' "$scratch/contents" \
    && pass "contains ${path#.}" || fail "does not contain ${path#.}"
done
stray=$(awk '{print $2}' "$scratch/contents" | grep -v '^\./usr/' | grep -v '^\./$' || true)
[ -z "$stray" ] && pass "everything is under /usr" || fail "files outside /usr: $stray"
owners=$(awk '{print $1}' "$scratch/contents" | sort -u)
[ "$owners" = root/root ] && pass "every file belongs to root" || fail "owners: $owners"

echo "--- lintian"
lintian --tag-display-limit 0 --fail-on error "$deb" >"$scratch/lintian" 2>"$scratch/lintian.err"
lintian_status=$?
cat "$scratch/lintian"
if grep -q '^E:' "$scratch/lintian"; then
  fail "lintian reports errors"
elif [ "$lintian_status" -ne 0 ]; then
  fail "lintian failed (status $lintian_status): $(grep -v 'root privileges' "$scratch/lintian.err" | head -c 400)"
else
  pass "lintian: no errors"
fi
# A warning is accepted only once packaging/lintian-notes.md says why it stays.
sed -n 's/^W: [^:]*: \([^ ]*\).*/\1/p' "$scratch/lintian" | sort -u >"$scratch/warnings"
while read -r tag; do
  grep -q -- "\`$tag\`" "$source/lintian-notes.md" && note "lintian warning $tag: explained in lintian-notes.md" \
    || fail "lintian warning $tag is not explained in packaging/lintian-notes.md"
done <"$scratch/warnings"

echo "--- unpacked"
root="$scratch/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x failed"
validate_desktop_integration "$root/usr/share" "$version" "$source"
for binary in bin/vigil bin/vigil-library lib/vigil/vigil_webview.so; do
  unresolved=$(ldd "$root/usr/$binary" | grep "not found" || true)
  [ -z "$unresolved" ] && pass "$binary: every shared library found" || fail "$binary: $unresolved"
done
expect_output "vigil-library check on the unpacked library" "" \
  "$root/usr/bin/vigil-library" check "$root/usr/share/vigil/library.sqlite"
expect_output "vigil-library --version" "^vigil-library $version\$" "$root/usr/bin/vigil-library" --version
expect_output "vigil --version (offscreen)" "^Vigil $version\$" "$root/usr/bin/vigil" --version
# Installed under /usr but built for another prefix: found beside the program.
expect_output "vigil-library stats finds /usr/share/vigil from /usr/bin" '"articles": [1-9]' \
  "$root/usr/bin/vigil-library" stats --json
check_exec_line "$root/usr/share/applications/$id.desktop" "$root/usr/bin"

finish
