#!/bin/bash
# Compares two builds of bench_decode on a machine whose speed wanders: runs them one after the other, ROUNDS
# times, every other round beside noisy_neighbour on the other core, and prints each round and the medians.
#
#   bench/support/alternate.sh ROUNDS BENCH_DECODE_A BENCH_DECODE_B [NOISY_NEIGHBOUR]
#
# Prints, per round: alone|neighbour, then for A and B the recorded corpus and the chat-heavy stream in
# millions of packets/s. (docs/BENCHMARKS.md, "Protocol decoding")
set -euo pipefail
rounds=${1:?rounds}; a=${2:?bench_decode A}; b=${3:?bench_decode B}
neighbour=${4:-$(dirname "$0")/../../build/release/bench/support/noisy_neighbour}
pause=${PAUSE:-30}
[ -x "$a" ] && [ -x "$b" ] && [ -x "$neighbour" ] || { echo "alternate.sh: build bench_decode and noisy_neighbour first" >&2; exit 2; }

run() { # corpus and chat-heavy packets/s of one binary, in millions
    taskset -c 1 "$1" --benchmark_filter='^BM_DecodeRecordedCorpus$|^BM_DecodeChatHeavy$' \
        --benchmark_min_time=0.5 --benchmark_format=csv 2>/dev/null | grep '^"BM' | awk -F, '{printf "%.2f ", $7/1e6}'
}

out=$(mktemp); trap 'rm -f "$out"' EXIT
for ((i = 1; i <= rounds; i++)); do
    mode=alone; pid=
    if ((i % 2 == 0)); then taskset -c 0 "$neighbour" & pid=$!; mode=neighbour; sleep 1; fi
    line="$mode $(run "$a")$(run "$b")"
    [ -n "$pid" ] && kill "$pid" && wait "$pid" 2>/dev/null || true
    echo "$line" | tee -a "$out"
    ((i < rounds)) && sleep "$pause"
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for mode in alone neighbour; do
    grep -q "^$mode" "$out" || continue
    printf '%s (medians): A corpus %s, chat %s; B corpus %s, chat %s; B/A chat %s\n' "$mode" \
        "$(grep "^$mode" "$out" | awk '{print $2}' | median)" "$(grep "^$mode" "$out" | awk '{print $3}' | median)" \
        "$(grep "^$mode" "$out" | awk '{print $4}' | median)" "$(grep "^$mode" "$out" | awk '{print $5}' | median)" \
        "$(grep "^$mode" "$out" | awk '{printf "%.2f\n", $5 / $3}' | median)"
done
