//! `swlaw cite`: ready citations of the laws behind a record, of the documents it rests on, and
//! of the dataset itself, in a legal style (OSCOLA, Bluebook) or a reference manager's format
//! (CSL-JSON, BibTeX).

use crate::model::{Day, Jurisdiction, Law, PartialDate, Source, SourceKind};
use crate::output::{Block, Present, Table};
use serde::Serialize;
use serde_json::{Value, json};

/// The dataset's title and authors, as CITATION.cff gives them (a test keeps the two equal).
pub const DATASET_TITLE: &str =
    "swlaw: how the law treats adult consensual sex work in every jurisdiction";
pub const DATASET_AUTHOR: &str = "swlaw contributors";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Style {
    /// Oxford University Standard for the Citation of Legal Authorities (4th ed.)
    Oscola,
    /// The Bluebook (foreign jurisdictions named in full, not by table T.10's abbreviations)
    Bluebook,
    /// CSL-JSON items, for Zotero, Pandoc and citeproc
    CslJson,
    /// BibTeX entries
    Bibtex,
}

impl Style {
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Oscola => "oscola",
            Style::Bluebook => "bluebook",
            Style::CslJson => "csl-json",
            Style::Bibtex => "bibtex",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Cited {
    Law,
    Source,
    Dataset,
}

impl Cited {
    fn as_str(self) -> &'static str {
        match self {
            Cited::Law => "law",
            Cited::Source => "source",
            Cited::Dataset => "dataset",
        }
    }
}

/// One citation in a legal style.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Citation {
    /// The jurisdiction's id; `null` for the dataset.
    pub jurisdiction: Option<String>,
    /// The jurisdiction's name; `null` for the dataset.
    pub name: Option<String>,
    pub kind: Cited,
    /// The law's or source's id in the record.
    pub id: String,
    pub text: String,
}

/// The citations of a `cite` in OSCOLA or Bluebook.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Citations {
    pub style: &'static str,
    pub as_of: String,
    pub citations: Vec<Citation>,
}

/// One thing a record is cited for.
enum Work<'a> {
    Law(&'a Law),
    Source(&'a Source),
}

/// What every style cites for each record, in order: its laws in force on `day`, then every
/// document it lists.
fn works<'a>(records: &[&'a Jurisdiction], day: Day) -> Vec<(&'a Jurisdiction, Work<'a>)> {
    records
        .iter()
        .flat_map(|&record| {
            let laws = record.laws.iter().filter(move |law| law.in_force_on(day));
            let sources = record.sources.iter().map(Work::Source);
            laws.map(Work::Law)
                .chain(sources)
                .map(move |work| (record, work))
        })
        .collect()
}

/// The laws in force on `day` and every source of each record, then the dataset.
pub fn legal(
    records: &[&Jurisdiction],
    style: Style,
    day: Day,
    dataset_version: Option<&str>,
) -> Citations {
    let mut citations = Vec::new();
    for (record, work) in works(records, day) {
        let (kind, id, text) = match work {
            Work::Law(law) => (Cited::Law, &law.id, law_text(law, record, style)),
            Work::Source(source) => (Cited::Source, &source.id, source_text(source, style)),
        };
        citations.push(Citation {
            jurisdiction: Some(record.id.clone()),
            name: Some(record.name.clone()),
            kind,
            id: id.clone(),
            text,
        });
    }
    citations.push(Citation {
        jurisdiction: None,
        name: None,
        kind: Cited::Dataset,
        id: "swlaw".into(),
        text: dataset_text(style, dataset_version),
    });
    Citations {
        style: style.as_str(),
        as_of: day.to_string(),
        citations,
    }
}

/// OSCOLA cites foreign legislation as its own jurisdiction does, without full stops in
/// abbreviations; the jurisdiction follows in brackets so a reader knows whose law it is.
fn law_text(law: &Law, record: &Jurisdiction, style: Style) -> String {
    match style {
        Style::Bluebook => {
            let section = law
                .section
                .as_deref()
                .map(|s| format!(", {s}"))
                .unwrap_or_default();
            format!("{}{section} ({})", law.statute, record.name)
        }
        _ => {
            let section = law
                .section
                .as_deref()
                .map(|s| format!(", {}", without_full_stops(s)))
                .unwrap_or_default();
            format!(
                "{}{section} ({})",
                without_full_stops(&law.statute),
                record.name
            )
        }
    }
}

fn source_text(source: &Source, style: Style) -> String {
    let bluebook = style == Style::Bluebook;
    let mut text = source
        .publisher
        .as_deref()
        .map(|publisher| format!("{publisher}, "))
        .unwrap_or_default();
    if bluebook {
        text.push_str(&source.title);
    } else {
        text.push_str(&format!("‘{}’", source.title));
    }
    if let Some(date) = source.date {
        text.push_str(&format!(" ({})", long_date(date, style)));
    }
    if let Some(url) = &source.url {
        let accessed = long_date(source.accessed, style);
        if bluebook {
            text.push_str(&format!(", {url} (last visited {accessed})"));
        } else {
            text.push_str(&format!(" <{url}> accessed {accessed}"));
        }
    }
    text
}

fn dataset_text(style: Style, version: Option<&str>) -> String {
    let release = version
        .map(|v| format!(", release {v}"))
        .unwrap_or_default();
    match style {
        Style::Bluebook => format!("{DATASET_AUTHOR}, {DATASET_TITLE} (dataset{release})"),
        _ => format!("{DATASET_AUTHOR}, ‘{DATASET_TITLE}’ (dataset{release})"),
    }
}

/// "s. 213(1)" → "s 213(1)", "R.S.C." → "RSC": a full stop after a letter goes, one between
/// digits ("s. 286.1") stays.
fn without_full_stops(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| c != '.' || i == 0 || !chars[i - 1].is_alphabetic())
        .map(|(_, &c)| c)
        .collect()
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "28 November 2026" (OSCOLA) or "Nov. 28, 2026" (Bluebook), as precise as the date is.
fn long_date(date: PartialDate, style: Style) -> String {
    let month = date
        .month
        .and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1)));
    match (style, month, date.day) {
        (Style::Bluebook, Some(month), Some(day)) => {
            format!("{} {day}, {}", bluebook_month(month), date.year)
        }
        (Style::Bluebook, Some(month), None) => format!("{} {}", bluebook_month(month), date.year),
        (_, Some(month), Some(day)) => format!("{day} {month} {}", date.year),
        (_, Some(month), None) => format!("{month} {}", date.year),
        (_, None, _) => date.year.to_string(),
    }
}

/// Bluebook table T.12: months of more than four letters are abbreviated.
fn bluebook_month(month: &str) -> String {
    match month {
        "May" | "June" | "July" => month.to_string(),
        "September" => "Sept.".to_string(),
        _ => format!("{}.", &month[..3]),
    }
}

impl Present for Citations {
    fn blocks(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut current: Option<&Option<String>> = None;
        for citation in &self.citations {
            if current != Some(&citation.jurisdiction) {
                let title = match (&citation.name, &citation.jurisdiction) {
                    (Some(name), Some(id)) => format!("{name} ({id})"),
                    _ => "The dataset".to_string(),
                };
                blocks.push(Block::Subtitle(title));
                current = Some(&citation.jurisdiction);
            }
            blocks.push(Block::Text(citation.text.clone()));
        }
        blocks
    }

    fn csv(&self) -> Table {
        let mut table = Table::new(&["jurisdiction", "kind", "id", "citation"]);
        for c in &self.citations {
            table.row(vec![
                c.jurisdiction.clone().unwrap_or_default().into(),
                c.kind.as_str().into(),
                c.id.as_str().into(),
                c.text.as_str().into(),
            ]);
        }
        table
    }
}

/// CSL-JSON's date: as many parts as the date has.
fn csl_date(date: PartialDate) -> Value {
    let mut parts = vec![u32::from(date.year)];
    if let Some(month) = date.month {
        parts.push(u32::from(month));
        if let Some(day) = date.day {
            parts.push(u32::from(day));
        }
    }
    json!({ "date-parts": [parts] })
}

/// CSL-JSON items (ids as the BibTeX keys): each law in force as `legislation`, each source as `legislation` (a statute
/// or gazette), `legal_case` (a judgment) or `webpage`, and the dataset.
pub fn csl_json(records: &[&Jurisdiction], day: Day, dataset_version: Option<&str>) -> Value {
    let mut items = Vec::new();
    for (record, work) in works(records, day) {
        match work {
            Work::Law(law) => {
                let mut item = json!({
                    "id": law_key(record, law),
                    "type": "legislation",
                    "title": law.statute,
                    "jurisdiction": record.name,
                    // The date swlaw knows is when the provision took effect, not when it was enacted.
                    "note": format!("in force from {}", law.in_force),
                });
                if let Some(section) = &law.section {
                    item["section"] = json!(section);
                }
                if let Some(url) = &law.url {
                    item["URL"] = json!(url);
                }
                items.push(item);
            }
            Work::Source(source) => {
                let kind = match source.kind {
                    SourceKind::Statute | SourceKind::Gazette => "legislation",
                    SourceKind::Court => "legal_case",
                    _ => "webpage",
                };
                let mut item = json!({
                    "id": source_key(record, source),
                    "type": kind,
                    "title": source.title,
                    "accessed": csl_date(source.accessed),
                });
                if let Some(publisher) = &source.publisher {
                    item["publisher"] = json!(publisher);
                }
                if let Some(url) = &source.url {
                    item["URL"] = json!(url);
                }
                if let Some(date) = source.date {
                    item["issued"] = csl_date(date);
                }
                items.push(item);
            }
        }
    }
    let mut dataset = json!({
        "id": "swlaw",
        "type": "dataset",
        "title": DATASET_TITLE,
        "author": [{ "literal": DATASET_AUTHOR }],
    });
    if let Some(version) = dataset_version {
        dataset["version"] = json!(version);
    }
    items.push(dataset);
    Value::Array(items)
}

/// BibTeX's special characters, escaped so that a title cannot break its entry.
fn bibtex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            c => out.push(c),
        }
    }
    out
}

/// A BibTeX key: letters, digits and hyphens only.
fn bibtex_key(parts: &[&str]) -> String {
    parts
        .join("-")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// Keys unique across records, and between a record's laws and sources (whose ids may meet).
fn law_key(record: &Jurisdiction, law: &Law) -> String {
    bibtex_key(&[&record.id, "law", &law.id])
}

fn source_key(record: &Jurisdiction, source: &Source) -> String {
    bibtex_key(&[&record.id, "source", &source.id])
}

fn bibtex_entry(key: &str, fields: &[(&str, String)]) -> String {
    let mut entry = format!("@misc{{{key},\n");
    for (name, value) in fields {
        entry.push_str(&format!("  {name} = {{{value}}},\n"));
    }
    entry.push_str("}\n");
    entry
}

/// BibTeX `@misc` entries (the type every BibTeX style knows), the URL in `howpublished`.
pub fn bibtex(records: &[&Jurisdiction], day: Day, dataset_version: Option<&str>) -> String {
    let mut entries = Vec::new();
    let url_field = |url: &str| format!("\\url{{{}}}", bibtex_escape(url).replace("\\_", "_"));
    for (record, work) in works(records, day) {
        match work {
            Work::Law(law) => {
                let note = format!(
                    "{}; in force from {}",
                    law_text(law, record, Style::Oscola),
                    law.in_force
                );
                let mut fields = vec![
                    ("title", bibtex_escape(&law.statute)),
                    ("note", bibtex_escape(&note)),
                ];
                if let Some(url) = &law.url {
                    fields.push(("howpublished", url_field(url)));
                }
                entries.push(bibtex_entry(&law_key(record, law), &fields));
            }
            Work::Source(source) => {
                let mut fields = vec![("title", bibtex_escape(&source.title))];
                if let Some(publisher) = &source.publisher {
                    fields.push(("author", format!("{{{}}}", bibtex_escape(publisher))));
                }
                if let Some(date) = source.date {
                    fields.push(("year", date.year.to_string()));
                }
                if let Some(url) = &source.url {
                    fields.push(("howpublished", url_field(url)));
                }
                fields.push(("urldate", source.accessed.to_string()));
                entries.push(bibtex_entry(&source_key(record, source), &fields));
            }
        }
    }
    let mut fields = vec![
        ("title", bibtex_escape(DATASET_TITLE)),
        ("author", format!("{{{DATASET_AUTHOR}}}")),
    ];
    if let Some(version) = dataset_version {
        fields.push(("version", bibtex_escape(version)));
        fields.push((
            "note",
            format!("Dataset, release {}", bibtex_escape(version)),
        ));
    }
    entries.push(bibtex_entry("swlaw", &fields));
    entries.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oscola_drops_full_stops_after_letters_only() {
        assert_eq!(without_full_stops("s. 286.1(1)"), "s 286.1(1)");
        assert_eq!(
            without_full_stops("Criminal Code (R.S.C., 1985, c. C-46)"),
            "Criminal Code (RSC, 1985, c C-46)"
        );
    }

    #[test]
    fn dates_read_as_each_style_writes_them() {
        let date: PartialDate = "2026-09-05".parse().unwrap();
        assert_eq!(long_date(date, Style::Oscola), "5 September 2026");
        assert_eq!(long_date(date, Style::Bluebook), "Sept. 5, 2026");
        let month: PartialDate = "2003-06".parse().unwrap();
        assert_eq!(long_date(month, Style::Bluebook), "June 2003");
        let year: PartialDate = "1999".parse().unwrap();
        assert_eq!(long_date(year, Style::Oscola), "1999");
    }

    #[test]
    fn bibtex_escapes_what_would_break_an_entry() {
        assert_eq!(bibtex_escape("50% & {x}"), "50\\% \\& \\{x\\}");
        assert_eq!(bibtex_key(&["US-NV", "nrs 201.354"]), "US-NV-nrs-201-354");
    }
}

#[cfg(test)]
mod citation_file {
    #[test]
    fn the_dataset_is_cited_as_citation_cff_says() {
        let cff = include_str!("../../CITATION.cff");
        assert!(cff.contains(&format!("title: \"{}\"", super::DATASET_TITLE)));
        assert!(cff.contains(&format!("name: \"{}\"", super::DATASET_AUTHOR)));
    }
}
