//! `swlaw diff`: what changed between two datasets, record by record: a researcher keeps the
//! export their paper used and sees what a new release changed.

use crate::error::Failure;
use crate::model::{Activity, Dataset, Day};
use crate::output::{Block, Present, Table};
use crate::view;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// What the comparison looks at in one record: its current answer and what backs it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub name: String,
    /// (field, value): regime, the four statuses, confidence, laws in force.
    pub fields: Vec<(String, String)>,
}

/// Records by id, as one side of the comparison sees them.
pub type Side = BTreeMap<String, Snapshot>;

fn snapshot_fields(
    regime: &str,
    statuses: [(&str, &str); 4],
    confidence: &str,
    laws: &str,
) -> Vec<(String, String)> {
    let mut fields = vec![("regime".to_string(), regime.to_string())];
    fields.extend(statuses.iter().map(|(a, s)| (a.to_string(), s.to_string())));
    fields.push(("confidence".into(), confidence.to_string()));
    fields.push(("laws".into(), laws.to_string()));
    fields
}

/// A dataset's records as of `day`.
pub fn side_of_dataset(dataset: &Dataset, day: Day) -> Side {
    dataset
        .jurisdictions
        .iter()
        .map(|record| {
            let state = view::state_on(record, day);
            let statuses: [(&str, &str); 4] = std::array::from_fn(|i| {
                let a = Activity::ALL[i];
                (a.as_str(), state.activities.get(a).as_str())
            });
            let mut laws: Vec<String> = record
                .laws
                .iter()
                .filter(|law| law.in_force_on(day))
                .map(|law| law.citation())
                .collect();
            laws.sort();
            let fields = snapshot_fields(
                state.regime.as_str(),
                statuses,
                record.confidence.as_str(),
                &laws.join("; "),
            );
            (
                record.id.clone(),
                Snapshot {
                    name: record.name.clone(),
                    fields,
                },
            )
        })
        .collect()
}

/// The records of a JSON export (`swlaw list --level all --format json`), and its release and
/// date.
pub fn side_of_export(path: &Path) -> Result<(Side, String), Failure> {
    let problem = |why: String| Failure::Usage(format!("{}: {why}", path.display()));
    let text = std::fs::read_to_string(path).map_err(|e| problem(format!("cannot read: {e}")))?;
    let export: Value =
        serde_json::from_str(&text).map_err(|e| problem(format!("not JSON: {e}")))?;
    let records = export["jurisdictions"].as_array().ok_or_else(|| {
        problem("not an export of `swlaw list --format json` (no `jurisdictions`)".into())
    })?;
    let text_of = |v: &Value| v.as_str().unwrap_or_default().to_string();
    // The export's own date decides which of its laws were in force.
    let as_of: Option<crate::model::Day> = export["as_of"]
        .as_str()
        .and_then(|date| date.parse::<crate::model::PartialDate>().ok())
        .map(|date| date.last_day());
    let mut side = Side::new();
    for record in records {
        let statuses: [(&str, &str); 4] = std::array::from_fn(|i| {
            let a = Activity::ALL[i];
            (
                a.as_str(),
                record["status"][a.as_str()].as_str().unwrap_or_default(),
            )
        });
        let mut laws: Vec<String> = record["laws"]
            .as_array()
            .map(|laws| laws.iter().filter_map(|l| citation_of(l, as_of?)).collect())
            .unwrap_or_default();
        laws.sort();
        let fields = snapshot_fields(
            record["regime"].as_str().unwrap_or_default(),
            statuses,
            record["confidence"].as_str().unwrap_or_default(),
            &laws.join("; "),
        );
        side.insert(
            text_of(&record["id"]),
            Snapshot {
                name: text_of(&record["name"]),
                fields,
            },
        );
    }
    let mut label = format!("as of {}", text_of(&export["as_of"]));
    if let Some(version) = export["dataset_version"].as_str() {
        label = format!("dataset {version}, {label}");
    }
    Ok((side, label))
}

/// A law of an export, cited the way [`crate::model::Law::citation`] cites it, if it was in
/// force on the export's date.
fn citation_of(law: &Value, as_of: Day) -> Option<String> {
    let law: crate::model::Law = serde_json::from_value(law.clone()).ok()?;
    law.in_force_on(as_of).then(|| law.citation())
}

/// One difference.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Change {
    pub id: String,
    pub name: String,
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    pub field: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Every difference between two sides, in id order.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Diff {
    pub old: String,
    pub new: String,
    pub count: usize,
    pub changes: Vec<Change>,
}

pub fn compare(old: &Side, new: &Side, old_label: String, new_label: String) -> Diff {
    let mut changes = Vec::new();
    let ids: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for id in ids {
        match (old.get(id), new.get(id)) {
            (Some(a), None) => changes.push(Change {
                id: id.clone(),
                name: a.name.clone(),
                kind: "removed",
                field: None,
                old: None,
                new: None,
            }),
            (None, Some(b)) => changes.push(Change {
                id: id.clone(),
                name: b.name.clone(),
                kind: "added",
                field: None,
                old: None,
                new: None,
            }),
            (Some(a), Some(b)) => {
                for ((field, before), (_, after)) in a.fields.iter().zip(&b.fields) {
                    if before != after {
                        changes.push(Change {
                            id: id.clone(),
                            name: b.name.clone(),
                            kind: "changed",
                            field: Some(field.clone()),
                            old: Some(before.clone()),
                            new: Some(after.clone()),
                        });
                    }
                }
            }
            (None, None) => {}
        }
    }
    Diff {
        old: old_label,
        new: new_label,
        count: changes.len(),
        changes,
    }
}

impl Present for Diff {
    fn blocks(&self) -> Vec<Block> {
        let summary = Block::Text(format!(
            "{} difference(s) from {} to {}.",
            self.count, self.old, self.new
        ));
        if self.changes.is_empty() {
            return vec![summary];
        }
        vec![Block::Table(self.csv()), summary]
    }

    fn csv(&self) -> Table {
        let mut table = Table::new(&["id", "name", "change", "field", "old", "new"]);
        for c in &self.changes {
            table.row(vec![
                c.id.as_str().into(),
                c.name.as_str().into(),
                c.kind.into(),
                c.field.clone().unwrap_or_default().into(),
                c.old.clone().unwrap_or_default().into(),
                c.new.clone().unwrap_or_default().into(),
            ]);
        }
        table
    }
}
