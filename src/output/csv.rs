use super::Table;
use std::io::{self, Write};

pub fn render(table: &Table, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer
        .write_record(
            table
                .headers
                .iter()
                .map(|h| super::safe::csv_cell(h).into_owned()),
        )
        .map_err(into_io)?;
    for row in &table.rows {
        writer
            .write_record(
                row.iter()
                    .map(|cell| super::safe::csv_cell(&cell.text).into_owned()),
            )
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
