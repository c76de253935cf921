use crate::model::{Activity, Dataset, Detail, DetailValue, Jurisdiction, Model, Topic};
use crate::output::{Block, Cell, Present, Table};
use crate::view::{self, JurisdictionJson, Ordered, When};
use serde::{Serialize, Serializer};

/// One cell of the comparison: a status and the laws behind it.
fn value(record: &Jurisdiction, topic: Topic, when: When) -> (Option<Cell>, Vec<String>) {
    let state = view::state_on(record, when.day);
    let cell = match topic {
        Topic::Activity(activity) => Some(Cell::status(*state.activities.get(activity))),
        Topic::Detail(detail) => state.details.get(detail).map(detail_cell),
    };
    let laws = record
        .laws_on(topic, when.day)
        .map(|law| law.citation())
        .collect();
    (cell, laws)
}

fn detail_cell(value: DetailValue) -> Cell {
    match value {
        DetailValue::Status(status) => Cell::status(status),
        DetailValue::Requirement(requirement) => Cell::plain(requirement.as_str()),
    }
}

fn model_value(model: &Model, topic: Topic) -> Option<Cell> {
    match topic {
        Topic::Activity(activity) => Some(Cell::status(*model.activities.get(activity))),
        Topic::Detail(detail) => model.details.get(detail).map(detail_cell),
    }
}

/// One topic across the jurisdictions compared: each one's status and laws, and the model's.
struct Row {
    topic: Topic,
    values: Vec<(Cell, Vec<String>)>,
    model: Option<Cell>,
}

/// Jurisdictions side by side, topic by topic.
pub struct Compare<'a> {
    dataset: &'a Dataset,
    records: Vec<&'a Jurisdiction>,
    model: Option<&'a Model>,
    diff: bool,
    when: When,
    /// The regime of each record (and the model), unless `--diff` and they agree.
    regimes: Option<Vec<Cell>>,
    rows: Vec<Row>,
}

fn dash() -> Cell {
    Cell::plain("-")
}

pub fn run<'a>(
    dataset: &'a Dataset,
    records: &[&'a Jurisdiction],
    model: Option<&'a Model>,
    diff: bool,
    when: When,
) -> Compare<'a> {
    let mut regimes: Vec<Cell> = records
        .iter()
        .map(|r| Cell::regime(view::state_on(r, when.day).regime))
        .collect();
    regimes.extend(model.map(|m| Cell::regime(m.regime)));
    let regimes_differ = regimes.windows(2).any(|w| w[0].text != w[1].text);

    let topics = Activity::ALL
        .iter()
        .map(|&a| Topic::Activity(a))
        .chain(Detail::ALL.iter().map(|&d| Topic::Detail(d)));
    let mut rows = Vec::new();
    for topic in topics {
        let values: Vec<(Option<Cell>, Vec<String>)> =
            records.iter().map(|r| value(r, topic, when)).collect();
        if values.iter().all(|(cell, _)| cell.is_none()) {
            continue;
        }
        let model_cell = model.map(|m| model_value(m, topic).unwrap_or_else(dash));
        let texts: Vec<String> = values
            .iter()
            .map(|(c, _)| c.as_ref().map_or("-".to_string(), |c| c.text.clone()))
            .chain(model_cell.iter().map(|c| c.text.clone()))
            .collect();
        if diff && texts.windows(2).all(|w| w[0] == w[1]) {
            continue;
        }
        rows.push(Row {
            topic,
            values: values
                .into_iter()
                .map(|(cell, laws)| (cell.unwrap_or_else(dash), laws))
                .collect(),
            model: model_cell,
        });
    }
    Compare {
        dataset,
        records: records.to_vec(),
        model,
        diff,
        when,
        regimes: (!diff || regimes_differ).then_some(regimes),
        rows,
    }
}

impl Present for Compare<'_> {
    fn blocks(&self) -> Vec<Block> {
        let mut headers: Vec<String> = vec!["".into()];
        headers.extend(
            self.records
                .iter()
                .map(|r| format!("{} ({})", r.name, r.id)),
        );
        headers.extend(self.model.map(|m| format!("model: {}", m.id)));
        let mut table = Table {
            headers,
            rows: Vec::new(),
        };
        if let Some(regimes) = &self.regimes {
            let mut row: Vec<Cell> = vec!["regime".into()];
            row.extend(regimes.iter().cloned());
            table.row(row);
        }
        for row in &self.rows {
            let mut cells: Vec<Cell> = vec![row.topic.as_str().into()];
            for (cell, laws) in &row.values {
                let text = if laws.is_empty() {
                    cell.text.clone()
                } else {
                    format!("{}\n{}", cell.text, laws.join("; "))
                };
                cells.push(Cell::toned(text, cell.tone));
            }
            cells.extend(row.model.clone());
            table.row(cells);
        }
        let mut blocks = vec![
            Block::Title(format!("Comparison as of {}", self.when.label())),
            Block::Table(table),
        ];
        if self.diff {
            blocks.push(Block::Text(
                "Only the rows that differ are shown (--diff).".into(),
            ));
        }
        blocks
    }

    fn csv(&self) -> Table {
        let mut headers: Vec<String> = vec!["topic".into()];
        for record in &self.records {
            headers.push(record.id.clone());
            headers.push(format!("{} laws", record.id));
        }
        headers.extend(self.model.map(|m| format!("model:{}", m.id)));
        let mut csv = Table {
            headers,
            rows: Vec::new(),
        };
        if let Some(regimes) = &self.regimes {
            let mut line: Vec<Cell> = vec!["regime".into()];
            for (index, cell) in regimes.iter().enumerate() {
                line.push(cell.clone());
                if index < self.records.len() {
                    line.push(Cell::plain(""));
                }
            }
            csv.row(line);
        }
        for row in &self.rows {
            let mut line: Vec<Cell> = vec![row.topic.as_str().into()];
            for (cell, laws) in &row.values {
                line.push(Cell::plain(cell.text.clone()));
                line.push(Cell::plain(laws.join("; ")));
            }
            line.extend(row.model.as_ref().map(|c| Cell::plain(c.text.clone())));
            csv.row(line);
        }
        csv
    }
}

/// A record's value in a row: its status and the laws behind it; the model's is its status.
#[derive(Serialize, schemars::JsonSchema)]
#[serde(untagged)]
enum ValueJson<'a> {
    Record { status: &'a str, laws: Vec<&'a str> },
    Model(&'a str),
}

#[derive(Serialize, schemars::JsonSchema)]
struct RowJson<'a> {
    topic: Topic,
    values: Ordered<&'a str, ValueJson<'a>>,
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct CompareJson<'a> {
    as_of: crate::model::Day,
    model: Option<&'a str>,
    diff: bool,
    rows: Vec<RowJson<'a>>,
    jurisdictions: Vec<JurisdictionJson<'a>>,
}

impl Serialize for Compare<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut values: Vec<(&str, ValueJson)> = self
                    .records
                    .iter()
                    .zip(&row.values)
                    .map(|(record, (cell, laws))| {
                        let value = ValueJson::Record {
                            status: &cell.text,
                            laws: laws.iter().map(String::as_str).collect(),
                        };
                        (record.id.as_str(), value)
                    })
                    .collect();
                if let Some(cell) = &row.model {
                    values.push(("model", ValueJson::Model(&cell.text)));
                }
                RowJson {
                    topic: row.topic,
                    values: Ordered(values),
                }
            })
            .collect();
        CompareJson {
            as_of: self.when.day,
            model: self.model.map(|m| m.id.as_str()),
            diff: self.diff,
            rows,
            jurisdictions: JurisdictionJson::all(self.dataset, &self.records, self.when.day),
        }
        .serialize(serializer)
    }
}
