//! A quick reader for the TOML the dataset is written in: arrays of tables (`[[jurisdiction]]`,
//! `[[jurisdiction.law]]`), bare keys, strings of the four kinds, string arrays, integers and
//! booleans. It reads a well-formed file of that shape in one pass, borrowing every string that
//! has no escape, and hands serde the same values and spans as the `toml` crate would.
//!
//! Why: the general parser (lexer, events, a tree of decoded values, then serde) was 60% of the
//! time of `swlaw validate` and of every `--data` command. This reader only answers when it is
//! sure: anything outside that shape, anything malformed, and any value serde rejects make it
//! give up, and the file is read again by the `toml` crate, so every message and every span of a
//! problem still comes from there. A property test checks that whatever it accepts, `toml`
//! reads the same.

mod de;
mod reader;

use super::ParsedFile;
use super::raw::{RawJurisdiction, RawModel};
use reader::Reader;
use serde::Deserialize;
use std::borrow::Cow;
use std::ops::Range;
use toml::Spanned;

/// Parses and deserializes `text`, or `None` where the `toml` crate must answer instead.
pub(super) fn parse_file(text: &str) -> Option<ParsedFile> {
    let root = Reader::new(text).document()?;
    let mut parsed = ParsedFile {
        records: Vec::new(),
        models: Vec::new(),
        problems: Vec::new(),
        well_formed: true,
    };
    for (key, item) in root {
        let Value::Tables(tables) = item.value else {
            return None;
        };
        for table in tables {
            let span = table.span.clone();
            match key {
                "jurisdiction" => {
                    let raw = RawJurisdiction::deserialize(table).ok()?;
                    parsed.records.push(Spanned::new(span, raw));
                }
                "model" => {
                    let raw = RawModel::deserialize(table).ok()?;
                    parsed.models.push(Spanned::new(span, raw));
                }
                _ => return None,
            }
        }
    }
    Some(parsed)
}

/// A value with the span of its text (for a table of an array of tables: its header).
struct Item<'a> {
    value: Value<'a>,
    span: Range<usize>,
}

enum Value<'a> {
    String(Cow<'a, str>),
    Integer(i64),
    Boolean(bool),
    Array(Vec<Item<'a>>),
    /// A table opened by a header: its keys in the order written.
    Table(Table<'a>),
    /// An array of tables (`[[name]]`), each with its header's span.
    Tables(Vec<Item<'a>>),
}

type Table<'a> = Vec<(&'a str, Item<'a>)>;

#[cfg(test)]
mod tests {
    use super::super::parse_file_with_toml;
    use super::*;

    fn same_as_toml(text: &str) {
        let quick = parse_file(text).unwrap_or_else(|| panic!("declined:\n{text}"));
        let general = parse_file_with_toml(text);
        assert!(general.problems.is_empty(), "{:?}", general.problems);
        assert_eq!(format!("{quick:?}"), format!("{general:?}"), "in\n{text}");
    }

    const RECORD: &str = "[[jurisdiction]]\nid = \"XX\"\nname = \"Test\"\nregion = \"Europe\"\n\
        subregion = \"Northern Europe\"\nconfidence = \"low\"\nreviewed = \"2026-12-02\"\n";

    #[test]
    fn every_bundled_file_is_read_quickly_and_the_same_as_by_toml() {
        for (name, text) in [
            ("africa", include_str!("../../../../../data/africa.toml")),
            (
                "americas",
                include_str!("../../../../../data/americas.toml"),
            ),
            ("asia", include_str!("../../../../../data/asia.toml")),
            ("europe", include_str!("../../../../../data/europe.toml")),
            ("oceania", include_str!("../../../../../data/oceania.toml")),
            (
                "united-states",
                include_str!("../../../../../data/united-states.toml"),
            ),
            ("models", include_str!("../../../../../data/models.toml")),
        ] {
            let quick = parse_file(text).unwrap_or_else(|| panic!("{name} declined"));
            let general = parse_file_with_toml(text);
            assert_eq!(format!("{quick:?}"), format!("{general:?}"), "{name}");
        }
    }

    #[test]
    fn strings_of_every_kind_decode_as_toml_decodes_them() {
        for notes in [
            r#""plain""#,
            r#""tab\tquote\" backslash\\ \u00e9 \U0001F600 \b\f\n\r""#,
            r#"'literal \n stays'"#,
            "\"\"\"\nfirst newline trimmed \\\n   joined\nkept \"quotes\" \"\"\"",
            "\"\"\"ends with quotes\"\"\"\"\"",
            "\"\"\"\\  \n  backslash, spaces, newline\"\"\"",
            "'''\nliteral ''two'' quotes'''''",
            "\"\"\"\"\"\"",
            "''''''",
            "\"ünïcödé — “quotes”\"",
        ] {
            same_as_toml(&format!("{RECORD}notes = {notes}\n"));
        }
    }

    #[test]
    fn arrays_integers_comments_and_nested_tables_read_as_toml_reads_them() {
        same_as_toml(&format!(
            "# a file comment\n\n{RECORD}aliases = [ \"a\", # one\n  'b',\n\n  \"c\", ] # end\n\
             subdivision_count = 32\n\n[[jurisdiction.source]]\nid = \"s\"\ntitle = \"T\"\n\
             kind = \"statute\"\naccessed = \"2026-12-01\"\n\n[[jurisdiction.history]]\n\
             from = \"1990\"\nregime = \"criminalization\"\nselling = \"criminalized\"\n\
             buying = \"legal\"\nsoliciting = \"legal\"\norganizing = \"legal\"\n\
             sources = []\n\n{}",
            RECORD.replace("XX", "YY")
        ));
    }

    #[test]
    fn anything_outside_the_shape_is_left_to_toml() {
        for extra in [
            "notes = { a = 1 }",
            "notes.part = \"x\"",
            "\"notes\" = \"x\"",
            "reviewed = 2026-12-02",
            "subdivision_count = 1_000",
            "subdivision_count = 0x10",
            "subdivision_count = 012",
            "subdivision_count = 1.5",
            "notes = \"\\e escape of TOML 1.1\"",
            "notes = \"\\ud800\"",
            "notes = \"unterminated",
            "notes = \"control \u{1} character\"",
            "notes = \"x\" trailing",
            "name = \"duplicate key\"",
            "[jurisdiction.law]",
            "[[ jurisdiction ]]",
            "[[jurisdiction.law.deeper]]",
            "colour = true",
        ] {
            let text = format!("{RECORD}{extra}\n");
            assert!(parse_file(&text).is_none(), "accepted:\n{text}");
        }
        assert!(parse_file(&RECORD.replace('\n', "\r\n")).is_none());
        assert!(parse_file(&format!("id = \"root key\"\n{RECORD}")).is_none());
        assert!(parse_file(&format!("[[jurisdiction.law]]\nid = \"l\"\n{RECORD}")).is_none());
    }
}
