use crate::model::{Dataset, Model};
use crate::output::{Block, Cell, Report, Table};
use serde_json::json;

pub fn list(dataset: &Dataset) -> Report {
    let mut table = Table::new(&[
        "id",
        "name",
        "regime",
        "selling",
        "buying",
        "soliciting",
        "organizing",
    ]);
    for model in &dataset.models {
        let mut row: Vec<Cell> = vec![
            model.id.as_str().into(),
            model.name.as_str().into(),
            Cell::regime(model.regime),
        ];
        row.extend(model.activities.iter().map(|(_, &s)| Cell::status(s)));
        table.row(row);
    }
    Report {
        blocks: vec![Block::Table(table.clone())],
        csv: table,
        json: json!({ "models": dataset.models }),
    }
}

pub fn show(model: &Model) -> Report {
    let mut blocks = vec![
        Block::Title(format!("{} (`{}`)", model.name, model.id)),
        Block::Text(model.summary.clone()),
        Block::Fields(vec![("regime".into(), Cell::regime(model.regime))]),
    ];
    let mut table = Table::new(&["activity", "status"]);
    for (activity, &status) in model.activities.iter() {
        table.row(vec![activity.as_str().into(), Cell::status(status)]);
    }
    for (detail, value) in model.details.stated() {
        table.row(vec![detail.as_str().into(), Cell::plain(value.as_str())]);
    }
    blocks.push(Block::Table(table.clone()));
    if let Some(notes) = &model.notes {
        blocks.push(Block::Subtitle("Notes".into()));
        blocks.push(Block::Text(notes.clone()));
    }
    let mut sources = Table::new(&["id", "source", "dated"]);
    for source in &model.sources {
        let mut text = source.title.clone();
        if let Some(url) = &source.url {
            text.push('\n');
            text.push_str(url);
        }
        sources.row(vec![
            source.id.as_str().into(),
            text.into(),
            source
                .date
                .map(|d| d.to_string())
                .unwrap_or_default()
                .into(),
        ]);
    }
    blocks.push(Block::Subtitle("Sources".into()));
    blocks.push(Block::Table(sources));
    Report {
        blocks,
        csv: table,
        json: json!({ "models": [model] }),
    }
}
