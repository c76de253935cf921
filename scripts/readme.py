#!/usr/bin/env python3
"""Regenerates README.md from scripts/README.template.md with real output of the debug binary.

Run from the repository root after `cargo build`: python3 scripts/readme.py
"""
import os
import subprocess

ENV = dict(os.environ, COLUMNS="100", NO_COLOR="1")
ENV.pop("SWLAW_DATA", None)


def run(args, lines=None, stderr=False):
    result = subprocess.run(["./target/debug/swlaw"] + args, capture_output=True, text=True, env=ENV)
    out = (result.stderr if stderr else result.stdout).rstrip("\n").split("\n")
    if lines and len(out) > lines:
        out = out[:lines] + ["..."]
    return "\n".join(out)


EXAMPLES = {
    "show": run(["show", "sweden"], 24),
    "list": run(["list", "--criminalizes", "buying", "--permits", "selling", "--level", "country"]),
    "compare": run(["compare", "sweden", "new zealand", "--model", "decriminalization", "--diff"]),
    "gap": run(["gap", "sweden"]),
    "model": run(["model", "decriminalization"], 14),
    "stats": run(["stats"]),
    "timeline": run(["timeline", "France"]),
    "events": run(["timeline", "--only", "events"]),
    "audit": run(["audit", "NZ", "AU-NSW"]),
    "cite": run(["cite", "sweden"], 12),
    "ambig": run(["show", "georgia"], stderr=True),
    "typo": run(["show", "swedn"], stderr=True),
    "validate": run(["validate", "tests/fixtures/broken.toml"], stderr=True),
    "json": run(["show", "NZ", "--format", "json"], 32),
    "csv": run(["list", "--within", "AU", "--format", "csv"]),
}

text = open("scripts/README.template.md").read()
for key, value in EXAMPLES.items():
    text = text.replace("{{" + key + "}}", value)
open("README.md", "w").write(text)
