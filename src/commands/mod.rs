//! One module per subcommand; each turns parsed arguments and the dataset into a [`Report`].

pub mod audit;
pub mod compare;
pub mod gap;
pub mod list;
pub mod map;
pub mod models;
pub mod pending;
pub mod show;
pub mod stats;
pub mod timeline;
pub mod validate;

use crate::output::Report;

/// A report and the exit code that goes with it (a filter that selects nothing still prints its
/// empty table, but exits 1).
pub struct Outcome {
    pub report: Report,
    pub exit_code: u8,
}

impl From<Report> for Outcome {
    fn from(report: Report) -> Outcome {
        Outcome {
            report,
            exit_code: crate::error::exit::OK,
        }
    }
}
