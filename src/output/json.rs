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
    // The JSON is written in many small pieces; gathered here, each is a copy into a buffer the
    // size of a few pages rather than a dynamic call on `out`, and a long answer never needs
    // memory of its own size (each new page of it would cost a fault).
    let mut chunks = Chunks::new(out);
    super::json_writer::to_writer_pretty(&mut chunks, &envelope)?;
    chunks.write_all(b"\n")?;
    chunks.flush()
}

const CHUNK: usize = 64 * 1024;

struct Chunks<'a> {
    buffer: Vec<u8>,
    out: &'a mut dyn Write,
}

impl<'a> Chunks<'a> {
    fn new(out: &'a mut dyn Write) -> Self {
        Chunks {
            buffer: Vec::with_capacity(CHUNK),
            out,
        }
    }
}

impl Write for Chunks<'_> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.buffer.len() + bytes.len() > CHUNK {
            self.out.write_all(&self.buffer)?;
            self.buffer.clear();
        }
        if bytes.len() > CHUNK {
            return self.out.write_all(bytes);
        }
        self.buffer.extend_from_slice(bytes);
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buffer)?;
        self.buffer.clear();
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_pass_every_byte_in_order() {
        let pieces: Vec<Vec<u8>> = [1, CHUNK - 1, 2, CHUNK + 5, 0, 7, CHUNK]
            .iter()
            .enumerate()
            .map(|(i, &len)| vec![b'a' + i as u8; len])
            .collect();
        let mut out = Vec::new();
        let mut chunks = Chunks::new(&mut out);
        for piece in &pieces {
            chunks.write_all(piece).unwrap();
        }
        chunks.flush().unwrap();
        assert_eq!(out, pieces.concat());
    }

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
            (0..3).map(|key| (key, "x".repeat(CHUNK))).collect();
        let error = render(&body, None, &mut Full).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
    }
}
