#!/usr/bin/env bash
# Checks a draft of whole records against a copy of data/, leaving data/ untouched: splices the
# draft in, validates, and prints each drafted record's audit line (confidence, weakest tier,
# strong sources, where its history starts, unknown cells).
#   scripts/try-records.sh DRAFT.toml        (SWLAW=path/to/swlaw to use another binary)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
draft=$(realpath "$1")
swlaw=${SWLAW:-$top/target/debug/swlaw}
[ -x "$swlaw" ] || (cd "$top" && cargo build -q)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$top/data/." "$work/"
python3 "$top/scripts/records.py" apply "$work" "$draft" > /dev/null
if "$swlaw" validate "$work"; then echo VALID; else echo INVALID; exit 1; fi
ids=$(python3 "$top/scripts/records.py" list "$draft")
"$swlaw" --data "$work" audit --format json | python3 -c '
import json, sys
wanted = sys.argv[1].split()
for record in json.load(sys.stdin)["records"]:
    if record["id"] in wanted:
        print(record["id"], {k: v for k, v in record.items() if k not in ("id", "name")})
' "$ids"
