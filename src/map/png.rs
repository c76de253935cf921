//! PNG rasterisation with resvg (pure Rust).

use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, anyhow, bail};
use resvg::{tiny_skia, usvg};

/// DejaVu Sans (Bitstream Vera licence, see data/fonts/LICENSE-DejaVu.txt), bundled so that
/// PNG text renders identically on machines without fonts.
const DEJAVU_SANS: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/fonts/DejaVuSans.ttf"
));
const DEJAVU_SANS_BOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/fonts/DejaVuSans-Bold.ttf"
));

fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        // Only the bundled fonts: the same PNG on every machine.
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(DEJAVU_SANS.to_vec());
        db.load_font_data(DEJAVU_SANS_BOLD.to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

pub(crate) fn render(svg: &str, width: u32) -> Result<Vec<u8>> {
    if !super::PNG_WIDTHS.contains(&width) {
        bail!(
            "PNG width must be {} to {} pixels, got {width}",
            super::PNG_WIDTHS.start(),
            super::PNG_WIDTHS.end()
        );
    }
    let opt = usvg::Options {
        fontdb: fontdb(),
        font_family: "DejaVu Sans".to_string(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).context("parsing SVG")?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).round().max(1.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| anyhow!("cannot allocate a {width}x{height} pixmap"))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().context("encoding PNG")
}
