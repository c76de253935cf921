#!/usr/bin/env bash
# Map benchmark: time to draw the default world map as SVG and as PNG (release build).
# Prints figures; asserts nothing. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
hyperfine --warmup 2 --runs 10 -N \
    --command-name "map (SVG)" "target/release/swlaw map -o $work/map.svg" \
    --command-name "map (PNG, 2000 px)" "target/release/swlaw map -o $work/map.png"
ls -l "$work"
