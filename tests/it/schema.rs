//! The JSON Schemas under schema/: generated from the code (a drift test), and every command's
//! real JSON output valid against them.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use swlaw::schema::Document;

const TINY: &str = "tests/fixtures/tiny.toml";
const PROVENANCE: &str = "tests/fixtures/provenance.toml";

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}

fn swlaw() -> Command {
    let mut cmd = Command::cargo_bin("swlaw").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("SWLAW_DATA")
        .env_remove("COLUMNS")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn validator(document: Document) -> jsonschema::Validator {
    let path = schema_dir().join(document.file_name());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `swlaw schema -o schema`)", path.display()));
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft202012::new(&schema)
        .unwrap_or_else(|e| panic!("{} is not a valid schema: {e}", path.display()))
}

/// Fails with every violation, each with where it is in the document.
fn assert_valid(document: Document, args: &[&str], value: &Value) {
    let errors: Vec<String> = validator(document)
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "swlaw {args:?} does not match schema/{}:\n{}",
        document.file_name(),
        errors.join("\n")
    );
}

fn stdout_json(args: &[&str]) -> Value {
    let output = swlaw()
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "swlaw {args:?}: stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[test]
fn committed_schemas_are_what_the_code_generates() {
    for &document in Document::all() {
        let path = schema_dir().join(document.file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == document.text(),
            "{} is out of date: run `cargo run -- schema -o schema` and commit it",
            path.display()
        );
    }
    // No stale file of a document that no longer exists.
    let mut files: Vec<String> = std::fs::read_dir(schema_dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    let mut expected: Vec<String> = Document::all().iter().map(|d| d.file_name()).collect();
    expected.sort();
    assert_eq!(files, expected);
}

#[test]
fn every_answer_matches_its_schema() {
    let cases: &[(Document, &[&str])] = &[
        (Document::Show, &["show", "sweden", "NZ", "US-NV", "FR"]),
        (Document::Show, &["show", "SE", "--as-of", "2016-04"]),
        (Document::Show, &["show", "Newland", "--data", PROVENANCE]),
        (Document::List, &["list", "--level", "all"]),
        (Document::List, &["list", "--within", "US", "--sort", "gap"]),
        (
            Document::Compare,
            &["compare", "SE", "NZ", "DE", "--model", "decriminalization"],
        ),
        (
            Document::Compare,
            &["compare", "SE", "NO", "--diff", "--as-of", "2015"],
        ),
        (Document::Gap, &["gap", "US", "MX", "SE", "AU"]),
        (Document::Model, &["model"]),
        (Document::Model, &["model", "decriminalization"]),
        (Document::Stats, &["stats"]),
        (Document::Timeline, &["timeline"]),
        (Document::Timeline, &["timeline", "--data", PROVENANCE]),
        (
            Document::Panel,
            &["panel", "SE", "US-NV", "--from", "1995", "--to", "2000"],
        ),
        // --wide shapes the CSV; JSON stays one row per activity.
        (
            Document::Panel,
            &["panel", "SE", "--from", "2000", "--to", "2001", "--wide"],
        ),
        (Document::Pending, &["pending"]),
        (
            Document::Pending,
            &["pending", "--data", PROVENANCE, "--as-of", "2021"],
        ),
        (Document::Audit, &["audit"]),
        (Document::Diff, &["diff", TINY]),
        (Document::Cite, &["cite", "SE", "NZ", "--style", "oscola"]),
        (Document::Cite, &["cite", "DE", "--style", "bluebook"]),
        (Document::Validate, &["validate"]),
        (
            Document::Validate,
            &["validate", "tests/fixtures/broken.toml"],
        ),
    ];
    for (document, args) in cases {
        assert_valid(*document, args, &stdout_json(args));
    }
}

#[test]
fn errors_match_their_schema() {
    for args in [
        &["show", "atlantis"][..],
        &["show", "georgia"],
        &["show", "SE", "--data", "tests/fixtures/broken.toml"],
        &["gap", "SE", "--model", "nonesuch"],
    ] {
        let output = swlaw()
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(!output.status.success(), "{args:?} should fail");
        let value: Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
            panic!(
                "{args:?}: stderr is not JSON ({e}): {}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
        assert_valid(Document::Error, args, &value);
    }
}

#[test]
fn a_schema_rejects_what_the_answer_never_is() {
    // The validation above can fail: a status outside the vocabulary is refused.
    let mut value = stdout_json(&["show", "SE"]);
    value["jurisdictions"][0]["status"]["selling"] = Value::from("sort of legal");
    assert!(!validator(Document::Show).is_valid(&value));
    let mut value = stdout_json(&["list"]);
    value["schema_version"] = Value::from(1);
    assert!(!validator(Document::List).is_valid(&value));
}

#[test]
fn schema_writes_every_file_and_prints_one() {
    let dir = std::env::temp_dir().join(format!("swlaw-schema-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    swlaw().args(["schema", "-o"]).arg(&dir).assert().success();
    for &document in Document::all() {
        let written = std::fs::read_to_string(dir.join(document.file_name())).unwrap();
        assert_eq!(written, document.text());
    }
    std::fs::remove_dir_all(&dir).unwrap();
    let printed = swlaw().args(["schema", "gap"]).output().unwrap();
    let schema: Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["title"], "swlaw gap --format json");
}
