#!/usr/bin/env bash
# The Debian libraries PySide6's Qt needs (offscreen and xcb platforms, QtPdf), its fonts, and
# pdftoppm: checked, and the missing ones installed (as root, or with sudo when it needs no
# password); otherwise the one command that installs them is printed and the script fails.
#
#   packaging/system-libraries.sh [--check] [EXTRA-PACKAGE...]
#
# --check only says what is missing (exit 1) and installs nothing. EXTRA-PACKAGE are more Debian
# packages to check and install along (.ci/run passes its own list). On a system without dpkg
# (macOS, Windows, another Linux) it says nothing and succeeds: Qt's wheels bring what they need there.
set -euo pipefail

qt_packages=(
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 fonts-dejavu-core
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 poppler-utils
)

check_only=0
if [ "${1:-}" = "--check" ]; then
  check_only=1
  shift
fi

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=()
for package in "${qt_packages[@]}" "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
((${#missing[@]})) || exit 0

command_line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if ((check_only)); then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo sh -c '$command_line'" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "DPO Desk needs these Debian packages, which are not installed: ${missing[*]}" >&2
  echo "Install them with this command, then run make again:" >&2
  echo "  sudo sh -c '$command_line'" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
