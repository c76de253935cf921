//! The rule checker: turns raw records into typed ones, reporting every rule they break.

use super::Rules;
use super::diagnostic::{Diagnostic, LineIndex};
use super::provenance::provenance_problems;
use super::raw::*;
use super::registry::{Claim, Claimed};
use super::text_scan::text_problem;
use crate::model::{
    Change, Dataset, Day, Details, Event, EventKind, Jurisdiction, Law, Model, PerActivity, Regime,
    Source, State, Status, Topic, regime_contradiction,
};
use crate::text::fold_key;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Arc;
use toml::Spanned;

fn is_code(part: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&part.len())
        && part
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// ISO 3166-1 alpha-2 ("SE"), ISO 3166-2 ("US-NV", "GB-EAW"), or a swlaw-local third level
/// below a subdivision ("US-NV-CLARK").
fn id_problem(id: &str, has_parent: bool) -> Option<String> {
    let parts: Vec<&str> = id.split('-').collect();
    let country = parts[0].len() == 2 && parts[0].bytes().all(|b| b.is_ascii_uppercase());
    let well_formed = country
        && match parts.len() {
            1 => true,
            2 => is_code(parts[1], 1, 3),
            3 => is_code(parts[1], 1, 3) && is_code(parts[2], 1, 20),
            _ => false,
        };
    if !well_formed {
        return Some(format!(
            "malformed id `{id}`: expected an ISO 3166-1 alpha-2 code (`SE`), an ISO 3166-2 code (`US-NV`) or a local code below one (`US-NV-CLARK`), in capitals"
        ));
    }
    match (parts.len(), has_parent) {
        (1, true) => Some(format!(
            "`{id}` is a country code but the record has a `parent`"
        )),
        (n, false) if n > 1 => Some(format!(
            "`{id}` is a subdivision code but the record has no `parent`"
        )),
        _ => None,
    }
}

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

    /// Claims a name or alias for the record (see [`Registry::name`]).
    fn claim_name(
        &mut self,
        file: &str,
        text: &str,
        owner: &str,
        name: &Spanned<String>,
        primary: bool,
    ) {
        let key = fold_key(name.get_ref());
        if key.is_empty() {
            self.at(
                file,
                text,
                name.span(),
                format!("`{owner}`: empty name or alias"),
            );
            return;
        }
        let what = Claimed::Name {
            key,
            owner: owner.to_string(),
            spelling: name.get_ref().clone(),
            primary,
        };
        self.claim(file, text, name.span(), what);
    }

    fn sources(
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
                let message = format!(
                    "`{owner}`: source `{}` contains {problem}",
                    source.id.get_ref()
                );
                self.at(file, text, span.clone(), message);
            }
            let today = Day::today();
            if source.accessed.first_day() > today {
                let message = format!(
                    "`{owner}`: source `{}` was accessed {}, which is in the future",
                    source.id.get_ref(),
                    source.accessed
                );
                self.at(file, text, span.clone(), message);
            }
            if let Some(date) = source.date
                && date.first_day() > source.accessed.last_day()
            {
                let message = format!(
                    "`{owner}`: source `{}` is dated {date}, after it was accessed ({})",
                    source.id.get_ref(),
                    source.accessed
                );
                self.at(file, text, span.clone(), message);
            }
            if source.title.trim().is_empty() {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!(
                        "`{owner}`: source `{}` has an empty title",
                        source.id.get_ref()
                    ),
                );
            }
            if let Some(problem) = source.url.as_deref().and_then(web_url_problem) {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{owner}`: source `{}`: {problem}", source.id.get_ref()),
                );
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

    /// The record's id, names and region: checked, the names claimed for the whole dataset.
    fn identity(&mut self, file: &str, text: &str, raw: &RawJurisdiction) -> String {
        let id = raw.id.get_ref().clone();
        let names = std::iter::once(&raw.name).chain(&raw.aliases);
        for name in names {
            if let Some(problem) = text_problem(name.get_ref(), false) {
                let message = format!("`{id}`: a name or alias contains {problem}");
                self.at(file, text, name.span(), message);
            }
        }
        if let Some(notes) = &raw.notes
            && let Some(problem) = text_problem(notes, true)
        {
            self.at(
                file,
                text,
                raw.id.span(),
                format!("`{id}`: the notes contain {problem}"),
            );
        }
        let today = Day::today();
        if raw.reviewed.first_day() > today {
            let message = format!("`{id}`: reviewed {} is in the future", raw.reviewed);
            self.at(file, text, raw.id.span(), message);
        }
        if let Some(problem) = id_problem(&id, raw.parent.is_some()) {
            self.at(file, text, raw.id.span(), problem);
        }
        self.claim(file, text, raw.id.span(), Claimed::Id(id.clone()));
        if raw.name.get_ref().trim().is_empty() {
            self.at(file, text, raw.name.span(), format!("`{id}`: empty name"));
        }
        // An id is also typed as a query, so it may not collide with another record's name.
        self.claim_name(file, text, &id, &raw.id, false);
        self.claim_name(file, text, &id, &raw.name, true);
        for alias in &raw.aliases {
            self.claim_name(file, text, &id, alias, false);
        }
        let subregion = *raw.subregion.get_ref();
        let region = *raw.region.get_ref();
        if subregion.region() != region {
            let message = format!(
                "`{id}`: subregion `{subregion}` belongs to {}, not {region}",
                subregion.region()
            );
            self.at(file, text, raw.subregion.span(), message);
        }

        id
    }

    fn laws(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        raw: Vec<Spanned<RawLaw>>,
        sources: &[Source],
    ) -> Vec<Law> {
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);
        let mut laws: Vec<Law> = Vec::with_capacity(raw.len());
        for spanned in raw {
            let span = spanned.span();
            let law = spanned.into_inner();
            let law_id = law.id.get_ref().clone();
            if laws.iter().any(|l| l.id == law_id) {
                self.at(
                    file,
                    text,
                    law.id.span(),
                    format!("`{id}`: law id `{law_id}` is used twice"),
                );
            }
            let single = [Some(&law.statute), law.section.as_ref(), law.url.as_ref()];
            let problem = single
                .into_iter()
                .flatten()
                .find_map(|t| text_problem(t, false))
                .or_else(|| law.note.as_deref().and_then(|n| text_problem(n, true)));
            if let Some(problem) = problem {
                let message = format!("`{id}`: law `{law_id}` contains {problem}");
                self.at(file, text, span.clone(), message);
            }
            if law.statute.trim().is_empty() {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{id}`: law `{law_id}` has an empty statute"),
                );
            }
            if law.punishes.get_ref().is_empty() {
                self.at(file, text, law.punishes.span(), format!("`{id}`: law `{law_id}` punishes nothing: list the activities or details it reaches"));
            }
            if let Some(repealed) = law.repealed
                && repealed <= law.in_force
            {
                self.at(file, text, span.clone(), format!("`{id}`: law `{law_id}` is repealed ({repealed}) no later than it took effect ({})", law.in_force));
            }
            if let Some(problem) = law.url.as_deref().and_then(web_url_problem) {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{id}`: law `{law_id}`: {problem}"),
                );
            }
            for source in &law.sources {
                if !source_known(source.get_ref()) {
                    self.at(file, text, source.span(), format!("`{id}`: law `{law_id}` cites source `{}`, which the record does not list", source.get_ref()));
                }
            }
            laws.push(Law {
                id: law_id,
                statute: law.statute,
                section: law.section,
                in_force: law.in_force,
                repealed: law.repealed,
                punishes: law.punishes.into_inner(),
                url: law.url,
                note: law.note,
                sources: law.sources.into_iter().map(Spanned::into_inner).collect(),
            });
        }

        laws
    }

    /// The history in order, each entry checked against the state it follows; returns the
    /// entries and the state after the last one.
    fn history(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        raw: Vec<Spanned<RawChange>>,
        sources: &[Source],
    ) -> (Vec<Change>, Option<State>) {
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);
        let mut history: Vec<Change> = Vec::with_capacity(raw.len());
        let mut state: Option<State> = None;
        for spanned in raw {
            let entry = spanned.into_inner();
            // Problems of an entry point at its date, the line that names it.
            let span = entry.from.span();
            let from = *entry.from.get_ref();
            // "1990" and "1990-01-01" start on the same day: one of them is redundant.
            if let Some(previous) = history.last()
                && from.first_day() <= previous.from.first_day()
            {
                self.at(
                    file,
                    text,
                    entry.from.span(),
                    format!(
                        "`{id}`: history out of order: {from} does not come after {}",
                        previous.from
                    ),
                );
            }
            let change = entry.into_change();
            if let Some(problem) = change.event.as_deref().and_then(|e| text_problem(e, true)) {
                let message = format!("`{id}`: history entry {from} contains {problem}");
                self.at(file, text, span.clone(), message);
            }
            if state.is_none() {
                let missing: Vec<&str> = change
                    .activities
                    .iter()
                    .filter(|(_, status)| status.is_none())
                    .map(|(activity, _)| activity.as_str())
                    .chain(change.regime.is_none().then_some("regime"))
                    .collect();
                if !missing.is_empty() {
                    self.at(file, text, span.clone(), format!("`{id}`: the first history entry must set the regime and all four activities; missing: {}", missing.join(", ")));
                }
            }
            let asserts_something = change.regime.is_some_and(|r| r != Regime::Unknown)
                || change
                    .activities
                    .iter()
                    .any(|(_, s)| s.is_some_and(|s| s != Status::Unknown))
                || change
                    .details
                    .stated()
                    .any(|(_, v)| !v.as_str().eq("unknown"));
            if asserts_something && change.sources.is_empty() {
                self.at(file, text, span.clone(), format!("`{id}`: history entry {from} sets a regime or status other than `unknown` but cites no source"));
            }
            for source in &change.sources {
                if !source_known(source) {
                    self.at(file, text, span.clone(), format!("`{id}`: history entry {from} cites source `{source}`, which the record does not list"));
                }
            }
            let next = state.as_ref().unwrap_or(&State::unknown()).after(&change);
            if let Some(rule) = regime_contradiction(next.regime, &next.activities) {
                self.at(
                    file,
                    text,
                    span.clone(),
                    format!("`{id}`: from {from} the regime contradicts the statuses: {rule}"),
                );
            }
            state = Some(next);
            history.push(change);
        }

        (history, state)
    }

    /// Every activity punished, regulated or restricted at the end of the history has a law
    /// that punishes it and was not repealed by then.
    fn laws_behind_statuses(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        span: Range<usize>,
        latest: &State,
        laws: &[Law],
    ) {
        // The current statuses: today, or the last change if it is dated later.
        let day = latest.since.last_day().max(Day::today());
        for (activity, status) in latest.activities.iter() {
            let needs_law = matches!(
                status,
                Status::Criminalized | Status::Penalized | Status::Regulated | Status::Restricted
            );
            // In force on that day: neither repealed before it nor starting after it.
            let cited = laws.iter().any(|law| {
                law.punishes.contains(&Topic::Activity(activity)) && law.in_force_on(day)
            });
            if needs_law && !cited {
                self.at(file, text, span.clone(), format!("`{id}`: {activity} is {status} but no law in [[jurisdiction.law]] punishes it (add the statute to `punishes`)"));
            }
        }
    }

    fn events(
        &mut self,
        file: &str,
        text: &str,
        id: &str,
        raw: Vec<Spanned<RawEvent>>,
        sources: &[Source],
    ) -> Vec<Event> {
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);
        let mut events: Vec<Event> = Vec::with_capacity(raw.len());
        for spanned in raw {
            let event = spanned.into_inner();
            let span = event.date.span();
            let date = *event.date.get_ref();
            let mut problem = |message: String| self.at(file, text, span.clone(), message);
            match (event.kind, event.stage) {
                (EventKind::Bill, None) => problem(format!(
                    "`{id}`: bill event {date} has no `stage` (pending, passed, rejected, lapsed or withdrawn)"
                )),
                (kind, Some(_)) if kind != EventKind::Bill => problem(format!(
                    "`{id}`: {kind} event {date} has a `stage`, which only bills have"
                )),
                _ => {}
            }
            if event.bill.is_some() && event.kind != EventKind::Bill {
                problem(format!(
                    "`{id}`: {} event {date} names a `bill`, which only bill events do",
                    event.kind
                ));
            }
            if let Some(bad) = text_problem(&event.summary, true) {
                problem(format!("`{id}`: event {date} contains {bad}"));
            }
            if event.summary.trim().is_empty() {
                problem(format!("`{id}`: event {date} has an empty summary"));
            }
            if event.sources.is_empty() {
                problem(format!("`{id}`: event {date} cites no source"));
            }
            for source in &event.sources {
                if !source_known(source) {
                    problem(format!(
                        "`{id}`: event {date} cites source `{source}`, which the record does not list"
                    ));
                }
            }
            events.push(Event {
                date,
                kind: event.kind,
                stage: event.stage,
                bill: event.bill,
                summary: event.summary.trim().to_string(),
                sources: event.sources,
            });
        }
        events.sort_by_key(|event| event.date);

        events
    }

    pub(super) fn model(&mut self, file: &str, text: &str, raw: RawModel) -> Option<Model> {
        let id = raw.id.get_ref().clone();
        self.claim(file, text, raw.id.span(), Claimed::Model(id.clone()));
        let activities = PerActivity {
            selling: raw.selling,
            buying: raw.buying,
            soliciting: raw.soliciting,
            organizing: raw.organizing,
        };
        if let Some((activity, _)) = activities
            .iter()
            .find(|(_, s)| matches!(s, Status::Varies | Status::Unknown))
        {
            self.at(
                file,
                text,
                raw.id.span(),
                format!(
                    "model `{id}`: {activity} must be a definite status, not varies or unknown"
                ),
            );
        }
        if let Some(rule) = regime_contradiction(raw.regime, &activities) {
            self.at(
                file,
                text,
                raw.id.span(),
                format!("model `{id}`: the regime contradicts the statuses: {rule}"),
            );
        }
        if raw.source.is_empty() {
            self.at(
                file,
                text,
                raw.id.span(),
                format!("model `{id}`: cites no source"),
            );
        }
        let sources = self.sources(file, text, &format!("model {id}"), raw.source);
        Some(Model {
            id,
            name: raw.name,
            summary: raw.summary.trim().to_string(),
            regime: raw.regime,
            activities,
            details: Details {
                working_together: raw.working_together,
                advertising: raw.advertising,
                kerb_crawling: raw.kerb_crawling,
                mandatory_registration: raw.mandatory_registration,
                mandatory_testing: raw.mandatory_testing,
                migrants: raw.migrants,
            },
            notes: raw.notes.map(|n| n.trim().to_string()),
            sources,
        })
    }

    /// Rules between records: parents and the subdivisions of `varies` records.
    pub(super) fn relations(
        &mut self,
        files: &[(String, String)],
        dataset: &Dataset,
        spans: &HashMap<String, (usize, Range<usize>)>,
    ) {
        let mut children: BTreeMap<&str, usize> = BTreeMap::new();
        let ids: std::collections::HashSet<&str> = dataset
            .jurisdictions
            .iter()
            .map(|j| j.id.as_str())
            .collect();
        for record in &dataset.jurisdictions {
            let Some(parent) = record.parent.as_deref() else {
                continue;
            };
            *children.entry(parent).or_default() += 1;
            let (file, span) = &spans[&record.id];
            let (name, text) = &files[*file];
            if !ids.contains(parent) {
                self.at(
                    name,
                    text,
                    span.clone(),
                    format!("`{}`: parent `{parent}` does not exist", record.id),
                );
            } else if !record.id.starts_with(&format!("{parent}-")) {
                self.at(
                    name,
                    text,
                    span.clone(),
                    format!(
                        "`{}`: a subdivision's id must start with its parent's id `{parent}-`",
                        record.id
                    ),
                );
            }
        }
        for record in &dataset.jurisdictions {
            let recorded = children.get(record.id.as_str()).copied().unwrap_or(0);
            if let Some(count) = record.subdivision_count
                && usize::from(count) < recorded
            {
                let (file, span) = &spans[&record.id];
                let (name, text) = &files[*file];
                let message = format!(
                    "`{}`: subdivision_count = {count}, but {recorded} records name it as `parent`",
                    record.id
                );
                self.at(name, text, span.clone(), message);
            }
            let varies = record
                .states()
                .last()
                .is_some_and(|state| state.activities.iter().any(|(_, s)| *s == Status::Varies));
            if varies && !children.contains_key(record.id.as_str()) {
                let (file, span) = &spans[&record.id];
                let (name, text) = &files[*file];
                self.at(
                    name,
                    text,
                    span.clone(),
                    format!(
                        "`{}`: a status `varies` but no subdivision records name it as `parent`",
                        record.id
                    ),
                );
            }
        }
    }
}
