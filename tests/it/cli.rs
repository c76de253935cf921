//! End-to-end tests of the binary on the bundled dataset, in a sealed environment.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

/// The binary with no inherited settings that could change its output.
fn swlaw() -> Command {
    let mut cmd = Command::cargo_bin("swlaw").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("SWLAW_DATA")
        .env_remove("COLUMNS")
        .env("LANG", "C");
    cmd
}

fn json(args: &[&str]) -> Value {
    let output = swlaw()
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["schema_version"], swlaw::output::SCHEMA_VERSION);
    value
}

fn ids(list: &Value) -> Vec<String> {
    list["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["id"].as_str().unwrap().to_string())
        .collect()
}

fn status<'a>(jurisdiction: &'a Value, activity: &str) -> &'a str {
    jurisdiction["status"][activity].as_str().unwrap()
}

fn show(query: &str, as_of: Option<&str>) -> Value {
    let mut args = vec!["show", query];
    if let Some(date) = as_of {
        args.extend(["--as-of", date]);
    }
    json(&args)["jurisdictions"][0].clone()
}

#[test]
fn show_prints_statuses_laws_history_and_sources() {
    swlaw()
        .args(["show", "sweden", "--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Sweden (SE)"))
        .stdout(predicate::str::contains("asymmetric"))
        .stdout(predicate::str::contains("History"))
        .stdout(predicate::str::contains("Sources"))
        .stdout(predicate::str::contains("Chapter 6, Section 11"));
}

#[test]
fn json_jurisdictions_carry_the_documented_fields() {
    let sweden = show("SE", None);
    for field in [
        "id",
        "name",
        "parent",
        "region",
        "regime",
        "status",
        "laws",
        "sources",
        "history",
        "confidence",
        "reviewed",
    ] {
        assert!(sweden.get(field).is_some(), "missing `{field}`");
    }
    for activity in ["selling", "buying", "soliciting", "organizing"] {
        assert!(sweden["status"][activity].is_string());
    }
    assert_eq!(sweden["regime"], "asymmetric");
    assert_eq!(status(&sweden, "buying"), "criminalized");
    assert_eq!(status(&sweden, "selling"), "legal");
}

#[test]
fn queries_fold_case_accents_and_punctuation() {
    for query in ["se", "SWEDEN", "Sverige", "  sweden "] {
        assert_eq!(show(query, None)["id"], "SE", "{query}");
    }
    for query in ["cote divoire", "Côte d’Ivoire", "COTE D'IVOIRE"] {
        assert_eq!(show(query, None)["id"], "CI", "{query}");
    }
    assert_eq!(show("us-nv", None)["id"], "US-NV");
    // An exact name wins over the names that contain it: the state, not its counties.
    assert_eq!(show("nevada", None)["id"], "US-NV");
    assert_eq!(show("Guinea", None)["id"], "GN");
    assert_eq!(show("Sudan", None)["id"], "SD");
    assert_eq!(show("virginia", None)["id"], "US-VA");
    let counties = json(&["list", "--within", "nevada"]);
    assert!(ids(&counties).iter().all(|id| id.starts_with("US-NV")));
    assert_eq!(show("Ireland", None)["id"], "IE");
}

#[test]
fn ambiguous_queries_list_candidates_and_exit_3() {
    for (query, expected) in [
        ("Georgia", ["GE", "US-GA"]),
        ("Congo", ["CD", "CG"]),
        ("Wales", ["GB-EAW", "AU-NSW"]),
    ] {
        let assert = swlaw()
            .args(["show", query])
            .assert()
            .code(3)
            .stdout(predicate::str::is_empty());
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        for id in expected {
            assert!(stderr.contains(&format!("({id})")), "{query}: {stderr}");
        }
    }
}

#[test]
fn typos_get_suggestions_and_exit_1() {
    swlaw()
        .args(["show", "swedn"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("did you mean").and(predicate::str::contains("Sweden (SE)")),
        );
}

#[test]
fn hostile_input_never_panics() {
    for query in [
        "",
        "-",
        "💥",
        &"x".repeat(10_000),
        "US--NV",
        "../../etc/passwd",
    ] {
        let output = swlaw().args(["show", "--", query]).output().unwrap();
        let code = output.status.code().unwrap();
        assert!([1, 2, 3].contains(&code), "{query:?} exited {code}");
        assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
    }
    swlaw()
        .args(["list", "--as-of", "yesterday"])
        .assert()
        .code(2);
    swlaw()
        .args(["list", "--status", "buying"])
        .assert()
        .code(2);
    swlaw()
        .args(["list", "--regime", "anarchy"])
        .assert()
        .code(2);
    swlaw()
        .args(["gap", "SE", "--model", "nope"])
        .assert()
        .code(2);
    swlaw().args(["frobnicate"]).assert().code(2);
}

#[test]
fn as_of_answers_for_past_dates() {
    // France made paying for sex an offence in April 2016.
    assert_eq!(status(&show("France", Some("2015")), "buying"), "legal");
    assert_eq!(
        status(&show("France", Some("2017")), "buying"),
        "criminalized"
    );
    // Sweden from 1 January 1999.
    assert_eq!(status(&show("Sweden", Some("1998")), "buying"), "legal");
    assert_eq!(
        status(&show("Sweden", Some("1999-01-01")), "buying"),
        "criminalized"
    );
    // Before a record's history begins, nothing is assumed.
    let early = show("Sweden", Some("1900"));
    assert_eq!(early["regime"], "unknown");
    assert_eq!(status(&early, "buying"), "unknown");
}

#[test]
fn list_filters_combine() {
    let list = json(&[
        "list",
        "--criminalizes",
        "buying",
        "--permits",
        "selling",
        "--level",
        "country",
    ]);
    let found = ids(&list);
    for id in ["SE", "NO", "FR", "IE", "CA"] {
        assert!(
            found.contains(&id.to_string()),
            "{id} missing from {found:?}"
        );
    }
    assert!(!found.contains(&"NZ".to_string()));
    for j in list["jurisdictions"].as_array().unwrap() {
        assert!(["criminalized", "penalized"].contains(&status(j, "buying")));
        assert!(["legal", "regulated", "restricted"].contains(&status(j, "selling")));
        assert!(j["parent"].is_null());
    }
    assert_eq!(list["count"].as_u64().unwrap() as usize, found.len());
}

#[test]
fn list_by_status_region_and_regime() {
    let list = json(&[
        "list",
        "--status",
        "buying=criminalized",
        "--region",
        "europe",
        "--regime",
        "asymmetric",
    ]);
    for j in list["jurisdictions"].as_array().unwrap() {
        assert_eq!(j["region"], "Europe");
        assert_eq!(j["regime"], "asymmetric");
        assert_eq!(status(j, "buying"), "criminalized");
    }
    assert!(ids(&list).contains(&"SE".to_string()));
    let subregion = json(&["list", "--region", "Western Africa"]);
    assert!(
        subregion["jurisdictions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|j| j["subregion"] == "Western Africa")
    );
}

#[test]
fn list_within_a_federation() {
    let states = json(&["list", "--within", "United States"]);
    let found = ids(&states);
    assert!(
        found.len() >= 51,
        "50 states and DC at least, got {}",
        found.len()
    );
    assert!(found.iter().all(|id| id.starts_with("US-")));
    assert!(found.contains(&"US-NV".to_string()) && found.contains(&"US-ME".to_string()));
    let australia = json(&["list", "--within", "AU", "--level", "subdivision"]);
    assert_eq!(ids(&australia).len(), 8, "six states and two territories");
}

#[test]
fn list_as_of_changes_the_answer() {
    let before = ids(&json(&[
        "list",
        "--criminalizes",
        "buying",
        "--as-of",
        "1998",
    ]));
    let after = ids(&json(&[
        "list",
        "--criminalizes",
        "buying",
        "--as-of",
        "1999",
    ]));
    assert!(!before.contains(&"SE".to_string()));
    assert!(after.contains(&"SE".to_string()));
}

#[test]
fn empty_results_exit_1_with_an_empty_list() {
    let output = swlaw()
        .args([
            "list",
            "--regime",
            "decriminalization",
            "--region",
            "Antarctica",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "unknown region is a usage error"
    );
    let output = swlaw()
        .args(["list", "--as-of", "1001", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "records exist, all unknown");
    let output = swlaw()
        .args([
            "list",
            "--regime",
            "decriminalization",
            "--as-of",
            "1001",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with("id,name,"),
        "CSV keeps its header"
    );
}

#[test]
fn sort_by_gap_ranks_closest_first() {
    let list = json(&["list", "--sort", "gap", "--level", "country"]);
    let scores: Vec<f64> = list["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .take_while(|j| j["gap"]["complete"] == true)
        .filter_map(|j| j["gap"]["score"].as_f64())
        .collect();
    assert!(scores.len() > 50, "{} complete scores", scores.len());
    assert!(
        scores.windows(2).all(|w| w[0] <= w[1]),
        "not sorted: {scores:?}"
    );
    let find = |id: &str| {
        let all = list["jurisdictions"].as_array().unwrap();
        all.iter().find(|j| j["id"] == id).unwrap()["gap"]["score"]
            .as_f64()
            .unwrap()
    };
    assert_eq!(
        find("NZ"),
        scores[0],
        "New Zealand is among the closest countries"
    );
    assert!(find("SE") > scores[0]);
}

#[test]
fn gap_names_the_laws_to_repeal() {
    let gaps = json(&["gap", "Sweden", "New Zealand"]);
    let sweden = &gaps["gaps"][0];
    let nz = &gaps["gaps"][1];
    assert!(sweden["score"].as_f64().unwrap() > nz["score"].as_f64().unwrap());
    let buying = sweden["activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["activity"] == "buying")
        .unwrap();
    assert_eq!(buying["direction"], "repeal");
    assert_eq!(buying["distance"], 4);
    assert!(
        !buying["laws"].as_array().unwrap().is_empty(),
        "the purchase offence is cited"
    );
    swlaw()
        .args(["gap", "SE", "--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains("repeal or amend"));
}

#[test]
fn gap_against_another_model() {
    let gaps = json(&["gap", "Sweden", "--model", "asymmetric"]);
    let sweden = &gaps["gaps"][0];
    assert!(
        sweden["score"].as_f64().unwrap() < 20.0,
        "Sweden is close to the model it defined"
    );
}

#[test]
fn compare_side_by_side_with_model_and_diff() {
    let all = json(&["compare", "SE", "NZ", "--model", "decriminalization"]);
    let rows = all["rows"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["topic"] == "selling"));
    let buying = rows.iter().find(|r| r["topic"] == "buying").unwrap();
    assert_eq!(buying["values"]["SE"]["status"], "criminalized");
    assert_eq!(buying["values"]["NZ"]["status"], "legal");
    assert_eq!(buying["values"]["model"], "legal");
    let diff = json(&["compare", "SE", "NO", "--diff"]);
    assert!(
        diff["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["topic"] != "buying"),
        "Sweden and Norway agree on buying"
    );
    swlaw().args(["compare", "SE"]).assert().code(2);
}

#[test]
fn models_are_listed_and_shown() {
    let models = json(&["model"]);
    let ids: Vec<&str> = models["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    for id in ["decriminalization", "asymmetric", "legalization"] {
        assert!(ids.contains(&id));
    }
    let decrim = json(&["model", "decriminalization"]);
    assert_eq!(decrim["models"][0]["activities"]["buying"], "legal");
    assert!(
        !decrim["models"][0]["sources"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn stats_count_every_country_once() {
    let stats = json(&["stats"]);
    let total = stats["total"].as_u64().unwrap();
    let countries = ids(&json(&["list", "--level", "country"])).len() as u64;
    assert_eq!(total, countries);
    let by_regime: u64 = stats["regimes"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(by_regime, total);
    let selling: u64 = stats["activities"]["selling"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(selling, total);
}

#[test]
fn timeline_is_in_date_order() {
    let timeline = json(&["timeline"]);
    let dates: Vec<String> = timeline["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["date"].as_str().unwrap().to_string())
        .collect();
    assert!(dates.len() > 20);
    let mut sorted = dates.clone();
    sorted.sort_by_key(|d| d.parse::<swlaw::model::PartialDate>().unwrap());
    assert_eq!(dates, sorted);
    let france = json(&["timeline", "France", "--since", "2016", "--until", "2016"]);
    let changes = france["changes"].as_array().unwrap();
    let buying = serde_json::json!({"field": "buying", "from": "legal", "to": "criminalized"});
    assert!(
        changes
            .iter()
            .any(|c| c["changes"].as_array().unwrap().contains(&buying)),
        "{changes:?}"
    );
}

#[test]
fn every_format_of_every_command() {
    let commands: [&[&str]; 10] = [
        &["show", "SE"],
        &["audit", "--region", "oceania"],
        &["pending"],
        &["timeline", "--only", "events"],
        &["list", "--region", "oceania"],
        &["compare", "SE", "NZ"],
        &["gap", "SE"],
        &["model", "decriminalization"],
        &["stats"],
        &["timeline", "SE"],
    ];
    for args in commands {
        for format in ["table", "json", "csv", "markdown"] {
            let output = swlaw()
                .args(args)
                .args(["--format", format])
                .output()
                .unwrap();
            assert!(output.status.success(), "{args:?} {format}");
            let text = String::from_utf8(output.stdout).unwrap();
            assert!(!text.trim().is_empty(), "{args:?} {format}");
            assert!(
                !text.contains('\u{1b}'),
                "no color when not a terminal: {args:?} {format}"
            );
            match format {
                "json" => {
                    serde_json::from_str::<Value>(&text).unwrap();
                }
                "csv" => {
                    let mut reader = csv::Reader::from_reader(text.as_bytes());
                    let width = reader.headers().unwrap().len();
                    assert!(width >= 2);
                    for record in reader.records() {
                        assert_eq!(record.unwrap().len(), width, "{args:?}");
                    }
                }
                "markdown" => assert!(text.contains("| ---"), "{args:?}"),
                _ => {}
            }
        }
    }
}

#[test]
fn color_follows_the_flag_and_no_color() {
    swlaw()
        .args(["show", "SE", "--color", "always"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{1b}["));
    swlaw()
        .args(["show", "SE"])
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{1b}[").not());
}

/// Runs swlaw with its stdout on a pseudo-terminal 100 columns wide, and returns what it wrote.
#[cfg(unix)]
fn on_a_terminal(args: &[&str], no_color: Option<&str>) -> String {
    use rustix::fs::{Mode, OFlags};
    use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
    use std::io::Read;
    let controller = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).unwrap();
    grantpt(&controller).unwrap();
    unlockpt(&controller).unwrap();
    let name = ptsname(&controller, Vec::new()).unwrap();
    let terminal = rustix::fs::open(
        name.as_c_str(),
        OFlags::RDWR | OFlags::NOCTTY,
        Mode::empty(),
    )
    .unwrap();
    let size = rustix::termios::Winsize {
        ws_row: 50,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    rustix::termios::tcsetwinsize(&terminal, size).unwrap();
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("swlaw"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .stdout(std::fs::File::from(terminal));
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    let mut child = command.spawn().unwrap();
    // The command holds the terminal's other end; until it is dropped, reading never ends.
    drop(command);
    // Read while the child writes: a terminal buffers only a few kilobytes, and a child
    // writing more than that waits for a reader. The end of its output reads as EIO.
    let mut output = Vec::new();
    let mut reader = std::fs::File::from(controller);
    let mut buffer = [0u8; 4096];
    while let Ok(n) = reader.read(&mut buffer) {
        if n == 0 {
            break;
        }
        output.extend_from_slice(&buffer[..n]);
    }
    let status = child.wait().unwrap();
    assert!(status.success(), "{args:?}: {status}");
    String::from_utf8_lossy(&output).into_owned()
}

#[cfg(unix)]
#[test]
fn on_a_terminal_color_is_on_unless_no_color_is_set() {
    let colored = on_a_terminal(&["show", "SE"], None);
    assert!(colored.contains("\u{1b}["), "{colored}");
    assert!(colored.contains("Sweden (SE)"));
    let plain = on_a_terminal(&["show", "SE"], Some("1"));
    assert!(plain.contains("Sweden (SE)"), "{plain}");
    assert!(
        !plain.contains("\u{1b}["),
        "NO_COLOR=1 on a terminal: {plain}"
    );
    // An empty NO_COLOR does not count (no-color.org).
    assert!(on_a_terminal(&["show", "SE"], Some("")).contains("\u{1b}["));
    // Tables fit the terminal's 100 columns; a URL has a line of its own and is never cut.
    for line in plain.lines().filter(|line| !line.contains("://")) {
        assert!(line.trim_end().chars().count() <= 100, "{line}");
    }
    // With colour, each URL is also a hyperlink (OSC 8) that a click opens; without, plain.
    let link = "\u{1b}]8;;https://www.government.se/articles/2011/03/legislation-on-the-purchase-of-sexual-services/\u{1b}\\";
    assert!(colored.contains(link), "{colored}");
    assert!(!plain.contains("\u{1b}]8;;"));
}

#[test]
fn urls_are_never_broken_across_lines() {
    let record = &json(&["show", "SE"])["jurisdictions"][0];
    let urls: Vec<&str> = record["sources"]
        .as_array()
        .unwrap()
        .iter()
        .chain(record["laws"].as_array().unwrap())
        .filter_map(|item| item["url"].as_str())
        .collect();
    assert!(urls.len() > 5);
    let output = swlaw()
        .args(["show", "SE"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for url in &urls {
        assert!(
            text.lines()
                .any(|line| line.split_whitespace().any(|word| word == *url)),
            "{url} is not whole on a line:\n{text}"
        );
    }
    // Piped, no escape sequence at all (a hyperlink is for terminals).
    assert!(!text.contains('\u{1b}'));
    // Markdown makes them autolinks.
    let markdown = swlaw()
        .args(["show", "SE", "--format", "markdown"])
        .output()
        .unwrap();
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    assert!(markdown.contains(&format!("<{}>", urls[0])), "{markdown}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let bin = assert_cmd::cargo::cargo_bin("swlaw");
    let dir = std::env::temp_dir().join(format!("swlaw-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let status_file = dir.join("status");
    // Any sh: swlaw's own exit status is written to a file, since a pipeline reports head's.
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "('{}' list --format csv; echo $? > '{}') | head -1",
            bin.display(),
            status_file.display()
        ))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let status = std::fs::read_to_string(&status_file).unwrap();
    assert_eq!(
        status.trim(),
        "0",
        "swlaw's exit status when head closed the pipe"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    // The same through a pipe that closes before anything is read.
    let mut child = std::process::Command::new(&bin)
        .args(["timeline", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "exit {:?}", output.status.code());
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn validate_the_bundled_data_and_broken_files() {
    swlaw()
        .args(["validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains("valid"));
    swlaw().args(["validate", "data"]).assert().success();
    let assert = swlaw()
        .args(["validate", "tests/fixtures/broken.toml"])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for expected in [
        "tests/fixtures/broken.toml:2:6: malformed id",
        "belongs to Asia, not Europe",
        "contradicts",
        "cites no source",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }
    let report = swlaw()
        .args(["validate", "tests/fixtures/broken.toml", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(report.status.code(), Some(2));
    let value: Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(value["valid"], false);
    assert!(value["problems"].as_array().unwrap().len() >= 4);
    swlaw().args(["validate", "no/such/path"]).assert().code(2);
}

#[test]
fn a_users_dataset_replaces_the_bundled_one() {
    let list = json(&["list", "--data", "tests/fixtures/tiny.toml"]);
    assert_eq!(ids(&list), ["ZZ"]);
    swlaw()
        .args(["show", "testland", "--format", "json"])
        .env("SWLAW_DATA", "tests/fixtures/tiny.toml")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"ZZ\""));
    // A dataset without models borrows the bundled ones.
    swlaw()
        .args(["gap", "ZZ", "--data", "tests/fixtures/tiny.toml"])
        .assert()
        .success();
    swlaw()
        .args(["list", "--data", "tests/fixtures/broken.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.toml:2:6"));
}

#[test]
fn completions_in_the_repository_match_the_binary() {
    for (shell, file) in [
        ("bash", "swlaw.bash"),
        ("zsh", "_swlaw"),
        ("fish", "swlaw.fish"),
        ("elvish", "swlaw.elv"),
        ("powershell", "_swlaw.ps1"),
    ] {
        let output = swlaw().args(["completions", shell]).output().unwrap();
        assert!(output.status.success());
        let committed = std::fs::read(Path::new("completions").join(file)).unwrap();
        assert!(
            committed == output.stdout,
            "completions/{file} is stale: regenerate with `cargo run -- completions {shell} > completions/{file}`"
        );
    }
}

/// What bash offers after `words` (the last one being completed), with the generated script.
fn bash_completes(words: &[&str]) -> Vec<String> {
    let script = swlaw()
        .args(["completions", "bash"])
        .output()
        .unwrap()
        .stdout;
    let path = std::env::temp_dir().join(format!("swlaw-completion-{}.bash", std::process::id()));
    std::fs::write(&path, script).unwrap();
    let line = words.join(" ");
    let driver = format!(
        "source {}; COMP_WORDS=({line}); COMP_CWORD={}; COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; _swlaw swlaw {} {}; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        path.display(),
        words.len() - 1,
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let output = std::process::Command::new("bash")
        .args(["-c", &driver])
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn completions_offer_jurisdiction_ids_and_names() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        return; // no bash on this machine: the generated scripts are still checked above
    }
    assert_eq!(bash_completes(&["swlaw", "show", "new-z"]), ["new-zealand"]);
    let nevada = bash_completes(&["swlaw", "list", "--within", "US-NV-C"]);
    assert!(nevada.contains(&"US-NV-CLARK".to_string()), "{nevada:?}");
    assert!(
        nevada.iter().all(|id| id.starts_with("US-NV-C")),
        "{nevada:?}"
    );
    // Every name offered resolves to its record.
    let offered = bash_completes(&["swlaw", "compare", "SE", "cote-d"]);
    assert_eq!(offered, ["cote-divoire"]);
    let shown = json(&["show", &offered[0]]);
    assert_eq!(shown["jurisdictions"][0]["id"], "CI");
    // fish shows the name beside the id; --help does not list the hundreds of values.
    let fish = swlaw()
        .args(["completions", "fish"])
        .output()
        .unwrap()
        .stdout;
    assert!(
        String::from_utf8(fish)
            .unwrap()
            .contains(r"US-NV\t'Nevada'")
    );
    let help = swlaw().args(["show", "--help"]).output().unwrap().stdout;
    assert!(!String::from_utf8(help).unwrap().contains("new-zealand"));
}

#[test]
fn help_lists_every_command() {
    let assert = swlaw().arg("--help").assert().success();
    let help = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for command in [
        "show",
        "list",
        "compare",
        "gap",
        "model",
        "stats",
        "timeline",
        "validate",
        "completions",
    ] {
        assert!(help.contains(command), "{command}");
    }
    insta::assert_snapshot!(help);
}

mod map {
    use super::*;

    fn svg(args: &[&str]) -> String {
        let output = swlaw().arg("map").args(args).output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// The fill of the group carrying a jurisdiction's id.
    fn fill_of(svg: &str, id: &str) -> String {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let node = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("{id} is not on the map"));
        node.attribute("fill").unwrap().to_string()
    }

    #[test]
    fn every_dataset_id_is_drawn_once() {
        let svg = svg(&[]);
        let doc = roxmltree::Document::parse(&svg).expect("the map is well-formed XML");
        let list = json(&["list"]);
        for id in ids(&list) {
            let count = doc
                .descendants()
                .filter(|n| n.attribute("id") == Some(id.as_str()))
                .count();
            assert_eq!(count, 1, "{id} appears {count} times");
            assert!(
                swlaw::map::has_shape(&id) || swlaw::map::has_dot(&id),
                "{id} has neither a shape nor a dot"
            );
        }
        assert!(svg.contains("<title>Sweden (SE): asymmetric</title>"));
    }

    #[test]
    fn colors_follow_the_statuses() {
        use swlaw::map::palette;
        let by_regime = svg(&[]);
        assert_eq!(
            fill_of(&by_regime, "SE"),
            palette::regime_color(swlaw::model::Regime::Asymmetric)
        );
        assert_eq!(
            fill_of(&by_regime, "NZ"),
            palette::regime_color(swlaw::model::Regime::Decriminalization)
        );
        let by_buying = svg(&["--by", "buying"]);
        assert_eq!(
            fill_of(&by_buying, "SE"),
            palette::status_color(swlaw::model::Status::Criminalized)
        );
        assert_eq!(
            fill_of(&by_buying, "NZ"),
            palette::status_color(swlaw::model::Status::Legal)
        );
    }

    #[test]
    fn as_of_recolors_a_reformed_country() {
        use swlaw::map::palette;
        let before = svg(&["--by", "buying", "--as-of", "2015"]);
        let after = svg(&["--by", "buying", "--as-of", "2017"]);
        assert_eq!(
            fill_of(&before, "FR"),
            palette::status_color(swlaw::model::Status::Legal)
        );
        assert_eq!(
            fill_of(&after, "FR"),
            palette::status_color(swlaw::model::Status::Criminalized)
        );
        assert!(before.contains("as of 2015-12-31"));
    }

    #[test]
    fn the_drawing_is_deterministic() {
        assert_eq!(svg(&["--by", "gap"]), svg(&["--by", "gap"]));
    }

    #[test]
    fn png_of_the_requested_width() {
        let dir = std::env::temp_dir().join(format!("swlaw-map-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("europe.png");
        swlaw()
            .args(["map", "--region", "europe", "--width", "640", "-o"])
            .arg(&file)
            .assert()
            .success()
            .stdout(predicate::str::is_empty());
        let png = std::fs::read(&file).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 640);
        std::fs::remove_dir_all(&dir).unwrap();
        swlaw()
            .args(["map", "--region", "atlantis"])
            .assert()
            .code(2);
    }
}

const PROVENANCE: &str = "tests/fixtures/provenance.toml";

#[test]
fn show_gives_the_sources_and_tier_behind_each_status() {
    let testland = json(&["show", "ZZ", "--data", PROVENANCE])["jurisdictions"][0].clone();
    // The history entry's source, then the law's.
    assert_eq!(
        testland["provenance"]["organizing"]["sources"],
        serde_json::json!(["ngo", "code"])
    );
    assert_eq!(testland["provenance"]["organizing"]["tier"], "primary");
    assert_eq!(
        testland["provenance"]["organizing"]["laws"],
        serde_json::json!(["brothels"])
    );
    assert_eq!(testland["provenance"]["selling"]["tier"], "expert");
    let ngo = &testland["sources"][1];
    assert_eq!(ngo["kind"], "ngo");
    assert_eq!(ngo["copy_of"], "Testland Sex Workers' Union");
    swlaw()
        .args(["show", "ZZ", "--data", PROVENANCE, "--color", "never"])
        .env("COLUMNS", "200")
        .assert()
        .success()
        .stdout(predicate::str::contains("ngo [expert], code [primary]"))
        .stdout(predicate::str::contains(
            "a copy of: Testland Sex Workers' Union",
        ))
        .stdout(predicate::str::contains("Events"))
        .stdout(predicate::str::contains("bill (pending)"));
    let csv = swlaw()
        .args(["show", "ZZ", "--data", PROVENANCE, "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(csv.stdout).unwrap();
    assert!(
        text.starts_with("id,name,as_of,topic,status,since,laws,sources,tier\n"),
        "{text}"
    );
    assert!(
        text.contains(
            ",organizing,criminalized,1990,\"Test Penal Code, s. 1 (1980)\",ngo; code,primary"
        ),
        "{text}"
    );
}

#[test]
fn bundled_statuses_carry_their_provenance() {
    let sweden = show("SE", None);
    let buying = &sweden["provenance"]["buying"];
    assert!(!buying["sources"].as_array().unwrap().is_empty());
    assert_eq!(buying["laws"], serde_json::json!(["purchase"]));
    for source in sweden["sources"].as_array().unwrap() {
        assert!(source["kind"].is_string(), "{source}");
    }
}

#[test]
fn audit_figures_are_exact() {
    let audit = json(&["audit", "--data", PROVENANCE]);
    let totals = &audit["totals"];
    for (figure, expected) in [
        ("records", 3),
        ("without_strong_source", 1),
        ("weakest_primary", 0),
        ("weakest_official", 1),
        ("weakest_expert", 1),
        ("weakest_secondary", 1),
        ("all_unknown", 0),
        ("shallow_histories", 1),
        ("unknown_cells", 2),
        ("confidence_high", 1),
        ("confidence_medium", 1),
        ("confidence_low", 1),
        ("stale_citations", 1),
        ("copies", 1),
        ("breaking_rules", 0),
    ] {
        assert_eq!(totals[figure], expected, "{figure}: {totals}");
    }
    assert_eq!(totals["oldest_reviewed"], "2025-01-15");
    let regions: Vec<&str> = audit["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["region"].as_str().unwrap())
        .collect();
    assert_eq!(regions, ["Africa", "Europe"]);
    assert_eq!(audit["regions"][1]["totals"]["records"], 2);
    let farland = audit["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "ZY")
        .unwrap();
    assert_eq!(farland["stale_citations"][0]["source"], "paper2001");
    // The guide was read on a document-sharing site: a copy to replace by the original.
    let testland = audit["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["copies"] == serde_json::json!(["ngo"]));
    assert!(testland.is_some(), "{}", audit["records"]);
    assert_eq!(farland["shallow"], true);
    // Newland's history starts when it was established, so it is not shallow.
    let europe = json(&["audit", "--data", PROVENANCE, "--region", "eastern europe"]);
    assert_eq!(europe["totals"]["records"], 1);
    assert_eq!(europe["totals"]["shallow_histories"], 0);
    let one = json(&["audit", "--data", PROVENANCE, "farland"]);
    assert_eq!(one["totals"]["records"], 1);
}

#[test]
fn audit_strict_fails_on_records_that_break_the_confidence_rules() {
    swlaw()
        .args(["audit", "--data", PROVENANCE, "--strict"])
        .assert()
        .success();
    let dir = std::env::temp_dir().join(format!("swlaw-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("raised.toml");
    let text = std::fs::read_to_string(PROVENANCE).unwrap();
    // Farland on press reports alone, claimed at medium confidence.
    std::fs::write(
        &file,
        text.replace("confidence = \"low\"", "confidence = \"medium\""),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    swlaw()
        .args(["validate", path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("on secondary sources only"));
    swlaw()
        .args(["audit", "--data", path])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Records breaking the confidence rules",
        ));
    swlaw()
        .args(["audit", "--data", path, "--strict"])
        .assert()
        .code(2);
    let audit = json(&["audit", "--data", path]);
    assert_eq!(audit["totals"]["breaking_rules"], 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_bundled_data_passes_a_strict_audit() {
    swlaw().args(["audit", "--strict"]).assert().success();
    let audit = json(&["audit"]);
    assert_eq!(
        audit["totals"]["records"].as_u64().unwrap() as usize,
        json(&["list"])["count"].as_u64().unwrap() as usize
    );
}

#[test]
fn pending_lists_bills_whose_latest_stage_is_pending() {
    let now = json(&["pending", "--data", PROVENANCE]);
    assert_eq!(now["count"], 1);
    assert_eq!(now["bills"][0]["id"], "ZZ");
    assert_eq!(now["bills"][0]["latest"]["stage"], "pending");
    // In 2021 Newland's bill was pending; it was rejected in 2022.
    let then = json(&["pending", "--data", PROVENANCE, "--as-of", "2021"]);
    assert_eq!(then["count"], 1);
    assert_eq!(then["bills"][0]["id"], "ZX");
    assert_eq!(then["bills"][0]["since"], "2020-03");
    // None pending is an answer, not a failed search.
    let africa = json(&["pending", "--data", PROVENANCE, "--region", "africa"]);
    assert_eq!(africa["count"], 0);
}

#[test]
fn timeline_shows_events_beside_reforms() {
    let both = json(&["timeline", "ZZ", "ZX", "--data", PROVENANCE]);
    assert_eq!(both["event_count"], 4);
    assert_eq!(both["count"], 2);
    let kinds: Vec<&str> = both["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["bill", "bill", "bill", "ruling"]);
    let events = json(&["timeline", "ZZ", "--data", PROVENANCE, "--only", "events"]);
    assert_eq!(events["count"], 0);
    assert_eq!(events["event_count"], 2);
    let reforms = json(&["timeline", "ZZ", "--data", PROVENANCE, "--only", "reforms"]);
    assert_eq!(reforms["event_count"], 0);
    assert_eq!(reforms["count"], 1);
}

#[test]
fn a_ban_on_migrants_sex_work_is_a_deviation_from_decriminalization() {
    let gap = json(&["gap", "ZZ", "--data", PROVENANCE]);
    let details = gap["gaps"][0]["details"].as_array().unwrap();
    let migrants = details
        .iter()
        .find(|d| d["detail"] == "migrants")
        .unwrap_or_else(|| panic!("{details:?}"));
    assert_eq!(migrants["value"], "restricted");
    assert_eq!(migrants["model"], "legal");
    assert!(
        migrants["laws"].to_string().contains("Immigration Act"),
        "{migrants}"
    );
}

#[test]
fn an_unknown_status_widens_the_gap_instead_of_agreeing_with_the_model() {
    let list = json(&["list", "--sort", "gap", "--level", "country"]);
    let all = list["jurisdictions"].as_array().unwrap();
    let mut seen_range = false;
    for j in all {
        let gap = &j["gap"];
        let unknown = ["selling", "buying", "soliciting", "organizing"]
            .iter()
            .any(|a| j["status"][a] == "unknown");
        if unknown {
            assert!(gap["score"].is_null(), "{}: {gap}", j["id"]);
            assert!(
                gap["min"].as_f64() < gap["max"].as_f64(),
                "{}: {gap}",
                j["id"]
            );
            assert_eq!(gap["complete"], false);
        }
        // Ranges come after every exact score.
        if gap["complete"] == false {
            seen_range = true;
        } else {
            assert!(!seen_range, "{} is exact but ranked after a range", j["id"]);
        }
    }
    assert!(seen_range);
}

#[test]
fn one_gap_for_a_record_whichever_command_asks() {
    let list = json(&["list", "--level", "all", "--as-of", "2026-11-30"]);
    for id in ["US-NV", "US", "AU", "GB", "NZ", "MX"] {
        let gap = json(&["gap", id, "--as-of", "2026-11-30"]);
        let listed = list["jurisdictions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["id"] == id)
            .unwrap();
        let entry = &gap["gaps"][0];
        for key in ["score", "min", "max", "complete"] {
            assert_eq!(entry[key], listed["gap"][key], "{id} {key}");
        }
    }
}

#[test]
fn where_knowledge_begins_is_not_a_reform() {
    let timeline = json(&["timeline"]);
    for change in timeline["changes"].as_array().unwrap() {
        assert_eq!(change["kind"], "reform", "{change}");
        // A reform changes at least one value that was known.
        assert!(
            change["changes"]
                .as_array()
                .unwrap()
                .iter()
                .any(
                    |c| c["from"] != "unknown" && !c["from"].is_null() && c["field"] != "regime"
                        || c["field"] == "regime" && c["from"] != "unknown"
                ),
            "{change}"
        );
    }
    let georgia = json(&["timeline", "US-GA"]);
    assert_eq!(georgia["changes"][0]["kind"], "start");
    let history = &show("US-GA", None)["history"];
    assert_eq!(history[0]["kind"], "start");
    assert_eq!(history[0]["changes"], serde_json::json!([]));
    // --sort changed orders by reforms: a record without one comes after every record with one.
    let list = json(&["list", "--sort", "changed", "--level", "country"]);
    let ids = ids(&list);
    let position = |id: &str| ids.iter().position(|i| i == id).unwrap();
    assert!(
        position("NZ") < position("IR"),
        "Iran's record has no reform"
    );
}

#[test]
fn a_change_dated_by_month_is_not_asserted_inside_the_month() {
    let buying = |date: &str| status(&show("FR", Some(date)), "buying").to_string();
    assert_eq!(buying("2016-03-31"), "legal");
    assert_eq!(buying("2016-04-05"), "unknown");
    assert_eq!(buying("2016-04-30"), "criminalized");
    let inside = show("FR", Some("2016-04-05"));
    let unsettled = inside["unsettled"].as_array().unwrap();
    let buying = unsettled.iter().find(|u| u["topic"] == "buying").unwrap();
    assert_eq!(buying["before"], "legal");
    assert_eq!(buying["after"], "criminalized");
    assert_eq!(buying["window"], "2016-04");
    assert_eq!(inside["regime"], "unknown");
    // A year still means its last day.
    assert_eq!(status(&show("FR", Some("2016")), "buying"), "criminalized");
}

#[test]
fn show_as_of_marks_what_came_later_and_the_future_is_a_projection() {
    swlaw()
        .args(["show", "FR", "--as-of", "2010", "--color", "never"])
        .env("COLUMNS", "200")
        .assert()
        .success()
        .stdout(predicate::str::contains("(after the date asked)"))
        .stderr(predicate::str::is_empty());
    swlaw()
        .args(["show", "FR", "--as-of", "2999", "--color", "never"])
        .assert()
        .success()
        .stderr(predicate::str::contains("in the future"));
    swlaw()
        .args(["show", "FR", "--color", "never"])
        .assert()
        .stdout(predicate::str::contains("(after the date asked)").not());
}

#[test]
fn a_stricter_model_would_add_offences_it_never_asks_to_repeal_them() {
    let gap = json(&["gap", "NZ", "--model", "asymmetric"]);
    let entry = &gap["gaps"][0];
    let buying = entry["activities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["activity"] == "buying")
        .unwrap();
    assert_eq!(buying["direction"], "enact");
    swlaw()
        .args(["gap", "NZ", "--model", "asymmetric", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "buying,legal,criminalized,4/4,would add an offence",
        ));
}

#[test]
fn data_never_acts_on_the_place_it_is_shown_in() {
    const HOSTILE: &str = "tests/fixtures/hostile.toml";
    let run = |args: &[&str]| {
        let output = swlaw()
            .args(args)
            .args(["--data", HOSTILE, "--color", "never"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    for format in ["table", "markdown", "csv"] {
        let shown = run(&["show", "ZZ", "--format", format]);
        assert!(
            !shown.contains('\u{1b}'),
            "{format}: an escape reached the output"
        );
        assert!(
            !shown.contains('\u{202e}'),
            "{format}: a bidi override reached the output"
        );
        assert!(!shown.contains('\u{7}'), "{format}");
    }
    let markdown = run(&["show", "ZZ", "--format", "markdown"]);
    assert!(!markdown.contains("<script>"), "{markdown}");
    assert!(markdown.contains("&lt;script&gt;"));
    let csv = run(&["list", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert!(
        row[1].starts_with("'="),
        "a formula must open as text: {:?}",
        &row[1]
    );
    let svg = run(&["map", "--title", "Map \u{ffff} of <things>"]);
    roxmltree::Document::parse(&svg).expect("the SVG stays well-formed XML");
    // Messages on stderr quote data and queries: no escapes there either.
    let output = swlaw().args(["show", "no\u{1b}[2Jwhere"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&output.stderr).contains('\u{1b}'));
}

#[test]
fn a_failed_write_is_an_error_never_a_panic() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    for args in [
        &["completions", "bash"][..],
        &["list", "--format", "csv"],
        &["show", "SE"],
    ] {
        let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("swlaw"))
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    }
    // With stderr itself unwritable, the exit code still tells.
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("swlaw"))
        .args(["show", "nosuchplace"])
        .stderr(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn map_files_are_replaced_whole_or_not_at_all() {
    let dir = std::env::temp_dir().join(format!("swlaw-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("d.toml");
    std::fs::copy("tests/fixtures/tiny.toml", &data).unwrap();
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();
    // Onto the dataset being read: refused, the dataset intact.
    let before = std::fs::read(&data).unwrap();
    swlaw()
        .args([
            "map",
            "--data",
            data.to_str().unwrap(),
            "-o",
            &path("d.toml"),
        ])
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&data).unwrap(), before);
    // Unknown or missing extensions name the accepted ones.
    for target in [path("x.jpg"), path(".png"), path("noext")] {
        swlaw()
            .args(["map", "-o", &target])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(".svg or .png"));
        assert!(!Path::new(&target).exists(), "{target}");
    }
    // A failure keeps the file that was there.
    std::fs::write(path("keep.png"), b"old").unwrap();
    swlaw()
        .args(["map", "-o", &path("keep.png"), "--width", "1"])
        .assert()
        .code(2);
    assert_eq!(std::fs::read(path("keep.png")).unwrap(), b"old");
    swlaw()
        .args(["map", "-o", &path("missing/dir/map.svg")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
    // And a success replaces it, leaving no temporary file behind.
    swlaw()
        .args(["map", "-o", &path("keep.png"), "--width", "200"])
        .assert()
        .success();
    assert_eq!(&std::fs::read(path("keep.png")).unwrap()[..4], b"\x89PNG");
    let leftovers = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(leftovers, 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn empty_settings_count_as_unset() {
    swlaw()
        .args(["show", "SE"])
        .env("SWLAW_DATA", "")
        .assert()
        .success()
        .stdout(predicate::str::contains("Sweden (SE)"));
    let output = swlaw()
        .args(["list", "--region", "oceania", "--color", "never"])
        .env("COLUMNS", "0")
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("New Zealand"),
        "COLUMNS=0 must not squeeze the table: {text}"
    );
}

#[test]
fn a_users_models_file_keeps_the_default_model() {
    let dir = std::env::temp_dir().join(format!("swlaw-models-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/fixtures/tiny.toml", dir.join("tiny.toml")).unwrap();
    std::fs::write(
        dir.join("models.toml"),
        "[[model]]\nid = \"mine\"\nname = \"Mine\"\nsummary = \"A model of my own.\"\nregime = \"decriminalization\"\nselling = \"legal\"\nbuying = \"legal\"\nsoliciting = \"legal\"\norganizing = \"legal\"\n\n[[model.source]]\nid = \"s\"\ntitle = \"Mine\"\nkind = \"other\"\naccessed = \"2026-11-28\"\n",
    )
    .unwrap();
    let data = dir.to_str().unwrap();
    for args in [
        &["list"][..],
        &["gap", "ZZ"],
        &["gap", "ZZ", "--model", "mine"],
    ] {
        swlaw().args(args).args(["--data", data]).assert().success();
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_are_json_too_when_json_is_asked_for() {
    let output = swlaw()
        .args(["show", "georgia", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert!(output.stdout.is_empty());
    let error: Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(error["schema_version"], swlaw::output::SCHEMA_VERSION);
    assert_eq!(error["error"]["kind"], "ambiguous");
    assert_eq!(error["error"]["code"], 3);
    assert_eq!(error["error"]["candidates"].as_array().unwrap().len(), 2);
    let output = swlaw()
        .args(["show", "swedn", "--format", "json"])
        .output()
        .unwrap();
    let error: Value = serde_json::from_slice(&output.stderr).unwrap();
    assert_eq!(error["error"]["suggestions"][0], "Sweden (SE)");
}

#[test]
fn the_version_names_the_bundled_dataset_and_help_has_examples() {
    swlaw().arg("--version").assert().success().stdout(
        predicate::str::is_match(
            r"bundled dataset \d{4}-\d{2}-\d{2}: \d+ records, reviewed \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}",
        )
        .unwrap(),
    );
    for command in ["show", "list", "compare", "gap", "map", "audit", "timeline"] {
        swlaw()
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:\n  swlaw "));
    }
    swlaw()
        .args(["map", "--width", "300"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("PNG only"));
}

#[test]
fn the_man_page_in_the_repository_matches_the_binary() {
    let output = swlaw().arg("man").output().unwrap();
    assert!(output.status.success());
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(
        page.starts_with(".ie") || page.contains(".TH swlaw"),
        "{page}"
    );
    for command in ["show", "list", "gap", "audit", "pending", "map"] {
        assert!(page.contains(command), "{command}");
    }
    let committed = std::fs::read_to_string("man/swlaw.1").unwrap();
    assert!(
        committed == page,
        "man/swlaw.1 is stale: regenerate with `cargo run -- man > man/swlaw.1`"
    );
}

#[test]
fn at_80_columns_the_list_fits_and_words_stay_whole() {
    let output = swlaw()
        .args(["list", "--region", "western africa", "--color", "never"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    // Short labels, explained below the table.
    assert!(text.contains("crim criminalized"), "{text}");
    let list = json(&["list", "--region", "western africa"]);
    for record in list["jurisdictions"].as_array().unwrap() {
        for word in record["name"].as_str().unwrap().split_whitespace() {
            assert!(text.contains(word), "`{word}` was broken: {text}");
        }
    }
    // Wider terminals keep the full labels.
    swlaw()
        .args(["list", "--region", "western africa", "--color", "never"])
        .env("COLUMNS", "160")
        .assert()
        .stdout(predicate::str::contains("criminalized"))
        .stdout(predicate::str::contains("crim criminalized").not());
}

#[test]
fn the_panel_is_the_list_of_each_year_with_its_provenance() {
    let output = swlaw()
        .args(["panel", "FR", "CH-GE", "--from", "2009", "--to", "2017"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let mut reader = csv::Reader::from_reader(&output.stdout[..]);
    let headers = reader.headers().unwrap().clone();
    for column in [
        "id",
        "year",
        "activity",
        "status",
        "regime",
        "in_history",
        "laws",
        "sources",
        "confidence",
    ] {
        assert!(headers.iter().any(|h| h == column), "{column}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2 * 9 * 4);
    let get = |id: &str, year: &str, activity: &str, column: &str| {
        let index = headers.iter().position(|h| h == column).unwrap();
        rows.iter()
            .find(|r| &r[0] == id && &r[5] == year && &r[6] == activity)
            .map(|r| r[index].to_string())
            .unwrap()
    };
    // As of 31 December, like `list --as-of YEAR`.
    for year in ["2015", "2016"] {
        let list = json(&["list", "--as-of", year]);
        let france = list["jurisdictions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["id"] == "FR")
            .unwrap();
        assert_eq!(
            get("FR", year, "buying", "status"),
            france["status"]["buying"]
        );
    }
    assert_eq!(get("FR", "2016", "buying", "status"), "criminalized");
    assert!(!get("FR", "2016", "buying", "laws").is_empty());
    // Before Geneva's history starts (1 May 2010), nothing is known, and the row says so.
    assert_eq!(get("CH-GE", "2009", "selling", "in_history"), "false");
    assert_eq!(get("CH-GE", "2009", "selling", "status"), "unknown");
    assert_eq!(get("CH-GE", "2010", "selling", "in_history"), "true");
    // Wide: one row per jurisdiction and year.
    let wide = swlaw()
        .args([
            "panel",
            "FR",
            "--from",
            "2015",
            "--to",
            "2016",
            "--wide",
            "--activity",
            "buying",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(wide.stdout).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("buying,buying_sources,dataset_version")
    );
    swlaw()
        .args(["panel", "--from", "2020", "--to", "2019"])
        .assert()
        .code(2);
}

#[test]
fn diff_reports_what_changed_since_an_export() {
    let dir = std::env::temp_dir().join(format!("swlaw-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let export = dir.join("paper.json");
    let out = swlaw()
        .args(["list", "--level", "all", "--format", "json"])
        .output()
        .unwrap();
    std::fs::write(&export, &out.stdout).unwrap();
    let path = export.to_str().unwrap();

    // An export of the data in use differs from it in nothing.
    let same = json(&["diff", path]);
    assert_eq!(same["count"], 0, "{same}");

    // Edit one status in the export: the diff names that record, field and both values.
    let mut edited: Value = serde_json::from_slice(&out.stdout).unwrap();
    let record = edited["jurisdictions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == "NZ")
        .unwrap();
    let current = record["status"]["selling"].as_str().unwrap().to_string();
    record["status"]["selling"] = Value::from("criminalized");
    std::fs::write(&export, serde_json::to_vec(&edited).unwrap()).unwrap();
    let diff = json(&["diff", path]);
    assert_eq!(diff["count"], 1, "{diff}");
    let change = &diff["changes"][0];
    assert_eq!(change["id"], "NZ");
    assert_eq!(change["kind"], "changed");
    assert_eq!(change["field"], "selling");
    assert_eq!(change["old"], "criminalized");
    assert_eq!(change["new"], current.as_str());

    // Asked of the past, the bundled data differs from today's export where the law changed.
    let past = json(&["diff", path, "--as-of", "1995"]);
    assert!(past["count"].as_u64().unwrap() > 1, "{past}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn diff_between_data_files_lists_added_and_removed_records() {
    let ids_of_kind = |old: &str, new: &str, kind: &str| -> Vec<String> {
        let diff = json(&["diff", old, new]);
        diff["changes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["kind"] == kind)
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (tiny, provenance) = ("tests/fixtures/tiny.toml", "tests/fixtures/provenance.toml");
    let added = ids_of_kind(tiny, provenance, "added");
    assert!(!added.is_empty());
    assert_eq!(added, ids_of_kind(provenance, tiny, "removed"));

    swlaw()
        .args(["diff", "no-such-export.json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no-such-export.json"));
}

#[test]
fn json_names_the_dataset_release() {
    let bundled = json(&["show", "SE"]);
    let version = bundled["dataset_version"].as_str().unwrap();
    let release = std::fs::read_to_string("data/VERSION").unwrap();
    assert_eq!(version, release.trim());

    // A dataset of one's own names its release in a VERSION file beside its data, or none.
    let none = json(&["--data", "tests/fixtures/tiny.toml", "list"]);
    assert!(none["dataset_version"].is_null(), "{none}");
    let dir = std::env::temp_dir().join(format!("swlaw-version-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("tests/fixtures/tiny.toml", dir.join("tiny.toml")).unwrap();
    std::fs::write(dir.join("VERSION"), "1.4.0-rc.1\n").unwrap();
    let data = dir.to_str().unwrap();
    let named = json(&["--data", data, "list"]);
    assert_eq!(named["dataset_version"], "1.4.0-rc.1");
    // A diff against an export says which release the export came from.
    let export = dir.join("old.json");
    let out = swlaw()
        .args(["--data", data, "list", "--level", "all", "--format", "json"])
        .output()
        .unwrap();
    std::fs::write(&export, &out.stdout).unwrap();
    let diff = json(&["--data", data, "diff", export.to_str().unwrap()]);
    assert!(
        diff["old"].as_str().unwrap().contains("dataset 1.4.0-rc.1"),
        "{diff}"
    );

    std::fs::write(dir.join("VERSION"), "next week\n").unwrap();
    swlaw()
        .args(["--data", data, "list", "--format", "json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("VERSION:1:1"))
        .stdout(predicate::str::contains("\"dataset_version\": null"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn cite_gives_every_law_in_force_every_source_and_the_dataset() {
    let record = &show("CA", None);
    let cited = json(&["cite", "CA"]);
    let citations = cited["citations"].as_array().unwrap();
    let ids_of = |kind: &str| -> Vec<&str> {
        citations
            .iter()
            .filter(|c| c["kind"] == kind)
            .map(|c| c["id"].as_str().unwrap())
            .collect()
    };
    // Every law not repealed is in force today; every source is cited once.
    let laws = ids_of("law");
    for law in record["laws"].as_array().unwrap() {
        if law["repealed"].is_null() {
            assert!(laws.contains(&law["id"].as_str().unwrap()), "{law}");
        }
    }
    let sources: Vec<&str> = record["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids_of("source"), sources);
    let dataset = citations.last().unwrap();
    assert_eq!(dataset["kind"], "dataset");
    let release = cited["dataset_version"].as_str().unwrap();
    assert!(dataset["text"].as_str().unwrap().contains(release));
    // OSCOLA: no full stop after an abbreviation ("s. 286.1" is cited "s 286.1").
    let purchase = citations
        .iter()
        .find(|c| c["id"] == "pcepa-purchase")
        .unwrap();
    let text = purchase["text"].as_str().unwrap();
    assert!(
        text.contains("s 286.1") && text.ends_with("(Canada)"),
        "{text}"
    );

    // As of 1995 the 2014 purchase offence was not yet law.
    let past = json(&["cite", "CA", "--as-of", "1995"]);
    assert!(
        !past["citations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "pcepa-purchase")
    );
}

#[test]
fn cite_writes_csl_json_and_bibtex_for_reference_managers() {
    let out = swlaw()
        .args(["cite", "SE", "NZ", "--style", "csl-json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let items: Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = items.as_array().unwrap();
    let mut ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    for item in items {
        let kind = item["type"].as_str().unwrap();
        assert!(
            ["legislation", "legal_case", "webpage", "dataset"].contains(&kind),
            "{item}"
        );
        assert!(item["title"].as_str().is_some_and(|t| !t.is_empty()));
    }
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "CSL ids are unique");

    let out = swlaw()
        .args(["cite", "SE", "NZ", "--style", "bibtex"])
        .output()
        .unwrap();
    let bib = String::from_utf8(out.stdout).unwrap();
    // One entry per CSL item, under the same key, with balanced braces.
    assert_eq!(bib.matches("@misc{").count(), count);
    for id in &ids {
        assert!(bib.contains(&format!("@misc{{{id},")), "{id}");
    }
    let depth = bib.chars().fold(0i32, |depth, c| match c {
        '{' => depth + 1,
        '}' => depth - 1,
        _ => depth,
    });
    let escaped = bib.matches("\\{").count() as i32 - bib.matches("\\}").count() as i32;
    assert_eq!(depth - escaped, 0);
}

#[test]
fn export_datapackage_writes_typed_csv_resources() {
    let dir = std::env::temp_dir().join(format!("swlaw-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    swlaw()
        .args(["export", "datapackage", "-o", dir.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("datapackage.json"));
    let package: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("datapackage.json")).unwrap())
            .unwrap();
    let release = std::fs::read_to_string("data/VERSION").unwrap();
    assert_eq!(package["version"], release.trim());
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    let count = json(&["list", "--level", "all"])["count"].as_u64().unwrap() as usize;
    for resource in package["resources"].as_array().unwrap() {
        let text = std::fs::read_to_string(dir.join(resource["path"].as_str().unwrap())).unwrap();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        // The schema describes the columns the file has, in order.
        assert_eq!(header, names, "{}", resource["name"]);
        let rows = lines.count();
        match resource["name"].as_str().unwrap() {
            "jurisdictions" => assert_eq!(rows, count),
            "panel" => {
                let years = (1990..=2026).count(); // at least: the panel runs to this year
                assert!(rows >= count * years * 4, "{rows}");
            }
            _ => assert!(rows > count, "{}: {rows}", resource["name"]),
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn export_sqlite_holds_the_dataset_and_answers_as_the_cli_does() {
    let dir = std::env::temp_dir().join(format!("swlaw-sqlite-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("swlaw.sqlite");
    for _ in 0..2 {
        // A second export replaces the first.
        swlaw()
            .args(["export", "sqlite", "-o", path.to_str().unwrap()])
            .assert()
            .success()
            .stdout(predicate::str::is_empty());
    }
    let db = rusqlite::Connection::open(&path).unwrap();
    let count = |sql: &str| -> i64 { db.query_row(sql, [], |row| row.get(0)).unwrap() };
    let listed = json(&["list", "--level", "all"]);
    assert_eq!(
        count("SELECT count(*) FROM jurisdiction"),
        listed["count"].as_i64().unwrap()
    );
    assert_eq!(
        count("SELECT count(*) FROM status"),
        4 * listed["count"].as_i64().unwrap()
    );
    // The status table says what `list` says, record by record.
    for record in listed["jurisdictions"].as_array().unwrap() {
        let id = record["id"].as_str().unwrap();
        let buying: String = db
            .query_row(
                "SELECT status FROM status WHERE id = ?1 AND activity = 'buying'",
                [id],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(buying, status(record, "buying"), "{id}");
    }
    // The panel agrees with `list --as-of`, and years are integers.
    let past = json(&["list", "--level", "all", "--as-of", "2000"]);
    let sweden = past["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "SE")
        .unwrap();
    let panel: String = db
        .query_row(
            "SELECT status FROM panel WHERE id = 'SE' AND year = 2000 AND activity = 'buying'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(panel, status(sweden, "buying"));
    assert!(count("SELECT count(*) FROM law") > 0 && count("SELECT count(*) FROM history") > 0);
    let version: String = db
        .query_row(
            "SELECT value FROM meta WHERE key = 'dataset_version'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(
        version,
        std::fs::read_to_string("data/VERSION").unwrap().trim()
    );
    drop(db);
    // Nothing is left beside it, and a path that cannot be written fails cleanly.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    swlaw()
        .args(["export", "sqlite", "-o", "/nonexistent-dir/x.sqlite"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/nonexistent-dir/x.sqlite"));
    std::fs::remove_dir_all(&dir).ok();
}
