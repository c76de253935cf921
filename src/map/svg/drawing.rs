//! What the map draws: which groups are shapes and which become dots, the insets, and the dots
//! labelled and spread.

use std::collections::{HashMap, HashSet};

use super::dots::{Dot, label_subdivisions, spread_dots};
use super::frame::Frame;
use super::insets::{Inset, place_insets};
use super::shapes::Group;
use crate::map::geo::equal_earth;
use crate::map::{MapArea, MapSpec, points};

/// A shape whose projected box is smaller than this (both sides) also gets a dot.
const TINY: f64 = 3.0;

/// What the map draws: the shapes, the dots (small or shapeless areas, spread apart), and
/// whether some drawn shape has no data.
pub(super) struct Drawing<'a> {
    pub(super) shapes: Vec<&'a Group>,
    pub(super) dots: Vec<Dot>,
    pub(super) insets: Vec<Inset>,
    pub(super) nodata_drawn: bool,
}

pub(super) fn drawing<'a>(
    spec: &MapSpec,
    areas: &HashMap<&str, &MapArea>,
    groups: &'a [Group],
    index: &HashMap<String, usize>,
    frame: &Frame,
    vb: [f64; 4],
) -> Drawing<'a> {
    let mut shape_groups: Vec<&Group> = Vec::new();
    let mut dots: Vec<Dot> = Vec::new();
    let mut nodata_drawn = false;
    for g in groups {
        let in_spec = areas.contains_key(g.key.as_str());
        if g.bbox[0] == i64::MAX {
            // nothing left after simplification
            if in_spec {
                let home =
                    points::point(&g.key).map(|[lon, lat]| frame.to_units(equal_earth(lon, lat)));
                if let Some(home) = home {
                    dots.push(Dot::at(&g.key, home, String::new()));
                }
            }
            continue;
        }
        let tiny = ((g.bbox[2] - g.bbox[0]) as f64) < TINY * 10.0
            && ((g.bbox[3] - g.bbox[1]) as f64) < TINY * 10.0;
        if in_spec && (tiny || g.d.is_empty()) {
            let home = points::point(&g.key)
                .map(|[lon, lat]| frame.to_units(equal_earth(lon, lat)))
                .unwrap_or((
                    (g.bbox[0] + g.bbox[2]) as f64 / 20.0,
                    (g.bbox[1] + g.bbox[3]) as f64 / 20.0,
                ));
            dots.push(Dot::at(&g.key, home, g.d.clone()));
        } else if !g.d.is_empty() {
            // ownerless specks (the Siachen Glacier) do not earn a legend row
            nodata_drawn |= !in_spec && !g.key.starts_with('~');
            shape_groups.push(g);
        }
    }
    let drawn: HashSet<String> = shape_groups
        .iter()
        .map(|g| g.key.clone())
        .chain(dots.iter().map(|d| d.id.clone()))
        .collect();
    // areas without a shape: dots from the table
    for a in &spec.areas {
        if drawn.contains(&a.id) || index.contains_key(&a.id) {
            continue;
        }
        if let Some([lon, lat]) = points::point(&a.id) {
            let pp = equal_earth(lon, lat);
            if pp[0] < vb[0] || pp[0] > vb[2] || pp[1] < vb[1] || pp[1] > vb[3] {
                continue;
            }
            let home = frame.to_units(pp);
            dots.push(Dot::at(&a.id, home, String::new()));
        }
    }
    dots.sort_by(|a, b| a.id.cmp(&b.id));
    let insets = place_insets(&mut dots, areas, &shape_groups, frame);
    label_subdivisions(&mut dots);
    let (mut free, fixed): (Vec<Dot>, Vec<Dot>) = dots.into_iter().partition(|d| !d.fixed);
    spread_dots(&mut free, frame);
    free.extend(fixed);
    free.sort_by(|a, b| a.id.cmp(&b.id));

    Drawing {
        shapes: shape_groups,
        dots: free,
        insets,
        nodata_drawn,
    }
}
