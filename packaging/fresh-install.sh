#!/usr/bin/env bash
# The .deb on a fresh Debian 12 system, as issue #15's "done when" asks:
#   a minimal Debian 12 (debootstrap, from the machine's own apt mirror) installs it with
#   `apt install ./soopchat_*.deb`, pulling every dependency from Debian; there
#   1. the menu entry and its icon are where desktops look (desktop-file-validate, the hicolor theme);
#   2. `man soopchat` and `man soopchat-cli` render;
#   3. the desktop entry's Exec line, given a play.sooplive.co.kr link as a desktop hands it %U,
#      opens that channel: against the installed soopchat-cli's simulator (--api-base), the app
#      joins and records the channel's chat, which the installed soopchat-cli then lists;
#   4. `apt purge` removes it.
# Needs root (debootstrap, chroot, bind mounts) and the network to the Debian mirror; the test
# command does not run it (minutes of downloads). The bare system is kept as a tarball in
# build/fresh-install/ and reused; delete it to start from Debian again.
# Usage: sudo packaging/fresh-install.sh [build/package/soopchat_VERSION_ARCH.deb]
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
deb=$(realpath "${1:-$(ls "$source_dir"/build/package/soopchat_*.deb | tail -1)}")
work="$source_dir/build/fresh-install"
base="$work/bookworm-minbase.tar"
root="$work/root"
mirror=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)}
mirror=${mirror:-http://deb.debian.org/debian}
status=0
fail() {
    echo "fresh-install: $*" >&2
    status=1
}
[[ $(id -u) -eq 0 ]] || { echo "fresh-install: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "${sim_pid:-}" ]] && kill "$sim_pid" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 1' INT TERM

mkdir -p "$work"
if [[ ! -f "$base" ]]; then
    echo "== debootstrap bookworm (minbase) from $mirror"
    rm -rf "$root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -20 "$work/debootstrap.log"; exit 1; }
    tar -C "$root" -cf "$base" .
fi
echo "== a fresh root from $base"
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$base"
for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# What the Debian installer writes and debootstrap does not: localhost by name.
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
# Downloaded packages are kept between runs (the root itself is new each time).
mkdir -p "$work/apt-archives/partial" "$root/var/cache/apt/archives"
mount --bind "$work/apt-archives" "$root/var/cache/apt/archives"
mounted+=("$root/var/cache/apt/archives")
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== apt install ./$(basename "$deb") (with what a desktop has: man-db, desktop-file-utils)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o APT::Keep-Downloaded-Packages=true man-db desktop-file-utils >/dev/null
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -o APT::Keep-Downloaded-Packages=true "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1; then
    tail -30 "$work/apt.log"
    fail "apt install ./$(basename "$deb") failed"
    exit 1
fi
grep -E '^(Setting up|Processing triggers)' "$work/apt.log" | sed -n '1p;$p'
echo "$(grep -c '^Setting up' "$work/apt.log") packages set up"

echo "== the menu entry and its icon"
in_root desktop-file-validate /usr/share/applications/soopchat.desktop || fail "the desktop entry does not validate"
icon=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/soopchat.desktop")
[[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" && -f "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" ]] ||
    fail "the icon $icon is not in the hicolor theme"
grep -q '^Categories=.*Network;.*Chat;' "$root/usr/share/applications/soopchat.desktop" || fail "not in Network;Chat;"
[[ -f "$root/usr/share/applications/mimeinfo.cache" ]] && grep -q soopchat "$root/usr/share/applications/mimeinfo.cache" &&
    echo "mimeinfo.cache names soopchat.desktop"

echo "== man soopchat, man soopchat-cli"
for page in soopchat soopchat-cli; do
    out=$(in_root env MANWIDTH=80 man -P cat "$page" 2>&1) || fail "man $page failed: $out"
    grep -q "$page" <<<"$out" || fail "man $page shows no page"
    echo "man $page: $(wc -l <<<"$out") lines"
done

echo "== the menu entry opens a play.sooplive.co.kr link"
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/soopchat.desktop" | head -1)
[[ "$exec_line" == *%U* ]] || fail "the Exec line takes no %U: $exec_line"
in_root mkdir -p /root/run
in_root sh -c 'soopchat-cli sim --seconds 600 >/root/run/sim.out 2>/root/run/sim.err & echo $! >/root/run/sim.pid'
sim_pid=$(cat "$root/root/run/sim.pid")
for _ in $(seq 100); do
    grep -q '^scenario=' "$root/root/run/sim.out" 2>/dev/null && break
    sleep 0.1
done
api=$(sed -n 's/^api-base=//p' "$root/root/run/sim.out")
[[ -n "$api" ]] || { cat "$root/root/run/sim.err"; fail "the installed simulator did not start"; exit 1; }
link="https://play.sooplive.co.kr/demo_bj/0"
command=${exec_line//%U/$link}
# The simulator stands in for SOOP (no internet here): --api-base before the link.
command=${command/soopchat /soopchat --api-base $api --lang ko }
echo "$command"
in_root env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=/root/run/config XDG_DATA_HOME=/root/run/data \
    sh -c "$command >/root/run/app.out 2>&1 & echo \$! >/root/run/app.pid"
app_pid=$(cat "$root/root/run/app.pid")
recorded=""
for _ in $(seq 300); do
    # ID CHANNEL STARTED(date time) DURATION EVENTS ...: demo_bj with events recorded.
    recorded=$(in_root soopchat-cli sessions --db /root/run/data/soopchat/sessions.db 2>/dev/null |
        awk '$2 == "demo_bj" && $6 > 0' || true)
    [[ -n "$recorded" ]] && break
    sleep 0.2
done
kill "$app_pid" 2>/dev/null || true
app_pid=""
if [[ -n "$recorded" ]]; then
    echo "recorded: $recorded"
else
    cat "$root/root/run/app.out"
    fail "the link did not open demo_bj (no chat of it recorded)"
fi
kill "$sim_pid" 2>/dev/null || true
sim_pid=""

echo "== apt purge soopchat"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq soopchat >/dev/null || fail "apt purge failed"
left=$(cd "$root" && ls usr/bin/soopchat* usr/share/applications/soopchat.desktop usr/share/man/man1/soopchat* \
    usr/share/doc/soopchat 2>/dev/null || true)
[[ -z "$left" ]] || fail "left behind: $left"
[[ $status -eq 0 ]] && echo "fresh-install: $(basename "$deb") installs, opens a link and purges on a fresh Debian 12"
exit $status
