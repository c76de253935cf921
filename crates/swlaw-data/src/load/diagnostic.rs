//! A problem in a data file, with the place it was found.

use std::fmt;

/// One problem found in a data file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One problem, one line: a line break quoted from the data is shown as `\n`.
        let message = self.message.replace('\r', "\\r").replace('\n', "\\n");
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "{}:{}:{}: {message}", self.file, line, column)
            }
            _ => write!(f, "{}: {message}", self.file),
        }
    }
}

/// Where each line of a file starts, so that a byte offset becomes a line and column without
/// rescanning the file from its start (a dataset has thousands of names to place).
pub(super) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(super) fn new(text: &str) -> LineIndex {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        LineIndex {
            starts: std::iter::once(0).chain(newlines).collect(),
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub(super) fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "ab\ncdé\n\nx";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(text, 0), (1, 1));
        assert_eq!(index.locate(text, 2), (1, 3));
        assert_eq!(index.locate(text, 3), (2, 1));
        assert_eq!(index.locate(text, text.find('\n').unwrap() + 3), (2, 3));
        assert_eq!(index.locate(text, text.len()), (4, 2));
        assert_eq!(index.locate(text, 999), (4, 2));
    }
}
