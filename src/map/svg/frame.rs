//! Where the map sits on the page: the part of the projected world in view, and the affine map
//! from projected units to the canvas.

use anyhow::{Result, bail};

use super::numbers::tenths;
use super::{HEADER, MARGIN, WIDTH};
use crate::map::MapSpec;
use crate::map::geo::equal_earth;

/// Tallest map frame (regional maps).
const MAX_MAP_HEIGHT: f64 = 640.0;

/// World view: Equal Earth x range and latitudes shown (Antarctica left out).
const WORLD_SOUTH: f64 = -56.5;
const WORLD_NORTH: f64 = 84.0;

/// Affine map from projected units to canvas tenths.
pub(super) struct Frame {
    vx0: f64,
    vy1: f64,
    scale: f64, // user units per projected unit
    pub(super) ox: f64,
    pub(super) oy: f64,
    pub(super) w: f64,
    pub(super) h: f64,
}

impl Frame {
    pub(super) fn to_tenths(&self, p: [f64; 2]) -> (i64, i64) {
        let x = self.ox + (p[0] - self.vx0) * self.scale;
        let y = self.oy + (self.vy1 - p[1]) * self.scale;
        (tenths(x), tenths(y))
    }
    pub(super) fn to_units(&self, p: [f64; 2]) -> (f64, f64) {
        let (x, y) = self.to_tenths(p);
        (x as f64 / 10.0, y as f64 / 10.0)
    }
}

pub(super) fn view_box(spec: &MapSpec) -> Result<[f64; 4]> {
    match spec.focus {
        None => {
            let xmax = equal_earth(180.0, 0.0)[0];
            Ok([
                -xmax,
                equal_earth(0.0, WORLD_SOUTH)[1],
                xmax,
                equal_earth(0.0, WORLD_NORTH)[1],
            ])
        }
        Some(f) => {
            let ok = [f.west, f.south, f.east, f.north]
                .iter()
                .all(|v| v.is_finite())
                && f.west >= -180.0
                && f.east <= 180.0
                && f.west < f.east
                && f.south >= -90.0
                && f.north <= 90.0
                && f.south < f.north;
            if !ok {
                bail!("invalid focus box {f:?}");
            }
            let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
            for k in 0..=32 {
                let s = k as f64 / 32.0;
                let lon = f.west + (f.east - f.west) * s;
                let lat = f.south + (f.north - f.south) * s;
                for p in [
                    equal_earth(lon, f.south),
                    equal_earth(lon, f.north),
                    equal_earth(f.west, lat),
                    equal_earth(f.east, lat),
                ] {
                    b[0] = b[0].min(p[0]);
                    b[1] = b[1].min(p[1]);
                    b[2] = b[2].max(p[0]);
                    b[3] = b[3].max(p[1]);
                }
            }
            Ok(b)
        }
    }
}

/// Where the map sits on the page, for a view box.
pub(super) fn frame_for(vb: [f64; 4]) -> Frame {
    let (vw, vh) = (vb[2] - vb[0], vb[3] - vb[1]);
    let scale = ((WIDTH - 2.0 * MARGIN) / vw).min(MAX_MAP_HEIGHT / vh);
    let (mw, mh) = (vw * scale, vh * scale);
    Frame {
        vx0: vb[0],
        vy1: vb[3],
        scale,
        ox: ((WIDTH - mw) / 2.0 * 10.0).round() / 10.0,
        oy: HEADER,
        w: (mw * 10.0).round() / 10.0,
        h: (mh * 10.0).round() / 10.0,
    }
}
