use crate::commands::Outcome;
use crate::commands::list::Area;
use crate::error::exit;
use crate::model::{BillStage, Event, EventKind, Jurisdiction, PartialDate};
use crate::output::{Block, Report, Table};
use crate::view::When;
use serde_json::json;
use std::collections::BTreeMap;

/// A bill whose latest known stage on the day asked is `pending`.
struct PendingBill<'a> {
    record: &'a Jurisdiction,
    /// The date of the bill's first event: how long it has been pending.
    since: PartialDate,
    latest: &'a Event,
}

/// The bills of a record still pending on `day`: the events of one bill (same `bill` key) are
/// its stages, and the latest one on or before the day decides.
fn pending_bills(record: &Jurisdiction, when: When) -> Vec<PendingBill<'_>> {
    let mut bills: BTreeMap<String, Vec<&Event>> = BTreeMap::new();
    for (index, event) in record.events.iter().enumerate() {
        if event.kind == EventKind::Bill && event.date.first_day() <= when.day {
            bills.entry(event.bill_key(index)).or_default().push(event);
        }
    }
    bills
        .into_values()
        .filter_map(|stages| {
            // Events are sorted by date when loaded.
            let latest = *stages.last()?;
            (latest.stage == Some(BillStage::Pending)).then(|| PendingBill {
                record,
                since: stages[0].date,
                latest,
            })
        })
        .collect()
}

pub fn run(records: &[&Jurisdiction], area: Option<&Area>, when: When) -> Outcome {
    let mut bills: Vec<PendingBill> = records
        .iter()
        .filter(|record| area.is_none_or(|area| area.contains(record)))
        .flat_map(|record| pending_bills(record, when))
        .collect();
    bills.sort_by(|a, b| {
        a.since
            .cmp(&b.since)
            .then_with(|| a.record.id.cmp(&b.record.id))
    });

    let headers = ["since", "id", "name", "latest", "summary", "sources"];
    let mut table = Table::new(&headers);
    let mut items = Vec::with_capacity(bills.len());
    for bill in &bills {
        table.row(vec![
            bill.since.to_string().into(),
            bill.record.id.as_str().into(),
            bill.record.name.as_str().into(),
            bill.latest.date.to_string().into(),
            bill.latest.summary.as_str().into(),
            bill.latest.sources.join(", ").into(),
        ]);
        items.push(json!({
            "id": bill.record.id,
            "name": bill.record.name,
            "since": bill.since,
            "latest": bill.latest,
        }));
    }
    let count = bills.len();
    let summary = format!("{count} pending bill(s), as of {}.", when.label());
    Outcome {
        report: Report {
            blocks: vec![Block::Table(table.clone()), Block::Text(summary)],
            csv: table,
            json: json!({ "as_of": when.day.to_string(), "count": count, "bills": items }),
        },
        // No pending bill is an answer, not a failed search.
        exit_code: exit::OK,
    }
}
