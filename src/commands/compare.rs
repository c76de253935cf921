use crate::model::{Activity, Dataset, Detail, DetailValue, Jurisdiction, Model, Topic};
use crate::output::{Block, Cell, Report, Table};
use crate::view::{self, When};
use serde_json::json;

/// One cell of the comparison: a status and the laws behind it.
fn value(record: &Jurisdiction, topic: Topic, when: When) -> (Option<Cell>, String) {
    let state = view::state_on(record, when.day);
    let cell = match topic {
        Topic::Activity(activity) => Some(Cell::status(*state.activities.get(activity))),
        Topic::Detail(detail) => state.details.get(detail).map(detail_cell),
    };
    (cell, view::citations(record, topic, when.day))
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

pub fn run(
    dataset: &Dataset,
    records: &[&Jurisdiction],
    model: Option<&Model>,
    diff: bool,
    when: When,
) -> Report {
    let mut headers: Vec<String> = vec!["".into()];
    headers.extend(records.iter().map(|r| format!("{} ({})", r.name, r.id)));
    if let Some(model) = model {
        headers.push(format!("model: {}", model.id));
    }
    let mut table = Table {
        headers,
        rows: Vec::new(),
    };
    let mut csv_headers: Vec<String> = vec!["topic".into()];
    for record in records {
        csv_headers.push(record.id.clone());
        csv_headers.push(format!("{} laws", record.id));
    }
    if let Some(model) = model {
        csv_headers.push(format!("model:{}", model.id));
    }
    let mut csv = Table {
        headers: csv_headers,
        rows: Vec::new(),
    };
    let mut json_rows = Vec::new();

    let states: Vec<_> = records
        .iter()
        .map(|r| view::state_on(r, when.day))
        .collect();
    let mut regime_row: Vec<Cell> = vec!["regime".into()];
    regime_row.extend(states.iter().map(|s| Cell::regime(s.regime)));
    if let Some(model) = model {
        regime_row.push(Cell::regime(model.regime));
    }
    let regimes_differ = regime_row[1..].windows(2).any(|w| w[0].text != w[1].text);
    if !diff || regimes_differ {
        csv.row(
            regime_row
                .iter()
                .enumerate()
                .flat_map(|(i, c)| {
                    if i == 0 || (i > records.len()) {
                        vec![c.clone()]
                    } else {
                        vec![c.clone(), Cell::plain("")]
                    }
                })
                .collect(),
        );
        table.row(regime_row);
    }

    let topics = Activity::ALL
        .iter()
        .map(|&a| Topic::Activity(a))
        .chain(Detail::ALL.iter().map(|&d| Topic::Detail(d)));
    for topic in topics {
        let values: Vec<(Option<Cell>, String)> =
            records.iter().map(|r| value(r, topic, when)).collect();
        let model_cell = model.and_then(|m| model_value(m, topic));
        let stated = values.iter().any(|(c, _)| c.is_some());
        if !stated {
            continue;
        }
        let texts: Vec<String> = values
            .iter()
            .map(|(c, _)| c.as_ref().map_or("-".to_string(), |c| c.text.clone()))
            .chain(model.map(|_| {
                model_cell
                    .as_ref()
                    .map_or("-".to_string(), |c| c.text.clone())
            }))
            .collect();
        if diff && texts.windows(2).all(|w| w[0] == w[1]) {
            continue;
        }
        let mut row: Vec<Cell> = vec![topic.as_str().into()];
        let mut line: Vec<Cell> = vec![topic.as_str().into()];
        let mut cells_json = serde_json::Map::new();
        for ((cell, laws), record) in values.into_iter().zip(records) {
            let cell = cell.unwrap_or_else(|| Cell::plain("-"));
            line.push(Cell::plain(cell.text.clone()));
            line.push(Cell::plain(laws.clone()));
            cells_json.insert(
                record.id.clone(),
                json!({ "status": cell.text, "laws": laws }),
            );
            let text = if laws.is_empty() {
                cell.text.clone()
            } else {
                format!("{}\n{laws}", cell.text)
            };
            row.push(Cell::toned(text, cell.tone));
        }
        if model.is_some() {
            let cell = model_cell.unwrap_or_else(|| Cell::plain("-"));
            line.push(Cell::plain(cell.text.clone()));
            cells_json.insert("model".into(), json!(cell.text));
            row.push(cell);
        }
        table.row(row);
        csv.row(line);
        json_rows.push(json!({ "topic": topic.as_str(), "values": cells_json }));
    }

    let mut blocks = vec![
        Block::Title(format!("Comparison as of {}", when.label())),
        Block::Table(table),
    ];
    if diff {
        blocks.push(Block::Text(
            "Only the rows that differ are shown (--diff).".into(),
        ));
    }
    Report {
        blocks,
        csv,
        json: json!({
            "as_of": when.day.to_string(),
            "model": model.map(|m| m.id.clone()),
            "diff": diff,
            "rows": json_rows,
            "jurisdictions": records.iter().map(|r| view::jurisdiction_json(dataset, r, when.day)).collect::<Vec<_>>(),
        }),
    }
}
