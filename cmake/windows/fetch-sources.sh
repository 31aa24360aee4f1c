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
# Only the upstream (orig) tarballs are used: Debian's patches are for its
# Linux builds.
have_orig() { ls "$dest"/"$1"_*.orig.tar.* >/dev/null 2>&1; }
for p in "${pkgs[@]}"; do have_orig "$p" || missing+=("$p"); done
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
# A mirror may lack a security update's Debian files (404) while the orig
# tarball came through: only a missing orig tarball is an error.
apt-get source --download-only "${missing[@]}" || true
for p in "${missing[@]}"; do
  have_orig "$p" || { echo "fetch-sources: could not download the source of $p" >&2; exit 1; }
done
