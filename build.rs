//! Validates the bundled dataset and compiles it into the binary, so that a broken record fails
//! `cargo build` with its file, line and column, and start-up parses no TOML.

#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;

#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

#[allow(dead_code)]
#[path = "src/load.rs"]
mod load;

use std::path::Path;

fn main() {
    for watched in ["data", "src/model.rs", "src/text.rs", "src/load.rs"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let dataset = match load::load_path(Path::new("data")) {
        Ok(dataset) => dataset,
        Err(problems) => {
            eprintln!("the bundled dataset in data/ is invalid:");
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "{} problem(s); `cargo run -- validate data/` lists them too",
                problems.len()
            );
            std::process::exit(1);
        }
    };
    let bytes = postcard::to_allocvec(&dataset).expect("a dataset always serializes");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("dataset.postcard"), bytes).expect("OUT_DIR is writable");
}
