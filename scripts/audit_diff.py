#!/usr/bin/env python3
"""Compares two `swlaw audit --format json` snapshots, record by record, for closing notes.

    swlaw audit --format json > before.json      (at the start of a pass)
    ... land records ...
    swlaw audit --format json > after.json
    scripts/audit_diff.py before.json after.json  a Markdown table of the records that changed,
                                                 then the dataset totals before and after

Only the measures a depth pass moves are compared: confidence, weakest tier, strong and all
sources, where the history starts, unknown cells, and the day last reviewed.
"""
import collections
import json
import sys

MEASURES = [
    ("confidence", "confidence"),
    ("weakest", "weakest"),
    ("strong_sources", "strong"),
    ("sources", "sources"),
    ("history_from", "history"),
    ("unknown_cells", "unknown"),
    ("reviewed", "reviewed"),
]


def load(path):
    with open(path, encoding="utf-8") as file:
        return {record["id"]: record for record in json.load(file)["records"]}


def shown(value):
    return "—" if value is None else str(value)


def changes(before, after):
    rows = []
    for record_id in sorted(set(before) | set(after)):
        old, new = before.get(record_id, {}), after.get(record_id, {})
        cells = []
        for key, _ in MEASURES:
            a, b = old.get(key), new.get(key)
            cells.append(shown(b) if a == b else f"{shown(a)} → {shown(b)}")
        if old != new and any(old.get(k) != new.get(k) for k, _ in MEASURES):
            rows.append([record_id + ("" if old else " (new)")] + cells)
    return rows


def totals(records):
    weakest = collections.Counter(shown(r.get("weakest")) for r in records.values())
    return {
        "records": len(records),
        "unknown cells": sum(r.get("unknown_cells", 0) for r in records.values()),
        "shallow histories": sum(bool(r.get("shallow")) for r in records.values()),
        **{f"weakest {tier}": count for tier, count in sorted(weakest.items())},
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    before, after = load(sys.argv[1]), load(sys.argv[2])
    rows = changes(before, after)
    print("| record | " + " | ".join(label for _, label in MEASURES) + " |")
    print("|---" * (len(MEASURES) + 1) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\n{len(rows)} records changed.\n")
    old, new = totals(before), totals(after)
    print("| total | before | after |\n|---|---|---|")
    for key in sorted(set(old) | set(new)):
        print(f"| {key} | {old.get(key, 0)} | {new.get(key, 0)} |")


if __name__ == "__main__":
    main()
