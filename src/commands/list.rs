use crate::cli::{Level, ListArgs, SortKey};
use crate::error::{Failure, exit};
use crate::filter::Condition;
use crate::gap::{self, Score};
use crate::model::{Dataset, Jurisdiction, State};
use crate::output::{Block, Cell, Present, Table};
use crate::query;
use crate::view::{self, JurisdictionJson, When};
use serde::{Serialize, Serializer};

pub struct Row<'a> {
    pub record: &'a Jurisdiction,
    pub state: State,
    /// The gap to the model: exact, or a range where statuses are unknown.
    pub score: Score,
    pub last_reform: Option<crate::model::PartialDate>,
}

pub fn run<'a>(
    dataset: &'a Dataset,
    args: &ListArgs,
    within: Option<&str>,
) -> Result<List<'a>, Failure> {
    let when = When::new(args.when.as_of);
    let (criminalizes, permits, conditions, regimes) = (
        &args.criminalizes,
        &args.permits,
        &args.status,
        &args.regime,
    );
    let area = args.region;
    let model = dataset
        .model(&args.model)
        .ok_or_else(|| unknown_model(dataset, &args.model))?;

    let mut rows: Vec<Row> = Vec::new();
    for record in &dataset.jurisdictions {
        let level_ok = match args.level {
            Level::Country => !record.is_subdivision(),
            Level::Subdivision => record.is_subdivision(),
            Level::All => true,
        };
        let area_ok = area.as_ref().is_none_or(|area| area.contains(record));
        let within_ok = within.is_none_or(|id| query::is_within(dataset, record, id));
        if !(level_ok && area_ok && within_ok) {
            continue;
        }
        let state = view::state_on(record, when.day);
        let keep = criminalizes
            .iter()
            .all(|a| state.activities.get(*a).is_punished())
            && permits
                .iter()
                .all(|a| state.activities.get(*a).is_permitted())
            && (regimes.is_empty() || regimes.contains(&state.regime))
            && conditions.iter().all(|c| match c {
                Condition::Activity(a, s) => state.activities.get(*a) == s,
                Condition::Detail(d, v) => state.details.get(*d) == Some(*v),
            });
        if keep {
            let score = gap::measure(dataset, record, model, when.day).score;
            rows.push(Row {
                record,
                state,
                score,
                last_reform: record.latest_reform(when.day),
            });
        }
    }
    sort(&mut rows, args.sort);
    Ok(List {
        dataset,
        rows,
        model,
        when,
    })
}

/// The records a filter kept, each with its state and gap on the day asked.
pub struct List<'a> {
    dataset: &'a Dataset,
    rows: Vec<Row<'a>>,
    model: &'a crate::model::Model,
    when: When,
}

impl Present for List<'_> {
    fn blocks(&self) -> Vec<Block> {
        let mut headers = view::SUMMARY_HEADERS.to_vec();
        headers.push("gap");
        let mut table = Table::new(&headers);
        for row in &self.rows {
            let mut cells = view::summary_row(
                &row.record.id,
                &row.record.name,
                row.state.regime,
                &row.state.activities,
            );
            cells.push(row.score.text().into());
            table.row(cells);
        }
        vec![
            Block::Table(table),
            Block::Text(format!(
                "{} jurisdiction(s), as of {}; gap: distance to the `{}` model (0-100, see `swlaw gap`); a range where statuses are unknown.",
                self.rows.len(),
                self.when.label(),
                self.model.id
            )),
        ]
    }

    fn csv(&self) -> Table {
        let mut csv = Table::new(&[
            "id",
            "name",
            "parent",
            "region",
            "subregion",
            "regime",
            "selling",
            "buying",
            "soliciting",
            "organizing",
            "gap",
            "gap_min",
            "gap_max",
            "confidence",
            "reviewed",
        ]);
        for row in &self.rows {
            let record = row.record;
            let mut line: Vec<Cell> = vec![
                record.id.as_str().into(),
                record.name.as_str().into(),
                record.parent.clone().unwrap_or_default().into(),
                record.region.as_str().into(),
                record.subregion.as_str().into(),
                row.state.regime.as_str().into(),
            ];
            line.extend(
                row.state
                    .activities
                    .iter()
                    .map(|(_, s)| Cell::plain(s.as_str())),
            );
            line.extend([
                row.score
                    .exact()
                    .map(|s| format!("{s:.1}"))
                    .unwrap_or_default()
                    .into(),
                format!("{:.1}", row.score.min).into(),
                format!("{:.1}", row.score.max).into(),
                record.confidence.as_str().into(),
                record.reviewed.to_string().into(),
            ]);
            csv.row(line);
        }
        csv
    }

    fn exit_code(&self) -> u8 {
        if self.rows.is_empty() {
            exit::NOT_FOUND
        } else {
            exit::OK
        }
    }
}

/// A jurisdiction with its gap to the model.
#[derive(Serialize, schemars::JsonSchema)]
struct ListedJson<'a> {
    #[serde(flatten)]
    jurisdiction: JurisdictionJson<'a>,
    gap: GapSummary<'a>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct GapSummary<'a> {
    model: &'a str,
    /// The score when every activity is settled; null for a range.
    score: Option<f64>,
    min: f64,
    max: f64,
    complete: bool,
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct ListJson<'a> {
    as_of: crate::model::Day,
    model: &'a str,
    count: usize,
    jurisdictions: Vec<ListedJson<'a>>,
}

impl Serialize for List<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let jurisdictions = self
            .rows
            .iter()
            .map(|row| ListedJson {
                jurisdiction: JurisdictionJson::new(self.dataset, row.record, self.when.day),
                gap: GapSummary {
                    model: &self.model.id,
                    score: row.score.exact(),
                    min: row.score.min,
                    max: row.score.max,
                    complete: row.score.is_exact(),
                },
            })
            .collect();
        ListJson {
            as_of: self.when.day,
            model: &self.model.id,
            count: self.rows.len(),
            jurisdictions,
        }
        .serialize(serializer)
    }
}

fn sort(rows: &mut [Row], key: SortKey) {
    match key {
        SortKey::Id => rows.sort_by(|a, b| a.record.id.cmp(&b.record.id)),
        SortKey::Name => rows.sort_by(|a, b| {
            crate::text::fold_key(&a.record.name).cmp(&crate::text::fold_key(&b.record.name))
        }),
        SortKey::Region => rows.sort_by(|a, b| {
            (a.record.region, a.record.subregion, &a.record.id).cmp(&(
                b.record.region,
                b.record.subregion,
                &b.record.id,
            ))
        }),
        SortKey::Regime => {
            rows.sort_by(|a, b| (a.state.regime, &a.record.id).cmp(&(b.state.regime, &b.record.id)))
        }
        // Exact scores first; ranges after them, never ranked by their lower bound alone.
        SortKey::Gap => rows.sort_by(|a, b| {
            a.score
                .cmp_rank(b.score)
                .then_with(|| a.record.id.cmp(&b.record.id))
        }),
        // By the latest reform, most recent first: where a history starts is not a change,
        // and records without any reform come last.
        SortKey::Changed => rows.sort_by(|a, b| {
            b.last_reform
                .cmp(&a.last_reform)
                .then_with(|| a.record.id.cmp(&b.record.id))
        }),
    }
}

pub fn unknown_model(dataset: &Dataset, id: &str) -> Failure {
    let ids: Vec<&str> = dataset.models.iter().map(|m| m.id.as_str()).collect();
    Failure::Usage(format!("unknown model `{id}` (models: {})", ids.join(", ")))
}
