#!/usr/bin/env bash
# Builds the Debian package: installs what is needed, builds, then cpack -G DEB. Prints the package's path; install
# it with `sudo apt install ./build/package/mentats_<version>_<arch>.deb`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cpack --config build/CPackConfig.cmake -G DEB -B build/package >build/package.log 2>&1 || {
  cat build/package.log
  exit 1
}
ls "$PWD"/build/package/mentats_*.deb
