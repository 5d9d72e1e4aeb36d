#!/usr/bin/env bash
# Builds SoopChat (installing the Debian packages it needs) and launches the
# demo: the app on its built-in SOOP and CHZZK simulators, so everything works offline.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh build
cmake --preset release
cmake --build --preset release

if [[ -x build/release/app/soopchat ]]; then
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        echo "No display: run this from a desktop session (or set QT_QPA_PLATFORM=offscreen for a smoke test)." >&2
        exit 1
    fi
    exec build/release/app/soopchat --demo "$@"
fi

# Without the GUI: the simulator and the command-line client, side by side.
coproc SIM { exec build/release/app/soopchat-cli sim --port 0; }
read -r line <&"${SIM[0]}"
api_base=${line#api-base=}
trap 'kill $SIM_PID 2>/dev/null' EXIT
build/release/app/soopchat-cli listen demo_bj --api-base "$api_base" "$@"
