//! The swlaw dataset as typed values, and the loader that reads and validates its TOML files.
//!
//! Shared by the `swlaw` binary and its build script: build.rs loads `data/` with [`load`] (a
//! broken record fails the build with its file, line and column) and serializes the
//! [`model::Dataset`] that the binary decodes at run time.

pub mod hosts;
pub mod load;
pub mod model;
pub mod text;
