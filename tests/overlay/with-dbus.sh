#!/usr/bin/env bash
# Runs a test in a D-Bus session of its own, in a home folder of its own:
#   with-dbus.sh keyring COMMAND...  with GNOME Keyring (the Secret Service), unlocked
#   with-dbus.sh none COMMAND...     with no keychain at all (nothing can be activated)
# The test learns which from SOOPCHAT_TEST_KEYCHAIN (available / none).
set -euo pipefail
mode=$1
shift
here=$(cd "$(dirname "$0")" && pwd)

if [[ -z "${SOOPCHAT_IN_TEST_DBUS:-}" ]]; then
    export SOOPCHAT_IN_TEST_DBUS=1
    case "$mode" in
        keyring) exec dbus-run-session -- "$0" "$mode" "$@" ;;
        none) exec dbus-run-session --config-file="$here/dbus-no-services.conf" -- "$0" "$mode" "$@" ;;
        *) echo "usage: with-dbus.sh keyring|none COMMAND..." >&2; exit 2 ;;
    esac
fi

home=$(mktemp -d)
keyring_pid=
cleanup() {
    [[ -n "$keyring_pid" ]] && kill "$keyring_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
export HOME="$home/home" XDG_DATA_HOME="$home/home/.local/share" XDG_CONFIG_HOME="$home/home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

if [[ "$mode" == keyring ]]; then
    # A new login keyring, created unlocked with this password.
    printf 'soopchat-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring_pid=$!
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; then
            break
        fi
        sleep 0.1
    done
    export SOOPCHAT_TEST_KEYCHAIN=available
else
    export SOOPCHAT_TEST_KEYCHAIN=none
fi
"$@"
