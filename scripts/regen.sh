#!/usr/bin/env bash
# Regenerates every committed file derived from the code or the data, then runs the checks CI runs.
# Run from anywhere after changing a command's output, the CLI or the dataset:
#   scripts/regen.sh
# Rewrites: completions/, man/swlaw.1, schema/, docs/world-*.png, README.md and the insta
# snapshots (read `git diff` afterwards: every change of output shows there).
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1
unset SWLAW_DATA

cargo build -q
bin=target/debug/swlaw
for shell in bash zsh fish elvish powershell; do
    case $shell in
        bash) out=completions/swlaw.bash ;;
        zsh) out=completions/_swlaw ;;
        fish) out=completions/swlaw.fish ;;
        elvish) out=completions/swlaw.elv ;;
        powershell) out=completions/_swlaw.ps1 ;;
    esac
    "$bin" completions "$shell" > "$out"
done
"$bin" man > man/swlaw.1
"$bin" schema -o schema > /dev/null 2>&1
"$bin" map --by regime -o docs/world-regime.png
"$bin" map --by gap -o docs/world-gap.png
python3 scripts/readme.py
INSTA_UPDATE=always cargo test -q 2>&1 | tail -n 3
cargo fmt --all
cargo clippy -q --all-targets -- -D warnings
"$bin" validate data/ > /dev/null
"$bin" audit --strict --format csv > /dev/null
echo "regenerated; now: git diff --stat"
