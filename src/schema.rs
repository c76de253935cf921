//! The JSON Schema (draft 2020-12) of every JSON document swlaw writes, generated from the serde
//! structs that write them: a field added to an answer is in its schema at the next build.
//! `schema/` holds the generated files (a test fails when they drift), and the tests validate
//! each command's real output against them.

use crate::commands::{
    audit, cite, compare, diff, gap, list, models, panel, pending, show, stats, timeline, validate,
};
use crate::output::{Envelope, SCHEMA_VERSION};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

/// A JSON document swlaw writes: a command's `--format json` answer, or an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Document {
    Show,
    List,
    Compare,
    Gap,
    Model,
    Stats,
    Timeline,
    Panel,
    Pending,
    Audit,
    Diff,
    Cite,
    Validate,
    /// The error object written to stderr with `--format json`.
    Error,
}

impl Document {
    /// Every document, in the order above.
    pub fn all() -> &'static [Document] {
        <Document as clap::ValueEnum>::value_variants()
    }

    pub fn name(self) -> &'static str {
        match self {
            Document::Show => "show",
            Document::List => "list",
            Document::Compare => "compare",
            Document::Gap => "gap",
            Document::Model => "model",
            Document::Stats => "stats",
            Document::Timeline => "timeline",
            Document::Panel => "panel",
            Document::Pending => "pending",
            Document::Audit => "audit",
            Document::Diff => "diff",
            Document::Cite => "cite",
            Document::Validate => "validate",
            Document::Error => "error",
        }
    }

    /// The file the schema is kept in under `schema/`.
    pub fn file_name(self) -> String {
        format!("{}.json", self.name())
    }

    /// The command that writes the document.
    pub fn written_by(self) -> &'static str {
        match self {
            Document::Show => "swlaw show QUERY... --format json",
            Document::List => "swlaw list [FILTERS] --format json",
            Document::Compare => "swlaw compare QUERY... --format json",
            Document::Gap => "swlaw gap QUERY... --format json",
            Document::Model => "swlaw model [ID] --format json",
            Document::Stats => "swlaw stats --format json",
            Document::Timeline => "swlaw timeline [QUERY...] --format json",
            Document::Panel => "swlaw panel [QUERY...] --format json",
            Document::Pending => "swlaw pending [QUERY] --format json",
            Document::Audit => "swlaw audit [QUERY...] --format json",
            Document::Diff => "swlaw diff OLD [NEW] --format json",
            Document::Cite => "swlaw cite QUERY... --style oscola|bluebook --format json",
            Document::Validate => "swlaw validate [PATH] --format json",
            Document::Error => "any command with --format json that fails (on stderr)",
        }
    }

    /// What the document holds, for the schema's description.
    fn description(self) -> &'static str {
        match self {
            Document::Show => {
                "Jurisdictions in full as of a day: statuses with the laws and sources behind each, details, history and events."
            }
            Document::List => {
                "The jurisdictions a filter selects, each with its statuses and its gap to the model."
            }
            Document::Compare => {
                "Jurisdictions (and optionally a model) side by side: one row per activity or detail."
            }
            Document::Gap => {
                "Each jurisdiction's distance to a reference model, and the laws that would have to be repealed."
            }
            Document::Model => "The reference models (one, or all of them).",
            Document::Stats => {
                "Counts of jurisdictions per regime and per activity status, as of a day."
            }
            Document::Timeline => "Reforms and events in date order.",
            Document::Panel => {
                "A research panel: one row per jurisdiction, year and activity, as of 31 December of the year."
            }
            Document::Pending => "Bills whose latest stage is pending, oldest first.",
            Document::Audit => {
                "How well the dataset is sourced: per record, per region and overall."
            }
            Document::Diff => {
                "What changed between two datasets or a saved export and the data now."
            }
            Document::Cite => "Citations of the laws, sources and dataset in a legal style.",
            Document::Validate => {
                "Whether a dataset is valid, with each problem's file, line and column."
            }
            Document::Error => {
                "Why a command failed: the exit code, a kind, and candidates or suggestions."
            }
        }
    }

    /// The schema, with its title and the schema version its `schema_version` field carries.
    pub fn schema(self) -> Schema {
        let mut schema = match self {
            Document::Show => answer::<show::ShowJson>(),
            Document::List => answer::<list::ListJson>(),
            Document::Compare => answer::<compare::CompareJson>(),
            Document::Gap => answer::<gap::GapsJson>(),
            Document::Model => answer::<models::Models>(),
            Document::Stats => answer::<stats::StatsJson>(),
            Document::Timeline => answer::<timeline::TimelineJson>(),
            Document::Panel => answer::<panel::PanelJson>(),
            Document::Pending => answer::<pending::PendingJson>(),
            Document::Audit => answer::<audit::Audit>(),
            Document::Diff => answer::<diff::Diff>(),
            Document::Cite => answer::<cite::Citations>(),
            Document::Validate => answer::<validate::ValidJson>(),
            Document::Error => generator().into_root_schema_for::<crate::error::ErrorJson>(),
        };
        let title = match self {
            Document::Error => "swlaw error (--format json, on stderr)".to_string(),
            _ => format!("swlaw {} --format json", self.name()),
        };
        schema.insert("title".into(), Value::String(title));
        schema.insert("description".into(), self.description().into());
        schema.insert(
            "$id".into(),
            Value::String(format!("urn:swlaw:schema:{SCHEMA_VERSION}:{}", self.name())),
        );
        schema
    }

    /// The schema as the text kept in `schema/`.
    pub fn text(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema())
            .expect("a schema is plain JSON values, which always serialize");
        text.push('\n');
        text
    }
}

fn generator() -> schemars::SchemaGenerator {
    // The shape swlaw writes (optional fields present as null), not what it would accept.
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
}

/// A command's answer inside the envelope every answer has (schema and dataset versions).
fn answer<T: JsonSchema + 'static>() -> Schema {
    generator().into_root_schema_for::<Envelope<'static, T>>()
}
