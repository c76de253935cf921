//! swlaw: how the law treats adult consensual sex work in every jurisdiction, and how far each is
//! from full decriminalization. The binary is a thin wrapper around [`app::run`].

pub mod app;
pub mod bundled;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod error;
pub mod files;
pub mod filter;
pub mod gap;
pub mod map;
pub mod mcp;
pub mod output;
pub mod query;
pub mod schema;
pub mod site;
pub mod view;

pub use swlaw_data::{hosts, load, model, text};
