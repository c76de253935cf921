//! One module per subcommand; each turns parsed arguments and the dataset into a typed result
//! that implements [`crate::output::Present`].

pub mod audit;
pub mod cite;
pub mod compare;
pub mod diff;
pub mod export;
pub mod gap;
pub mod list;
pub mod map;
pub mod models;
pub mod panel;
pub mod pending;
pub mod schema;
pub mod show;
pub mod stats;
pub mod timeline;
pub mod validate;
