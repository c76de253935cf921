//! `swlaw mcp`: the dataset for AI assistants, as a Model Context Protocol server on stdin and
//! stdout (JSON-RPC 2.0, one message per line). Each tool runs the CLI command of the same name
//! with `--format json`, so a tool answers exactly what the command answers, in the shapes of
//! `schema/`, and a bad query is the command's own error, returned as a tool error.

use crate::cli::Cli;
use crate::error::{Failure, exit};
use crate::model::Activity;
use crate::schema::Document;
use clap::Parser;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::io::{BufRead, Write};
use std::path::Path;

/// The protocol revisions this server speaks, newest first: a client asking for one of them
/// gets it, any other client the newest.
pub const PROTOCOL_VERSIONS: [&str; 4] = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

// JSON-RPC 2.0 error codes.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;

const AS_OF: &str = "The day to answer about: YYYY-MM-DD, or YYYY-MM / YYYY for the last day of that month or year. Default: today. A change dated only to a month or year that contains the day is reported as unknown on that day.";

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ShowInput {
    /// Jurisdictions by name, alias or ISO code ("sweden", "SE", "cote divoire", "US-NV").
    #[schemars(length(min = 1))]
    queries: Vec<String>,
    #[schemars(description = AS_OF)]
    as_of: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ListInput {
    /// Keep jurisdictions that criminalize or penalize each of these activities.
    #[serde(default)]
    criminalizes: Vec<Activity>,
    /// Keep jurisdictions where each of these activities is not punished in general.
    #[serde(default)]
    permits: Vec<Activity>,
    /// Conditions ACTIVITY=STATUS, all of which must hold ("buying=criminalized").
    #[serde(default)]
    status: Vec<String>,
    /// Regimes by any of their names ("Nordic model", "decriminalization"); any may hold.
    #[serde(default)]
    regime: Vec<String>,
    /// A UN M49 region or subregion ("Europe", "Western Africa").
    region: Option<String>,
    /// Only the subdivisions of this jurisdiction ("US", "Australia").
    within: Option<String>,
    /// Countries, subdivisions or both (default: all).
    #[schemars(extend("enum" = ["country", "subdivision", "all"]))]
    level: Option<String>,
    /// Order of the rows (default: id).
    #[schemars(extend("enum" = ["id", "name", "region", "regime", "gap", "changed"]))]
    sort: Option<String>,
    /// The model the gap is measured against (default: decriminalization).
    model: Option<String>,
    #[schemars(description = AS_OF)]
    as_of: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct CompareInput {
    /// Two or more jurisdictions.
    #[schemars(length(min = 2))]
    queries: Vec<String>,
    /// Add a column for this reference model ("decriminalization").
    model: Option<String>,
    /// Only the rows where the jurisdictions differ.
    #[serde(default)]
    diff: bool,
    #[schemars(description = AS_OF)]
    as_of: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct GapInput {
    /// Jurisdictions to measure.
    #[schemars(length(min = 1))]
    queries: Vec<String>,
    /// The reference model (default: decriminalization).
    model: Option<String>,
    #[schemars(description = AS_OF)]
    as_of: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct TimelineInput {
    /// Jurisdictions (default: all; then where a history starts is not listed as a reform).
    #[serde(default)]
    queries: Vec<String>,
    /// Only changes of status, or only events (rulings, bills, evaluations).
    #[schemars(extend("enum" = ["reforms", "events"]))]
    only: Option<String>,
    /// Only entries on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    since: Option<String>,
    /// Only entries on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    as_of: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ModelInput {
    /// A model's id ("decriminalization"); none lists them all. Models are not dated.
    id: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct PendingInput {
    /// Jurisdictions (default: all).
    #[serde(default)]
    queries: Vec<String>,
    /// A UN M49 region or subregion.
    region: Option<String>,
    #[schemars(description = AS_OF)]
    as_of: Option<String>,
}

/// A command line under construction: the command's name, then its words.
struct Words(Vec<String>);

impl Words {
    fn command(name: &str) -> Words {
        Words(vec![name.to_string()])
    }

    /// Positional words (the queries).
    fn each(mut self, values: &[String]) -> Words {
        self.0.extend(values.iter().cloned());
        self
    }

    /// `--flag value`, when there is a value.
    fn flag(mut self, name: &str, value: &Option<String>) -> Words {
        if let Some(value) = value {
            self.0.extend([name.to_string(), value.clone()]);
        }
        self
    }

    /// `--flag value` once for each value.
    fn flags<T: ToString>(mut self, name: &str, values: &[T]) -> Words {
        for value in values {
            self.0.extend([name.to_string(), value.to_string()]);
        }
        self
    }

    /// `--flag`, when set.
    fn switch(mut self, name: &str, on: bool) -> Words {
        if on {
            self.0.push(name.to_string());
        }
        self
    }
}

/// A tool's arguments as the words of its CLI command, after `swlaw`.
trait ToArgs: DeserializeOwned + JsonSchema {
    fn to_args(&self) -> Words;
}

impl ToArgs for ShowInput {
    fn to_args(&self) -> Words {
        Words::command("show")
            .each(&self.queries)
            .flag("--as-of", &self.as_of)
    }
}

impl ToArgs for ListInput {
    fn to_args(&self) -> Words {
        Words::command("list")
            .flags("--criminalizes", &self.criminalizes)
            .flags("--permits", &self.permits)
            .flags("--status", &self.status)
            .flags("--regime", &self.regime)
            .flag("--region", &self.region)
            .flag("--within", &self.within)
            .flag("--level", &self.level)
            .flag("--sort", &self.sort)
            .flag("--model", &self.model)
            .flag("--as-of", &self.as_of)
    }
}

impl ToArgs for CompareInput {
    fn to_args(&self) -> Words {
        Words::command("compare")
            .each(&self.queries)
            .flag("--model", &self.model)
            .switch("--diff", self.diff)
            .flag("--as-of", &self.as_of)
    }
}

impl ToArgs for GapInput {
    fn to_args(&self) -> Words {
        Words::command("gap")
            .each(&self.queries)
            .flag("--model", &self.model)
            .flag("--as-of", &self.as_of)
    }
}

impl ToArgs for TimelineInput {
    fn to_args(&self) -> Words {
        Words::command("timeline")
            .each(&self.queries)
            .flag("--only", &self.only)
            .flag("--since", &self.since)
            .flag("--until", &self.as_of)
    }
}

impl ToArgs for ModelInput {
    fn to_args(&self) -> Words {
        Words::command("model").each(self.id.as_slice())
    }
}

impl ToArgs for PendingInput {
    fn to_args(&self) -> Words {
        Words::command("pending")
            .each(&self.queries)
            .flag("--region", &self.region)
            .flag("--as-of", &self.as_of)
    }
}

/// One tool: its name, what it tells, the schemas of its input and output, and how its
/// arguments become a command line.
struct Tool {
    name: &'static str,
    title: &'static str,
    description: &'static str,
    output: Document,
    input_schema: fn() -> Value,
    args: fn(Value) -> Result<Vec<String>, String>,
}

fn input_schema<T: JsonSchema>() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.to_value()
}

fn parse_args<T: ToArgs>(arguments: Value) -> Result<Vec<String>, String> {
    serde_json::from_value::<T>(arguments)
        .map(|input| input.to_args().0)
        .map_err(|e| format!("invalid arguments: {e}"))
}

const TOOLS: [Tool; 7] = [
    Tool {
        name: "show",
        title: "Show jurisdictions",
        description: "How the law of one or more jurisdictions treats adult consensual sex work on a given day: the status of selling, buying, soliciting and organizing, the regime, the laws in force behind each status with their sections, the documents (sources, with their kind and tier) behind each, the dated history from 1990, events (rulings, bills) and the record's confidence.",
        output: Document::Show,
        input_schema: input_schema::<ShowInput>,
        args: parse_args::<ShowInput>,
    },
    Tool {
        name: "list",
        title: "List jurisdictions",
        description: "Jurisdictions that match filters that combine (activities criminalized or permitted, statuses, regimes, region, subdivisions of a federation), each with its statuses and its gap to a reference model, on a given day.",
        output: Document::List,
        input_schema: input_schema::<ListInput>,
        args: parse_args::<ListInput>,
    },
    Tool {
        name: "compare",
        title: "Compare jurisdictions",
        description: "Two or more jurisdictions side by side, activity by activity, with the laws behind each status, optionally beside a reference model, on a given day.",
        output: Document::Compare,
        input_schema: input_schema::<CompareInput>,
        args: parse_args::<CompareInput>,
    },
    Tool {
        name: "gap",
        title: "Gap to a model",
        description: "How far each jurisdiction is from a reference model (by default full decriminalization), activity by activity, and which laws would have to be repealed; a range where statuses are unknown.",
        output: Document::Gap,
        input_schema: input_schema::<GapInput>,
        args: parse_args::<GapInput>,
    },
    Tool {
        name: "timeline",
        title: "Reforms and events",
        description: "Changes of status (reforms) and events (rulings, bills with their stage, evaluations) in date order, for all jurisdictions or the ones named.",
        output: Document::Timeline,
        input_schema: input_schema::<TimelineInput>,
        args: parse_args::<TimelineInput>,
    },
    Tool {
        name: "model",
        title: "Reference models",
        description: "The reference models swlaw measures against (full decriminalization, asymmetric, legalization): their statuses and sources. Models are not dated.",
        output: Document::Model,
        input_schema: input_schema::<ModelInput>,
        args: parse_args::<ModelInput>,
    },
    Tool {
        name: "pending",
        title: "Pending bills",
        description: "Bills whose latest known stage is pending on a given day, oldest first, with the events behind them.",
        output: Document::Pending,
        input_schema: input_schema::<PendingInput>,
        args: parse_args::<PendingInput>,
    },
];

fn tool_list() -> Value {
    let tools: Vec<Value> = TOOLS
        .iter()
        .map(|tool| {
            json!({
                "name": tool.name,
                "title": tool.title,
                "description": tool.description,
                "inputSchema": (tool.input_schema)(),
                "outputSchema": tool.output.schema(),
                "annotations": {
                    "title": tool.title,
                    "readOnlyHint": true,
                    "destructiveHint": false,
                    "idempotentHint": true,
                    "openWorldHint": false,
                },
            })
        })
        .collect();
    json!({ "tools": tools })
}

/// What a command answered: its JSON document and its Markdown rendering.
struct Answer {
    json: Vec<u8>,
    markdown: Vec<u8>,
}

/// Runs a command line in-process, once, rendering its answer as JSON and as Markdown; or the
/// error and its exit code.
fn run(args: &[String]) -> Result<Answer, (anyhow::Error, u8)> {
    let cli = Cli::try_parse_from(args).map_err(|e| {
        // clap's words for a terminal: no "error:" prefix, no pointer to --help.
        let text = e.to_string();
        let message = text
            .lines()
            .filter(|line| !line.starts_with("For more information"))
            .collect::<Vec<_>>()
            .join("\n");
        let message = message.trim().trim_start_matches("error: ").to_string();
        (Failure::Usage(message).into(), exit::USAGE)
    })?;
    let mut answer = Answer {
        json: Vec::new(),
        markdown: Vec::new(),
    };
    match crate::app::run_with_markdown(cli, &mut answer.json, &mut answer.markdown) {
        Ok(_) => Ok(answer),
        Err(error) => {
            let code = error
                .downcast_ref::<Failure>()
                .map_or(exit::USAGE, Failure::exit_code);
            Err((error, code))
        }
    }
}

/// A tools/call result: the answer as structured content and as Markdown, or a tool error.
fn call_tool(tool: &Tool, arguments: Value, data: Option<&Path>) -> Value {
    let tool_error = |text: String, structured: Option<Value>| {
        let mut result = json!({ "content": [{ "type": "text", "text": text }], "isError": true });
        if let Some(structured) = structured {
            result["structuredContent"] = structured;
        }
        result
    };
    let command = match (tool.args)(arguments) {
        Ok(command) => command,
        Err(message) => return tool_error(message, None),
    };
    let mut argv = vec!["swlaw".to_string(), "--format".into(), "json".into()];
    if let Some(path) = data {
        argv.extend(["--data".to_string(), path.display().to_string()]);
    }
    argv.extend(command);
    match run(&argv) {
        Ok(answer) => {
            let structured: Value = match serde_json::from_slice(&answer.json) {
                Ok(value) => value,
                Err(e) => return tool_error(format!("swlaw wrote no JSON: {e}"), None),
            };
            let text = String::from_utf8_lossy(&answer.markdown).into_owned();
            json!({
                "content": [{ "type": "text", "text": text }],
                "structuredContent": structured,
                "isError": false,
            })
        }
        Err((error, code)) => {
            let structured = serde_json::from_str(&crate::error::json(&error, code)).ok();
            tool_error(format!("swlaw: {error}"), structured)
        }
    }
}

fn response(id: Value, result: Value) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "result": result })
}

fn error_response(id: Value, code: i64, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

fn initialize(params: &Value) -> Value {
    let asked = params["protocolVersion"].as_str();
    let version = PROTOCOL_VERSIONS
        .iter()
        .find(|v| Some(**v) == asked)
        .unwrap_or(&PROTOCOL_VERSIONS[0]);
    json!({
        "protocolVersion": version,
        "capabilities": { "tools": { "listChanged": false } },
        "serverInfo": {
            "name": "swlaw",
            "title": "swlaw: sex work law by jurisdiction",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "instructions": concat!(
            "Answers come from the swlaw dataset (release ", env!("SWLAW_DATASET_VERSION"),
            "), offline. Every status cites the laws and documents behind it; `unknown` means the ",
            "sources read do not settle it, never that the activity is legal. Pass as_of to ask about a past date."
        ),
    })
}

/// The reply to one message, if it needs one (notifications and responses get none).
pub fn handle(message: &str, data: Option<&Path>) -> Option<Value> {
    let message: Value = match serde_json::from_str(message) {
        Ok(value) => value,
        Err(e) => {
            return Some(error_response(
                Value::Null,
                PARSE_ERROR,
                &format!("parse error: {e}"),
            ));
        }
    };
    let Some(object) = message.as_object() else {
        return Some(error_response(
            Value::Null,
            INVALID_REQUEST,
            "a message is one JSON object (batches are not part of MCP)",
        ));
    };
    let id = object.get("id").cloned();
    let Some(method) = object.get("method").and_then(Value::as_str) else {
        // A response to a request this server never sent, or nonsense with an id.
        return id.map(|id| error_response(id, INVALID_REQUEST, "no method"));
    };
    let id = id?; // notifications (initialized, cancelled) need no reply
    let params = object.get("params").cloned().unwrap_or(Value::Null);
    Some(match method {
        "initialize" => response(id, initialize(&params)),
        "ping" => response(id, json!({})),
        "tools/list" => response(id, tool_list()),
        "tools/call" => {
            let name = params["name"].as_str().unwrap_or_default();
            match TOOLS.iter().find(|tool| tool.name == name) {
                Some(tool) => {
                    let arguments = match params.get("arguments") {
                        Some(Value::Null) | None => json!({}),
                        Some(arguments) => arguments.clone(),
                    };
                    response(id, call_tool(tool, arguments, data))
                }
                None => error_response(id, INVALID_PARAMS, &format!("unknown tool `{name}`")),
            }
        }
        other => error_response(id, METHOD_NOT_FOUND, &format!("no method `{other}`")),
    })
}

/// Serves until stdin closes: one JSON-RPC message per line in, one per line out.
pub fn serve(input: impl BufRead, out: &mut dyn Write, data: Option<&Path>) -> anyhow::Result<()> {
    crate::report!(
        "swlaw: MCP server on stdio (tools: show, list, compare, gap, timeline, model, pending)"
    );
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        if let Some(reply) = handle(&line, data) {
            let mut bytes = serde_json::to_vec(&reply)?;
            bytes.push(b'\n');
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tool_mirrors_its_command_and_has_an_object_schema() {
        for tool in &TOOLS {
            let schema = (tool.input_schema)();
            assert_eq!(schema["type"], "object", "{}", tool.name);
            let args = (tool.args)(json!({ "queries": ["SE", "NO"] })).unwrap_or_default();
            assert!(
                args.is_empty() || args[0] == tool.name,
                "{}: {args:?}",
                tool.name
            );
        }
        let args = parse_args::<ListInput>(json!({"criminalizes": ["buying"], "as_of": "2015"}));
        assert_eq!(
            args.unwrap(),
            ["list", "--criminalizes", "buying", "--as-of", "2015"]
        );
        assert!(parse_args::<ShowInput>(json!({"query": "SE"})).is_err());
    }

    #[test]
    fn protocol_errors_have_their_codes() {
        let code = |message: &str| handle(message, None).unwrap()["error"]["code"].clone();
        assert_eq!(code("{nope"), PARSE_ERROR);
        assert_eq!(code("[1]"), INVALID_REQUEST);
        assert_eq!(
            code(r#"{"jsonrpc":"2.0","id":1,"method":"x"}"#),
            METHOD_NOT_FOUND
        );
        assert_eq!(
            code(r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"rm"}}"#),
            INVALID_PARAMS
        );
        assert!(
            handle(
                r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
                None
            )
            .is_none()
        );
    }
}
