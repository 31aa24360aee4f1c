#!/usr/bin/env bash
# Downloads Debian's source packages for the Windows dependencies into $1
# (kept, so a second run downloads nothing). A deb-src twin of the system's
# Debian source list is added for the download and removed afterwards.
set -euo pipefail
dest=$1; shift
pkgs=("$@")
mkdir -p "$dest"
cd "$dest"
missing=()
for p in "${pkgs[@]}"; do ls "$dest"/"${p}"_*.dsc >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
src_list=/etc/apt/sources.list.d/readiness-deb-src.sources
added=0
if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  # Twin of every deb822 entry, Types: deb-src.
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    sed 's/^Types: *deb *$/Types: deb-src/' "$f"
    echo
  done | $SUDO tee "$src_list" >/dev/null
  if [ -f /etc/apt/sources.list ]; then
    sed -n 's/^deb \(.*\)/deb-src \1/p' /etc/apt/sources.list | $SUDO tee -a /etc/apt/sources.list.d/readiness-deb-src.list >/dev/null
  fi
  added=1
fi
cleanup() {
  if [ "$added" = 1 ]; then
    $SUDO rm -f "$src_list" /etc/apt/sources.list.d/readiness-deb-src.list
    $SUDO apt-get update -qq || true
  fi
}
trap cleanup EXIT
$SUDO apt-get update -qq
apt-get source --download-only "${missing[@]}"
