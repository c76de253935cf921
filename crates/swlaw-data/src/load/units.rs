//! The work of a load, shared out: each file cut into units of whole records where that cannot
//! change its meaning, every unit parsed and checked on one of the cores, the results put back
//! together in file order.

use super::diagnostic::{Diagnostic, LineIndex};
use super::registry::Claim;
use super::{Checker, Rules, parse_file};
use crate::model::{Jurisdiction, Model};
use std::ops::Range;
use std::sync::Arc;

/// One file parsed and checked: its typed records (with their spans), problems and claims.
pub(super) struct CheckedFile {
    pub(super) records: Vec<(Jurisdiction, Range<usize>)>,
    pub(super) models: Vec<Model>,
    pub(super) problems: Vec<Diagnostic>,
    pub(super) claims: Vec<Claim>,
}

impl CheckedFile {
    fn append(&mut self, other: CheckedFile) {
        self.records.extend(other.records);
        self.models.extend(other.models);
        self.problems.extend(other.problems);
        self.claims.extend(other.claims);
    }

    fn failed(name: &str) -> CheckedFile {
        CheckedFile {
            records: Vec::new(),
            models: Vec::new(),
            problems: vec![Diagnostic {
                file: name.to_string(),
                line: None,
                column: None,
                message: "the TOML parser failed on this file".into(),
            }],
            claims: Vec::new(),
        }
    }
}

/// A file parsed and checked whole, in one piece, with its line index.
pub(super) fn check_whole(
    rules: Rules,
    name: &str,
    text: &str,
    lines: Arc<LineIndex>,
) -> CheckedFile {
    let mut check = FileCheck::new(rules, name, lines);
    check.piece(name, text, 0..text.len(), true);
    check.finish()
}

/// A share of the work of a load: some consecutive records of one file, or a whole file.
pub(super) struct Unit {
    file: usize,
    pieces: Vec<Range<usize>>,
    whole: bool,
}

impl Unit {
    fn size(&self) -> usize {
        self.pieces.iter().map(ExactSizeIterator::len).sum()
    }
}

/// What checking a unit gave.
enum Outcome {
    Checked(CheckedFile),
    /// A piece was not well-formed: its file is to be parsed whole.
    Malformed,
    /// A bug in the TOML crate or the checker.
    Panicked,
}

/// About as many bytes as a unit holds: small enough that the units of the largest file spread
/// over the threads, large enough that handing them out costs nothing.
const UNIT_BYTES: usize = 64 * 1024;

/// The work of a load cut into units: record by record where a file allows it (a small parse
/// tree at a time stays in cache and reuses its memory, and one large file spreads over the
/// threads), else the whole file.
pub(super) fn units(files: &[(String, String)]) -> Vec<Unit> {
    let mut units = Vec::new();
    for (file, (_, text)) in files.iter().enumerate() {
        let Some(pieces) = record_pieces(text) else {
            let whole_file = 0..text.len();
            units.push(Unit {
                file,
                pieces: Vec::from([whole_file]),
                whole: true,
            });
            continue;
        };
        let mut start = 0;
        let mut bytes = 0;
        for (at, piece) in pieces.iter().enumerate() {
            bytes += piece.len();
            if bytes >= UNIT_BYTES || at + 1 == pieces.len() {
                units.push(Unit {
                    file,
                    pieces: pieces[start..=at].to_vec(),
                    whole: false,
                });
                start = at + 1;
                bytes = 0;
            }
        }
    }
    units
}

fn check_unit(
    rules: Rules,
    files: &[(String, String)],
    lines: &[Arc<LineIndex>],
    unit: &Unit,
) -> Outcome {
    let (name, text) = &files[unit.file];
    let checked = std::panic::catch_unwind(|| {
        let mut check = FileCheck::new(rules, name, Arc::clone(&lines[unit.file]));
        let whole = unit.whole;
        let complete = unit
            .pieces
            .iter()
            .all(|piece| check.piece(name, text, piece.clone(), whole));
        complete.then(|| check.finish())
    });
    match checked {
        Ok(Some(checked)) => Outcome::Checked(checked),
        Ok(None) => Outcome::Malformed,
        Err(_) => Outcome::Panicked,
    }
}

/// The pieces a file can be parsed in apart, one record each (the first also holds what comes
/// before its record): a cut before each `[[jurisdiction]]` line after the first, provided that
/// every table header past the first cut belongs to a jurisdiction. `None`: parse it whole.
///
/// A cut inside a multi-line string leaves the piece before it with an unterminated string, a
/// syntax error, and the file is then parsed whole ([`check_all`]); so it does for a file with other
/// headers past its first record, whose pieces parsed apart could hide a clash between them.
pub(super) fn record_pieces(text: &str) -> Option<Vec<Range<usize>>> {
    let bytes = text.as_bytes();
    let mut cuts = vec![0];
    let mut records = 0;
    // Only a line that opens with a bracket can be a header: the brackets are found by a fast
    // search, not by walking the file line by line.
    for at in memchr::memchr_iter(b'[', bytes) {
        let indent = bytes[..at]
            .iter()
            .rev()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let start = at - indent;
        if start > 0 && bytes[start - 1] != b'\n' {
            continue;
        }
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
        let header = text[start..end].trim();
        if header == "[[jurisdiction]]" {
            records += 1;
            if records > 1 {
                cuts.push(start);
            }
        } else if cuts.len() > 1
            && may_be_header(header)
            && !header.starts_with("[[jurisdiction.")
            && !header.starts_with("[jurisdiction.")
        {
            return None;
        }
    }
    cuts.push(text.len());
    (cuts.len() > 2).then(|| cuts.windows(2).map(|w| w[0]..w[1]).collect())
}

/// Whether a trimmed line may be a table header: every header is (a bracketed bare or dotted key,
/// then nothing or a comment), and so is any bracketed line with a quote in it; a line of notes
/// that opens with a bracket ("[10/89] ...") is not.
pub(super) fn may_be_header(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('[') else {
        return false;
    };
    let inner = inner.strip_prefix('[').unwrap_or(inner);
    let Some(end) = inner.find(']') else {
        return inner.contains(['"', '\'']);
    };
    let (key, rest) = inner.split_at(end);
    let rest = rest.trim_start_matches(']').trim_start();
    let bare = key
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | '\t'));
    key.contains(['"', '\'']) || (bare && (rest.is_empty() || rest.starts_with('#')))
}

/// The check of one file, piece by piece.
struct FileCheck {
    checker: Checker,
    records: Vec<(Jurisdiction, Range<usize>)>,
    models: Vec<Model>,
}

impl FileCheck {
    fn new(rules: Rules, name: &str, lines: Arc<LineIndex>) -> FileCheck {
        let mut checker = Checker::new(rules);
        checker.know_lines(name, lines);
        FileCheck {
            checker,
            records: Vec::new(),
            models: Vec::new(),
        }
    }

    /// Parses and checks `text[piece]`; false, having checked nothing, when the piece is not
    /// well-formed and `whole` is not set (the file is then to be parsed whole).
    fn piece(&mut self, name: &str, text: &str, piece: Range<usize>, whole: bool) -> bool {
        let Some(piece_text) = text.get(piece.clone()) else {
            return false;
        };
        let parsed = parse_file(piece_text);
        if !parsed.well_formed && !whole {
            return false;
        }
        let checker = &mut self.checker;
        checker.base = piece.start;
        for (span, message) in parsed.problems {
            checker.report(name, text, span, message);
        }
        for spanned in parsed.records {
            let span = spanned.span();
            if let Some(record) = checker.jurisdiction(name, text, spanned.into_inner()) {
                let span = piece.start + span.start..piece.start + span.end;
                self.records.push((record, span));
            }
        }
        for spanned in parsed.models {
            self.models
                .extend(checker.model(name, text, spanned.into_inner()));
        }
        true
    }

    fn finish(self) -> CheckedFile {
        CheckedFile {
            records: self.records,
            models: self.models,
            problems: self.checker.problems,
            claims: self.checker.claims,
        }
    }
}

/// Every file parsed and checked, unit by unit on as many threads as there are cores, the largest
/// units first so the threads finish together: parsing and checking are nearly all of a load,
/// and records are independent (what ties them together is settled afterwards, in file order).
pub(super) fn check_all(rules: Rules, files: &[(String, String)]) -> Vec<CheckedFile> {
    let units = units(files);
    let lines: Vec<Arc<LineIndex>> = files
        .iter()
        .map(|(_, text)| Arc::new(LineIndex::new(text)))
        .collect();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let outcomes: Vec<Outcome> = if units.len() < 2 || threads < 2 {
        units
            .iter()
            .map(|unit| check_unit(rules, files, &lines, unit))
            .collect()
    } else {
        let mut largest_first: Vec<usize> = (0..units.len()).collect();
        largest_first.sort_by_key(|&i| std::cmp::Reverse(units[i].size()));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let slots: Vec<std::sync::Mutex<Option<Outcome>>> =
            units.iter().map(|_| std::sync::Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..threads.min(units.len()) {
                scope.spawn(|| {
                    while let Some(&unit) =
                        largest_first.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                    {
                        let outcome = check_unit(rules, files, &lines, &units[unit]);
                        if let Ok(mut slot) = slots[unit].lock() {
                            *slot = Some(outcome);
                        }
                    }
                });
            }
        });
        slots
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or(Outcome::Panicked)
            })
            .collect()
    };
    // Each file's units in order; a file with a malformed piece is parsed again whole, so its
    // syntax errors are reported as the parser finds them in the whole text.
    let mut by_file: Vec<Option<Outcome>> = files.iter().map(|_| None).collect();
    for (unit, outcome) in units.iter().zip(outcomes) {
        let so_far = &mut by_file[unit.file];
        *so_far = Some(match (so_far.take(), outcome) {
            (None, outcome) => outcome,
            (Some(Outcome::Checked(mut all)), Outcome::Checked(part)) => {
                all.append(part);
                Outcome::Checked(all)
            }
            (Some(Outcome::Panicked), _) | (_, Outcome::Panicked) => Outcome::Panicked,
            _ => Outcome::Malformed,
        });
    }
    files
        .iter()
        .zip(by_file)
        .zip(lines)
        .map(|(((name, text), outcome), lines)| match outcome {
            Some(Outcome::Checked(checked)) => checked,
            Some(Outcome::Panicked) => CheckedFile::failed(name),
            Some(Outcome::Malformed) | None => {
                std::panic::catch_unwind(|| check_whole(rules, name, text, lines))
                    .unwrap_or_else(|_| CheckedFile::failed(name))
            }
        })
        .collect()
}
