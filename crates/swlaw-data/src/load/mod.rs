//! Reading TOML data files into a [`Dataset`], and every validation rule, each failure reported
//! with its file, line and column.
//!
//! build.rs runs it on the bundled data, so a broken record fails the build with its place.

mod check;
mod diagnostic;
mod fast_toml;
#[cfg(test)]
mod fuzz;
mod provenance;
mod raw;
mod registry;
#[cfg(test)]
mod tests;
mod text_scan;
mod units;

pub use diagnostic::Diagnostic;
pub use provenance::{is_constraining, provenance_problems, tier_needed_for_high};

use crate::model::Dataset;
use check::Checker;
use raw::{RawJurisdiction, RawModel};
use registry::Registry;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use units::check_all;

/// The data files of a dataset: `path` itself if it is a file, else every `*.toml` directly in it.
pub fn data_files(path: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let problem = |message: String| Diagnostic {
        file: path.display().to_string(),
        line: None,
        column: None,
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| problem(format!("cannot read: {e}")))?;
    if meta.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files: Vec<PathBuf> = toml_entries(path)
        .map_err(|e| problem(format!("cannot read directory: {e}")))?
        .into_iter()
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(problem("no .toml data files in this directory".into()));
    }
    Ok(files)
}

/// Every `*.toml` entry of a directory, files or not.
fn toml_entries(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(std::fs::read_dir(path)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect())
}

/// The file in a data directory that names its release.
pub const VERSION_FILE: &str = "VERSION";

/// The release named by the VERSION file of a data directory (or of a data file's directory):
/// `Ok(None)` where there is none, an error where it is not a date (`2026-12-01`) or a semantic
/// version (`1.2.0`).
pub fn dataset_version(path: &Path) -> Result<Option<String>, Diagnostic> {
    let dir = if path.is_dir() {
        path
    } else {
        match path.parent() {
            Some(dir) => dir,
            None => return Ok(None),
        }
    };
    let file = dir.join(VERSION_FILE);
    let Ok(text) = std::fs::read_to_string(&file) else {
        return Ok(None);
    };
    let version = text.trim();
    if is_version(version) {
        Ok(Some(version.to_string()))
    } else {
        Err(Diagnostic {
            file: file.display().to_string(),
            line: Some(1),
            column: Some(1),
            message: format!(
                "{version:?} is not a dataset version: write a date (2026-12-01) or a semantic version (1.2.0)"
            ),
        })
    }
}

/// A date `YYYY-MM-DD` or a semantic version `MAJOR.MINOR.PATCH`, optionally `-PRERELEASE`.
pub fn is_version(text: &str) -> bool {
    let numbers = |core: &str, separator: char, lengths: Option<[usize; 3]>| {
        let parts: Vec<&str> = core.split(separator).collect();
        parts.len() == 3
            && parts.iter().enumerate().all(|(i, part)| {
                !part.is_empty()
                    && part.bytes().all(|b| b.is_ascii_digit())
                    && lengths.is_none_or(|lengths| part.len() == lengths[i])
            })
    };
    let is_date =
        numbers(text, '-', Some([4, 2, 2])) && text.parse::<crate::model::PartialDate>().is_ok();
    let (core, prerelease) = match text.split_once('-') {
        Some((core, prerelease)) => (core, Some(prerelease)),
        None => (text, None),
    };
    let is_semver = numbers(core, '.', None)
        && prerelease.is_none_or(|p| {
            !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
        });
    is_date || is_semver
}

/// The `*.toml` entries of a data directory that are not loaded because they are not regular
/// files (a dangling link, a FIFO, a directory), each with why: for a warning.
pub fn skipped_entries(path: &Path) -> Vec<String> {
    if !path.is_dir() {
        return Vec::new();
    }
    let mut skipped: Vec<String> = toml_entries(path)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| !p.is_file())
        .map(|p| match std::fs::metadata(&p) {
            Err(e) => format!("{}: skipped, cannot be read ({e})", p.display()),
            Ok(_) => format!("{}: skipped, not a regular file", p.display()),
        })
        .collect();
    skipped.sort();
    skipped
}

/// The largest data file loaded, in bytes: the whole bundled dataset is about 1.5 MB, and a
/// bigger file is more likely a mistake than a dataset.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A file's text, or the problem with it: too large, unreadable, not UTF-8 (with the line and
/// column of the first bad byte).
fn read_text(file: &Path) -> Result<String, Diagnostic> {
    let name = file.display().to_string();
    let problem = |line: Option<usize>, column: Option<usize>, message: String| Diagnostic {
        file: name.clone(),
        line,
        column,
        message,
    };
    let size = std::fs::metadata(file)
        .map_err(|e| problem(None, None, format!("cannot read: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(problem(
            None,
            None,
            format!("{size} bytes: larger than the {MAX_FILE_BYTES} bytes a data file may be"),
        ));
    }
    let bytes =
        std::fs::read(file).map_err(|e| problem(None, None, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|error| {
        let good = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        problem(Some(line), Some(column), "not valid UTF-8".into())
    })
}

/// Which rules a load enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    /// Every rule: what every command but `audit` uses.
    All,
    /// Every rule but the confidence rules on provenance, which `swlaw audit` reports instead of
    /// refusing the data.
    ExceptProvenance,
}

/// Loads and validates a data file or a directory of them.
pub fn load_path(path: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    load_path_with(path, Rules::All)
}

/// [`load_path`], choosing the rules.
pub fn load_path_with(path: &Path, rules: Rules) -> Result<Dataset, Vec<Diagnostic>> {
    let files = data_files(path).map_err(|d| vec![d])?;
    let mut texts = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        match read_text(&file) {
            Ok(text) => texts.push((file.display().to_string(), text)),
            Err(problem) => problems.push(problem),
        }
    }
    match load_texts_with(&texts, rules) {
        Ok(dataset) if problems.is_empty() => Ok(dataset),
        Ok(_) => Err(problems),
        Err(mut more) => {
            problems.append(&mut more);
            Err(problems)
        }
    }
}

/// A file's records as written, and the problems met reading them.
#[cfg_attr(test, derive(Debug))]
struct ParsedFile {
    records: Vec<Spanned<RawJurisdiction>>,
    models: Vec<Spanned<RawModel>>,
    /// A place in the file and what is wrong there.
    problems: Vec<(Option<Range<usize>>, String)>,
    /// Whether the text was well-formed TOML (its problems, if any, are values, not syntax).
    well_formed: bool,
}

/// Parses a file, then each record on its own: a wrong value in one record hides no problem
/// of another, and syntax errors are recovered from where the parser can.
fn parse_file(text: &str) -> ParsedFile {
    fast_toml::parse_file(text).unwrap_or_else(|| parse_file_with_toml(text))
}

/// The general path: any TOML, with the `toml` crate's messages and spans for every problem.
fn parse_file_with_toml(text: &str) -> ParsedFile {
    let mut parsed = ParsedFile {
        records: Vec::new(),
        models: Vec::new(),
        problems: Vec::new(),
        well_formed: true,
    };
    let (table, syntax) = DeTable::parse_recoverable(text);
    parsed.well_formed = syntax.is_empty();
    for error in syntax {
        parsed
            .problems
            .push((error.span(), one_line(error.message())));
    }
    for (key, value) in table.into_inner() {
        let items = match (key.get_ref().as_ref(), value.get_ref()) {
            ("jurisdiction" | "model", DeValue::Array(_)) => match value.into_inner() {
                DeValue::Array(items) => items,
                _ => unreachable!("matched as an array"),
            },
            (name @ ("jurisdiction" | "model"), _) => {
                let message = format!("`{name}` must be an array of tables: [[{name}]]");
                parsed.problems.push((Some(value.span()), message));
                continue;
            }
            (other, _) => {
                let message =
                    format!("unknown field `{other}`, expected `jurisdiction` or `model`");
                parsed.problems.push((Some(key.span()), message));
                continue;
            }
        };
        let is_record = key.get_ref().as_ref() == "jurisdiction";
        for item in items {
            let span = item.span();
            let deserializer = ValueDeserializer::from(item);
            let result = if is_record {
                RawJurisdiction::deserialize(deserializer)
                    .map(|raw| parsed.records.push(Spanned::new(span.clone(), raw)))
            } else {
                RawModel::deserialize(deserializer)
                    .map(|raw| parsed.models.push(Spanned::new(span.clone(), raw)))
            };
            if let Err(error) = result {
                parsed
                    .problems
                    .push((error.span().or(Some(span)), one_line(error.message())));
            }
        }
    }
    parsed
}

fn one_line(message: &str) -> String {
    message.trim().replace('\n', " ")
}

/// Loads and validates data given as (file name, TOML text) pairs.
pub fn load_texts(files: &[(String, String)]) -> Result<Dataset, Vec<Diagnostic>> {
    load_texts_with(files, Rules::All)
}

/// [`load_texts`], choosing the rules.
pub fn load_texts_with(
    files: &[(String, String)],
    rules: Rules,
) -> Result<Dataset, Vec<Diagnostic>> {
    let mut checker = Checker::new(rules);
    let mut registry = Registry::default();
    let mut dataset = Dataset::default();
    let mut record_spans: HashMap<String, (usize, Range<usize>)> = HashMap::new();
    for (file, checked) in check_all(rules, files).into_iter().enumerate() {
        checker.problems.extend(checked.problems);
        checker.problems.extend(registry.settle(checked.claims));
        for (record, span) in checked.records {
            record_spans.insert(record.id.clone(), (file, span));
            dataset.jurisdictions.push(record);
        }
        dataset.models.extend(checked.models);
    }
    checker.relations(files, &dataset, &record_spans);
    // (With no files at all, the reader has already said why.)
    let nothing = dataset.jurisdictions.is_empty() && dataset.models.is_empty();
    if nothing && !files.is_empty() && checker.problems.is_empty() {
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        checker.problems.push(Diagnostic {
            file: names.join(", "),
            line: None,
            column: None,
            message: "no [[jurisdiction]] or [[model]]: an empty dataset".into(),
        });
    }

    if checker.problems.is_empty() {
        dataset.jurisdictions.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(dataset)
    } else {
        checker.problems.sort();
        checker.problems.dedup();
        Err(checker.problems)
    }
}
