//! Failures that end a command, each with its documented exit code.

use crate::load::Diagnostic;
use std::fmt;

/// Exit codes (README "Exit codes").
pub mod exit {
    /// Success: something was found, or a check passed.
    pub const OK: u8 = 0;
    /// Nothing matched: an unknown query, or a filter that selects nothing.
    pub const NOT_FOUND: u8 = 1;
    /// Bad usage or invalid data.
    pub const USAGE: u8 = 2;
    /// A query matched more than one jurisdiction.
    pub const AMBIGUOUS: u8 = 3;
}

#[derive(Debug)]
pub enum Failure {
    /// A query that matched nothing, with the closest names.
    NotFound {
        query: String,
        suggestions: Vec<String>,
    },
    /// A query that matched several jurisdictions, listed as "Name (ID)".
    Ambiguous {
        query: String,
        candidates: Vec<String>,
    },
    /// A filter that selected no jurisdiction: not an error, but the exit code says so.
    NothingMatched,
    /// A dataset that does not validate.
    InvalidData(Vec<Diagnostic>),
    /// Arguments that parse but make no sense together.
    Usage(String),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::NotFound { .. } | Failure::NothingMatched => exit::NOT_FOUND,
            Failure::Ambiguous { .. } => exit::AMBIGUOUS,
            Failure::InvalidData(_) | Failure::Usage(_) => exit::USAGE,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::NotFound { query, suggestions } => {
                write!(f, "no jurisdiction matches `{query}`")?;
                if !suggestions.is_empty() {
                    write!(f, "\n\ndid you mean: {}?", suggestions.join(", "))?;
                }
                Ok(())
            }
            Failure::Ambiguous { query, candidates } => {
                write!(
                    f,
                    "`{query}` matches {} jurisdictions; be more specific or use an id:",
                    candidates.len()
                )?;
                for candidate in candidates {
                    write!(f, "\n  {candidate}")?;
                }
                Ok(())
            }
            Failure::NothingMatched => write!(f, "no jurisdiction matches these filters"),
            Failure::InvalidData(problems) => {
                write!(f, "invalid dataset ({} problem(s)):", problems.len())?;
                for problem in problems {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
            Failure::Usage(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Failure {}

/// An error as JSON shows it (`--format json`, on stderr).
#[derive(serde::Serialize, schemars::JsonSchema)]
pub(crate) struct ErrorJson<'a> {
    /// The version of the JSON shapes; it changes only when a field changes meaning or goes away.
    #[schemars(extend("const" = crate::output::SCHEMA_VERSION))]
    schema_version: u32,
    error: ErrorBody<'a>,
}

#[derive(serde::Serialize, schemars::JsonSchema)]
struct ErrorBody<'a> {
    /// The exit code.
    code: u8,
    /// `not_found`, `ambiguous`, `nothing_matched`, `invalid_data` or `usage`.
    #[schemars(extend("enum" = ["not_found", "ambiguous", "nothing_matched", "invalid_data", "usage"]))]
    kind: &'static str,
    message: String,
    /// An ambiguous query's matches, as "Name (ID)".
    candidates: &'a [String],
    /// The closest names to an unknown query.
    suggestions: &'a [String],
    /// A dataset's problems, one line each with file, line and column.
    problems: Vec<String>,
}

/// An error as one JSON object, for `--format json`.
pub fn json(error: &anyhow::Error, code: u8) -> String {
    let failure = error.downcast_ref::<Failure>();
    let none: &[String] = &[];
    let (kind, candidates, suggestions) = match failure {
        Some(Failure::NotFound { suggestions, .. }) => ("not_found", none, &suggestions[..]),
        Some(Failure::Ambiguous { candidates, .. }) => ("ambiguous", &candidates[..], none),
        Some(Failure::NothingMatched) => ("nothing_matched", none, none),
        Some(Failure::InvalidData(_)) => ("invalid_data", none, none),
        Some(Failure::Usage(_)) | None => ("usage", none, none),
    };
    let (message, problems) = match failure {
        Some(Failure::NotFound { query, .. }) => {
            (format!("no jurisdiction matches `{query}`"), Vec::new())
        }
        Some(Failure::Ambiguous { query, candidates }) => (
            format!("`{query}` matches {} jurisdictions", candidates.len()),
            Vec::new(),
        ),
        Some(Failure::InvalidData(problems)) => (
            format!("invalid dataset ({} problem(s))", problems.len()),
            problems.iter().map(|p| p.to_string()).collect(),
        ),
        _ => (error.to_string(), Vec::new()),
    };
    let body = ErrorJson {
        schema_version: crate::output::SCHEMA_VERSION,
        error: ErrorBody {
            code,
            kind,
            message,
            candidates,
            suggestions,
            problems,
        },
    };
    serde_json::to_string(&body).unwrap_or_default()
}

/// Writes a message to stderr. If stderr itself cannot be written (closed, full), there is
/// nowhere left to say so: the message is dropped, and the exit code still tells.
pub fn report(message: std::fmt::Arguments) {
    use std::io::Write;
    // Messages quote data and queries: nothing in them may act on the terminal.
    let text = message.to_string();
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        crate::output::safe::terminal(&text)
    );
}

/// [`report`] with `format!` arguments.
#[macro_export]
macro_rules! report {
    ($($arg:tt)*) => {
        $crate::error::report(format_args!($($arg)*))
    };
}
