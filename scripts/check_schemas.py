"""Validates swlaw's JSON answers against schema/ with Python's reference JSON Schema validator
(the `jsonschema` package), a second, independent reader beside the Rust tests.

    python scripts/check_schemas.py target/debug/swlaw
"""

import importlib.metadata
import json
import pathlib
import subprocess
import sys

import jsonschema

swlaw = sys.argv[1]
schemas = pathlib.Path(__file__).resolve().parent.parent / "schema"

CASES = [
    ("show", ["show", "SE", "NZ", "US-NV", "DE", "--as-of", "2016-04"]),
    ("list", ["list", "--level", "all"]),
    ("compare", ["compare", "SE", "NZ", "--model", "decriminalization"]),
    ("gap", ["gap", "US", "MX", "SE", "AU", "BA"]),
    ("model", ["model", "decriminalization"]),
    ("stats", ["stats"]),
    ("timeline", ["timeline"]),
    ("panel", ["panel", "--from", "2010", "--to", "2011"]),
    ("pending", ["pending"]),
    ("audit", ["audit"]),
    ("cite", ["cite", "SE", "FR", "--style", "oscola"]),
    ("validate", ["validate"]),
]

checked = 0
for name, args in CASES:
    schema = json.loads((schemas / f"{name}.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    output = subprocess.run([swlaw, *args, "--format", "json"], capture_output=True, check=True)
    errors = list(validator.iter_errors(json.loads(output.stdout)))
    for error in errors[:5]:
        print(f"{name}: {error.json_path}: {error.message}", file=sys.stderr)
    assert not errors, f"swlaw {' '.join(args)}: {len(errors)} error(s) against schema/{name}.json"
    checked += 1

error = subprocess.run([swlaw, "show", "atlantis", "--format", "json"], capture_output=True)
assert error.returncode != 0
jsonschema.validate(
    json.loads(error.stderr),
    json.loads((schemas / "error.json").read_text()),
    cls=jsonschema.Draft202012Validator,
)
print(f"{checked + 1} documents valid against schema/ (Python jsonschema {importlib.metadata.version('jsonschema')})")
