#!/usr/bin/env bash
# The tree stays as .clang-format says: every tracked C++ file formats to itself. Fails naming each file that drifted
# and the command that fixes it. Needs clang-format (Debian's, installed by scripts/install-deps.sh).
set -euo pipefail
root=$1
cd "$root"
command -v clang-format >/dev/null || { echo "tst_format: clang-format is not installed"; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find engine src tests bench -name '*.cpp' -o -name '*.h')
[ "${#files[@]}" -gt 100 ] || { echo "tst_format: found only ${#files[@]} C++ files under $root"; exit 1; }
drifted=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || drifted+=("$f")
done
if [ "${#drifted[@]}" -gt 0 ]; then
  printf 'tst_format: not formatted: %s\n' "${drifted[@]}"
  echo "tst_format: fix with: clang-format -i ${drifted[*]}"
  exit 1
fi
echo "tst_format: ${#files[@]} files formatted as .clang-format says ($(clang-format --version))"
