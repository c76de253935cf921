//! Blocks as a view for HTML templates (the site's pages): the same blocks the table and
//! Markdown formats show, as plain serializable values. The templates (minijinja, with HTML
//! auto-escaping) turn them into markup, so every piece of data stays text.

use super::{Block, Cell, Tone};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct CellView {
    /// A cell's lines (its line breaks are kept).
    lines: Vec<String>,
    /// `status legal`, `regime partial`, `dim`...: the tone as a CSS class.
    class: String,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    key: String,
    value: CellView,
}

#[derive(Debug, Serialize)]
pub struct LinkView {
    label: String,
    /// The address as a link target (printable ASCII only).
    href: String,
    text: String,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum BlockView {
    Title {
        text: String,
    },
    Subtitle {
        text: String,
    },
    Fields {
        fields: Vec<FieldView>,
    },
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<CellView>>,
    },
    Text {
        paragraphs: Vec<Vec<String>>,
    },
    Links {
        links: Vec<LinkView>,
    },
}

fn cell(cell: &Cell) -> CellView {
    let class = match cell.tone {
        Tone::Status(status) => format!("status {status}"),
        Tone::Regime(regime) => format!("regime {regime}"),
        Tone::Dim => "dim".into(),
        Tone::Alert => "alert".into(),
        Tone::Good => "good".into(),
        Tone::Plain => String::new(),
    };
    CellView {
        lines: cell.text.split('\n').map(str::to_string).collect(),
        class,
    }
}

pub fn view(blocks: &[Block]) -> Vec<BlockView> {
    blocks
        .iter()
        .map(|block| match block {
            Block::Title(text) => BlockView::Title { text: text.clone() },
            Block::Subtitle(text) => BlockView::Subtitle { text: text.clone() },
            Block::Fields(fields) => BlockView::Fields {
                fields: fields
                    .iter()
                    .map(|(key, value)| FieldView {
                        key: key.clone(),
                        value: cell(value),
                    })
                    .collect(),
            },
            Block::Table(table) => BlockView::Table {
                headers: table.headers.clone(),
                rows: table
                    .rows
                    .iter()
                    .map(|row| row.iter().map(cell).collect())
                    .collect(),
            },
            Block::Text(text) => BlockView::Text {
                paragraphs: text
                    .split("\n\n")
                    .map(|p| p.split('\n').map(str::to_string).collect())
                    .collect(),
            },
            Block::Links(links) => BlockView::Links {
                links: links
                    .iter()
                    .map(|link| LinkView {
                        label: link.label.clone(),
                        href: super::safe::url_target(&link.url),
                        text: link.url.clone(),
                    })
                    .collect(),
            },
        })
        .collect()
}
