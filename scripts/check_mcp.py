"""Drives `swlaw mcp` with the official MCP Python SDK's client (mcp 2.x) over stdio: the handshake, the
tool list, and every tool, including an as_of query and bad ones. Prints a short transcript.

    python scripts/check_mcp.py target/debug/swlaw
"""

import asyncio
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

swlaw = sys.argv[1]

CALLS = [
    ("show", {"queries": ["France"], "as_of": "2015"}),
    ("show", {"queries": ["SE", "NZ"]}),
    ("list", {"criminalizes": ["buying"], "level": "country"}),
    ("compare", {"queries": ["SE", "NZ"], "model": "decriminalization"}),
    ("gap", {"queries": ["US-NV", "MX"]}),
    ("timeline", {"queries": ["France"], "only": "reforms"}),
    ("model", {"id": "decriminalization"}),
    ("model", {}),
    ("pending", {"as_of": "2024"}),
]

BAD = [
    ("show", {"queries": ["georgia"]}, "ambiguous"),
    ("show", {"queries": ["atlantis"]}, "not_found"),
    ("gap", {"queries": ["SE"], "as_of": "2015-13"}, "usage"),
]


async def main() -> None:
    server = StdioServerParameters(command=swlaw, args=["mcp"])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            print(f"initialize: {init.server_info.name} {init.server_info.version}, protocol {init.protocol_version}")
            tools = await session.list_tools()
            names = sorted(tool.name for tool in tools.tools)
            assert names == sorted({"show", "list", "compare", "gap", "timeline", "model", "pending"}), names
            for tool in tools.tools:
                assert tool.annotations.read_only_hint, tool.name
                assert tool.output_schema, tool.name
            print("tools/list:", ", ".join(names))
            for name, arguments in CALLS:
                # The SDK validates structuredContent against the tool's outputSchema.
                result = await session.call_tool(name, arguments)
                assert not result.is_error, (name, result.content)
                assert result.structured_content["schema_version"] == 2
                print(f"tools/call {name} {arguments}: ok, {len(result.content[0].text)} characters of text")
            france = (await session.call_tool("show", {"queries": ["France"], "as_of": "2015"})).structured_content
            assert france["jurisdictions"][0]["status"]["buying"] == "legal", france["jurisdictions"][0]["status"]
            later = (await session.call_tool("show", {"queries": ["France"], "as_of": "2017"})).structured_content
            assert later["jurisdictions"][0]["status"]["buying"] == "criminalized"
            print("as_of: France buying legal in 2015, criminalized in 2017")
            for name, arguments, kind in BAD:
                result = await session.call_tool(name, arguments)
                assert result.is_error, (name, arguments)
                assert result.structured_content["error"]["kind"] == kind, result.structured_content
                print(f"tools/call {name} {arguments}: tool error ({kind}): {result.content[0].text.splitlines()[0]}")


asyncio.run(main())
