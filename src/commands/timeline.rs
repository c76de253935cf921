use crate::cli::TimelineEntries;
use crate::model::{Event, Jurisdiction, PartialDate, Regime};
use crate::output::{Block, Cell, Report, Table};
use crate::view;
use serde_json::json;

const HISTORY_STARTS: &str = "history starts";

/// What a timeline row is: a change of status (a reform, or where a history starts) or an event
/// that changed none.
enum What<'a> {
    Reform {
        regime: Regime,
        changes: Vec<String>,
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
pub fn run(
    records: &[&Jurisdiction],
    include_start: bool,
    entries_wanted: Option<TimelineEntries>,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
) -> Report {
    let want_reforms = entries_wanted != Some(TimelineEntries::Events);
    let want_events = entries_wanted != Some(TimelineEntries::Reforms);
    let mut entries: Vec<Entry> = Vec::new();
    for record in records {
        if want_reforms {
            let states = record.states();
            for (index, (change, state)) in record.history.iter().zip(&states).enumerate() {
                if index == 0 && !include_start {
                    continue;
                }
                let changes = if index == 0 {
                    vec![HISTORY_STARTS.to_string()]
                } else {
                    view::describe_change(&states[index - 1], state)
                };
                entries.push(Entry {
                    date: change.from,
                    record,
                    what: What::Reform {
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

    let mut table = Table::new(&["date", "id", "name", "regime after", "what", "note"]);
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
    let mut reforms = Vec::new();
    let mut events = Vec::new();
    for e in &entries {
        let (id, name) = (e.record.id.as_str(), e.record.name.as_str());
        match &e.what {
            What::Reform {
                regime,
                changes,
                note,
            } => {
                table.row(vec![
                    e.date.to_string().into(),
                    id.into(),
                    name.into(),
                    Cell::regime(*regime),
                    changes.join("\n").into(),
                    note.unwrap_or_default().into(),
                ]);
                csv.row(vec![
                    e.date.to_string().into(),
                    id.into(),
                    name.into(),
                    "reform".into(),
                    regime.as_str().into(),
                    changes.join("; ").into(),
                    "".into(),
                    "".into(),
                    note.unwrap_or_default().into(),
                ]);
                reforms.push(json!({
                    "date": e.date, "id": id, "name": name,
                    "regime": regime, "changes": changes, "event": note,
                }));
            }
            What::Event(event) => {
                let label = match event.stage {
                    Some(stage) => format!("{} ({stage})", event.kind),
                    None => event.kind.to_string(),
                };
                table.row(vec![
                    e.date.to_string().into(),
                    id.into(),
                    name.into(),
                    "".into(),
                    label.into(),
                    event.summary.as_str().into(),
                ]);
                csv.row(vec![
                    e.date.to_string().into(),
                    id.into(),
                    name.into(),
                    "event".into(),
                    "".into(),
                    "".into(),
                    event.kind.as_str().into(),
                    event.stage.map(|s| s.as_str()).unwrap_or_default().into(),
                    event.summary.as_str().into(),
                ]);
                let mut item = json!({ "id": id, "name": name });
                item.as_object_mut()
                    .expect("an object")
                    .extend(event_fields(event));
                events.push(item);
            }
        }
    }
    let starts = entries
        .iter()
        .filter(|e| matches!(&e.what, What::Reform { changes, .. } if changes.first().is_some_and(|c| c == HISTORY_STARTS)))
        .count();
    let summary = format!(
        "{} change(s) of status, {starts} start(s) of a record's history (not reforms), {} event(s).",
        reforms.len() - starts,
        events.len()
    );
    Report {
        blocks: vec![Block::Table(table), Block::Text(summary)],
        csv,
        json: json!({
            "count": reforms.len(), "changes": reforms,
            "event_count": events.len(), "events": events,
        }),
    }
}

/// An event's own fields, in the order of the data file.
fn event_fields(event: &Event) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(event) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}
