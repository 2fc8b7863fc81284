#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2015 # pass never fails: "test && pass || fail" is an if-else
# Builds the .tar.gz with cpack and checks that it is relocatable: unpacked anywhere,
# moved after unpacking, and run from another directory, the programs find the
# library beside them.
# Usage: check-tgz.sh BUILD_DIR VERSION PACKAGING_SOURCE_DIR COMPILED_IN_DATADIR COMPILED_IN_MODULEDIR
set -uo pipefail
build=$1 version=$2 source=$3 compiled_datadir=$4 compiled_moduledir=$5
. "$(dirname "$0")/lib.sh"

need_tools cpack tar desktop-file-validate appstreamcli file timeout
make_scratch
out="$build/packaging-test/tgz"
make_package TGZ "$build" "$out"

archives=("$out"/vigil-*.tar.gz)
[ ${#archives[@]} -eq 1 ] && [ -f "${archives[0]}" ] || die "expected one vigil-*.tar.gz in $out"
archive=${archives[0]}
top=$(basename "$archive" .tar.gz)
[[ $top == vigil-$version-* ]] && pass "file name $(basename "$archive")" || fail "file name $(basename "$archive") lacks $version"
if [ -f "$archive.sha256" ] && (cd "$out" && sha256sum --quiet -c "$(basename "$archive").sha256"); then
  pass "checksum file matches"
else
  fail "no matching $(basename "$archive").sha256"
fi

echo "--- contents"
tar -tzf "$archive" >"$scratch/contents"
outside=$(grep -v "^$top/" "$scratch/contents" || true)
[ -z "$outside" ] && pass "everything is under $top/" || fail "entries outside $top/: $outside"
for path in bin/vigil bin/vigil-library lib/vigil/vigil_webview.so share/vigil/library.sqlite \
            share/applications/org.vigilreader.Vigil.desktop \
            share/metainfo/org.vigilreader.Vigil.metainfo.xml \
            share/doc/vigil/LICENSE share/doc/vigil/ATTRIBUTION.md share/doc/vigil/README.md; do
  grep -qxF "$top/$path" "$scratch/contents" && pass "contains $path" || fail "does not contain $path"
done

echo "--- relocated"
# Unpacked in one place, then moved: nothing may depend on where it was unpacked.
mkdir -p "$scratch/unpacked" "$scratch/elsewhere/deeper"
tar -xzf "$archive" -C "$scratch/unpacked" || die "tar -x failed"
mv "$scratch/unpacked/$top" "$scratch/elsewhere/deeper/" || die "could not move the unpacked folder"
dir="$scratch/elsewhere/deeper/$top"
validate_desktop_integration "$dir/share" "$version" "$source"

cd / || die "cd /"
expect_output "vigil-library stats --json from / without --library" '"articles": [1-9]' \
  "$dir/bin/vigil-library" stats --json
expect_output "vigil-library check" "" "$dir/bin/vigil-library" check "$dir/share/vigil/library.sqlite"
expect_output "vigil-library --version" "^vigil-library $version\$" "$dir/bin/vigil-library" --version
expect_output "vigil --version (offscreen)" "^Vigil $version\$" "$dir/bin/vigil" --version

# Counter-check: without the library beside it, the same command must fail, which
# proves the one found above was the relative one. Skipped when the build's own
# install prefix holds a library, since that is the next place looked in.
mv "$dir/share/vigil/library.sqlite" "$dir/share/vigil/moved-away.sqlite"
if [ -f "$compiled_datadir/library.sqlite" ]; then
  note "counter-check skipped: $compiled_datadir/library.sqlite exists on this machine"
elif "$dir/bin/vigil-library" stats --json >/dev/null 2>&1; then
  fail "vigil-library stats succeeded without the archive's library: it read another one"
else
  pass "without share/vigil/library.sqlite beside it, vigil-library finds no library"
fi
mv "$dir/share/vigil/moved-away.sqlite" "$dir/share/vigil/library.sqlite"

# The reading pane's module, like the library, is looked for beside the program first.
if [ -e "$compiled_moduledir/vigil_webview.so" ]; then
  note "$compiled_moduledir/vigil_webview.so exists on this machine, so the article check alone does not prove the relative lookup"
fi
check_exec_line "$dir/share/applications/org.vigilreader.Vigil.desktop" "$dir/bin"

finish
