use super::SCHEMA_VERSION;
use serde::Serialize;
use std::io::{self, Write};

/// Every JSON document: the version of its shape first, then the command's own fields.
#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct Envelope<'a, T: ?Sized> {
    /// The version of the JSON shapes; it changes only when a field changes meaning or goes away.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    schema_version: u32,
    /// The release of the data the answer comes from (`null` for a dataset that names none).
    dataset_version: Option<&'a str>,
    #[serde(flatten)]
    body: &'a T,
}

pub fn render<T: Serialize + ?Sized>(
    value: &T,
    dataset_version: Option<&str>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let envelope = Envelope {
        schema_version: SCHEMA_VERSION,
        dataset_version,
        body: value,
    };
    // The JSON is written in many small pieces; buffered, each is a copy into a buffer the size
    // of a few pages rather than a dynamic call on `out`, and a long answer never needs memory
    // of its own size (each new page of it would cost a fault).
    let mut buffered = io::BufWriter::with_capacity(BUFFER, out);
    super::json_writer::to_writer_pretty(&mut buffered, &envelope)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

const BUFFER: usize = 64 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_is_reported() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::StorageFull, "full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let body: std::collections::BTreeMap<u8, String> =
            (0..3).map(|key| (key, "x".repeat(BUFFER))).collect();
        let error = render(&body, None, &mut Full).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
    }
}
