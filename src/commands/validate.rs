use crate::error::exit;
use crate::load::Diagnostic;
use crate::model::Dataset;
use crate::output::{Block, Present, Table};
use serde::{Serialize, Serializer};

/// The result of a check: counts when the data is valid, every problem when it is not.
pub struct Validation<'a> {
    pub target: &'a str,
    pub result: &'a Result<Dataset, Vec<Diagnostic>>,
}

pub fn report<'a>(target: &'a str, result: &'a Result<Dataset, Vec<Diagnostic>>) -> Validation<'a> {
    Validation { target, result }
}

fn problems_table(problems: &[Diagnostic]) -> Table {
    let mut table = Table::new(&["file", "line", "column", "message"]);
    for p in problems {
        table.row(vec![
            p.file.as_str().into(),
            p.line.map(|l| l.to_string()).unwrap_or_default().into(),
            p.column.map(|c| c.to_string()).unwrap_or_default().into(),
            p.message.as_str().into(),
        ]);
    }
    table
}

impl Present for Validation<'_> {
    fn blocks(&self) -> Vec<Block> {
        match self.result {
            Ok(dataset) => vec![Block::Text(format!(
                "{}: valid ({} jurisdictions, {} models)",
                self.target,
                dataset.jurisdictions.len(),
                dataset.models.len()
            ))],
            Err(problems) => vec![
                Block::Table(problems_table(problems)),
                Block::Text(format!("{}: {} problem(s)", self.target, problems.len())),
            ],
        }
    }

    fn csv(&self) -> Table {
        match self.result {
            Ok(_) => problems_table(&[]),
            Err(problems) => problems_table(problems),
        }
    }

    fn exit_code(&self) -> u8 {
        if self.result.is_ok() {
            exit::OK
        } else {
            exit::USAGE
        }
    }
}

#[derive(Serialize, schemars::JsonSchema)]
struct ProblemJson<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct ValidJson<'a> {
    target: &'a str,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    jurisdictions: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    models: Option<usize>,
    problems: Vec<ProblemJson<'a>>,
}

impl Serialize for Validation<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (jurisdictions, models, problems) = match self.result {
            Ok(d) => (Some(d.jurisdictions.len()), Some(d.models.len()), &[][..]),
            Err(problems) => (None, None, &problems[..]),
        };
        ValidJson {
            target: self.target,
            valid: self.result.is_ok(),
            jurisdictions,
            models,
            problems: problems
                .iter()
                .map(|p| ProblemJson {
                    file: &p.file,
                    line: p.line,
                    column: p.column,
                    message: &p.message,
                })
                .collect(),
        }
        .serialize(serializer)
    }
}
