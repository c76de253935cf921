use crate::model::{Jurisdiction, PartialDate, State};
use crate::output::{Block, Cell, Report, Table};
use crate::view;
use serde_json::json;

struct Entry<'a> {
    date: PartialDate,
    record: &'a Jurisdiction,
    regime: crate::model::Regime,
    changes: Vec<String>,
    event: Option<&'a str>,
}

/// Reforms in date order. The first entry of a record is where its history starts, not a
/// reform: it is shown only when jurisdictions are named.
pub fn run(
    records: &[&Jurisdiction],
    include_start: bool,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
) -> Report {
    let mut entries: Vec<Entry> = Vec::new();
    for record in records {
        let states = record.states();
        for (index, (change, state)) in record.history.iter().zip(&states).enumerate() {
            if index == 0 && !include_start {
                continue;
            }
            let before = if index == 0 {
                State::unknown()
            } else {
                states[index - 1].clone()
            };
            let changes = if index == 0 {
                vec!["history starts".to_string()]
            } else {
                view::describe_change(&before, state)
            };
            entries.push(Entry {
                date: change.from,
                record,
                regime: state.regime,
                changes,
                event: change.event.as_deref(),
            });
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

    let mut table = Table::new(&[
        "date",
        "id",
        "name",
        "regime after",
        "what changed",
        "event",
    ]);
    let mut csv = Table::new(&["date", "id", "name", "regime", "changes", "event"]);
    let mut items = Vec::new();
    for e in &entries {
        table.row(vec![
            e.date.to_string().into(),
            e.record.id.as_str().into(),
            e.record.name.as_str().into(),
            Cell::regime(e.regime),
            e.changes.join("\n").into(),
            e.event.unwrap_or_default().into(),
        ]);
        csv.row(vec![
            e.date.to_string().into(),
            e.record.id.as_str().into(),
            e.record.name.as_str().into(),
            e.regime.as_str().into(),
            e.changes.join("; ").into(),
            e.event.unwrap_or_default().into(),
        ]);
        items.push(json!({
            "date": e.date, "id": e.record.id, "name": e.record.name,
            "regime": e.regime, "changes": e.changes, "event": e.event,
        }));
    }
    let count = entries.len();
    Report {
        blocks: vec![
            Block::Table(table),
            Block::Text(format!("{count} change(s).")),
        ],
        csv,
        json: json!({ "count": count, "changes": items }),
    }
}
