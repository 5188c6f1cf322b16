# shellcheck shell=bash
# Shared by the packaging tests: numbered checks that stop the script at the first failure.
#   source checks.sh; expect "what is checked" COMMAND...
passed=0
ok() {
    echo "ok   $*"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL $*" >&2
    exit 1
}
expect() { # expect DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}
contains() { grep -qF -- "$2" <<<"$1"; }
quietly() { # runs a validator, showing what it said only when it fails
    local said
    said=$("$@" 2>&1) || {
        echo "$said"
        return 1
    }
}
indented() { sed 's/^/     /'; } # what a command said, set off under the checks
