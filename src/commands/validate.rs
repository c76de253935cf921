use crate::load::Diagnostic;
use crate::model::Dataset;
use crate::output::{Block, Cell, Report, Table};
use serde_json::json;

/// The report of a check: counts when the data is valid, every problem when it is not.
pub fn report(target: &str, result: &Result<Dataset, Vec<Diagnostic>>) -> Report {
    let mut csv = Table::new(&["file", "line", "column", "message"]);
    match result {
        Ok(dataset) => {
            let text = format!(
                "{target}: valid ({} jurisdictions, {} models)",
                dataset.jurisdictions.len(),
                dataset.models.len()
            );
            Report {
                blocks: vec![Block::Text(text)],
                csv,
                json: json!({
                    "target": target, "valid": true,
                    "jurisdictions": dataset.jurisdictions.len(), "models": dataset.models.len(),
                    "problems": [],
                }),
            }
        }
        Err(problems) => {
            let mut table = Table::new(&["file", "line", "column", "message"]);
            for p in problems {
                let row: Vec<Cell> = vec![
                    p.file.as_str().into(),
                    p.line.map(|l| l.to_string()).unwrap_or_default().into(),
                    p.column.map(|c| c.to_string()).unwrap_or_default().into(),
                    p.message.as_str().into(),
                ];
                csv.row(row.clone());
                table.row(row);
            }
            let problems_json: Vec<_> = problems
                .iter()
                .map(|p| json!({ "file": p.file, "line": p.line, "column": p.column, "message": p.message }))
                .collect();
            Report {
                blocks: vec![
                    Block::Table(table),
                    Block::Text(format!("{target}: {} problem(s)", problems.len())),
                ],
                csv,
                json: json!({ "target": target, "valid": false, "problems": problems_json }),
            }
        }
    }
}
