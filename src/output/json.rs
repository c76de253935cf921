use super::SCHEMA_VERSION;
use serde::Serialize;
use std::io::{self, Write};

/// Every JSON document: the version of its shape first, then the command's own fields.
#[derive(Serialize)]
struct Envelope<'a, T: ?Sized> {
    schema_version: u32,
    #[serde(flatten)]
    body: &'a T,
}

pub fn render<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    let envelope = Envelope {
        schema_version: SCHEMA_VERSION,
        body: value,
    };
    serde_json::to_writer_pretty(&mut *out, &envelope)?;
    writeln!(out)
}
