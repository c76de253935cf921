use crate::model::{Dataset, Model};
use crate::output::{Block, Cell, Report, Table};
use crate::view;
use serde_json::json;

pub fn list(dataset: &Dataset) -> Report {
    let mut table = Table::new(&view::SUMMARY_HEADERS);
    for model in &dataset.models {
        table.row(view::summary_row(
            &model.id,
            &model.name,
            model.regime,
            &model.activities,
        ));
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
    blocks.push(Block::Subtitle("Sources".into()));
    blocks.push(Block::Table(view::sources_table(&model.sources)));
    Report {
        blocks,
        csv: table,
        json: json!({ "models": [model] }),
    }
}
