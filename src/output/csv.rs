use super::Table;
use std::io::{self, Write};

/// The table, with a last column `dataset_version` when the release is known: a CSV file that
/// leaves the tool still says which data it came from.
pub fn render(table: &Table, dataset_version: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    let version = dataset_version.map(|v| super::safe::csv_cell(v).into_owned());
    let headers = table
        .headers
        .iter()
        .map(|h| super::safe::csv_cell(h).into_owned());
    let last = version.as_ref().map(|_| "dataset_version".to_string());
    writer.write_record(headers.chain(last)).map_err(into_io)?;
    for row in &table.rows {
        let cells = row
            .iter()
            .map(|cell| super::safe::csv_cell(&cell.text).into_owned());
        writer
            .write_record(cells.chain(version.clone()))
            .map_err(into_io)?;
    }
    writer.flush()
}

/// Keeps the underlying I/O error (a closed pipe must stay recognizable as one).
fn into_io(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}
