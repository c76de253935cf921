//! The rule checker: turns raw records into typed ones, reporting every rule they break. This
//! module holds the checker and what every rule uses (where a problem is, claims on names and
//! ids); each part of a record has its rules in a submodule.

mod events;
mod history;
mod identity;
mod laws;
mod models;
mod relations;
mod sources;

use super::Rules;
use super::diagnostic::{Diagnostic, LineIndex};
use super::provenance::provenance_problems;
use super::raw::RawJurisdiction;
use super::registry::{Claim, Claimed};
use crate::model::{Day, Jurisdiction};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use toml::Spanned;

/// A link a reader can follow: the rule for the URLs of sources and of laws alike.
fn web_url_problem(url: &str) -> Option<String> {
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(char::is_whitespace);
    (!ok).then(|| format!("`{url}` is not an http(s) URL"))
}

/// Checks the records of one file.
pub(super) struct Checker {
    rules: Rules,
    pub(super) problems: Vec<Diagnostic>,
    pub(super) claims: Vec<Claim>,
    lines: HashMap<String, Arc<LineIndex>>,
    /// Where the piece of the file being checked starts: the spans of a piece parsed on its own
    /// count from there.
    pub(super) base: usize,
}

impl Checker {
    pub(super) fn new(rules: Rules) -> Checker {
        Checker {
            rules,
            problems: Vec::new(),
            claims: Vec::new(),
            lines: HashMap::new(),
            base: 0,
        }
    }

    /// Gives the checker a file's line index made once for all its units.
    pub(super) fn know_lines(&mut self, file: &str, lines: Arc<LineIndex>) {
        self.lines.insert(file.to_string(), lines);
    }

    fn claim(&mut self, file: &str, text: &str, span: Range<usize>, what: Claimed) {
        let (line, column) = self.locate(file, text, span.start);
        self.claims.push(Claim {
            what,
            file: file.to_string(),
            line,
            column,
        });
    }

    /// The line and column of a byte offset in a file, from the file's line index.
    fn locate(&mut self, file: &str, text: &str, offset: usize) -> (usize, usize) {
        if !self.lines.contains_key(file) {
            self.lines
                .insert(file.to_string(), Arc::new(LineIndex::new(text)));
        }
        self.lines[file].locate(text, self.base + offset)
    }

    pub(super) fn report(
        &mut self,
        file: &str,
        text: &str,
        span: Option<Range<usize>>,
        message: String,
    ) {
        let (line, column) = match span {
            Some(span) => {
                let (line, column) = self.locate(file, text, span.start);
                (Some(line), Some(column))
            }
            None => (None, None),
        };
        self.problems.push(Diagnostic {
            file: file.to_string(),
            line,
            column,
            message,
        });
    }

    fn at(&mut self, file: &str, text: &str, span: Range<usize>, message: String) {
        self.report(file, text, Some(span), message);
    }

    pub(super) fn jurisdiction(
        &mut self,
        file: &str,
        text: &str,
        raw: RawJurisdiction,
    ) -> Option<Jurisdiction> {
        let id = self.identity(file, text, &raw);
        let sources = self.sources(file, text, &id, raw.source);
        let laws = self.laws(file, text, &id, raw.law, &sources);
        if raw.history.is_empty() {
            self.at(file, text, raw.id.span(), format!("`{id}`: no [[jurisdiction.history]] entry: the first one sets the regime and the four statuses"));
        }
        let (history, latest) = self.history(file, text, &id, raw.history, &sources);
        if let Some(latest) = &latest {
            self.laws_behind_statuses(file, text, &id, raw.id.span(), latest, &laws);
        }
        let events = self.events(file, text, &id, raw.event, &sources);
        let record = Jurisdiction {
            id,
            name: raw.name.into_inner(),
            aliases: raw.aliases.into_iter().map(Spanned::into_inner).collect(),
            parent: raw.parent.map(Spanned::into_inner),
            region: *raw.region.get_ref(),
            subregion: *raw.subregion.get_ref(),
            confidence: *raw.confidence.get_ref(),
            reviewed: raw.reviewed,
            established: raw.established,
            subdivision_count: raw.subdivision_count.as_ref().map(|c| *c.get_ref()),
            notes: raw.notes.map(|n| n.trim().to_string()),
            laws,
            sources,
            history,
            events,
        };
        if self.rules == Rules::All {
            for problem in provenance_problems(&record, Day::today()) {
                let message = format!("`{}`: {problem}", record.id);
                self.at(file, text, raw.confidence.span(), message);
            }
        }
        Some(record)
    }
}
