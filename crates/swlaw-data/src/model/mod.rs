//! The dataset as typed values: the vocabulary, dates, and the records that use them.
//!
//! build.rs validates the bundled TOML with this crate and serializes a [`Dataset`] for the
//! binary, so the model depends on nothing but `serde` and `std` (and `schemars` with the `schema`
//! feature, which only the binary turns on).

mod backing;
mod date;
mod record;
#[cfg(feature = "schema")]
mod schema;
mod state;
mod statuses;
mod taxonomy;

pub use backing::*;
pub use date::{Day, PartialDate};
pub use record::*;
pub use state::*;
pub use statuses::*;
pub use taxonomy::*;
