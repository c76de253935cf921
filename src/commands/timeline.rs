use crate::cli::TimelineEntries;
use crate::model::{EntryKind, Event, Jurisdiction, PartialDate, Regime};
use crate::output::{Block, Cell, Present, Table};
use crate::view;
use serde::{Serialize, Serializer};

const HISTORY_STARTS: &str = "history starts";

/// What a timeline row is: a change of status (a reform, or where a history starts) or an event
/// that changed none.
enum What<'a> {
    Reform {
        kind: EntryKind,
        regime: Regime,
        changes: Vec<view::FieldChange>,
        note: Option<&'a str>,
    },
    Event(&'a Event),
}

struct Entry<'a> {
    date: PartialDate,
    record: &'a Jurisdiction,
    what: What<'a>,
}

/// Reforms and events in date order. The first entry of a record is where its history starts,
/// not a reform: it is shown only when jurisdictions are named.
pub fn run<'a>(
    records: &[&'a Jurisdiction],
    include_start: bool,
    entries_wanted: Option<TimelineEntries>,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
) -> Timeline<'a> {
    let want_reforms = entries_wanted != Some(TimelineEntries::Events);
    let want_events = entries_wanted != Some(TimelineEntries::Reforms);
    let mut entries: Vec<Entry> = Vec::new();
    for record in records {
        if want_reforms {
            let states = record.states();
            let kinds = record.entry_kinds();
            for (index, (change, state)) in record.history.iter().zip(&states).enumerate() {
                let kind = kinds[index];
                // Where knowledge begins is not a reform: shown only for records named.
                let knowledge = matches!(kind, EntryKind::Start | EntryKind::KnownFrom);
                if (knowledge && !include_start) || kind == EntryKind::Unchanged {
                    continue;
                }
                let changes = if index == 0 {
                    Vec::new()
                } else {
                    view::changed_fields(&states[index - 1], state)
                };
                entries.push(Entry {
                    date: change.from,
                    record,
                    what: What::Reform {
                        kind,
                        regime: state.regime,
                        changes,
                        note: change.event.as_deref(),
                    },
                });
            }
        }
        if want_events {
            entries.extend(record.events.iter().map(|event| Entry {
                date: event.date,
                record,
                what: What::Event(event),
            }));
        }
    }
    entries.retain(|e| {
        since.is_none_or(|s| e.date.last_day() >= s.first_day())
            && until.is_none_or(|u| e.date.first_day() <= u.last_day())
    });
    entries.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.record.id.cmp(&b.record.id))
    });

    Timeline { entries }
}

/// Reforms and events in date order.
pub struct Timeline<'a> {
    entries: Vec<Entry<'a>>,
}

/// The changes as people read them; the start of a history says so.
fn change_text(changes: &[view::FieldChange], separator: &str) -> String {
    if changes.is_empty() {
        return HISTORY_STARTS.to_string();
    }
    let texts: Vec<String> = changes.iter().map(view::FieldChange::text).collect();
    texts.join(separator)
}

fn is_start(what: &What) -> bool {
    matches!(
        what,
        What::Reform {
            kind: EntryKind::Start | EntryKind::KnownFrom,
            ..
        }
    )
}

fn event_label(event: &Event) -> String {
    match event.stage {
        Some(stage) => format!("{} ({stage})", event.kind),
        None => event.kind.to_string(),
    }
}

impl Present for Timeline<'_> {
    fn blocks(&self) -> Vec<Block> {
        let mut table = Table::new(&["date", "id", "name", "regime after", "what", "note"]);
        for e in &self.entries {
            let (regime, what, note) = match &e.what {
                What::Reform {
                    regime,
                    changes,
                    note,
                    ..
                } => (
                    Cell::regime(*regime),
                    change_text(changes, "\n"),
                    note.unwrap_or_default(),
                ),
                What::Event(event) => ("".into(), event_label(event), event.summary.as_str()),
            };
            table.row(vec![
                e.date.to_string().into(),
                e.record.id.as_str().into(),
                e.record.name.as_str().into(),
                regime,
                what.into(),
                note.into(),
            ]);
        }
        let starts = self.entries.iter().filter(|e| is_start(&e.what)).count();
        let events = self
            .entries
            .iter()
            .filter(|e| matches!(e.what, What::Event(_)))
            .count();
        let reforms = self.entries.len() - events - starts;
        let summary = format!(
            "{reforms} change(s) of status, {starts} point(s) where knowledge of a record or a cell begins (not reforms), {events} event(s)."
        );
        vec![Block::Table(table), Block::Text(summary)]
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&[
            "date",
            "id",
            "name",
            "entry",
            "regime",
            "changes",
            "event_kind",
            "stage",
            "note",
        ]);
        for e in &self.entries {
            let (id, name) = (e.record.id.as_str(), e.record.name.as_str());
            let row: [&str; 6] = match &e.what {
                What::Reform { regime, note, .. } => [
                    "reform",
                    regime.as_str(),
                    "",
                    "",
                    "",
                    note.unwrap_or_default(),
                ],
                What::Event(event) => [
                    "event",
                    "",
                    "",
                    event.kind.as_str(),
                    event.stage.map(|s| s.as_str()).unwrap_or_default(),
                    event.summary.as_str(),
                ],
            };
            let changes = match &e.what {
                What::Reform { changes, .. } => change_text(changes, "; "),
                What::Event(_) => String::new(),
            };
            csv.row(vec![
                e.date.to_string().into(),
                id.into(),
                name.into(),
                row[0].into(),
                row[1].into(),
                changes.into(),
                row[3].into(),
                row[4].into(),
                row[5].into(),
            ]);
        }
        csv
    }
}

#[derive(Serialize, schemars::JsonSchema)]
struct ReformJson<'a> {
    date: PartialDate,
    kind: EntryKind,
    id: &'a str,
    name: &'a str,
    regime: Regime,
    changes: &'a [view::FieldChange],
    event: Option<&'a str>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct EventJson<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(flatten)]
    event: &'a Event,
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct TimelineJson<'a> {
    count: usize,
    changes: Vec<ReformJson<'a>>,
    event_count: usize,
    events: Vec<EventJson<'a>>,
}

impl Serialize for Timeline<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut changes = Vec::new();
        let mut events = Vec::new();
        for e in &self.entries {
            let (id, name) = (e.record.id.as_str(), e.record.name.as_str());
            match &e.what {
                What::Reform {
                    kind,
                    regime,
                    changes: described,
                    note,
                } => changes.push(ReformJson {
                    date: e.date,
                    kind: *kind,
                    id,
                    name,
                    regime: *regime,
                    changes: described,
                    event: *note,
                }),
                What::Event(event) => events.push(EventJson { id, name, event }),
            }
        }
        TimelineJson {
            count: changes.len(),
            changes,
            event_count: events.len(),
            events,
        }
        .serialize(serializer)
    }
}
