#!/usr/bin/env bash
# The .deb as a Debian 12 user gets it (run by scripts/test.sh after scripts/package.sh):
#   1. lintian reports no errors, and every warning it reports is explained in packaging/README.md;
#   2. apt accepts it: its dependencies are met on this machine (apt-get install --simulate);
#   3. it installs with dpkg into a throwaway root, where every file is in its FHS place and
#      soopchat-cli --version, soopchat-cli decode (on the test vectors) and soopchat --help
#      run from the installed paths;
#   4. it is purged from there and leaves nothing behind.
# Usage: packaging/check-package.sh build/package/soopchat_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "$1")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
version=$(dpkg-deb --field "$deb" Version)
status=0
fail() {
    echo "check-package: $*" >&2
    status=1
}
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    as_root=(fakeroot)
fi

# 1. lintian: errors fail; warnings must each be explained in packaging/README.md.
echo "== lintian $(basename "$deb")"
lintian_out=$(mktemp)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch" "$lintian_out"' EXIT
if ! lintian --fail-on error --tag-display-limit 0 --display-info "$deb" >"$lintian_out" 2>&1; then
    cat "$lintian_out"
    fail "lintian reports errors"
else
    cat "$lintian_out"
fi
while read -r tag; do
    grep -q -- "\`$tag\`" "$source_dir/packaging/README.md" ||
        fail "lintian warning $tag is not explained in packaging/README.md"
done < <(sed -n 's/^W: [^ ]*: \([^ ]*\).*/\1/p' "$lintian_out" | sort -u)

# 2. apt would install it here (no download: everything it needs is installed).
echo "== apt-get install --simulate"
if ! apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1; then
    cat "$scratch/apt.log" >&2
    fail "apt cannot install the package"
fi

# 3. A throwaway root. It borrows this machine's libraries (Qt from Debian 12), so it borrows
# their dpkg status too: dpkg checks the package's Depends against what is really installed.
root="$scratch/root"
admin="$root/var/lib/dpkg"
mkdir -p "$admin/updates" "$admin/info"
cp /var/lib/dpkg/status "$admin/status"
touch "$admin/available"
# Their files are not in the root: dpkg is told so, rather than warning about each on removal.
dpkg-query --showformat='${binary:Package}.list\n' --show | (cd "$admin/info" && xargs touch)
dpkg=("${as_root[@]}" dpkg --root="$root" --log=/dev/null)
echo "== dpkg --root install"
"${dpkg[@]}" --install "$deb"

expected=(
    usr/bin/soopchat
    usr/bin/soopchat-cli
    usr/share/applications/soopchat.desktop
    usr/share/metainfo/io.github.soopchat.soopchat.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/soopchat.svg
    usr/share/man/man1/soopchat.1.gz
    usr/share/man/man1/soopchat-cli.1.gz
    usr/share/doc/soopchat/copyright
    usr/share/doc/soopchat/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/soopchat.png")
done
for file in "${expected[@]}"; do
    [[ -f "$root/$file" ]] || fail "not installed: /$file"
done
unexpected=$(dpkg-deb --contents "$deb" | awk '{print $6}' | grep -v -e '/$' |
    grep -v -E '^\./usr/(bin|share/(applications|metainfo|icons/hicolor|man/man1|doc/soopchat))/' || true)
[[ -z "$unexpected" ]] || fail "files outside their FHS places: $unexpected"
for page in soopchat soopchat-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l \
        "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
    [[ -z "$warnings" ]] || fail "man $page: $warnings"
done

# The programs from their installed paths, in a home of their own.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME"
echo "== $root/usr/bin/soopchat-cli --version"
cli_version=$("$root/usr/bin/soopchat-cli" --version)
echo "$cli_version"
[[ "$cli_version" == "soopchat-cli $version" ]] || fail "soopchat-cli --version says \"$cli_version\", not $version"

echo "== soopchat-cli decode (tests/data/vectors.json)"
sed -n 's/.*"packet_b64": "\([^"]*\)".*/\1/p' "$source_dir/tests/data/vectors.json" |
    while read -r packet; do echo "$packet" | base64 -d; done >"$scratch/packets.bin"
"$root/usr/bin/soopchat-cli" decode "$scratch/packets.bin" >"$scratch/events.jsonl" 2>"$scratch/decode.err" ||
    fail "soopchat-cli decode failed: $(cat "$scratch/decode.err")"
cat "$scratch/decode.err"
events=$(wc -l <"$scratch/events.jsonl")
grep -q '"type":"balloon"' "$scratch/events.jsonl" && grep -q '"nickname":"시청자2"' "$scratch/events.jsonl" ||
    fail "soopchat-cli decode printed no balloon of 시청자2"
grep -q ' 0 malformed$' "$scratch/decode.err" || fail "soopchat-cli decode found malformed packets"
echo "$events events"

echo "== QT_QPA_PLATFORM=offscreen $root/usr/bin/soopchat --help"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/soopchat" --help >"$scratch/help.txt" || fail "soopchat --help failed"
grep -q -- '--demo' "$scratch/help.txt" || fail "soopchat --help does not list --demo"
head -3 "$scratch/help.txt"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/soopchat" --version)
[[ "$gui_version" == "SoopChat $version" ]] || fail "soopchat --version says \"$gui_version\""
[[ -z "$(ls -A "$HOME")" ]] || fail "running --help and --version wrote into the home folder: $(ls -A "$HOME")"

# 4. Purged, it leaves nothing but the dpkg database this script made.
echo "== dpkg --root purge"
"${dpkg[@]}" --purge soopchat
left=$(cd "$root" && find . -mindepth 1 -not -path './var' -not -path './var/lib' -not -path './var/lib/dpkg' \
    -not -path './var/lib/dpkg/*')
[[ -z "$left" ]] || fail "left behind after purge: $left"
ls "$admin/info" | grep -q '^soopchat\.' && fail "dpkg still has files of soopchat: $(ls "$admin/info")"
[[ -z "$(dpkg-query --admindir="$admin" --showformat='${db:Status-Abbrev}' --show soopchat 2>/dev/null |
    tr -d ' ' | grep -v '^pn$' || true)" ]] || fail "soopchat is still known to dpkg after purge"

if [[ $status -eq 0 ]]; then
    echo "check-package: $(basename "$deb") passes"
fi
exit $status
