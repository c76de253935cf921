//! `swlaw panel`: the country-year panel researchers regress on, one row per jurisdiction, year
//! and activity (or, `--wide`, per jurisdiction and year), with the laws and sources behind each
//! status.

use crate::model::{
    Activity, Confidence, Day, Jurisdiction, PartialDate, Regime, Status, Tier, Topic,
};
use crate::output::{Block, Cell, Present, Table};
use crate::view;
use serde::{Serialize, Serializer};

/// One jurisdiction, year and activity, as of 31 December of the year.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PanelRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub parent: Option<&'a str>,
    pub region: crate::model::Region,
    pub subregion: crate::model::Subregion,
    pub year: u16,
    pub activity: Activity,
    pub status: Status,
    pub regime: Regime,
    /// Whether 31 December of the year is inside the record's known history (before it, every
    /// status is `unknown` by definition, not by finding).
    pub in_history: bool,
    pub laws: Vec<&'a str>,
    pub citations: Vec<String>,
    pub sources: Vec<&'a str>,
    pub tier: Option<Tier>,
    pub confidence: Confidence,
}

/// The panel: rows in record, year, activity order.
pub struct Panel<'a> {
    rows: Vec<PanelRow<'a>>,
    activities: Vec<Activity>,
    wide: bool,
    from: u16,
    to: u16,
}

fn end_of(year: u16) -> Day {
    PartialDate {
        year,
        month: None,
        day: None,
    }
    .last_day()
}

fn rows_of<'a>(record: &'a Jurisdiction, year: u16, activities: &[Activity]) -> Vec<PanelRow<'a>> {
    let day = end_of(year);
    let state = view::state_on(record, day);
    let in_history = record
        .history_from()
        .is_some_and(|from| from.first_day() <= day);
    activities
        .iter()
        .map(|&activity| {
            let topic = Topic::Activity(activity);
            let provenance = record.provenance(topic, day);
            PanelRow {
                id: &record.id,
                name: &record.name,
                parent: record.parent.as_deref(),
                region: record.region,
                subregion: record.subregion,
                year,
                activity,
                status: *state.activities.get(activity),
                regime: state.regime,
                in_history,
                laws: provenance.laws.iter().map(|l| l.id.as_str()).collect(),
                citations: provenance.laws.iter().map(|l| l.citation()).collect(),
                sources: provenance.sources.iter().map(|s| s.id.as_str()).collect(),
                tier: provenance.best_tier(),
                confidence: record.confidence,
            }
        })
        .collect()
}

pub fn run<'a>(
    records: &[&'a Jurisdiction],
    from: u16,
    to: u16,
    activities: &[Activity],
    wide: bool,
) -> Panel<'a> {
    let activities: Vec<Activity> = if activities.is_empty() {
        Activity::ALL.to_vec()
    } else {
        activities.to_vec()
    };
    let mut rows = Vec::with_capacity(
        records.len() * usize::from(to.saturating_sub(from) + 1) * activities.len(),
    );
    for record in records {
        for year in from..=to {
            rows.extend(rows_of(record, year, &activities));
        }
    }
    Panel {
        rows,
        activities,
        wide,
        from,
        to,
    }
}

/// The headers of [`where_and_when`]'s columns.
const WHERE_AND_WHEN: [&str; 6] = ["id", "name", "parent", "region", "subregion", "year"];

/// The columns that say which jurisdiction and year a row is.
fn where_and_when(row: &PanelRow) -> Vec<Cell> {
    vec![
        row.id.into(),
        row.name.into(),
        row.parent.unwrap_or_default().into(),
        row.region.as_str().into(),
        row.subregion.as_str().into(),
        row.year.to_string().into(),
    ]
}

impl Panel<'_> {
    fn long(&self) -> Table {
        let columns = [
            "activity",
            "status",
            "regime",
            "in_history",
            "laws",
            "citations",
            "sources",
            "tier",
            "confidence",
        ];
        let headers: Vec<&str> = WHERE_AND_WHEN.iter().chain(&columns).copied().collect();
        let mut table = Table::new(&headers);
        for row in &self.rows {
            let mut cells = where_and_when(row);
            cells.extend([
                row.activity.as_str().into(),
                Cell::status(row.status),
                row.regime.as_str().into(),
                row.in_history.to_string().into(),
                row.laws.join("; ").into(),
                row.citations.join("; ").into(),
                row.sources.join("; ").into(),
                row.tier.map(Tier::as_str).unwrap_or_default().into(),
                row.confidence.as_str().into(),
            ]);
            table.row(cells);
        }
        table
    }

    /// One row per jurisdiction and year, a status and a sources column per activity.
    fn wide_table(&self) -> Table {
        let mut headers: Vec<String> = WHERE_AND_WHEN
            .iter()
            .chain(&["regime", "in_history", "confidence"])
            .map(|h| h.to_string())
            .collect();
        for activity in &self.activities {
            headers.push(activity.as_str().to_string());
            headers.push(format!("{activity}_sources"));
        }
        let mut table = Table {
            headers,
            rows: Vec::new(),
        };
        for group in self.rows.chunks(self.activities.len().max(1)) {
            let first = &group[0];
            let mut cells = where_and_when(first);
            cells.extend([
                first.regime.as_str().into(),
                first.in_history.to_string().into(),
                first.confidence.as_str().into(),
            ]);
            for row in group {
                cells.push(Cell::status(row.status));
                cells.push(row.sources.join("; ").into());
            }
            table.row(cells);
        }
        table
    }
}

impl Present for Panel<'_> {
    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Table(self.wide_table()),
            Block::Text(format!(
                "{} row(s): each status as of 31 December of its year, {} to {}.",
                self.rows.len() / self.activities.len().max(1),
                self.from,
                self.to
            )),
        ]
    }

    fn csv(&self) -> Table {
        if self.wide {
            self.wide_table()
        } else {
            self.long()
        }
    }
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct PanelJson<'a> {
    from: u16,
    to: u16,
    count: usize,
    rows: &'a [PanelRow<'a>],
}

impl Serialize for Panel<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        PanelJson {
            from: self.from,
            to: self.to,
            count: self.rows.len(),
            rows: &self.rows,
        }
        .serialize(serializer)
    }
}
