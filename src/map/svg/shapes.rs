//! The shapes layer: the atlas pieces in view, grouped by the id each is drawn under, as path
//! data, and written with their fills.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::colour::norm_colour;
use super::frame::Frame;
use super::numbers::push_num;
use super::text::esc;
use crate::map::MapArea;
use crate::map::geo::{self, Piece};
use crate::map::palette;

/// Points closer than this (user units) to the previous kept point are dropped.
const SIMPLIFY: i64 = 4; // tenths

/// Append the path data of one piece; returns the tenths bbox of what was written.
fn piece_path(p: &Piece, f: &Frame, d: &mut String, bbox: &mut [i64; 4]) {
    for (ri, ring) in p.rings.iter().enumerate() {
        let mut pts: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
        for q in ring {
            let c = f.to_tenths(*q);
            match pts.last() {
                Some(&(lx, ly)) if (c.0 - lx).abs() < SIMPLIFY && (c.1 - ly).abs() < SIMPLIFY => {
                    continue;
                }
                _ => pts.push(c),
            }
        }
        // drop a duplicated closing point; `z` closes the ring
        while pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        if pts.len() < 3 {
            if ri == 0 {
                // keep a tiny exterior ring as a single point so the box is known
                if let Some(&(x, y)) = pts.first() {
                    bbox[0] = bbox[0].min(x);
                    bbox[1] = bbox[1].min(y);
                    bbox[2] = bbox[2].max(x);
                    bbox[3] = bbox[3].max(y);
                }
                // a tiny exterior: its holes are meaningless at this scale
                return;
            }
            continue;
        }
        d.push('M');
        push_num(d, pts[0].0);
        push_num(d, pts[0].1);
        d.push('l');
        let mut prev = pts[0];
        for &c in &pts[1..] {
            push_num(d, c.0 - prev.0);
            push_num(d, c.1 - prev.1);
            prev = c;
        }
        d.push('z');
        for &(x, y) in &pts {
            bbox[0] = bbox[0].min(x);
            bbox[1] = bbox[1].min(y);
            bbox[2] = bbox[2].max(x);
            bbox[3] = bbox[3].max(y);
        }
    }
}

pub(super) struct Group {
    pub(super) key: String,
    name: String,
    pub(super) d: String,
    pub(super) bbox: [i64; 4],
}

/// The pieces in view, grouped by the id each is drawn under, with their path data; and
/// where each id's group is.
pub(super) fn grouped_pieces(
    areas: &HashMap<&str, &MapArea>,
    frame: &Frame,
    vb: [f64; 4],
) -> (Vec<Group>, HashMap<String, usize>) {
    let atlas = geo::atlas();
    let active: Vec<&geo::Layer> = atlas
        .layers
        .iter()
        .filter(|l| {
            l.pieces
                .iter()
                .any(|p| p.sub.as_deref().is_some_and(|s| areas.contains_key(s)))
        })
        .collect();
    let replaced: HashSet<&str> = active.iter().map(|l| l.parent.as_str()).collect();
    // (piece, from an active subdivision layer)
    let pieces = atlas
        .base
        .iter()
        .filter(|p| !p.owner.as_deref().is_some_and(|o| replaced.contains(o)))
        .map(|p| (p, false))
        .chain(
            active
                .iter()
                .flat_map(|l| l.pieces.iter().map(|p| (p, true))),
        );

    let margin = 0.0;
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (p, layered) in pieces {
        if p.bbox[2] < vb[0] - margin
            || p.bbox[0] > vb[2] + margin
            || p.bbox[3] < vb[1] - margin
            || p.bbox[1] > vb[3] + margin
        {
            continue;
        }
        let owner_key = match p.owner.as_deref() {
            Some(o) => o.to_string(),
            None => format!("~{}", p.name),
        };
        let claimed = p
            .sub
            .as_deref()
            .filter(|s| areas.contains_key(s))
            .map(str::to_string);
        // A subdivision layer draws every piece under its parent (so the parent keeps a
        // shape even when all its subdivisions are named) and claimed pieces again, on
        // top, under their own id. Base pieces are drawn once.
        let keys: Vec<String> = match (layered, claimed) {
            (true, Some(sub)) => vec![owner_key, sub],
            (false, Some(sub)) => vec![sub],
            (_, None) => vec![owner_key],
        };
        for key in keys {
            let gi = *index.entry(key.clone()).or_insert_with(|| {
                groups.push(Group {
                    name: geo::name_of(&key)
                        .map(str::to_string)
                        .unwrap_or_else(|| p.name.clone()),
                    key,
                    d: String::new(),
                    bbox: [i64::MAX, i64::MAX, i64::MIN, i64::MIN],
                });
                groups.len() - 1
            });
            let g = &mut groups[gi];
            piece_path(p, frame, &mut g.d, &mut g.bbox);
        }
    }

    (groups, index)
}

pub(super) fn write_shapes(s: &mut String, areas: &HashMap<&str, &MapArea>, shapes: &[&Group]) {
    // map
    let _ = writeln!(
        s,
        r#"<g clip-path="url(#swlaw-clip)" stroke="{}" stroke-width="0.3" stroke-linejoin="round" fill-rule="evenodd">"#,
        palette::BORDER
    );
    for g in shapes {
        match areas.get(g.key.as_str()) {
            Some(a) => {
                let _ = write!(
                    s,
                    r#"<g id="{}" fill="{}"><title>{}</title><path d="{}"/>"#,
                    esc(&a.id),
                    norm_colour(&a.fill),
                    esc(&a.title),
                    g.d
                );
                if a.hatched {
                    let _ = write!(s, r#"<path d="{}" fill="url(#swlaw-hatch)"/>"#, g.d);
                }
                s.push_str("</g>\n");
            }
            None => {
                let _ = writeln!(
                    s,
                    r#"<path class="nodata" fill="{}" d="{}"><title>{}: no data</title></path>"#,
                    palette::NO_DATA,
                    g.d,
                    esc(&g.name)
                );
            }
        }
    }
}
