//! Validates the bundled dataset and compiles it into the binary, so that a broken record fails
//! `cargo build` with its file, line and column, and start-up parses no TOML.
//!
//! Output, in OUT_DIR: `records.bin` (each jurisdiction in postcard's binary form, one after the
//! other), `outlines.bin` (the same records without their texts, for commands that read only
//! statuses and dates), `models.bin`, `index.rs` (a static table of ids, folded names and byte
//! ranges, so that a lookup reads the table and decodes only the records it shows), and
//! `atlas.bin`, the map's boundaries already projected.

use std::fmt::Write as _;
use std::path::Path;
use swlaw_data::{load, text};

fn main() {
    link_at_a_fixed_address();
    // The loader is a build-dependency, so cargo reruns this script when it changes; the data
    // is what it reads: the directory (for files added or removed) and each file in it.
    let data = Path::new("data");
    println!("cargo::rerun-if-changed={}", data.display());
    if let Ok(files) = load::data_files(data) {
        for file in files {
            println!("cargo::rerun-if-changed={}", file.display());
        }
    }
    let dataset = match load::load_path(data) {
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

    let mut records = Vec::new();
    let mut outlines = Vec::new();
    let mut index = String::from("pub static INDEX: &[IndexEntry] = &[\n");
    for record in &dataset.jurisdictions {
        let start = records.len();
        let blob = postcard::to_allocvec(record).expect("a record always serializes");
        records.extend_from_slice(&blob);
        let outline_start = outlines.len();
        let outline = postcard::to_allocvec(&record.clone().into_outline())
            .expect("a record always serializes");
        outlines.extend_from_slice(&outline);
        let phrases: Vec<String> = std::iter::once(&record.name)
            .chain(&record.aliases)
            .map(|name| text::phrase(name))
            .collect();
        writeln!(
            index,
            "    IndexEntry {{ id: {:?}, name: {:?}, parent: {:?}, phrases: &{:?}, bytes: {}..{}, \
             outline: {}..{} }},",
            record.id,
            record.name,
            record.parent,
            phrases,
            start,
            records.len(),
            outline_start,
            outlines.len()
        )
        .expect("writing to a String cannot fail");
    }
    index.push_str("];\n");

    // What `swlaw --version` says of the data, and the release every JSON document names.
    println!("cargo::rerun-if-changed=data/{}", load::VERSION_FILE);
    let version = load::dataset_version(data)
        .unwrap_or_else(|problem| panic!("{problem}"))
        .unwrap_or_else(|| {
            panic!(
                "data/{} is missing: the bundled dataset names its release",
                load::VERSION_FILE
            )
        });
    println!("cargo::rustc-env=SWLAW_DATASET_VERSION={version}");
    let (first, last) = dataset
        .reviewed_range()
        .expect("the bundled dataset has records");
    println!(
        "cargo::rustc-env=SWLAW_DATASET={version}: {} records, reviewed {first} to {last}",
        dataset.jurisdictions.len()
    );
    let models = postcard::to_allocvec(&dataset.models).expect("models always serialize");
    let atlas = postcard::to_allocvec(&atlas()).expect("the atlas always serializes");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    for (name, bytes) in [
        ("records.bin", &records[..]),
        ("outlines.bin", &outlines[..]),
        ("models.bin", &models[..]),
        ("index.rs", index.as_bytes()),
        ("atlas.bin", &atlas[..]),
    ] {
        std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
    }
}

/// The map's boundaries, decoded from TopoJSON and projected here, once, rather than at every
/// `swlaw map`.
fn atlas() -> swlaw_atlas::Atlas {
    let read = |name: &str| {
        let path = Path::new("data/boundaries").join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let world = read("countries-50m.json");
    let us = read("states-10m.json");
    swlaw_atlas::build_atlas(&world, &us).unwrap_or_else(|e| {
        eprintln!("the bundled boundaries in data/boundaries are invalid: {e:#}");
        std::process::exit(1);
    })
}

/// Links the Linux binary as a position-dependent executable. A position-independent one starts
/// by having the dynamic loader write some 11,000 absolute addresses (string tables, the record
/// index's among them, and vtables) into its read-only data: a quarter of the instructions of
/// `swlaw --version` and, because each page written is copied, about 50 of the 260 page faults
/// of `swlaw show`; `show sweden` took 2.0 ms as PIE and 1.6 ms without. Shared libraries, heap
/// and stack are still placed at random addresses; only the binary's own image is fixed, a
/// hardening that matters less for safe Rust that reads local files. `SWLAW_PIE=1 cargo build`
/// keeps PIE.
fn link_at_a_fixed_address() {
    println!("cargo::rerun-if-env-changed=SWLAW_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    if linux && std::env::var_os("SWLAW_PIE").is_none() {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
