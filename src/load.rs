//! Reading TOML data files into a [`Dataset`], and every validation rule, each failure reported
//! with its file, line and column.
//!
//! Also compiled into `build.rs`, so that the bundled data is checked when the binary is built.

use crate::model::{
    BillStage, Change, Confidence, Dataset, Day, DetailValue, Details, Event, EventKind,
    Jurisdiction, Law, Model, PartialDate, PerActivity, Regime, Region, Requirement, Source,
    SourceKind, State, Status, Subregion, Tier, Topic, regime_contradiction,
};
use crate::text::fold_key;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One problem found in a data file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "{}:{}:{}: {}", self.file, line, column, self.message)
            }
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

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
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| problem(format!("cannot read directory: {e}")))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml") && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(problem("no .toml data files in this directory".into()));
    }
    Ok(files)
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
        match std::fs::read_to_string(&file) {
            Ok(text) => texts.push((file.display().to_string(), text)),
            Err(e) => problems.push(Diagnostic {
                file: file.display().to_string(),
                line: None,
                column: None,
                message: format!("cannot read: {e}"),
            }),
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

/// Loads and validates data given as (file name, TOML text) pairs.
pub fn load_texts(files: &[(String, String)]) -> Result<Dataset, Vec<Diagnostic>> {
    load_texts_with(files, Rules::All)
}

/// [`load_texts`], choosing the rules.
pub fn load_texts_with(
    files: &[(String, String)],
    rules: Rules,
) -> Result<Dataset, Vec<Diagnostic>> {
    let mut checker = Checker {
        rules: Some(rules),
        ..Checker::default()
    };
    let mut raw_records = Vec::new();
    let mut raw_models = Vec::new();
    for (index, (name, text)) in files.iter().enumerate() {
        match toml::from_str::<RawFile>(text) {
            Ok(file) => {
                raw_records.extend(file.jurisdiction.into_iter().map(|r| (index, r)));
                raw_models.extend(file.model.into_iter().map(|m| (index, m)));
            }
            Err(error) => {
                let message = error.message().trim().replace('\n', " ");
                checker.report(name, text, error.span(), message);
            }
        }
    }

    let mut dataset = Dataset::default();
    let mut record_spans: HashMap<String, (usize, Range<usize>)> = HashMap::new();
    for (file, raw) in raw_records {
        let (name, text) = &files[file];
        let span = raw.span();
        let record = checker.jurisdiction(name, text, raw.into_inner());
        if let Some(record) = record {
            record_spans.insert(record.id.clone(), (file, span));
            dataset.jurisdictions.push(record);
        }
    }
    for (file, raw) in raw_models {
        let (name, text) = &files[file];
        if let Some(model) = checker.model(name, text, raw.into_inner()) {
            dataset.models.push(model);
        }
    }
    checker.relations(files, &dataset, &record_spans);

    if checker.problems.is_empty() {
        dataset.jurisdictions.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(dataset)
    } else {
        checker.problems.sort();
        checker.problems.dedup();
        Err(checker.problems)
    }
}

/// Where each name or alias was first seen, to report duplicates across files.
struct NameSeen {
    owner: String,
    spelling: String,
    primary: bool,
    file: String,
    line: Option<usize>,
}

#[derive(Default)]
struct Checker {
    /// `None` only in `Default`; every load sets it.
    rules: Option<Rules>,
    problems: Vec<Diagnostic>,
    ids: HashMap<String, (String, Option<usize>)>,
    names: HashMap<String, NameSeen>,
    model_ids: HashMap<String, String>,
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |tail| tail.chars().count())
        + 1;
    (line, column)
}

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

/// A current cell as the confidence rules see it.
struct Cell {
    topic: Topic,
    /// The status, for activities and the details that take one.
    status: Option<Status>,
    text: &'static str,
}

/// The four activities, then the stated details, leaving out those that are `unknown`.
fn stated_cells(state: &State) -> Vec<Cell> {
    let activities = state.activities.iter().map(|(activity, &status)| Cell {
        topic: Topic::Activity(activity),
        status: Some(status),
        text: status.as_str(),
    });
    let details = state.details.stated().map(|(detail, value)| Cell {
        topic: Topic::Detail(detail),
        status: match value {
            DetailValue::Status(status) => Some(status),
            DetailValue::Requirement(_) => None,
        },
        text: value.as_str(),
    });
    activities
        .chain(details)
        .filter(|cell| cell.text != Status::Unknown.as_str())
        .collect()
}

/// Whether a status punishes, regulates or restricts: the cells `high` needs a primary or
/// official source for.
pub fn is_constraining(status: Status) -> bool {
    matches!(
        status,
        Status::Criminalized | Status::Penalized | Status::Regulated | Status::Restricted
    )
}

/// The tier a status needs at `high` confidence.
pub fn tier_needed_for_high(status: Status) -> Tier {
    if is_constraining(status) {
        Tier::Official
    } else {
        Tier::Expert
    }
}

fn cited(provenance: &crate::model::Provenance) -> String {
    if provenance.sources.is_empty() {
        return "no source".to_string();
    }
    let parts: Vec<String> = provenance
        .sources
        .iter()
        .map(|source| format!("{} [{}]", source.id, source.kind))
        .collect();
    parts.join(", ")
}

/// The confidence rules on provenance (CONTRIBUTING "Confidence"), for the record's statuses on
/// `day`: each problem as a sentence. `swlaw validate` reports them as errors, `swlaw audit` as
/// findings.
pub fn provenance_problems(record: &Jurisdiction, day: Day) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(state) = record.state_on(day) else {
        return problems;
    };
    for cell in stated_cells(&state) {
        let topic = cell.topic;
        let provenance = record.provenance(topic, day);
        let best = provenance.best_tier();
        if record.confidence != Confidence::Low && best.is_none_or(|tier| tier == Tier::Secondary) {
            problems.push(format!(
                "{topic} is {} on secondary sources only ({}); a status that rests only on press, encyclopedias or other pages needs `confidence = \"low\"`",
                cell.text,
                cited(&provenance)
            ));
            continue;
        }
        if let (Confidence::High, Topic::Activity(_), Some(status)) =
            (record.confidence, topic, cell.status)
        {
            let needed = tier_needed_for_high(status);
            if best.is_none_or(|tier| tier > needed) {
                let what = if needed == Tier::Official {
                    "a primary or official source"
                } else {
                    "at least an expert source"
                };
                problems.push(format!(
                    "`confidence = \"high\"` needs {what} behind {topic} ({status}); it has {}",
                    cited(&provenance)
                ));
            }
        }
    }
    if record.confidence == Confidence::Medium
        && !record
            .sources
            .iter()
            .any(|source| source.tier() < Tier::Secondary)
    {
        problems.push("`confidence = \"medium\"` needs at least one primary, official or expert source in the record".to_string());
    }
    problems
}

impl Checker {
    fn report(&mut self, file: &str, text: &str, span: Option<Range<usize>>, message: String) {
        let (line, column) = match span {
            Some(span) => {
                let (line, column) = line_column(text, span.start);
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

    /// Records a name or alias, reporting a clash with another record's. Two records may share a
    /// primary name (Georgia the country and the US state): a query for it is then ambiguous and
    /// lists both. Aliases and ids must be unique.
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
        let line = Some(line_column(text, name.span().start).0);
        match self.names.get(&key) {
            // The same record may spell a name twice ("México", "Mexico"; "中国", "Zhongguo"):
            // both are useful to show, and they cannot send a query to the wrong record.
            Some(seen) if seen.owner == owner => {
                if seen.spelling == *name.get_ref() {
                    let message = format!(
                        "`{owner}`: name or alias `{}` is given twice",
                        name.get_ref()
                    );
                    self.at(file, text, name.span(), message);
                }
            }
            Some(seen) if seen.primary && primary => {}
            Some(seen) => {
                let message = format!(
                    "`{owner}`: name or alias `{}` is already used by `{}` ({}:{})",
                    name.get_ref(),
                    seen.owner,
                    seen.file,
                    seen.line.unwrap_or(0)
                );
                self.at(file, text, name.span(), message);
            }
            None => {
                self.names.insert(
                    key,
                    NameSeen {
                        owner: owner.to_string(),
                        spelling: name.get_ref().clone(),
                        primary,
                        file: file.to_string(),
                        line,
                    },
                );
            }
        }
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

    fn jurisdiction(
        &mut self,
        file: &str,
        text: &str,
        raw: RawJurisdiction,
    ) -> Option<Jurisdiction> {
        let id = raw.id.get_ref().clone();
        if let Some(problem) = id_problem(&id, raw.parent.is_some()) {
            self.at(file, text, raw.id.span(), problem);
        }
        let line = Some(line_column(text, raw.id.span().start).0);
        if let Some((other_file, other_line)) = self.ids.get(&id) {
            let message = format!(
                "duplicate id `{id}` (first defined at {}:{})",
                other_file,
                other_line.unwrap_or(0)
            );
            self.at(file, text, raw.id.span(), message);
        } else {
            self.ids.insert(id.clone(), (file.to_string(), line));
        }
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

        let sources = self.sources(file, text, &id, raw.source);
        let source_known = |name: &str| sources.iter().any(|s| s.id == name);

        let mut laws: Vec<Law> = Vec::with_capacity(raw.law.len());
        for spanned in raw.law {
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

        if raw.history.is_empty() {
            self.at(file, text, raw.id.span(), format!("`{id}`: no [[jurisdiction.history]] entry: the first one sets the regime and the four statuses"));
        }
        let mut history: Vec<Change> = Vec::with_capacity(raw.history.len());
        let mut state: Option<State> = None;
        for spanned in raw.history {
            let entry = spanned.into_inner();
            // Problems of an entry point at its date, the line that names it.
            let span = entry.from.span();
            let from = *entry.from.get_ref();
            if let Some(previous) = history.last()
                && from <= previous.from
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
            let asserts_something = change
                .activities
                .iter()
                .any(|(_, s)| s.is_some_and(|s| s != Status::Unknown))
                || change
                    .details
                    .stated()
                    .any(|(_, v)| !v.as_str().eq("unknown"));
            if asserts_something && change.sources.is_empty() {
                self.at(file, text, span.clone(), format!("`{id}`: history entry {from} sets a status other than `unknown` but cites no source"));
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

        if let Some(latest) = &state {
            let day = latest.since.last_day();
            for (activity, status) in latest.activities.iter() {
                let needs_law = matches!(
                    status,
                    Status::Criminalized
                        | Status::Penalized
                        | Status::Regulated
                        | Status::Restricted
                );
                let cited = laws.iter().any(|law| {
                    law.punishes.contains(&Topic::Activity(activity))
                        && law.repealed.is_none_or(|r| r.first_day() > day)
                });
                if needs_law && !cited {
                    self.at(file, text, raw.id.span(), format!("`{id}`: {activity} is {status} but no law in [[jurisdiction.law]] punishes it (add the statute to `punishes`)"));
                }
            }
        }

        let mut events: Vec<Event> = Vec::with_capacity(raw.event.len());
        for spanned in raw.event {
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

        let established = raw.established;

        let record = Jurisdiction {
            id,
            name: raw.name.into_inner(),
            aliases: raw.aliases.into_iter().map(Spanned::into_inner).collect(),
            parent: raw.parent.map(Spanned::into_inner),
            region,
            subregion,
            confidence: *raw.confidence.get_ref(),
            reviewed: raw.reviewed,
            established,
            notes: raw.notes.map(|n| n.trim().to_string()),
            laws,
            sources,
            history,
            events,
        };
        if self.rules == Some(Rules::All) {
            for problem in provenance_problems(&record, Day::today()) {
                let message = format!("`{}`: {problem}", record.id);
                self.at(file, text, raw.confidence.span(), message);
            }
        }
        Some(record)
    }

    fn model(&mut self, file: &str, text: &str, raw: RawModel) -> Option<Model> {
        let id = raw.id.get_ref().clone();
        if let Some(first_file) = self.model_ids.get(&id) {
            let message = format!("duplicate model id `{id}` (first defined in {first_file})");
            self.at(file, text, raw.id.span(), message);
        } else {
            self.model_ids.insert(id.clone(), file.to_string());
        }
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
    fn relations(
        &mut self,
        files: &[(String, String)],
        dataset: &Dataset,
        spans: &HashMap<String, (usize, Range<usize>)>,
    ) {
        let mut children: BTreeMap<&str, usize> = BTreeMap::new();
        for record in &dataset.jurisdictions {
            let Some(parent) = record.parent.as_deref() else {
                continue;
            };
            *children.entry(parent).or_default() += 1;
            let (file, span) = &spans[&record.id];
            let (name, text) = &files[*file];
            if dataset.jurisdictions.iter().all(|j| j.id != parent) {
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    jurisdiction: Vec<Spanned<RawJurisdiction>>,
    #[serde(default)]
    model: Vec<Spanned<RawModel>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJurisdiction {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    parent: Option<Spanned<String>>,
    region: Spanned<Region>,
    subregion: Spanned<Subregion>,
    confidence: Spanned<Confidence>,
    reviewed: PartialDate,
    established: Option<PartialDate>,
    notes: Option<String>,
    #[serde(default)]
    law: Vec<Spanned<RawLaw>>,
    #[serde(default)]
    source: Vec<Spanned<RawSource>>,
    #[serde(default)]
    history: Vec<Spanned<RawChange>>,
    #[serde(default)]
    event: Vec<Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    date: Spanned<PartialDate>,
    kind: EventKind,
    stage: Option<BillStage>,
    bill: Option<String>,
    summary: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLaw {
    id: Spanned<String>,
    statute: String,
    section: Option<String>,
    in_force: PartialDate,
    repealed: Option<PartialDate>,
    punishes: Spanned<Vec<Topic>>,
    url: Option<String>,
    note: Option<String>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
    title: String,
    publisher: Option<String>,
    url: Option<String>,
    kind: SourceKind,
    copy_of: Option<Spanned<String>>,
    date: Option<PartialDate>,
    accessed: PartialDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    from: Spanned<PartialDate>,
    regime: Option<Regime>,
    selling: Option<Status>,
    buying: Option<Status>,
    soliciting: Option<Status>,
    organizing: Option<Status>,
    working_together: Option<Status>,
    advertising: Option<Status>,
    kerb_crawling: Option<Status>,
    mandatory_registration: Option<Requirement>,
    mandatory_testing: Option<Requirement>,
    migrants: Option<Status>,
    event: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
}

impl RawChange {
    fn into_change(self) -> Change {
        Change {
            from: self.from.into_inner(),
            regime: self.regime,
            activities: PerActivity {
                selling: self.selling,
                buying: self.buying,
                soliciting: self.soliciting,
                organizing: self.organizing,
            },
            details: Details {
                working_together: self.working_together,
                advertising: self.advertising,
                kerb_crawling: self.kerb_crawling,
                mandatory_registration: self.mandatory_registration,
                mandatory_testing: self.mandatory_testing,
                migrants: self.migrants,
            },
            event: self.event.map(|e| e.trim().to_string()),
            sources: self.sources,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel {
    id: Spanned<String>,
    name: String,
    summary: String,
    regime: Regime,
    selling: Status,
    buying: Status,
    soliciting: Status,
    organizing: Status,
    working_together: Option<Status>,
    advertising: Option<Status>,
    kerb_crawling: Option<Status>,
    mandatory_registration: Option<Requirement>,
    mandatory_testing: Option<Requirement>,
    migrants: Option<Status>,
    notes: Option<String>,
    #[serde(default)]
    source: Vec<Spanned<RawSource>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Dataset, Vec<Diagnostic>> {
        load_texts(&[("test.toml".to_string(), text.to_string())])
    }

    /// A valid record; each test breaks one rule of it.
    const VALID: &str = r#"
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
}
