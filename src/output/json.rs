use super::SCHEMA_VERSION;
use std::io::{self, Write};

/// Writes the command's object with `schema_version` first.
pub fn render(value: &serde_json::Value, out: &mut dyn Write) -> io::Result<()> {
    let mut object = serde_json::Map::new();
    object.insert("schema_version".into(), SCHEMA_VERSION.into());
    match value {
        serde_json::Value::Object(fields) => {
            object.extend(fields.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        other => {
            object.insert("data".into(), other.clone());
        }
    }
    serde_json::to_writer_pretty(&mut *out, &object)?;
    writeln!(out)
}
