#!/usr/bin/env bash
# Speed benchmark: each command against a hello-world binary in the same run, with the goals
# from the engineering issue beside the measured ratios. Prints figures; asserts nothing.
#
#   bench/speed.sh                     # needs hyperfine (apt-get install hyperfine); valgrind optional
#   PROFILE=profiling bench/speed.sh   # a quicker build (no LTO) for iterating
#
# Wall-clock times on a shared machine are noisy; instruction counts (valgrind) repeat exactly
# for the same binary and input, so both are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${PROFILE:-release}
runs=${RUNS:-50}
cargo build --profile "$profile" --quiet
swlaw=target/$profile/swlaw
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'fn main() { println!("hello"); }\n' > "$work/hello.rs"
rustc -O -C strip=symbols "$work/hello.rs" -o "$work/hello"

# name | command | goal (times hello, or seconds)
# `version` has no goal: it is the floor every command pays (loading the binary, building
# clap's command tree), printed so that a ratio can be read against it as well as against hello.
cases=(
    "version (floor)|$swlaw --version|-"
    "show sweden|$swlaw show sweden --color never|1.3x"
    "list all json|$swlaw list --level all --format json|5x"
    "validate data/|$swlaw validate data/|10x"
    "list --data data/|$swlaw list --data data/ --format csv|10x"
    "map svg|$swlaw map -o $work/map.svg|10x"
    "map png 2000px|$swlaw map -o $work/map.png --width 2000|0.3s"
)

if ! command -v hyperfine >/dev/null; then
    echo "hyperfine is not installed (apt-get install hyperfine)" >&2
    exit 1
fi
args=(--warmup 5 --runs "$runs" -N --export-json "$work/times.json" --command-name hello "$work/hello")
for case in "${cases[@]}"; do
    IFS='|' read -r name cmd _ <<< "$case"
    args+=(--command-name "$name" "$cmd")
done
hyperfine "${args[@]}" > /dev/null

echo "profile: $profile; $(nproc) cores; mean of $runs runs"
python3 - "$work/times.json" "${cases[@]}" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
hello = results["hello"]["mean"]
print(f"{'command':<20} {'mean':>10} {'x hello':>9}  goal   met")
print(f"{'hello':<20} {hello*1000:>8.2f}ms {1:>8.1f}x")
for case in sys.argv[2:]:
    name, _, goal = case.split("|")
    mean = results[name]["mean"]
    ratio = mean / hello
    if goal == "-":
        verdict = "-"
    else:
        met = mean <= float(goal[:-1]) if goal.endswith("s") else ratio <= float(goal[:-1])
        verdict = f"{goal:<6} {'yes' if met else 'no'}"
    print(f"{name:<20} {mean*1000:>8.2f}ms {ratio:>8.1f}x  {verdict}")
PY

if command -v valgrind >/dev/null; then
    echo
    echo "instructions executed (valgrind --tool=callgrind):"
    for case in "hello|$work/hello|" "${cases[@]:0:6}"; do
        IFS='|' read -r name cmd _ <<< "$case"
        count=$(valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" $cmd 2>&1 >/dev/null |
            sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
        printf '%14s  %s\n' "$count" "$name"
    done
fi
