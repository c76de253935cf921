use crate::filter::Area;
use crate::model::{BillStage, Event, EventKind, Jurisdiction, PartialDate};
use crate::output::{Block, Present, Table};
use crate::view::When;
use serde::{Serialize, Serializer};
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

pub fn run<'a>(records: &[&'a Jurisdiction], area: Option<&Area>, when: When) -> Pending<'a> {
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

    Pending { bills, when }
}

/// Bills whose latest known stage is pending, oldest first.
pub struct Pending<'a> {
    bills: Vec<PendingBill<'a>>,
    when: When,
}

impl Present for Pending<'_> {
    fn blocks(&self) -> Vec<Block> {
        let summary = format!(
            "{} pending bill(s), as of {}.",
            self.bills.len(),
            self.when.label()
        );
        vec![Block::Table(self.csv()), Block::Text(summary)]
    }

    fn csv(&self) -> Table {
        let mut table = Table::new(&["since", "id", "name", "latest", "summary", "sources"]);
        for bill in &self.bills {
            table.row(vec![
                bill.since.to_string().into(),
                bill.record.id.as_str().into(),
                bill.record.name.as_str().into(),
                bill.latest.date.to_string().into(),
                bill.latest.summary.as_str().into(),
                bill.latest.sources.join(", ").into(),
            ]);
        }
        table
    }
}

#[derive(Serialize, schemars::JsonSchema)]
struct BillJson<'a> {
    id: &'a str,
    name: &'a str,
    since: PartialDate,
    latest: &'a Event,
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct PendingJson<'a> {
    as_of: crate::model::Day,
    count: usize,
    bills: Vec<BillJson<'a>>,
}

impl Serialize for Pending<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        PendingJson {
            as_of: self.when.day,
            count: self.bills.len(),
            bills: self
                .bills
                .iter()
                .map(|b| BillJson {
                    id: &b.record.id,
                    name: &b.record.name,
                    since: b.since,
                    latest: b.latest,
                })
                .collect(),
        }
        .serialize(serializer)
    }
}
