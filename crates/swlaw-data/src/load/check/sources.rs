//! The sources of a record or a model: unique ids, text fit to show, plausible dates, a web URL,
//! and a `copy_of` that names something.

use super::{Checker, web_url_problem};
use crate::load::raw::RawSource;
use crate::load::text_scan::text_problem;
use crate::model::{Day, Source};
use toml::Spanned;

impl Checker {
    /// The sources of `owner` (a record's id, or "model <id>" for a model), each checked.
    pub(super) fn sources(
        &mut self,
        file: &str,
        text: &str,
        owner: &str,
        raw: Vec<Spanned<RawSource>>,
    ) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::with_capacity(raw.len());
        for spanned in raw {
            let span = spanned.span();
            let source = spanned.into_inner();
            if sources.iter().any(|s| s.id == *source.id.get_ref()) {
                self.at(
                    file,
                    text,
                    source.id.span(),
                    format!(
                        "`{owner}`: source id `{}` is used twice",
                        source.id.get_ref()
                    ),
                );
            }
            for message in source_problems(owner, &source) {
                self.at(file, text, span.clone(), message);
            }
            if let Some(copy_of) = &source.copy_of
                && copy_of.get_ref().trim().is_empty()
            {
                let message = format!(
                    "`{owner}`: source `{}` has an empty `copy_of`: name the publisher or the original URL",
                    source.id.get_ref()
                );
                self.at(file, text, copy_of.span(), message);
            }
            sources.push(Source {
                id: source.id.into_inner(),
                title: source.title,
                publisher: source.publisher,
                url: source.url,
                kind: source.kind,
                copy_of: source.copy_of.map(Spanned::into_inner),
                date: source.date,
                accessed: source.accessed,
            });
        }
        sources
    }
}

/// What is wrong with one source as a whole (its text, dates, title and URL), in the order
/// they are reported; each problem points at the whole source.
fn source_problems(owner: &str, source: &RawSource) -> Vec<String> {
    let mut problems = Vec::new();
    let fields = [
        Some(&source.title),
        source.publisher.as_ref(),
        source.url.as_ref(),
    ];
    let copy = source.copy_of.as_ref().map(|c| c.get_ref());
    if let Some(problem) = fields
        .into_iter()
        .chain([copy])
        .flatten()
        .find_map(|t| text_problem(t, false))
    {
        problems.push(format!(
            "`{owner}`: source `{}` contains {problem}",
            source.id.get_ref()
        ));
    }
    let today = Day::today();
    if source.accessed.first_day() > today {
        problems.push(format!(
            "`{owner}`: source `{}` was accessed {}, which is in the future",
            source.id.get_ref(),
            source.accessed
        ));
    }
    if let Some(date) = source.date
        && date.first_day() > source.accessed.last_day()
    {
        problems.push(format!(
            "`{owner}`: source `{}` is dated {date}, after it was accessed ({})",
            source.id.get_ref(),
            source.accessed
        ));
    }
    if source.title.trim().is_empty() {
        problems.push(format!(
            "`{owner}`: source `{}` has an empty title",
            source.id.get_ref()
        ));
    }
    if let Some(problem) = source.url.as_deref().and_then(web_url_problem) {
        problems.push(format!(
            "`{owner}`: source `{}`: {problem}",
            source.id.get_ref()
        ));
    }
    problems
}
