//! Insets: a box beside a shape for the dots of its many subdivisions, in a grid with names.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::dots::{DOT_R, DOT_STROKE, Dot, parent_id};
use super::frame::Frame;
use super::numbers::u;
use super::shapes::Group;
use super::text::{esc, est_width};
use crate::map::MapArea;
use crate::map::palette;
use crate::map::points;

/// A box beside a shape that holds the dots of its many subdivisions (Nevada's counties), laid
/// out in a grid with their names, which on the map itself would cover the shape.
pub(super) struct Inset {
    title: String,
    /// x, y, width, height in user units.
    frame: [f64; 4],
    /// The middle of the shape the inset belongs to, where its leader line ends.
    anchor: (f64, f64),
}

/// A parent with at least this many dots below it gets an inset.
const INSET_MIN_DOTS: usize = 6;
pub(super) const INSET_FONT: f64 = 5.5;
const INSET_ROW: f64 = 8.0;
const INSET_COLUMNS: usize = 2;

/// Moves the dots of a drawn shape's many subdivisions into an inset beside the shape.
pub(super) fn place_insets(
    dots: &mut [Dot],
    areas: &HashMap<&str, &MapArea>,
    shapes: &[&Group],
    frame: &Frame,
) -> Vec<Inset> {
    let mut insets = Vec::new();
    for shape in shapes {
        let members: Vec<usize> = (0..dots.len())
            .filter(|&i| parent_id(&dots[i].id) == Some(shape.key.as_str()))
            .collect();
        // Only where the dots would crowd each other (Nevada's counties, not Australia's states).
        let min_d = 2.0 * DOT_R + DOT_STROKE + 0.3;
        let crowded = members
            .iter()
            .filter(|&&i| {
                members.iter().any(|&j| {
                    let (a, b) = (dots[i].home, dots[j].home);
                    i != j && ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() < min_d
                })
            })
            .count();
        if members.len() < INSET_MIN_DOTS || crowded < INSET_MIN_DOTS / 2 {
            continue;
        }
        let name = areas
            .get(shape.key.as_str())
            .and_then(|a| a.title.split(" (").next())
            .unwrap_or(&shape.key)
            .to_string();
        let labels: Vec<String> = members
            .iter()
            .map(|&i| points::name(&dots[i].id).unwrap_or(&dots[i].id).to_string())
            .collect();
        let longest = labels
            .iter()
            .map(|l| est_width(l, INSET_FONT))
            .fold(0.0, f64::max);
        let column_w = 2.0 * DOT_R + 3.0 + longest + 4.0;
        let rows = members.len().div_ceil(INSET_COLUMNS);
        let (w, h) = (
            INSET_COLUMNS as f64 * column_w + 6.0,
            rows as f64 * INSET_ROW + 16.0,
        );
        let bbox = shape.bbox.map(|v| v as f64 / 10.0);
        let anchor = ((bbox[0] + bbox[2]) / 2.0, (bbox[1] + bbox[3]) / 2.0);
        // To the west of the shape (Nevada's is the Pacific), kept inside the frame.
        let x = (bbox[0] - 30.0 - w).clamp(frame.ox + 2.0, frame.ox + frame.w - w - 2.0);
        let y = (anchor.1 - h / 2.0).clamp(frame.oy + 2.0, frame.oy + frame.h - h - 2.0);
        for (k, (&i, label)) in members.iter().zip(labels).enumerate() {
            let (column, row) = (k / rows, k % rows);
            let pos = (
                x + 3.0 + column as f64 * column_w + DOT_R,
                y + 14.0 + row as f64 * INSET_ROW + DOT_R,
            );
            let dot = &mut dots[i];
            dot.pos = pos;
            dot.home = pos;
            dot.d.clear();
            dot.label = Some(label);
            dot.fixed = true;
        }
        insets.push(Inset {
            title: format!("{name}: {} subdivisions", members.len()),
            frame: [x, y, w, h],
            anchor,
        });
    }
    insets
}

/// Inset boxes, each with a title and a leader line to its shape.
pub(super) fn write_insets(s: &mut String, insets: &[Inset]) {
    for inset in insets {
        let [x, y, w, h] = inset.frame;
        let near_x = inset.anchor.0.clamp(x, x + w);
        let near_y = inset.anchor.1.clamp(y, y + h);
        let _ = writeln!(
            s,
            r##"<g class="inset"><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#1a1a1a" stroke-width="0.4"/><rect x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.92" stroke="{}" stroke-width="0.5"/><text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{}" stroke="none">{}</text></g>"##,
            u(near_x),
            u(near_y),
            u(inset.anchor.0),
            u(inset.anchor.1),
            u(x),
            u(y),
            u(w),
            u(h),
            palette::BACKGROUND,
            palette::BORDER,
            u(x + 3.0),
            u(y + 8.0),
            u(INSET_FONT + 0.5),
            palette::TEXT,
            esc(&inset.title)
        );
    }
}
