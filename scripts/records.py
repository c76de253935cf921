#!/usr/bin/env python3
"""Moves whole records between data/ and a draft file, for research done outside the tree.

    scripts/records.py extract ID...            the records' TOML, as in data/, to stdout
    scripts/records.py list DRAFT                the ids a draft holds
    scripts/records.py apply DATA_DIR DRAFT [ID...]
        each record of DRAFT (or only the ids named) replaces the record with its id in
        DATA_DIR; a new id is appended to its region's file (US-* to united-states.toml)

A record is the text from its `[[jurisdiction]]` line to the next one, so comments and layout
travel with it. Run `swlaw validate` on DATA_DIR afterwards: this script checks nothing.
"""
import pathlib
import re
import sys

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"
REGION_FILES = {
    "Europe": "europe.toml",
    "Africa": "africa.toml",
    "Asia": "asia.toml",
    "Americas": "americas.toml",
    "Oceania": "oceania.toml",
}


def records(text):
    """The text before the first record, and each record's text."""
    parts = re.split(r"(?m)^(?=\[\[jurisdiction\]\]\s*$)", text)
    return parts[0], parts[1:]


def record_id(chunk):
    found = re.search(r'(?m)^id\s*=\s*"([^"]+)"', chunk)
    return found.group(1) if found else None


def home_file(data_dir, chunk):
    if record_id(chunk).startswith("US-"):
        return data_dir / "united-states.toml"
    region = re.search(r'(?m)^region\s*=\s*"([^"]+)"', chunk)
    name = REGION_FILES.get(region.group(1) if region else "")
    if name is None:
        sys.exit(f"record {record_id(chunk)} names no known region")
    return data_dir / name


def extract(ids):
    wanted = set(ids)
    for path in sorted(DATA.glob("*.toml")):
        for chunk in records(path.read_text())[1]:
            if record_id(chunk) in wanted:
                sys.stdout.write(chunk.rstrip("\n") + "\n\n")


def apply(data_dir, draft, only):
    new = records(pathlib.Path(draft).read_text())[1]
    new = [chunk for chunk in new if not only or record_id(chunk) in only]
    pending = {record_id(chunk): chunk for chunk in new}
    for path in sorted(data_dir.glob("*.toml")):
        head, chunks = records(path.read_text())
        replaced = False
        for index, chunk in enumerate(chunks):
            if record_id(chunk) in pending:
                chunks[index] = pending.pop(record_id(chunk)).rstrip("\n") + "\n\n"
                replaced = True
        if replaced:
            path.write_text((head + "".join(chunks)).rstrip("\n") + "\n")
    for rid, chunk in pending.items():
        path = home_file(data_dir, chunk)
        path.write_text(path.read_text().rstrip("\n") + "\n\n" + chunk.rstrip("\n") + "\n")
        print(f"appended {rid} to {path.name}")
    print(f"applied {len(new)} record(s)")


def main(args):
    if args[:1] == ["extract"]:
        extract(args[1:])
    elif args[:1] == ["list"] and len(args) == 2:
        print(" ".join(record_id(c) for c in records(pathlib.Path(args[1]).read_text())[1]))
    elif args[:1] == ["apply"] and len(args) >= 3:
        apply(pathlib.Path(args[1]), args[2], set(args[3:]))
    else:
        sys.exit(__doc__)


main(sys.argv[1:])
