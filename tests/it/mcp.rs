//! `swlaw mcp` spoken to over a pipe, as an MCP client would: the handshake, the tool list, tool
//! calls with and without a date, bad queries, protocol errors, and a clean end when stdin closes.

use serde_json::{Value, json};
use std::io::Write;
use std::process::{Command, Stdio};

/// Sends the messages, closes stdin, and returns the replies (every stdout line must be one).
fn exchange(messages: &[Value]) -> Vec<Value> {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("swlaw"))
        .arg("mcp")
        .env_remove("SWLAW_DATA")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for message in messages {
        writeln!(stdin, "{message}").unwrap();
    }
    writeln!(stdin, "this is not json").unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "exit on EOF: {:?}", output.status);
    let stdout = String::from_utf8(output.stdout).unwrap();
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn call(id: u64, tool: &str, arguments: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "method": "tools/call",
           "params": {"name": tool, "arguments": arguments}})
}

#[test]
fn a_client_session_over_a_pipe() {
    let replies = exchange(&[
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {},
            "clientInfo": {"name": "test", "version": "0"}}}),
        json!({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}),
        call(3, "show", json!({"queries": ["France"], "as_of": "2015"})),
        call(4, "show", json!({"queries": ["France"], "as_of": "2017"})),
        call(5, "show", json!({"queries": ["georgia"]})),
        call(6, "gap", json!({"queries": ["SE"], "as_of": "2015-13"})),
        call(
            7,
            "list",
            json!({"criminalizes": ["buying"], "level": "country"}),
        ),
        call(8, "show", json!({"query": "SE"})),
        call(9, "rm", json!({})),
        json!({"jsonrpc": "2.0", "id": 10, "method": "ping"}),
    ]);
    // One reply per request (not for the notification), plus the parse error.
    assert_eq!(replies.len(), 11, "{replies:#?}");
    let by_id = |id: u64| replies.iter().find(|r| r["id"] == id).unwrap();

    let init = &by_id(1)["result"];
    assert_eq!(init["protocolVersion"], "2025-06-18");
    assert_eq!(init["serverInfo"]["name"], "swlaw");
    assert!(init["capabilities"]["tools"].is_object());

    let tools = by_id(2)["result"]["tools"].as_array().unwrap();
    let names: Vec<&str> = tools.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "show", "list", "compare", "gap", "timeline", "model", "pending"
        ]
    );
    for tool in tools {
        assert_eq!(tool["annotations"]["readOnlyHint"], true);
        assert_eq!(tool["inputSchema"]["type"], "object");
        assert!(tool["outputSchema"]["properties"]["schema_version"].is_object());
    }
    let show_input = &tools[0]["inputSchema"]["properties"];
    assert!(show_input["as_of"].is_object() && show_input["queries"].is_object());

    // The same answer as `show --format json`, as of the date asked.
    let status = |id| {
        by_id(id)["result"]["structuredContent"]["jurisdictions"][0]["status"]["buying"].clone()
    };
    assert_eq!(by_id(3)["result"]["isError"], false);
    assert_eq!(status(3), "legal");
    assert_eq!(status(4), "criminalized");
    let text = by_id(3)["result"]["content"][0]["text"].as_str().unwrap();
    assert!(text.contains("France (FR)"), "{text}");

    // Bad queries are tool errors with the reason, not protocol errors.
    let ambiguous = &by_id(5)["result"];
    assert_eq!(ambiguous["isError"], true);
    assert_eq!(ambiguous["structuredContent"]["error"]["kind"], "ambiguous");
    assert_eq!(
        ambiguous["structuredContent"]["error"]["candidates"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let bad_date = &by_id(6)["result"];
    assert_eq!(bad_date["isError"], true);
    assert!(
        bad_date["content"][0]["text"]
            .as_str()
            .unwrap()
            .contains("2015-13")
    );
    assert!(
        by_id(7)["result"]["structuredContent"]["count"]
            .as_u64()
            .unwrap()
            > 10
    );
    assert_eq!(by_id(8)["result"]["isError"], true);

    // Protocol errors keep their JSON-RPC codes.
    assert_eq!(by_id(9)["error"]["code"], -32602);
    assert_eq!(by_id(10)["result"], json!({}));
    let parse_error = replies.iter().find(|r| r["id"].is_null()).unwrap();
    assert_eq!(parse_error["error"]["code"], -32700);
}

#[test]
fn an_unknown_protocol_version_gets_the_newest() {
    let replies = exchange(&[json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "1999-01-01", "capabilities": {}}})]);
    assert_eq!(
        replies[0]["result"]["protocolVersion"],
        swlaw::mcp::PROTOCOL_VERSIONS[0]
    );
}
