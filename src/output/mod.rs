//! What a command prints: its typed result, rendered in any format.
//!
//! A command returns a value that implements [`Present`]: blocks for people (titles, fields,
//! tables, text), one main table for CSV, and its own serde shape for JSON. Each format is one
//! small renderer writing to `&mut dyn Write`, and each builds only what it prints.

mod csv;
pub mod html;
mod json;
mod json_writer;
pub(crate) use json::Envelope;
mod markdown;
pub mod safe;
mod table;

use crate::cli::Format;
use crate::model::{PartialDate, Regime, Status};
use std::io::{self, Write};

/// The version of the JSON output's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// How a cell is colored on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Status(Status),
    Regime(Regime),
    /// Secondary text: citations, dates.
    Dim,
    /// Something that needs attention: a deviation from a model.
    Alert,
    Good,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            tone: Tone::Plain,
        }
    }

    pub fn toned(text: impl Into<String>, tone: Tone) -> Cell {
        Cell {
            text: text.into(),
            tone,
        }
    }

    pub fn status(status: Status) -> Cell {
        Cell::toned(status.as_str(), Tone::Status(status))
    }

    pub fn regime(regime: Regime) -> Cell {
        Cell::toned(regime.as_str(), Tone::Regime(regime))
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::plain(text)
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::plain(text)
    }
}

/// A date as a cell; a date the record does not give is an empty cell.
impl From<Option<PartialDate>> for Cell {
    fn from(date: Option<PartialDate>) -> Cell {
        Cell::plain(date.map(|d| d.to_string()).unwrap_or_default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Subtitle(String),
    Fields(Vec<(String, Cell)>),
    Table(Table),
    Text(String),
    /// Web addresses, one per line and never broken: a table cell would split them.
    Links(Vec<Link>),
}

/// A web address and what it is the address of (a source's or law's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A command's result, as each format shows it. `Serialize` is the JSON shape.
pub trait Present: serde::Serialize {
    /// What people read: the table and Markdown formats.
    fn blocks(&self) -> Vec<Block>;

    /// The main table, with a header row: the CSV format.
    fn csv(&self) -> Table;

    /// The exit code that goes with the result (a filter that selects nothing exits 1).
    fn exit_code(&self) -> u8 {
        crate::error::exit::OK
    }
}

/// How tables are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    /// The terminal's width, where stdout is one.
    pub width: Option<u16>,
    /// Whether stdout is a terminal (a map is not written to one).
    pub terminal: bool,
}

/// A table as CSV, for files that are not a command's answer (the Data Package's resources).
pub fn write_csv(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    csv::render(table, None, out)
}

pub fn render<T: Present + ?Sized>(
    result: &T,
    format: Format,
    style: Style,
    dataset_version: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(&result.blocks(), style, out),
        Format::Markdown => markdown::render(&result.blocks(), out),
        Format::Csv => csv::render(&result.csv(), dataset_version, out),
        Format::Json => json::render(result, dataset_version, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Sample {
        items: Vec<u8>,
    }

    impl Sample {
        fn table() -> Table {
            let mut table = Table::new(&["id", "selling"]);
            table.row(vec![Cell::plain("SE"), Cell::status(Status::Legal)]);
            table.row(vec![
                Cell::plain("A|B, \"C\""),
                Cell::status(Status::Criminalized),
            ]);
            table
        }
    }

    impl Present for Sample {
        fn blocks(&self) -> Vec<Block> {
            vec![
                Block::Title("Sample".into()),
                Block::Fields(vec![("regime".into(), Cell::regime(Regime::Asymmetric))]),
                Block::Table(Sample::table()),
                Block::Text("Some notes.".into()),
            ]
        }

        fn csv(&self) -> Table {
            Sample::table()
        }
    }

    fn sample() -> Sample {
        Sample { items: vec![1, 2] }
    }

    fn rendered(format: Format, color: bool) -> String {
        let mut out = Vec::new();
        let style = Style {
            terminal: false,
            color,
            width: Some(80),
        };
        render(&sample(), format, style, Some("2026-12-01"), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_and_has_a_header() {
        let csv = rendered(Format::Csv, false);
        assert_eq!(
            csv,
            "id,selling,dataset_version\nSE,legal,2026-12-01\n\"A|B, \"\"C\"\"\",criminalized,2026-12-01\n"
        );
    }

    #[test]
    fn csv_without_a_release_has_no_version_column() {
        let mut out = Vec::new();
        csv::render(&sample().csv(), None, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().starts_with("id,selling\n"));
    }

    #[test]
    fn json_carries_the_schema_version() {
        let json: serde_json::Value = serde_json::from_str(&rendered(Format::Json, false)).unwrap();
        assert_eq!(json["schema_version"], SCHEMA_VERSION);
        assert_eq!(json["dataset_version"], "2026-12-01");
        assert_eq!(json["items"][1], 2);
    }

    #[test]
    fn markdown_escapes_pipes() {
        let md = rendered(Format::Markdown, false);
        assert!(md.contains("| id | selling |"), "{md}");
        assert!(md.contains("A\\|B"), "{md}");
        assert!(md.starts_with("## Sample"), "{md}");
    }

    #[test]
    fn color_only_when_asked() {
        assert!(!rendered(Format::Table, false).contains('\u{1b}'));
        assert!(rendered(Format::Table, true).contains('\u{1b}'));
    }
}
