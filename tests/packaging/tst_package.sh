#!/usr/bin/env bash
# The Debian package, end to end:
#   tst_package.sh BUILD_DIR VERSION
# 1. builds it with cpack from the finished build tree and checks its control fields, its files, the desktop entries,
#    the AppStream metainfo, the systemd units and the environment file, and that the packaged binaries run;
# 2. with MENTATS_TEST_INSTALL_PACKAGE=1 (as root; CI sets it), installs it with apt on this machine, runs the
#    installed `mentats --version`, `mentats-console --version`, `mentats doctor` and `mentats scheduler --once`
#    against a demo database the installed binary starts, with the build tree out of sight, then purges it.
set -euo pipefail

build=$(cd "$1" && pwd)
version=$2
work=$(mktemp -d /tmp/mentats-package-test.XXXXXX)
chmod 755 "$work"
demo_started=""
installed=""

cleanup() {
    if [ -n "$demo_started" ]; then
        /usr/bin/mentats demo-db stop --dir "$work/demo" >/dev/null 2>&1 || true
    fi
    if [ -n "$installed" ]; then
        env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q mentats >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=SCRIPTDIR/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
# A clean environment, as a fresh login would have it: no build tree on PATH, no library path.
clean_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$work/home" LANG=C.UTF-8)
mkdir -p "$work/home"

# --- 1. The package as built -------------------------------------------------------------------------------------
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    fail "cpack -G DEB"
}
deb=$(ls "$work"/out/mentats_*.deb)
arch=$(dpkg --print-architecture)
expect "package file name" test "$(basename "$deb")" = "mentats_${version}_${arch}.deb"
expect "Package field" test "$(dpkg-deb -f "$deb" Package)" = mentats
expect "Version field" test "$(dpkg-deb -f "$deb" Version)" = "$version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6charts6 libqt6network6 libqt6sql6 libqt6sql6-psql qt6-qpa-plugins \
    libqt6svg6 libqt6keychain1 libqcoro6core0 libqcoro6network0 libpq5 libargon2-1 adduser; do
    expect "depends on $dep" contains "$depends" "$dep"
done
expect "recommends postgresql-client (psql, for the role script)" contains "$(dpkg-deb -f "$deb" Recommends)" \
    postgresql-client

contents=$(dpkg-deb -c "$deb" | awk '{print $1 " " $6}')
for path in ./usr/bin/mentats ./usr/bin/mentats-console; do
    expect "$path is executable" contains "$contents" "-rwxr-xr-x $path"
done
for path in \
    ./usr/share/applications/invalid.mentats.Console.desktop \
    ./usr/share/metainfo/invalid.mentats.Console.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/invalid.mentats.Console.svg \
    ./usr/share/icons/hicolor/16x16/apps/invalid.mentats.Console.png \
    ./usr/share/icons/hicolor/48x48/apps/invalid.mentats.Console.png \
    ./usr/share/icons/hicolor/256x256/apps/invalid.mentats.Console.png \
    ./usr/share/mentats/autostart/invalid.mentats.Console.desktop \
    ./usr/share/mentats/translations/mentats_de.qm \
    ./usr/share/mentats/scheduler.env \
    ./usr/share/mentats/sql/mentats-engine-role.sql \
    ./lib/systemd/system/mentats-scheduler.service \
    ./usr/lib/systemd/user/mentats-scheduler.service \
    ./usr/share/doc/mentats/deployment.md \
    ./usr/share/doc/mentats/user-guide.md; do
    expect "ships $path" contains "$contents" " $path"
done
control=$(dpkg-deb -I "$deb")
for script in postinst prerm postrm; do
    expect "$script is executable" grep -Eq "^ +[0-9]+ bytes, +[0-9]+ lines +\* +$script " <<<"$control"
done
expect "nothing under /usr/local or the build tree" bash -c "! grep -E ' \./usr/local/|$build' <<<\"\$1\"" _ "$contents"

root="$work/root"
dpkg-deb -x "$deb" "$root"
expect "desktop entries are valid" quietly desktop-file-validate "$root/usr/share/applications/invalid.mentats.Console.desktop" \
    "$root/usr/share/mentats/autostart/invalid.mentats.Console.desktop"
expect "the autostart entry starts the console in the tray" \
    grep -qx "Exec=mentats-console --tray" "$root/usr/share/mentats/autostart/invalid.mentats.Console.desktop"
expect "AppStream metainfo is valid" quietly appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.mentats.Console.metainfo.xml"
expect "metainfo carries this version" grep -q "<release version=\"$version\"" \
    "$root/usr/share/metainfo/invalid.mentats.Console.metainfo.xml"
system_unit="$root/lib/systemd/system/mentats-scheduler.service"
user_unit="$root/usr/lib/systemd/user/mentats-scheduler.service"
for unit in "$system_unit" "$user_unit"; do
    name=${unit#"$root"}
    expect "$name runs /usr/bin/mentats scheduler" grep -qx "ExecStart=/usr/bin/mentats scheduler" "$unit"
    expect "$name restarts on failure" grep -qx "Restart=on-failure" "$unit"
    expect "$name logs to the journal" grep -qx "StandardError=journal" "$unit"
done
expect "system unit runs as mentats" grep -qx "User=mentats" "$system_unit"
expect "system unit reads /etc/mentats/scheduler.env" grep -qx "EnvironmentFile=/etc/mentats/scheduler.env" "$system_unit"
expect "user unit reads ~/.config/mentats/scheduler.env" \
    grep -qx "EnvironmentFile=%h/.config/mentats/scheduler.env" "$user_unit"
expect "the example environment file sets no secret" \
    bash -c "! grep -E '^(PGPASSWORD|ANTHROPIC_API_KEY|OPENAI_API_KEY)=.' \"\$1\"" _ "$root/usr/share/mentats/scheduler.env"
expect "postinst makes /etc/mentats/scheduler.env 0600 for mentats" \
    grep -q "install -m 0600 -o mentats -g mentats" <(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst)
got=$("${clean_env[@]}" "$root/usr/bin/mentats" --version)
expect "the packaged mentats runs ($got)" test "$got" = "mentats $version"
expect "the packaged binaries are stripped" bash -c "! file -L \"\$1\" | grep -q 'not stripped'" _ "$root/usr/bin/mentats"

# --- 2. Installed on this machine ---------------------------------------------------------------------------------
if [ "${MENTATS_TEST_INSTALL_PACKAGE:-0}" != 1 ]; then
    echo "$passed checks passed. Not installed: set MENTATS_TEST_INSTALL_PACKAGE=1 (as root) to install and run it."
    exit 0
fi
[ "$(id -u)" -eq 0 ] || fail "MENTATS_TEST_INSTALL_PACKAGE=1 needs root"
if dpkg-query -W -f='${Status}' mentats 2>/dev/null | grep -q "install ok installed"; then
    fail "mentats is already installed on this machine: remove it first (apt-get purge mentats)"
fi
installed=yes
env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "apt-get install $deb"
}
ok "apt-get install $(basename "$deb")"
expect "mentats is /usr/bin/mentats" test "$("${clean_env[@]}" sh -c 'command -v mentats')" = /usr/bin/mentats
got=$("${clean_env[@]}" mentats --version)
expect "installed mentats --version ($got)" test "$got" = "mentats $version"
got=$("${clean_env[@]}" QT_QPA_PLATFORM=offscreen mentats-console --version 2>/dev/null)
expect "installed mentats-console --version ($got)" test "$got" = "mentats-console $version"
expect "the mentats account exists" quietly id mentats
expect "/etc/mentats/scheduler.env is 0600 and the mentats account's" \
    test "$(stat -c '%a %U' /etc/mentats/scheduler.env)" = "600 mentats"
if command -v systemd-analyze >/dev/null; then
    analyze=$(systemd-analyze verify /lib/systemd/system/mentats-scheduler.service 2>&1 || true)
    expect "systemd-analyze verify finds nothing wrong with the unit" \
        bash -c "! grep -i 'mentats-scheduler.service' <<<\"\$1\"" _ "$analyze"
fi

url=$("${clean_env[@]}" mentats demo-db start --dir "$work/demo" 2>"$work/demo.log" | tail -n 1) || {
    cat "$work/demo.log"
    fail "installed mentats demo-db start"
}
demo_started=yes
ok "installed mentats demo-db start"
doctor=$("${clean_env[@]}" mentats doctor --db "$url" 2>&1) || {
    echo "$doctor"
    fail "installed mentats doctor"
}
indented <<<"$doctor"
expect "installed mentats doctor passes" contains "$doctor" "All checks passed."
once=$("${clean_env[@]}" mentats scheduler --once --db "$url" 2>&1) || {
    echo "$once"
    fail "installed mentats scheduler --once"
}
ok "installed mentats scheduler --once"
"${clean_env[@]}" mentats demo-db stop --dir "$work/demo" >/dev/null
demo_started=""

env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q mentats >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log"
    fail "apt-get purge mentats"
}
installed=""
expect "purge removes the binaries" test ! -e /usr/bin/mentats
expect "purge removes the secrets file" test ! -e /etc/mentats/scheduler.env
echo "$passed checks passed, installed and purged."
