#!/usr/bin/env bash
# The one command that installs what is needed, builds, starts the local demo TeamTime database and opens the
# console on it:
#   scripts/demo.sh [--size small|large] [--seed N]
# No API key is needed. The demo database keeps running after the console closes; stop it with
#   build/src/mentats demo-db stop
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
url=$(build/src/mentats demo-db start "$@" | tail -n 1)
echo "Demo database: $url"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here: open the console from a desktop session with"
  echo "  build/src/console/mentats-console --db '$url'"
  exit 0
fi
exec build/src/console/mentats-console --db "$url"
