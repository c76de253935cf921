#!/usr/bin/env bash
# Start-up benchmark: `swlaw show sweden` against a hello-world binary, and against jq answering
# the same question from swlaw's own JSON export. Prints figures; asserts nothing.
#
#   bench/startup.sh            # needs hyperfine and jq (apt-get install hyperfine jq)
#
# Wall-clock times on a shared machine are noisy, so instruction counts (valgrind, if installed)
# are printed too: they repeat exactly for the same binary and input.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
swlaw=target/release/swlaw
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf 'fn main() { println!("hello"); }\n' > "$work/hello.rs"
rustc -O -C strip=symbols "$work/hello.rs" -o "$work/hello"
"$swlaw" list --format json > "$work/export.json"
echo "export: $(wc -c < "$work/export.json") bytes of JSON, $(jq '.count' "$work/export.json") jurisdictions"

jq_query='.jurisdictions[] | select(.name == "Sweden") | {id, regime, status}'
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 20 --runs 300 -N \
        --command-name hello "$work/hello" \
        --command-name "swlaw show sweden" "$swlaw show sweden --color never" \
        --command-name "swlaw show SE --format json" "$swlaw show SE --format json" \
        --command-name "jq on the export" "jq '$jq_query' $work/export.json" \
        --export-markdown "$work/startup.md"
    cat "$work/startup.md"
else
    echo "hyperfine not installed: timing 200 runs of each with bash"
    for cmd in "$work/hello" "$swlaw show sweden --color never" "jq '$jq_query' $work/export.json"; do
        start=$(date +%s%N)
        for _ in $(seq 200); do eval "$cmd" > /dev/null; done
        end=$(date +%s%N)
        echo "$(( (end - start) / 200000 )) µs per run: $cmd"
    done
fi

if command -v valgrind >/dev/null; then
    echo
    echo "instructions executed (valgrind --tool=callgrind):"
    for cmd in "$work/hello" "$swlaw show sweden --color never" "$swlaw show SE --format json" "$swlaw list --color never"; do
        count=$(valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" $cmd 2>&1 >/dev/null |
            sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
        printf '%12s  %s\n' "$count" "${cmd/#$work\//}"
    done
fi
