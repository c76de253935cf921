//! Exact output of every command in every format, for a few real records and the fixtures, so
//! that any change of what users see shows in review (`INSTA_UPDATE=always cargo test` rewrites
//! the snapshots after an intended change; review the diff).

use assert_cmd::Command;

const FIXTURE: &str = "tests/fixtures/provenance.toml";
const DAY: &str = "2026-11-30";

/// Each case: a name and the arguments, run in every format.
const CASES: &[(&str, &[&str])] = &[
    ("show_canada", &["show", "CA", "--as-of", DAY]),
    ("show_thailand_2015", &["show", "TH", "--as-of", "2015"]),
    (
        "list_central_asia",
        &["list", "--region", "central asia", "--as-of", DAY],
    ),
    (
        "compare_canada_thailand",
        &[
            "compare",
            "CA",
            "TH",
            "--model",
            "decriminalization",
            "--as-of",
            DAY,
        ],
    ),
    ("gap_canada", &["gap", "CA", "--as-of", DAY]),
    ("model_decriminalization", &["model", "decriminalization"]),
    ("models", &["model"]),
    (
        "stats_fixture",
        &["stats", "--data", FIXTURE, "--level", "all", "--as-of", DAY],
    ),
    ("timeline_canada", &["timeline", "CA"]),
    ("timeline_fixture", &["timeline", "--data", FIXTURE]),
    (
        "pending_fixture",
        &["pending", "--data", FIXTURE, "--as-of", "2021"],
    ),
    (
        "audit_canada_thailand",
        &["audit", "CA", "TH", "--as-of", DAY],
    ),
    (
        "audit_fixture",
        &["audit", "--data", FIXTURE, "--as-of", DAY],
    ),
    (
        "validate_broken",
        &["validate", "tests/fixtures/broken.toml"],
    ),
    ("validate_fixture", &["validate", FIXTURE]),
    (
        "panel_fixture",
        &["panel", "--data", FIXTURE, "--from", "2015", "--to", "2016"],
    ),
    (
        "diff_fixtures",
        &["diff", "tests/fixtures/tiny.toml", FIXTURE, "--as-of", DAY],
    ),
    (
        "cite_fixture_oscola",
        &["cite", "--data", FIXTURE, "ZZ", "ZX", "--as-of", DAY],
    ),
    (
        "cite_fixture_bluebook",
        &[
            "cite", "--data", FIXTURE, "ZZ", "ZX", "--style", "bluebook", "--as-of", DAY,
        ],
    ),
];

/// Citation styles that are formats of their own (`--format` does not change them): run once.
const STYLES: &[(&str, &[&str])] = &[
    (
        "cite_fixture_bibtex",
        &[
            "cite", "--data", FIXTURE, "ZZ", "ZX", "--style", "bibtex", "--as-of", DAY,
        ],
    ),
    (
        "cite_fixture_csl_json",
        &[
            "cite", "--data", FIXTURE, "ZZ", "ZX", "--style", "csl-json", "--as-of", DAY,
        ],
    ),
];

fn run(args: &[&str], format: &str) -> String {
    let output = Command::cargo_bin("swlaw")
        .unwrap()
        .env_remove("NO_COLOR")
        .env_remove("SWLAW_DATA")
        .env("COLUMNS", "100")
        .env("LANG", "C")
        .args(args)
        .args(["--format", format, "--color", "never"])
        .output()
        .unwrap();
    format!(
        "$ swlaw {} --format {format}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    )
}

#[test]
fn every_command_in_every_format() {
    for (name, args) in CASES {
        for format in ["table", "json", "csv", "markdown"] {
            insta::assert_snapshot!(format!("{name}__{format}"), run(args, format));
        }
    }
}

#[test]
fn citation_styles_of_their_own() {
    for (name, args) in STYLES {
        insta::assert_snapshot!(*name, run(args, "table"));
    }
}
