//! One test per validation rule, each checking where the problem is reported.

use super::diagnostic::LineIndex;
use super::units::{check_all, check_whole, may_be_header, record_pieces, units};
use super::*;
use crate::model::{PartialDate, Regime, Status};
use std::sync::Arc;

fn load(text: &str) -> Result<Dataset, Vec<Diagnostic>> {
    load_texts(&[("test.toml".to_string(), text.to_string())])
}

/// A valid record; each test breaks one rule of it.
pub(super) const VALID: &str = r#"
[[jurisdiction]]
id = "SE"
name = "Sweden"
aliases = ["Sverige"]
region = "Europe"
subregion = "Northern Europe"
confidence = "high"
reviewed = "2026-11-28"

[[jurisdiction.law]]
id = "purchase"
statute = "Penal Code"
section = "6:11"
in_force = "1999-01-01"
punishes = ["buying"]

[[jurisdiction.law]]
id = "procuring"
statute = "Penal Code"
in_force = "1962"
punishes = ["organizing"]

[[jurisdiction.source]]
id = "gov"
title = "Government page"
kind = "government"
url = "https://example.org/se"
accessed = "2026-11-28"

[[jurisdiction.history]]
from = "1990"
regime = "partial"
selling = "legal"
buying = "legal"
soliciting = "legal"
organizing = "criminalized"
sources = ["gov"]

[[jurisdiction.history]]
from = "1999-01-01"
regime = "asymmetric"
buying = "criminalized"
sources = ["gov"]
"#;

fn problems(text: &str) -> Vec<Diagnostic> {
    match load(text) {
        Ok(_) => panic!("expected problems in:\n{text}"),
        Err(problems) => problems,
    }
}

/// Asserts one problem mentions `needle` and sits on the line holding `line_text`.
fn assert_problem(text: &str, needle: &str, line_text: &str) {
    let found = problems(text);
    let line = text
        .lines()
        .position(|l| l.contains(line_text))
        .map(|i| i + 1);
    assert!(
        found
            .iter()
            .any(|p| p.message.contains(needle) && p.line == line),
        "no problem `{needle}` at line {line:?} ({line_text}); got: {found:#?}"
    );
}

#[test]
fn the_valid_record_loads_with_its_history() {
    let dataset = load(VALID).unwrap();
    let sweden = &dataset.jurisdictions[0];
    assert_eq!(sweden.history.len(), 2);
    let states = sweden.states();
    assert_eq!(states[1].regime, Regime::Asymmetric);
    assert_eq!(states[1].activities.organizing, Status::Criminalized);
    let before = sweden.state_on("1989".parse::<PartialDate>().unwrap().last_day());
    assert!(
        before.is_none(),
        "before the history starts nothing is assumed"
    );
}

#[test]
fn unknown_fields_and_values_are_reported_where_they_are() {
    assert_problem(
        &VALID.replace("confidence = \"high\"", "confidence = \"high\"\ncolour = 1"),
        "colour",
        "colour = 1",
    );
    assert_problem(
        &VALID.replace("buying = \"criminalized\"", "buying = \"banned\""),
        "banned",
        "buying = \"banned\"",
    );
    assert_problem(
        &VALID.replace("in_force = \"1962\"", "in_force = \"62\""),
        "invalid date",
        "in_force = \"62\"",
    );
}

#[test]
fn toml_syntax_errors_carry_a_position() {
    let found = problems("[[jurisdiction]]\nid = \"SE\nname = 1\n");
    assert!(
        found[0].line.is_some() && found[0].column.is_some(),
        "{found:?}"
    );
}

#[test]
fn malformed_and_duplicate_ids() {
    assert_problem(
        &VALID.replace("id = \"SE\"", "id = \"se\""),
        "malformed id",
        "id = \"se\"",
    );
    assert_problem(
        &VALID.replace("id = \"SE\"", "id = \"SWE\""),
        "malformed id",
        "id = \"SWE\"",
    );
    let twice = format!(
        "{VALID}{}",
        VALID
            .replace("name = \"Sweden\"", "name = \"Other\"")
            .replace("Sverige", "Other2")
    );
    let found = problems(&twice);
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("duplicate id `SE`")),
        "{found:#?}"
    );
}

#[test]
fn aliases_must_be_unique_but_names_may_be_shared() {
    let other = VALID
        .replace("id = \"SE\"", "id = \"NO\"")
        .replace("aliases = [\"Sverige\"]", "aliases = [\"sverige\"]")
        .replace("name = \"Sweden\"", "name = \"Norway\"");
    let found = problems(&format!("{VALID}{other}"));
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("already used by `SE`")),
        "{found:#?}"
    );
    let same_name = VALID
        .replace("id = \"SE\"", "id = \"NO\"")
        .replace("Sverige", "Norge");
    let dataset = load(&format!("{VALID}{same_name}")).unwrap();
    assert_eq!(dataset.jurisdictions.len(), 2);
}

#[test]
fn parents_must_exist_and_prefix_the_id() {
    let child = VALID
        .replace("id = \"SE\"", "id = \"SE-AB\"\nparent = \"XX\"")
        .replace("name = \"Sweden\"", "name = \"Stockholm\"")
        .replace("Sverige", "Stockholms lan");
    let found = problems(&format!("{VALID}{child}"));
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("parent `XX` does not exist")),
        "{found:#?}"
    );
    let orphan = VALID.replace("id = \"SE\"", "id = \"SE-AB\"");
    assert_problem(&orphan, "has no `parent`", "id = \"SE-AB\"");
}

#[test]
fn varies_needs_subdivisions() {
    let text = VALID.replace(
        "regime = \"asymmetric\"\nbuying = \"criminalized\"",
        "regime = \"varies\"\nbuying = \"varies\"",
    );
    let found = problems(&text);
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("no subdivision records")),
        "{found:#?}"
    );
}

#[test]
fn regime_must_agree_with_statuses() {
    assert_problem(
        &VALID.replace("regime = \"asymmetric\"", "regime = \"decriminalization\""),
        "contradicts",
        "from = \"1999-01-01\"",
    );
    assert_problem(
        &VALID.replace("regime = \"partial\"", "regime = \"criminalization\""),
        "contradicts",
        "from = \"1990\"",
    );
}

#[test]
fn subregion_must_belong_to_region() {
    assert_problem(
        &VALID.replace("region = \"Europe\"", "region = \"Asia\""),
        "belongs to Europe",
        "subregion = ",
    );
}

#[test]
fn statuses_need_sources() {
    let text = VALID.replacen("sources = [\"gov\"]\n", "", 1);
    assert_problem(&text, "cites no source", "from = \"1990\"");
    assert_problem(
        &VALID.replacen("sources = [\"gov\"]", "sources = [\"nope\"]", 1),
        "`nope`",
        "from = \"1990\"",
    );
}

#[test]
fn history_must_be_in_order_and_start_complete() {
    assert_problem(
        &VALID.replace("from = \"1999-01-01\"", "from = \"1985\""),
        "out of order",
        "from = \"1985\"",
    );
    assert_problem(
        &VALID.replace("soliciting = \"legal\"\n", ""),
        "missing: soliciting",
        "from = \"1990\"",
    );
    assert_problem(
        &VALID.replace("[[jurisdiction.history]]", "[[jurisdiction.ignored]]"),
        "ignored",
        "[[jurisdiction.ignored]]",
    );
}

#[test]
fn punished_activities_need_a_law() {
    let text = VALID.replace("punishes = [\"buying\"]", "punishes = [\"advertising\"]");
    assert_problem(&text, "buying is criminalized but no law", "id = \"SE\"");
    assert_problem(
        &VALID.replace("punishes = [\"buying\"]", "punishes = [\"flying\"]"),
        "flying",
        "punishes = [\"flying\"]",
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = VALID
        .replace("region = \"Europe\"", "region = \"Asia\"")
        .replace("regime = \"asymmetric\"", "regime = \"decriminalization\"")
        .replace("url = \"https://example.org/se\"", "url = \"example.org\"");
    assert!(problems(&text).len() >= 3);
}

#[test]
fn sources_need_a_known_kind() {
    assert_problem(
        &VALID.replace("kind = \"government\"\n", ""),
        "missing field `kind`",
        "[[jurisdiction.source]]",
    );
    assert_problem(
        &VALID.replace("kind = \"government\"", "kind = \"blog\""),
        "blog",
        "kind = \"blog\"",
    );
    assert_problem(
        &VALID.replace(
            "kind = \"government\"",
            "kind = \"government\"\ncopy_of = \" \"",
        ),
        "empty `copy_of`",
        "copy_of = ",
    );
}

/// VALID with its one source made secondary and the confidence set.
fn secondary_at(confidence: &str) -> String {
    VALID
        .replace("kind = \"government\"", "kind = \"press\"")
        .replace(
            "confidence = \"high\"",
            &format!("confidence = \"{confidence}\""),
        )
}

#[test]
fn secondary_sources_back_statuses_only_at_low_confidence() {
    assert_problem(
        &secondary_at("medium"),
        "buying is criminalized on secondary sources only (gov [press])",
        "confidence = \"medium\"",
    );
    assert_problem(
        &secondary_at("medium"),
        "`confidence = \"medium\"` needs at least one primary, official or expert source",
        "confidence = \"medium\"",
    );
    assert!(load(&secondary_at("low")).is_ok());
}

#[test]
fn high_confidence_needs_primary_or_official_sources_for_punished_cells() {
    let expert = VALID.replace("kind = \"government\"", "kind = \"ngo\"");
    assert_problem(
        &expert,
        "needs a primary or official source behind buying (criminalized); it has gov [ngo]",
        "confidence = \"high\"",
    );
    let found = problems(&expert);
    assert!(
        !found.iter().any(|p| p.message.contains("behind selling")),
        "an expert source is enough for a legal cell at high: {found:#?}"
    );
    assert!(load(&expert.replace("confidence = \"high\"", "confidence = \"medium\"")).is_ok());
    // A law's own sources count for the status it punishes.
    let with_statute = expert
        .replace(
            "punishes = [\"buying\"]",
            "punishes = [\"buying\"]\nsources = [\"code\"]",
        )
        .replace(
            "punishes = [\"organizing\"]",
            "punishes = [\"organizing\"]\nsources = [\"code\"]",
        )
        + "\n[[jurisdiction.source]]\nid = \"code\"\ntitle = \"Penal Code\"\nkind = \"statute\"\naccessed = \"2026-11-28\"\n";
    assert!(
        load(&with_statute).is_ok(),
        "{:#?}",
        load(&with_statute).err()
    );
}

#[test]
fn provenance_rules_can_be_left_to_the_audit() {
    let files = [("test.toml".to_string(), secondary_at("high"))];
    assert!(load_texts(&files).is_err());
    assert!(load_texts_with(&files, Rules::ExceptProvenance).is_ok());
}

const EVENT: &str = "\n[[jurisdiction.event]]\ndate = \"2024-06-25\"\nkind = \"bill\"\nstage = \"pending\"\nsummary = \"A bill.\"\nsources = [\"gov\"]\n";

#[test]
fn events_are_dated_sourced_and_staged_only_when_bills() {
    let dataset = load(&format!("{VALID}{EVENT}")).unwrap();
    assert_eq!(dataset.jurisdictions[0].events.len(), 1);
    assert_problem(
        &format!("{VALID}{}", EVENT.replace("stage = \"pending\"\n", "")),
        "has no `stage`",
        "date = \"2024-06-25\"",
    );
    assert_problem(
        &format!(
            "{VALID}{}",
            EVENT.replace("kind = \"bill\"", "kind = \"ruling\"")
        ),
        "which only bills have",
        "date = \"2024-06-25\"",
    );
    assert_problem(
        &format!("{VALID}{}", EVENT.replace("[\"gov\"]", "[]")),
        "cites no source",
        "date = \"2024-06-25\"",
    );
    assert_problem(
        &format!("{VALID}{}", EVENT.replace("[\"gov\"]", "[\"nope\"]")),
        "`nope`",
        "date = \"2024-06-25\"",
    );
    assert_problem(
        &format!(
            "{VALID}{}",
            EVENT.replace("stage = \"pending\"", "stage = \"tabled\"")
        ),
        "tabled",
        "stage = \"tabled\"",
    );
}

#[test]
fn a_history_from_the_jurisdictions_creation_is_complete() {
    let text = VALID.replace(
        "reviewed = \"2026-11-28\"",
        "reviewed = \"2026-11-28\"\nestablished = \"1993\"",
    );
    let from_creation = text.replace("from = \"1990\"", "from = \"1993-01-01\"");
    assert!(!load(&from_creation).unwrap().jurisdictions[0].history_is_shallow());
    let later = text.replace("from = \"1990\"", "from = \"1994\"");
    assert!(load(&later).unwrap().jurisdictions[0].history_is_shallow());
    let without = VALID.replace("from = \"1990\"", "from = \"1993-01-01\"");
    assert!(load(&without).unwrap().jurisdictions[0].history_is_shallow());
}

#[test]
fn a_law_that_starts_later_backs_no_current_status() {
    let text = VALID.replace("in_force = \"1999-01-01\"", "in_force = \"2099-01-01\"");
    assert_problem(&text, "buying is criminalized but no law", "id = \"SE\"");
}

#[test]
fn two_entries_cannot_start_on_the_same_day() {
    let text = VALID.replace("from = \"1999-01-01\"", "from = \"1990-01-01\"");
    assert_problem(&text, "out of order", "from = \"1990-01-01\"");
}

#[test]
fn a_regime_alone_still_needs_a_source() {
    let text = format!(
        "{VALID}\n[[jurisdiction.history]]\nfrom = \"2005\"\nregime = \"criminalization\"\nselling = \"criminalized\"\n"
    )
    .replace("\nregime = \"criminalization\"\nselling = \"criminalized\"\n", "\nregime = \"asymmetric\"\n");
    assert_problem(&text, "cites no source", "from = \"2005\"");
}

#[test]
fn dates_are_neither_padded_nor_in_the_future_nor_read_before_written() {
    assert_problem(
        &VALID.replace("in_force = \"1962\"", "in_force = \" 1962\""),
        "invalid date",
        "in_force = \" 1962\"",
    );
    assert_problem(
        &VALID.replace("reviewed = \"2026-11-28\"", "reviewed = \"9999\""),
        "in the future",
        "id = \"SE\"",
    );
    assert_problem(
        &VALID.replace("accessed = \"2026-11-28\"", "accessed = \"9999-01-01\""),
        "in the future",
        "[[jurisdiction.source]]",
    );
    assert_problem(
        &VALID.replace(
            "accessed = \"2026-11-28\"",
            "date = \"2026-12\"\naccessed = \"2026-11-28\"",
        ),
        "after it was accessed",
        "[[jurisdiction.source]]",
    );
}

#[test]
fn text_that_would_act_on_a_terminal_is_refused() {
    for (bad, what) in [
        ("Swe\\u001b[2Jden", "a control character"),
        ("Swe\\u202eden", "a bidirectional control character"),
        ("Swe\\uffffden", "a noncharacter"),
        ("Swe\\nden", "a control character"),
    ] {
        let text = VALID.replace("name = \"Sweden\"", &format!("name = \"{bad}\""));
        assert_problem(&text, what, "name = ");
    }
    let title = VALID.replace("title = \"Government page\"", "title = \"Gov\\u0007\"");
    assert_problem(
        &title,
        "contains a control character",
        "[[jurisdiction.source]]",
    );
    // Notes may have line breaks.
    let notes = VALID.replace(
        "reviewed = \"2026-11-28\"",
        "reviewed = \"2026-11-28\"\nnotes = \"one\\ntwo\"",
    );
    assert!(load(&notes).is_ok());
}

#[test]
fn an_empty_dataset_is_an_error_and_messages_stay_on_one_line() {
    let found = problems("# nothing here\n");
    assert!(found[0].message.contains("empty dataset"), "{found:?}");
    let diagnostic = Diagnostic {
        file: "f.toml".into(),
        line: Some(1),
        column: Some(2),
        message: "a\nb".into(),
    };
    assert_eq!(diagnostic.to_string(), "f.toml:1:2: a\\nb");
}

#[test]
fn unreadable_files_are_reported_with_their_place() {
    let dir = std::env::temp_dir().join(format!("swlaw-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.toml");
    std::fs::write(&file, b"[[jurisdiction]]\nid = \"Z\xffZ\"\n").unwrap();
    let found = load_path(&file).unwrap_err();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].line, found[0].column), (Some(2), Some(8)));
    assert!(found[0].message.contains("UTF-8"));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/nonexistent", dir.join("dangling.toml")).unwrap();
        std::fs::write(dir.join("bad.toml"), VALID).unwrap();
        assert!(load_path(&dir).is_ok(), "a dangling link is skipped");
        let skipped = skipped_entries(&dir);
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert!(skipped[0].contains("dangling.toml"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_wrong_value_in_one_record_hides_no_problem_of_another() {
    let first = VALID.replace("confidence = \"high\"", "confidence = 3");
    let second = VALID
        .replace("id = \"SE\"", "id = \"NO\"")
        .replace("name = \"Sweden\"", "name = \"Norway\"")
        .replace("Sverige", "Norge")
        .replace("in_force = \"1962\"", "in_force = \"sixties\"");
    let text = format!("{first}{second}");
    let found = problems(&text);
    let line = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    assert!(
        found.iter().any(|p| p.line == line("confidence = 3")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.line == line("in_force = \"sixties\"")),
        "{found:#?}"
    );
}

#[test]
fn dataset_versions_are_dates_or_semantic_versions() {
    for good in ["2026-12-01", "1.2.0", "0.10.3-rc.1"] {
        assert!(super::is_version(good), "{good}");
    }
    for bad in [
        "",
        "2026",
        "2026-13-01",
        "2026-1-01",
        "1.2",
        "v1.2.0",
        "1.2.0-",
        "next week",
    ] {
        assert!(!super::is_version(bad), "{bad}");
    }
}

/// Asserts that Norway, given twice, is reported as a duplicate naming the line of its first id.
fn assert_duplicate_names_first_line(twice: &str) {
    let found = problems(twice);
    let first_line = twice.lines().position(|l| l == "id = \"NO\"").unwrap() + 1;
    let expected = format!("first defined at test.toml:{first_line}");
    assert!(
        found.iter().any(|p| p.message.contains(&expected)),
        "{found:#?}"
    );
}

/// VALID as the `n`th record of a file: its own id, name and alias.
fn valid_record(n: usize) -> String {
    VALID
        .replace(
            "id = \"SE\"",
            &format!("id = \"{}\"", ["SE", "NO", "DK", "FI"][n]),
        )
        .replace("name = \"Sweden\"", &format!("name = \"Land {n}\""))
        .replace("\"Sverige\"", &format!("\"Alias {n}\""))
}

#[test]
fn a_file_parsed_record_by_record_places_problems_as_a_whole_file() {
    let mut text: String = (1..=3).map(valid_record).collect();
    assert!(record_pieces(&text).is_some_and(|pieces| pieces.len() == 3));
    // A problem found while parsing (a wrong value) and one found by the checker (a date in the
    // future), both in records past the first piece: lines and columns count from the file's
    // start.
    let second = text.find("id = \"DK\"").unwrap();
    text.replace_range(
        second..,
        &text[second..].replacen("reviewed = \"2026-11-28\"", "reviewed = \"9999\"", 1),
    );
    let third = text.find("id = \"FI\"").unwrap();
    text.replace_range(
        third..,
        &text[third..].replacen("selling = \"legal\"", "selling = \"lawful\"", 1),
    );
    let found = problems(&text);
    let line_of = |needle: &str, after: usize| {
        Some(
            text[..after + text[after..].find(needle).unwrap()]
                .lines()
                .count()
                + 1,
        )
    };
    assert!(
        found
            .iter()
            .any(|p| p.message.contains("in the future") && p.line == line_of("id = \"DK\"", 0)),
        "{found:#?}"
    );
    let wrong_value = found
        .iter()
        .find(|p| p.message.contains("lawful"))
        .expect("the wrong status is reported");
    assert_eq!(wrong_value.line, line_of("selling = \"lawful\"", third));
    assert_eq!(wrong_value.column, Some(11));
    // A duplicate across pieces names the first record's line.
    let twice = format!(
        "{}{}",
        valid_record(1),
        valid_record(1)
            .replace("Land 1", "Other")
            .replace("Alias 1", "Other alias")
    );
    assert_duplicate_names_first_line(&twice);
}

#[test]
fn a_record_line_inside_a_string_or_another_table_after_the_records_means_a_whole_parse() {
    // The header line inside a note would cut the note in two: the file is parsed whole and the
    // note keeps the line.
    let note =
        "notes = \"\"\"\nA line that looks like a header:\n[[jurisdiction]]\nand more.\n\"\"\"\n";
    let text = format!(
        "{}{}",
        valid_record(1).replacen(
            "reviewed = \"2026-11-28\"\n",
            &format!("reviewed = \"2026-11-28\"\n{note}"),
            1
        ),
        valid_record(2)
    );
    let dataset = load(&text).unwrap();
    assert_eq!(dataset.jurisdictions.len(), 2);
    let first = dataset.jurisdictions.iter().find(|j| j.id == "NO").unwrap();
    let notes = first.notes.as_deref().unwrap_or_default();
    assert!(notes.contains("[[jurisdiction]]\nand more."), "{notes}");
    // A model after the records is read, and a syntax error in the last record is reported at
    // its line.
    let model = "[[model]]\nid = \"m\"\nname = \"M\"\nregime = \"decriminalization\"\nselling = \"legal\"\nbuying = \"legal\"\nsoliciting = \"legal\"\norganizing = \"legal\"\nsummary = \"s\"\nsources = []\n";
    let text = format!("{}{}{model}", valid_record(1), valid_record(2));
    assert_eq!(record_pieces(&text), None);
    let broken = format!(
        "{}{}{}",
        valid_record(1),
        valid_record(2),
        valid_record(3).replacen("name = \"Land 3\"", "name = \"Land 3", 1)
    );
    let line = broken.lines().position(|l| l == "name = \"Land 3").unwrap() + 1;
    assert!(
        problems(&broken).iter().any(|p| p.line == Some(line)),
        "{:#?}",
        problems(&broken)
    );
}

#[test]
fn the_bundled_files_read_record_by_record_equal_the_files_read_whole() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let mut compared = 0;
    for path in data_files(&data).unwrap() {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        if record_pieces(&text).is_none() {
            continue;
        }
        let file = [(name.clone(), text.clone())];
        let mut pieced = check_all(Rules::All, &file);
        let pieced = pieced.remove(0);
        let whole = check_whole(Rules::All, &name, &text, Arc::new(LineIndex::new(&text)));
        assert_eq!(pieced.records, whole.records, "{name}");
        assert_eq!(pieced.problems, whole.problems, "{name}");
        assert_eq!(pieced.claims.len(), whole.claims.len(), "{name}");
        compared += 1;
    }
    // The regional files (all but the models') are read record by record.
    assert!(compared >= 6, "only {compared} files read record by record");
}

#[test]
fn every_table_header_is_seen_as_one_and_lines_of_notes_are_not() {
    for header in [
        "[[model]]",
        "[x]",
        "[[jurisdiction]] # the next record",
        "[ a . b ]",
        "[\"quoted/key\"]",
        "['it''s']",
        "[[model]]#",
    ] {
        assert!(may_be_header(header), "{header}");
    }
    for note in [
        "[10/89] amendment note",
        "[C97, s. 4943; C24-C39]",
        "[sic] and so on",
        "[",
    ] {
        assert!(!may_be_header(note), "{note}");
    }
}

#[test]
fn a_large_file_spread_over_threads_reads_as_one() {
    // Records of 40 KB each: the file is cut into several units, checked on several threads.
    let padded = |n: usize| {
        let note = format!(
            "notes = \"\"\"\n{}\"\"\"\n",
            "Forty bytes of notes, line after line.\n".repeat(1000)
        );
        valid_record(n).replacen(
            "reviewed = \"2026-11-28\"\n",
            &format!("reviewed = \"2026-11-28\"\n{note}"),
            1,
        )
    };
    let text: String = (0..4).map(padded).collect();
    assert!(units(&[("test.toml".into(), text.clone())]).len() > 1);
    let dataset = load(&text).unwrap();
    assert_eq!(dataset.jurisdictions.len(), 4);
    // A syntax error in the last unit: the file is parsed whole and the error placed in it.
    let broken = text.replacen("name = \"Land 3\"", "name = \"Land 3", 1);
    let line = broken.lines().position(|l| l == "name = \"Land 3").unwrap() + 1;
    let found = problems(&broken);
    assert!(found.iter().any(|p| p.line == Some(line)), "{found:#?}");
    // A duplicate across units names the first record's line.
    let twice = format!(
        "{}{}{}",
        padded(1),
        padded(2),
        padded(1)
            .replace("Land 1", "Other")
            .replace("Alias 1", "Other alias")
    );
    assert_duplicate_names_first_line(&twice);
}

#[test]
fn a_page_that_is_no_evidence_never_backs_a_status() {
    let mirror = VALID.replace("https://example.org/se", "https://docslib.org/doc/123/se");
    assert_problem(
        &mirror,
        "source `gov` was read on docslib.org",
        "confidence = ",
    );
    let marketing = VALID.replace(
        "punishes = [\"buying\"]",
        "punishes = [\"buying\"]\nurl = \"https://www.shouselaw.com/se/purchase\"",
    );
    assert_problem(
        &marketing,
        "law `purchase` links to www.shouselaw.com",
        "confidence = ",
    );
    // A copy on a document-sharing site is a copy, not a breach; a page no status cites is a lead.
    let copy = VALID.replace(
        "https://example.org/se",
        "https://www.scribd.com/document/1/se",
    );
    assert!(load(&copy).is_ok());
    let lead = VALID.replace(
        "[[jurisdiction.history]]\nfrom = \"1990\"",
        "[[jurisdiction.source]]\nid = \"lead\"\ntitle = \"A lead\"\nkind = \"other\"\nurl = \"https://docslib.org/doc/9\"\naccessed = \"2026-11-28\"\n\n[[jurisdiction.history]]\nfrom = \"1990\"",
    );
    assert!(load(&lead).is_ok(), "{:#?}", load(&lead).err());
}

#[test]
fn a_status_stated_again_is_confirmed_not_started_again() {
    use crate::model::{Activity, Topic};
    let text = VALID.replace(
        "[[jurisdiction.history]]\nfrom = \"1990\"",
        "[[jurisdiction.source]]\nid = \"evaluation\"\ntitle = \"Evaluation\"\nkind = \"government\"\nurl = \"https://example.org/eval\"\naccessed = \"2026-11-28\"\n\n[[jurisdiction.history]]\nfrom = \"1990\"",
    ) + "\n[[jurisdiction.history]]\nfrom = \"2010\"\nselling = \"legal\"\nsources = [\"evaluation\"]\n";
    let dataset = load(&text).unwrap();
    let sweden = &dataset.jurisdictions[0];
    let day = "2015".parse::<PartialDate>().unwrap().last_day();
    let selling = Topic::Activity(Activity::Selling);
    // Selling has been legal since 1990; the 2010 entry confirms it with its own source.
    assert_eq!(sweden.change_setting(selling, day).unwrap().from.year, 1990);
    let cited: Vec<&str> = sweden
        .provenance(selling, day)
        .sources
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(cited, ["gov", "evaluation"]);
    // Buying changed in 1999 and nothing restated it: since 1999, its own sources only.
    let buying = Topic::Activity(Activity::Buying);
    assert_eq!(sweden.change_setting(buying, day).unwrap().from.year, 1999);
    // A value that comes back after another one starts again.
    let back = text.replace(
        "from = \"2010\"\nselling = \"legal\"",
        "from = \"2005\"\nregime = \"criminalization\"\nselling = \"criminalized\"\nsoliciting = \"criminalized\"\nsources = [\"gov\"]\n\n[[jurisdiction.history]]\nfrom = \"2010\"\nregime = \"asymmetric\"\nselling = \"legal\"\nsoliciting = \"legal\"",
    );
    let dataset = load(&back).unwrap();
    assert_eq!(
        dataset.jurisdictions[0]
            .change_setting(selling, day)
            .unwrap()
            .from
            .year,
        2010
    );
}
