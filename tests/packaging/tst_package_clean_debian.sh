#!/usr/bin/env bash
# The Debian package on a clean Debian 12, as a manager's workstation or a server first gets it:
#   tst_package_clean_debian.sh BUILD_DIR VERSION
# Builds the package with cpack, makes a minimal Debian 12 (debootstrap --variant=minbase, nothing of this machine's
# libraries or build tree in it), installs the package there with apt — so a dependency the package forgets to
# declare fails here, where the build machine would have it anyway — and then, inside it:
#   * runs the installed `mentats --version` and `mentats-console --version`;
#   * with PostgreSQL added, as the package suggests: `mentats demo-db start`, `mentats doctor`,
#     `mentats scheduler --once`, and the console up to its sign-in on the demo;
#   * sets up the server as docs/deployment.md does: TeamTime's database on Debian's own PostgreSQL cluster, owned by
#     TeamTime's role; `mentats migrate --check` as that owner; the packaged least-privilege role script; the role's
#     URL and password in the unit's environment file; `mentats doctor` and the scheduler run as the system unit
#     runs them (its User, EnvironmentFile, WorkingDirectory and ExecStart — a chroot has no systemd), and stopped
#     with its KillSignal;
#   * purges the package and checks what is left.
#
# Needs root, debootstrap and the Debian mirror; runs only with MENTATS_TEST_CLEAN_DEBIAN=1 (CI sets it) and is
# skipped otherwise. MENTATS_DEBIAN_MIRROR picks the mirror (default: the one this machine's apt uses).
set -euo pipefail

skip() {
    echo "SKIP $*"
    exit 77
}
[ "${MENTATS_TEST_CLEAN_DEBIAN:-0}" = 1 ] || skip "set MENTATS_TEST_CLEAN_DEBIAN=1 (as root, with debootstrap) to run it"
[ "$(id -u)" -eq 0 ] || skip "MENTATS_TEST_CLEAN_DEBIAN=1 needs root"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (apt-get install debootstrap)"

build=$(cd "$1" && pwd)
version=$2
work=$(mktemp -d /var/tmp/mentats-clean-debian.XXXXXX)
root="$work/root"
# shellcheck source=SCRIPTDIR/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

# The chroot has /proc and /dev/shm mounted while it runs (PostgreSQL needs shared memory): they are unmounted
# before anything is removed, and nothing is removed while something is still mounted under it.
server_started=""
cleanup() {
    if [ -n "$server_started" ]; then
        # shellcheck disable=SC2086
        chroot "$root" pg_ctlcluster $server_started stop >/dev/null 2>&1 || true
    fi
    if [ -x "$root/usr/bin/mentats" ]; then
        chroot "$root" /usr/bin/mentats demo-db stop --dir /var/tmp/demo >/dev/null 2>&1 || true
    fi
    for m in "$root/dev/shm" "$root/proc"; do
        mountpoint -q "$m" && umount "$m"
    done
    if findmnt -rn -o TARGET | grep -qF -- "$root/"; then
        echo "left $work in place: something is still mounted under it" >&2
        return
    fi
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# Run inside the clean system, with a login's environment and nothing of ours.
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
logged() { # logged LOG COMMAND... : runs it, showing the log only when it fails
    local log=$1
    shift
    "$@" >"$log" 2>&1 || {
        tail -n 40 "$log"
        return 1
    }
}

# The mirror this machine's apt already uses, so the test reaches what the build reached.
mirror=${MENTATS_DEBIAN_MIRROR:-$(
    grep -hoE '(URIs:|^deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
        /etc/apt/sources.list.d/*.list 2>/dev/null | grep -oE 'https?://[^ ]+' | head -n 1 || true
)}
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "cpack -G DEB"
}
deb=$(ls "$work"/out/mentats_*.deb)
ok "built $(basename "$deb")"

logged "$work/debootstrap.log" debootstrap --variant=minbase bookworm "$root" "$mirror" ||
    fail "debootstrap --variant=minbase bookworm from $mirror"
ok "debootstrap a minimal Debian 12 from $mirror"
expect "the clean system has no Qt" test -z "$(find "$root/usr/lib" -name 'libQt6Core.so*' -print -quit)"
# Debian 12 as installed: the release, its updates and its security updates. No services start in the chroot.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount -t tmpfs -o mode=1777,size=256m shm "$root/dev/shm"
cp "$deb" "$root/var/tmp/"
pkg=/var/tmp/$(basename "$deb")

logged "$work/update.log" in_root apt-get update -q || fail "apt-get update in the clean system"
logged "$work/install.log" in_root apt-get install -y -q --no-install-recommends "$pkg" ||
    fail "apt-get install $(basename "$deb") on a clean Debian 12"
ok "apt-get install $(basename "$deb") on a clean Debian 12 ($(grep -c '^Setting up ' "$work/install.log") packages set up)"
# shellcheck disable=SC2016 # dpkg-query's format
expect "dpkg says mentats is installed" test "$(in_root dpkg-query -W -f='${Status}' mentats)" = "install ok installed"

got=$(in_root mentats --version 2>&1) || fail "mentats --version: $got"
expect "mentats --version ($got)" test "$got" = "mentats $version"
# (Its standard error may have Qt's word about XDG_RUNTIME_DIR, which a chroot has no session to set.)
got=$(in_root QT_QPA_PLATFORM=offscreen mentats-console --version 2>"$work/console.err") ||
    fail "mentats-console --version: $got $(cat "$work/console.err")"
expect "mentats-console --version ($got)" test "$got" = "mentats-console $version"
help=$(in_root mentats --help 2>&1) || fail "mentats --help: $help"
expect "mentats --help lists the scheduler" contains "$help" "scheduler"
missing=$(in_root sh -c 'ldd /usr/bin/mentats /usr/bin/mentats-console /usr/lib/*/qt6/plugins/sqldrivers/libqsqlpsql.so' |
    grep 'not found' || true)
expect "every library the binaries and the PostgreSQL driver load is installed" test -z "$missing"
expect "the mentats account exists" quietly in_root id mentats
expect "/etc/mentats/scheduler.env is 0600 and the mentats account's" \
    test "$(in_root stat -c '%a %U' /etc/mentats/scheduler.env)" = "600 mentats"

# A database to work on: PostgreSQL, which the package suggests, and the demo the installed binary makes.
logged "$work/install-pg.log" in_root apt-get install -y -q --no-install-recommends postgresql ||
    fail "apt-get install postgresql"
url=$(in_root mentats demo-db start --dir /var/tmp/demo 2>"$work/demo.log" | tail -n 1) || {
    cat "$work/demo.log"
    fail "mentats demo-db start"
}
ok "mentats demo-db start"
doctor=$(in_root mentats doctor --db "$url" 2>&1) || {
    echo "$doctor"
    fail "mentats doctor"
}
indented <<<"$doctor"
expect "mentats doctor passes on the clean system" contains "$doctor" "All checks passed."
once=$(in_root mentats scheduler --once --db "$url" 2>&1) || {
    echo "$once"
    fail "mentats scheduler --once"
}
ok "mentats scheduler --once"
# The console on it, with no display: it checks the database and waits at the sign-in until stopped.
set +e
in_root QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/var/tmp QT_LOGGING_RULES=mentats.console.info=true \
    timeout 15 mentats-console --db "$url" >"$work/console.log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || {
    cat "$work/console.log"
    fail "mentats-console --db on the demo exited with $status before it was stopped"
}
expect "mentats-console opens the demo and waits at the sign-in" \
    grep -q "waiting for a manager to sign in" "$work/console.log"
expect "the console loaded every Qt plugin and library it asked for" \
    bash -c "! grep -iE 'could not (load|find)|cannot load|failed to load|not loaded|not found' \"\$1\"" _ "$work/console.log"

# --- The server, as docs/deployment.md sets it up ---------------------------------------------------------------
# TeamTime's database on the machine's own PostgreSQL (Debian's cluster, on a free port, password over TCP), owned
# by TeamTime's role: here a copy of the demo business.
cluster=$(in_root pg_lsclusters -h | awk 'NR == 1 {print $1 " " $2}')
[ -n "$cluster" ] || fail "the postgresql package made no cluster"
port=$(comm -23 <(seq 20000 40000 | shuf -n 200 | sort) \
    <({ ss -Htan 2>/dev/null || true; } | awk '{print $4}' | sed 's/.*://' | sort -u) | head -n 1)
# shellcheck disable=SC2086 # "15 main"
in_root pg_conftool $cluster set port "$port"
# shellcheck disable=SC2086
logged "$work/cluster.log" in_root pg_ctlcluster $cluster start || fail "pg_ctlcluster $cluster start"
server_started="$cluster"
as_postgres() { in_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
owner_password="owner password $RANDOM$RANDOM"
engine_password="engine password $RANDOM$RANDOM"
as_postgres -c "CREATE ROLE teamtime LOGIN PASSWORD '$owner_password'" -c "CREATE DATABASE teamtime OWNER teamtime"
owner_url="postgresql://teamtime@127.0.0.1:$port/teamtime"
engine_url="postgresql://mentats_engine@127.0.0.1:$port/teamtime"
# (The demo's URL leaves out the default port, which Debian's pg_dump wrapper would take as its own cluster's.)
logged "$work/copy.log" in_root sh -c "pg_dump --no-owner --no-privileges -d '$url&port=5432' |
    PGPASSWORD='$owner_password' psql -X -q -v ON_ERROR_STOP=1 '$owner_url'" || fail "copy the demo into $owner_url"
ok "TeamTime's database on Debian's PostgreSQL $cluster, port $port, owned by its own role"
in_root mentats demo-db stop --dir /var/tmp/demo >/dev/null

# 1. Migrate as the owner (the copy is up to date: nothing to do, and --check says so).
check=$(in_root PGPASSWORD="$owner_password" mentats migrate --check --db "$owner_url" 2>&1) || {
    echo "$check"
    fail "mentats migrate --check as the owner"
}
ok "mentats migrate --check as TeamTime's owner: nothing pending"
# 2. The least-privilege role, from the script the package ships, by the database's administrator.
logged "$work/role.log" as_postgres -d teamtime -v engine_role=mentats_engine \
    -f /usr/share/mentats/sql/mentats-engine-role.sql || fail "mentats-engine-role.sql"
as_postgres -c "ALTER ROLE mentats_engine PASSWORD '$engine_password'"
ok "/usr/share/mentats/sql/mentats-engine-role.sql creates mentats_engine"
refused=$(in_root PGPASSWORD="$engine_password" psql -X -q "$engine_url" -c "UPDATE users SET name = name" 2>&1 || true)
expect "mentats_engine may not UPDATE users" contains "$refused" "permission denied"
# 3. The keys: the role's URL and password in the unit's environment file (0600, the mentats account's).
unit="$root/lib/systemd/system/mentats-scheduler.service"
unit_value() { sed -n "s/^$1=//p" "$unit"; }
env_file=$(unit_value EnvironmentFile)
sed -i -e "s|^MENTATS_DATABASE_URL=.*|MENTATS_DATABASE_URL=$engine_url|" -e "s|^#PGPASSWORD=.*|PGPASSWORD=$engine_password|" \
    "$root$env_file"
expect "$env_file is still 0600 and the mentats account's" test "$(in_root stat -c "%a %U" "$env_file")" = "600 mentats"
# 4. The scheduler as the system unit starts it (there is no systemd in a chroot, so it is done from the unit's own
# lines): as its User and Group, with its EnvironmentFile, Environment and WorkingDirectory, its ExecStart; then
# stopped with its KillSignal.
mapfile -t unit_env < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$root$env_file")
mapfile -t unit_env_lines < <(unit_value Environment)
unit_start=(chroot "$root" setpriv --reuid="$(unit_value User)" --regid="$(unit_value Group)" --init-groups
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${unit_env[@]}" "${unit_env_lines[@]}"
    sh -c "cd '$(unit_value WorkingDirectory)' && exec \"\$@\"" sh)
doctor=$("${unit_start[@]}" mentats doctor 2>&1) || {
    echo "$doctor"
    fail "mentats doctor as the unit runs it"
}
indented <<<"$doctor"
expect "mentats doctor as the unit runs it: connected as mentats_engine" contains "$doctor" "as mentats_engine"
expect "mentats doctor as the unit runs it: mentats_engine may do all the engine does" \
    contains "$doctor" "mentats_engine may do everything the engine does"
: >"$work/unit.log"
# shellcheck disable=SC2046 # ExecStart's words
exec "${unit_start[@]}" $(unit_value ExecStart) >"$work/unit.log" 2>&1 &
scheduler=$!
for _ in $(seq 120); do
    grep -q "Revenue Optimizer:" "$work/unit.log" && break
    kill -0 "$scheduler" 2>/dev/null || break
    sleep 0.5
done
grep -q "Revenue Optimizer:" "$work/unit.log" || {
    cat "$work/unit.log"
    kill "$scheduler" 2>/dev/null || true
    fail "the unit's ExecStart did not start the scheduler"
}
ok "the unit's ExecStart runs the scheduler as $(unit_value User) with $env_file, and it checks in"
expect "the unit's KillSignal is SIGTERM" test "$(unit_value KillSignal)" = SIGTERM
kill -TERM "$scheduler"
set +e
wait "$scheduler"
status=$?
set -e
indented <"$work/unit.log"
[ "$status" -eq 0 ] || fail "the scheduler exited with $status on SIGTERM"
ok "SIGTERM stops the scheduler cleanly (exit 0)"
expect "the scheduler reported no problem" bash -c "! grep -q '^mentats: ' \"\$1\"" _ "$work/unit.log"
expect "the scheduler's log holds no password" bash -c "! grep -qF -- \"\$2\" \"\$1\"" _ "$work/unit.log" "$engine_password"
# shellcheck disable=SC2086
in_root pg_ctlcluster $cluster stop
server_started=""

logged "$work/purge.log" in_root apt-get purge -y -q mentats || fail "apt-get purge mentats"
expect "purge removes the binaries" test ! -e "$root/usr/bin/mentats" -a ! -e "$root/usr/bin/mentats-console"
expect "purge removes the secrets file" test ! -e "$root/etc/mentats"
expect "purge removes the scheduler's state" test ! -e "$root/var/lib/mentats"
left=$(in_root sh -c 'ls -d /usr/share/mentats /usr/share/doc/mentats /lib/systemd/system/mentats-scheduler.service \
    /usr/lib/systemd/user/mentats-scheduler.service 2>/dev/null' || true)
expect "purge leaves none of the package's files" test -z "$left"
echo "$passed checks passed on a clean Debian 12."
