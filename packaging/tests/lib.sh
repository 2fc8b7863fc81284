# Shared by the packaging checks; sourced, not run.
# shellcheck shell=bash disable=SC2015 # pass never fails: "test && pass || fail" is an if-else
# Every check reports and carries on, so that one run shows every problem; the script
# fails at the end if any check failed.

failures=0
pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
note() { printf 'note  %s\n' "$*"; }
die()  { printf 'FAIL  %s\n' "$*"; exit 1; }
finish() {
  if [ "$failures" -ne 0 ]; then
    printf '%d check(s) failed\n' "$failures"
    exit 1
  fi
  echo "all checks passed"
}

need_tools() {
  local missing=()
  for t in "$@"; do command -v "$t" >/dev/null || missing+=("$t"); done
  [ ${#missing[@]} -eq 0 ] || die "missing tools: ${missing[*]} (packaging/install-deps.sh installs them)"
}

# A scratch folder, removed on exit, holding a home of its own: the programs run
# here must not read or write the settings of whoever runs the tests.
make_scratch() {
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/vigil-packaging.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/home/.config" "$scratch/home/.cache" "$scratch/home/.local/share" "$scratch/runtime"
  chmod 700 "$scratch/runtime"
  export HOME="$scratch/home"
  export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share"
  export XDG_RUNTIME_DIR="$scratch/runtime"
  export QT_QPA_PLATFORM=offscreen
  # Chromium's sandbox refuses to run as root and needs kernel namespaces that CI
  # containers often lack; what is tested here is the install layout, not the sandbox.
  export QTWEBENGINE_DISABLE_SANDBOX=1
}

# make_package GENERATOR BUILD_DIR OUTPUT_DIR: runs cpack the way a release would.
make_package() {
  local generator=$1 build=$2 out=$3
  rm -rf "$out"
  mkdir -p "$out"
  if ! (cd "$build" && cpack -G "$generator" --config CPackConfig.cmake -B "$out") >"$out.log" 2>&1; then
    cat "$out.log"
    die "cpack -G $generator failed"
  fi
  pass "cpack -G $generator"
}

# expect_output DESCRIPTION PATTERN COMMAND...: the command succeeds and its standard
# output matches the extended regular expression.
expect_output() {
  local what=$1 pattern=$2 output status
  shift 2
  output=$("$@" 2>"$scratch/stderr")
  status=$?
  if [ "$status" -ne 0 ]; then
    fail "$what: exit status $status: $(head -c 400 "$scratch/stderr")"
  elif ! grep -Eq -- "$pattern" <<<"$output"; then
    fail "$what: output '$(head -c 200 <<<"$output")' does not match '$pattern'"
  else
    pass "$what"
  fi
}

# validate_desktop_integration ROOT_SHARE_DIR VERSION SOURCE_DIR
validate_desktop_integration() {
  local share=$1 version=$2 source=$3 id=org.vigilreader.Vigil
  local desktop="$share/applications/$id.desktop" metainfo="$share/metainfo/$id.metainfo.xml"
  if desktop-file-validate "$desktop"; then pass "desktop-file-validate $id.desktop"; else fail "desktop-file-validate $id.desktop"; fi
  if appstreamcli validate --no-net --no-color "$metainfo"; then pass "appstreamcli validate --no-net"; else fail "appstreamcli validate --no-net"; fi
  if grep -q "<release version=\"$version\"" "$metainfo"; then
    pass "metainfo release is $version"
  else
    fail "metainfo has no release $version"
  fi
  # The screenshot URL points into the repository: the file must be there.
  local shot
  shot=$(sed -n 's|.*<image[^>]*>[^<]*/raw/main/\([^<]*\)</image>.*|\1|p' "$metainfo" | head -n1)
  if [ -n "$shot" ] && [ -f "$source/../$shot" ] && file "$source/../$shot" | grep -q 'PNG image data'; then
    pass "metainfo screenshot $shot is in the repository"
  else
    fail "metainfo screenshot '${shot:-none}' is not a PNG in the repository"
  fi
  local icon
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ "$icon" = "$id" ] && pass "desktop Icon=$icon" || fail "desktop Icon is '$icon', not $id"
  [ -f "$share/icons/hicolor/scalable/apps/$id.svg" ] && pass "scalable icon" || fail "no scalable icon"
  local size png
  for size in 16 22 24 32 48 64 128 256 512; do
    png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
    if [ -f "$png" ] && file "$png" | grep -q "PNG image data, $size x $size,"; then
      pass "icon ${size}x${size}"
    else
      fail "icon ${size}x${size} missing or of the wrong size"
    fi
  done
}

# check_exec_line DESKTOP_FILE BIN_DIR: runs the menu entry's command line the way a
# desktop would, with the program resolved in the package's bin/ instead of PATH.
check_exec_line() {
  local desktop=$1 bindir=$2 exec program args
  exec=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
  [ -n "$exec" ] || { fail "desktop file has no Exec line"; return; }
  # Field codes (%f, %U, ...) expand to nothing when no file is passed.
  exec=$(sed -E 's/(^| )%[fFuUdDnNickvm]//g' <<<"$exec")
  read -r program args <<<"$exec"
  case "$program" in
    /*) fail "Exec uses an absolute path ($program): the archive could not be relocated"; return ;;
  esac
  if [ ! -x "$bindir/$program" ]; then
    fail "Exec program '$program' is not in the package's bin/"
    return
  fi
  # shellcheck disable=SC2086 # the Exec arguments are split as a desktop would split them
  expect_output "Exec line '$exec' --version" "^Vigil " "$bindir/$program" $args --version
  # Then start it for real: the window opens the first article, which needs the
  # library and the reading pane's module to be found from the installed layout,
  # and quits once the article is rendered.
  local status
  # shellcheck disable=SC2086
  timeout 120 "$bindir/$program" $args --exit-after-first-article >"$scratch/gui.out" 2>"$scratch/gui.err"
  status=$?
  if [ "$status" -eq 0 ] && grep -q '^first-article-ms: [0-9]' "$scratch/gui.out"; then
    pass "Exec line '$exec' starts and shows an article ($(cat "$scratch/gui.out"))"
  else
    fail "Exec line '$exec' did not show an article (status $status): $(tail -c 600 "$scratch/gui.err")"
  fi
}
