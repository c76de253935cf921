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
    // Into memory first: serde_json writes in many small pieces, each a dynamic call on `out`.
    let mut bytes = serde_json::to_vec_pretty(&envelope)?;
    bytes.push(b'\n');
    out.write_all(&bytes)
}
