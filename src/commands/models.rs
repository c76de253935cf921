use crate::model::{Dataset, Model};
use crate::output::{Block, Cell, Present, Table};
use crate::view;
use serde::Serialize;

/// Reference models: all of them in a list, or one in full.
#[derive(Serialize, schemars::JsonSchema)]
pub struct Models<'a> {
    models: Vec<&'a Model>,
    #[serde(skip)]
    one: bool,
}

pub fn list(dataset: &Dataset) -> Models<'_> {
    Models {
        models: dataset.models.iter().collect(),
        one: false,
    }
}

pub fn show(model: &Model) -> Models<'_> {
    Models {
        models: vec![model],
        one: true,
    }
}

fn statuses_table(model: &Model) -> Table {
    let mut table = Table::new(&["activity", "status"]);
    for (activity, &status) in model.activities.iter() {
        table.row(vec![activity.as_str().into(), Cell::status(status)]);
    }
    for (detail, value) in model.details.stated() {
        table.row(vec![detail.as_str().into(), Cell::plain(value.as_str())]);
    }
    table
}

fn summaries(models: &[&Model]) -> Table {
    let mut table = Table::new(&view::SUMMARY_HEADERS);
    for model in models {
        table.row(view::summary_row(
            &model.id,
            &model.name,
            model.regime,
            &model.activities,
        ));
    }
    table
}

impl Present for Models<'_> {
    fn blocks(&self) -> Vec<Block> {
        let model = match (self.one, self.models.first()) {
            (true, Some(model)) => model,
            _ => return vec![Block::Table(summaries(&self.models))],
        };
        let mut blocks = vec![
            Block::Title(format!("{} (`{}`)", model.name, model.id)),
            Block::Text(model.summary.clone()),
            Block::Fields(vec![("regime".into(), Cell::regime(model.regime))]),
            Block::Table(statuses_table(model)),
        ];
        if let Some(notes) = &model.notes {
            blocks.push(Block::Subtitle("Notes".into()));
            blocks.push(Block::Text(notes.clone()));
        }
        blocks.push(Block::Subtitle("Sources".into()));
        blocks.push(Block::Table(view::sources_table(&model.sources)));
        let urls = model
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s.url.as_ref()));
        blocks.extend(view::links(urls));
        blocks
    }

    fn csv(&self) -> Table {
        match (self.one, self.models.first()) {
            (true, Some(model)) => statuses_table(model),
            _ => summaries(&self.models),
        }
    }
}
