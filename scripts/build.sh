#!/usr/bin/env bash
# Configures and builds Mentats Console in ./build (Ninja, RelWithDebInfo). Assumes the dependencies are installed
# (scripts/install-deps.sh). MENTATS_JOBS sets the parallelism (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMENTATS_WERROR=ON
cmake --build build -j"${MENTATS_JOBS:-2}"
