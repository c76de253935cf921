//! World-map renderer for swlaw: choropleth maps of the law on sex work.
//!
//! The caller describes the map with a [`MapSpec`] (one [`MapArea`] per jurisdiction, a
//! legend, titles) and gets an SVG document from [`render_svg`]; [`render_png`] rasterises
//! that SVG with resvg. Boundaries (Natural Earth 1:50m countries, US Census states) and
//! the fonts used for PNG text are bundled in the binary: nothing is read or fetched at run
//! time.
//!
//! Ids are swlaw jurisdiction ids: ISO 3166-1 alpha-2 for countries and territories
//! (`"XK"` for Kosovo), ISO 3166-2 for subdivisions (`"US-NV"`, `"AU-NSW"`, and `"GB-EAW"`,
//! `"GB-SCT"`, `"GB-NIR"` for the three legal jurisdictions of the UK).
//!
//! * An area whose id has a shape ([`has_shape`]) is drawn as that shape. Shapes too small
//!   to see at the output scale also get a dot.
//! * An area without a shape but with a bundled location ([`has_dot`]) is drawn as a dot.
//! * Areas with neither are skipped; [`undrawable_ids`] lists them so the caller can warn.
//! * When the spec names any US state (`US-XX`), the United States is drawn by state; any
//!   state not named takes the `US` area's colour. Likewise the UK is split into England
//!   and Wales, Scotland and Northern Ireland when any of those ids is named.
//! * Parts of a country that have their own ISO code (French Guiana `GF`, Réunion `RE`,
//!   Svalbard `SJ`, Caribbean Netherlands `BQ`, Christmas Island `CX`, ...) are drawn as
//!   part of the country unless the spec names them.
//! * Shapes not named in the spec are drawn in [`palette::NO_DATA`] without an id.

mod geo;
pub use swlaw_atlas::iso;
pub mod palette;
mod png;
mod points;
mod svg;

use crate::model::Region;
use std::collections::HashSet;
use std::sync::OnceLock;

pub use geo::equal_earth;

/// Default PNG width in pixels: twice the SVG's 1000-unit width, sharp on high-density
/// screens and in print at A4 width (~240 dpi), and small enough (~0.5 MB) to attach.
pub const DEFAULT_PNG_WIDTH: u32 = 2000;
/// The widths a PNG may have, in pixels: below, text is unreadable; above, memory (4 bytes a
/// pixel) grows past what a map needs.
pub const PNG_WIDTHS: std::ops::RangeInclusive<u32> = 100..=16_000;

/// One jurisdiction to colour.
#[derive(Debug, Clone, PartialEq)]
pub struct MapArea {
    /// swlaw jurisdiction id (ISO 3166-1 alpha-2 or ISO 3166-2).
    pub id: String,
    /// Fill colour, `#rrggbb` (or `#rgb`).
    pub fill: String,
    /// Tooltip / accessible name, e.g. `"Sweden (SE): asymmetric"`.
    pub title: String,
    /// Draw a hatch pattern over the fill (a `varies` country without subdivision shapes).
    pub hatched: bool,
}

/// One legend row. A legend swatch is hatched when a hatched area has the same fill.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    /// `#rrggbb` (or `#rgb`).
    pub fill: String,
}

/// A bounding box in degrees for a regional map (`--region`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Focus {
    /// Western longitude, −180..180.
    pub west: f64,
    /// Southern latitude, −90..90.
    pub south: f64,
    /// Eastern longitude, greater than `west` (boxes crossing the antimeridian are not
    /// supported).
    pub east: f64,
    /// Northern latitude, greater than `south`.
    pub north: f64,
}

impl Focus {
    pub const fn new(west: f64, south: f64, east: f64, north: f64) -> Self {
        Focus {
            west,
            south,
            east,
            north,
        }
    }

    /// Boxes for the UN M49 regions swlaw uses (case-insensitive): Africa, Americas, Asia,
    /// Europe, Oceania. Oceania stops at the antimeridian, so the Pacific states east of
    /// it (Samoa, Tonga, Cook Islands, French Polynesia, ...) fall outside its box.
    pub fn for_region(region: Region) -> Focus {
        match region {
            Region::Africa => Focus::new(-26.0, -37.0, 60.0, 38.0),
            Region::Americas => Focus::new(-170.0, -56.0, -25.0, 75.0),
            Region::Asia => Focus::new(25.0, -11.0, 150.0, 56.0),
            Region::Europe => Focus::new(-25.0, 34.0, 45.0, 72.0),
            Region::Oceania => Focus::new(110.0, -50.0, 180.0, 5.0),
        }
    }
}

/// Everything a map shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapSpec {
    pub title: String,
    /// e.g. `"as of 2026-11-28"`.
    pub subtitle: String,
    /// Drawn at the bottom left, e.g. `"Source: swlaw dataset v3 (CC BY 4.0)"`.
    pub source_line: String,
    pub areas: Vec<MapArea>,
    pub legend: Vec<LegendEntry>,
    /// Optional bounding box; `None` draws the world (without Antarctica).
    pub focus: Option<Focus>,
}

/// Render the spec as a standalone SVG document (1000 user units wide).
///
/// Deterministic: the same spec gives the same bytes. Fails on duplicate area ids,
/// malformed colours or an invalid focus box.
pub fn render_svg(spec: &MapSpec) -> anyhow::Result<String> {
    svg::render(spec)
}

/// Rasterise an SVG (normally from [`render_svg`]) to PNG at `width` pixels; the height
/// follows the SVG's aspect ratio. Text uses the bundled DejaVu Sans for `sans-serif`, with
/// the system fonts as fallback for other glyphs.
pub fn render_png(svg: &str, width: u32) -> anyhow::Result<Vec<u8>> {
    png::render(svg, width)
}

fn shape_ids() -> &'static HashSet<String> {
    static IDS: OnceLock<HashSet<String>> = OnceLock::new();
    IDS.get_or_init(|| geo::atlas().shape_ids().map(str::to_string).collect())
}

/// Whether the bundled boundaries have a shape for `id`.
pub fn has_shape(id: &str) -> bool {
    shape_ids().contains(id)
}

/// Whether a dot location is bundled for `id` (used when it has no shape, or its shape is
/// too small to see).
pub fn has_dot(id: &str) -> bool {
    points::point(id).is_some()
}

/// Ids in the spec that can be drawn neither as a shape nor as a dot.
pub fn undrawable_ids(spec: &MapSpec) -> Vec<String> {
    spec.areas
        .iter()
        .filter(|a| !has_shape(&a.id) && !has_dot(&a.id))
        .map(|a| a.id.clone())
        .collect()
}
