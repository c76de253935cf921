//! The integration tests, one binary (one link step) for all: the CLI end to end, the bundled
//! dataset, the map renderer, and exact-output snapshots of every command.

mod cli;
mod dataset;
mod map;
mod mcp;
mod schema;
mod site;
mod snapshots;
