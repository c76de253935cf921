//! `swlaw schema`: the JSON documents swlaw writes, and the JSON Schema of each.

use crate::output::{Block, Present, Table};
use crate::schema::Document;
use serde::Serialize;
use std::path::Path;

/// The documents that have a schema, one row each.
#[derive(Serialize)]
pub struct Documents {
    documents: Vec<Entry>,
}

#[derive(Serialize)]
struct Entry {
    name: &'static str,
    file: String,
    written_by: &'static str,
}

pub fn list() -> Documents {
    Documents {
        documents: Document::all()
            .iter()
            .map(|&document| Entry {
                name: document.name(),
                file: format!("schema/{}", document.file_name()),
                written_by: document.written_by(),
            })
            .collect(),
    }
}

impl Documents {
    fn table(&self) -> Table {
        let mut table = Table::new(&["document", "file", "written by"]);
        for entry in &self.documents {
            table.row(vec![
                entry.name.into(),
                entry.file.as_str().into(),
                entry.written_by.into(),
            ]);
        }
        table
    }
}

impl Present for Documents {
    fn blocks(&self) -> Vec<Block> {
        vec![
            Block::Table(self.table()),
            Block::Text(
                "`swlaw schema NAME` prints one schema (JSON Schema 2020-12); `swlaw schema -o DIR` writes them all.".into(),
            ),
        ]
    }

    fn csv(&self) -> Table {
        self.table()
    }
}

/// Writes the schemas of `documents` into `dir` (created if missing), one file each; returns
/// how many were written.
pub fn write(documents: &[Document], dir: &Path) -> anyhow::Result<usize> {
    crate::files::create_dir(dir)?;
    for document in documents {
        crate::files::write(&dir.join(document.file_name()), document.text())?;
    }
    Ok(documents.len())
}
