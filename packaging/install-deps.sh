#!/usr/bin/env bash
# Installs what building and testing Vigil needs on Debian 12 or Ubuntu 24.04,
# and only what is missing. Run as root or with sudo available. With --fuzzing,
# also what the fuzz targets need.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libzstd-dev libxml2-dev
  qt6-webengine-dev qt6-webengine-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev
  xvfb xauth openbox x11-utils xdotool
  dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  strace clang-format poppler-utils fonts-dejavu-core
  python3-bibtexparser bibutils icu-devtools
  qt6-declarative-dev pandoc citation-style-language-styles citation-style-language-locales
  libphonenumber-dev libsodium-dev
  dpkg-dev lintian desktop-file-utils appstream file
  python3 patchelf debootstrap
)

# The fuzz targets need clang and its runtime (libFuzzer, the sanitizers' libraries).
if [ "${1:-}" = "--fuzzing" ]; then
  packages+=(clang-14 libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root, or install sudo." >&2; exit 1; }
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
