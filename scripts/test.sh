#!/usr/bin/env bash
# The one command that installs what is needed, builds, and runs every test on a fresh Debian 12 machine:
#   scripts/test.sh
# Tests start their own PostgreSQL cluster (under /tmp, one per build tree) and use Qt's offscreen platform, so no
# server, display or API key is needed. Works as root (PostgreSQL then runs as the "postgres" account).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"${MENTATS_JOBS:-2}" "$@"
