//! The map's boundaries: the bundled Natural Earth and US Census shapes, mapped to swlaw ids,
//! cut at the antimeridian, the UK split into its three legal jurisdictions, and projected
//! with Equal Earth.
//!
//! build.rs builds the [`Atlas`] once, with the `build` feature, and serializes it into the
//! binary; at run time the binary only decodes it. The types and the projection have no
//! dependencies beyond serde, so the run-time side stays small.

use serde::{Deserialize, Serialize};

#[cfg(feature = "build")]
mod build;
pub mod iso;

#[cfg(feature = "build")]
pub use build::build_atlas;

/// A ring of projected points, in Equal Earth units (x east, y north).
pub type Ring = Vec<[f64; 2]>;

/// One polygon of the boundary data together with the ids it can be drawn under.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Piece {
    /// The jurisdiction the polygon belongs to by default (`None`: disputed, never coloured).
    pub owner: Option<String>,
    /// A more specific id: when the spec has an area with this id, the polygon is drawn as
    /// that area instead of the owner (French overseas departments, Svalbard, Caribbean
    /// Netherlands, US states, the parts of the UK, `US-PR` for Puerto Rico, ...).
    pub sub: Option<String>,
    /// Name in the source data (used for no-data titles when the owner is unknown).
    pub name: String,
    /// Exterior ring first, then holes.
    pub rings: Vec<Ring>,
    /// Projected bounding box [min_x, min_y, max_x, max_y].
    pub bbox: [f64; 4],
}

/// An alternative set of pieces for one country, used instead of that country's base pieces
/// when the spec names any of the layer's sub ids (US states, the UK split into its
/// three legal jurisdictions).
#[derive(Debug, Serialize, Deserialize)]
pub struct Layer {
    pub parent: String,
    pub pieces: Vec<Piece>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Atlas {
    pub base: Vec<Piece>,
    pub layers: Vec<Layer>,
}

impl Atlas {
    /// Every id that some piece can be drawn under.
    pub fn shape_ids(&self) -> impl Iterator<Item = &str> {
        self.base
            .iter()
            .chain(self.layers.iter().flat_map(|l| l.pieces.iter()))
            .flat_map(|p| [p.owner.as_deref(), p.sub.as_deref()])
            .flatten()
    }
}

// ---------------------------------------------------------------------------------------------
// Projection
// ---------------------------------------------------------------------------------------------

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

/// Equal Earth projection (Šavrič, Patterson & Jenny 2018, "The Equal Earth map
/// projection", IJGIS 33(3), doi:10.1080/13658816.2018.1504949), central meridian 0,
/// unit sphere. Returns (x, y) with y pointing north; x ∈ ±2.7066, y ∈ ±1.3173.
pub fn equal_earth(lon_deg: f64, lat_deg: f64) -> [f64; 2] {
    let lambda = lon_deg.to_radians();
    let phi = lat_deg.clamp(-90.0, 90.0).to_radians();
    let m = 3f64.sqrt() / 2.0;
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    [x, y]
}
