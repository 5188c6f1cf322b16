#!/usr/bin/env bash
# Installs everything needed to build, test and run Mentats Console on Debian 12 (bookworm).
# Non-interactive; works as root with no terminal, or as a normal user through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6svg6 qt6-charts-dev libqt6opengl6-dev fonts-dejavu-core
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qcoro-qt6-dev nlohmann-json3-dev qtkeychain-qt6-dev
  libgl-dev libxkbcommon-dev
  postgresql postgresql-client libpq-dev tzdata libargon2-dev
  xvfb xauth poppler-utils
  dpkg-dev file desktop-file-utils appstream
  clang-format
)

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
else
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
