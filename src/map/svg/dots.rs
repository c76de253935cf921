//! The dots layer: areas too small or without a shape, pushed apart so that none hides another,
//! each with a leader line home when moved and a label for subdivisions.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::colour::norm_colour;
use super::frame::Frame;
use super::insets::INSET_FONT;
use super::numbers::u;
use super::text::esc;
use crate::map::MapArea;
use crate::map::palette;

/// Dot radius and outline.
pub(super) const DOT_R: f64 = 2.8;
pub(super) const DOT_STROKE: f64 = 0.7;

pub(super) struct Dot {
    pub(super) id: String,
    pub(super) home: (f64, f64),
    pub(super) pos: (f64, f64),
    /// Path data of a tiny shape that goes with the dot (may be empty).
    pub(super) d: String,
    /// Text beside the dot: a subdivision's code, or its name inside an inset.
    pub(super) label: Option<String>,
    /// Placed in an inset's grid: not pushed apart, no leader line.
    pub(super) fixed: bool,
}

impl Dot {
    pub(super) fn at(id: &str, home: (f64, f64), d: String) -> Dot {
        Dot {
            id: id.to_string(),
            home,
            pos: home,
            d,
            label: None,
            fixed: false,
        }
    }
}

/// Push overlapping dots apart (deterministic), keeping them inside the map frame.
pub(super) fn spread_dots(dots: &mut [Dot], frame: &Frame) {
    let min_d = 2.0 * DOT_R + DOT_STROKE + 0.3;
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..dots.len() {
            for j in (i + 1)..dots.len() {
                let (a, b) = (dots[i].pos, dots[j].pos);
                let (mut dx, mut dy) = (b.0 - a.0, b.1 - a.1);
                let dist = (dx * dx + dy * dy).sqrt();
                if dist >= min_d {
                    continue;
                }
                if dist < 1e-6 {
                    // coincident: separate along a fixed, index-dependent direction
                    let ang = (j as f64) * 2.399963; // golden angle
                    dx = ang.cos();
                    dy = ang.sin();
                } else {
                    dx /= dist;
                    dy /= dist;
                }
                let push = (min_d - dist) / 2.0 + 0.01;
                dots[i].pos.0 -= dx * push;
                dots[i].pos.1 -= dy * push;
                dots[j].pos.0 += dx * push;
                dots[j].pos.1 += dy * push;
                moved = true;
            }
        }
        for d in dots.iter_mut() {
            let r = DOT_R + DOT_STROKE;
            d.pos.0 = d.pos.0.clamp(frame.ox + r, frame.ox + frame.w - r);
            d.pos.1 = d.pos.1.clamp(frame.oy + r, frame.oy + frame.h - r);
        }
        if !moved {
            break;
        }
    }
    // round now, so the output does not depend on float noise
    for d in dots.iter_mut() {
        d.pos = (
            (d.pos.0 * 10.0).round() / 10.0,
            (d.pos.1 * 10.0).round() / 10.0,
        );
    }
}

/// The id of the record a subdivision belongs to: "US-NV" for "US-NV-CLARK".
pub(super) fn parent_id(id: &str) -> Option<&str> {
    id.rfind('-').map(|at| &id[..at])
}

/// A subdivision's dot on the map says which it is: "NSW" beside Australia's New South Wales.
pub(super) fn label_subdivisions(dots: &mut [Dot]) {
    for dot in dots.iter_mut().filter(|d| d.label.is_none()) {
        if let Some(parent) = parent_id(&dot.id) {
            dot.label = Some(dot.id[parent.len() + 1..].to_string());
        }
    }
}

/// Dots on top of the shapes, with leader lines for the ones moved apart.
pub(super) fn write_dots(s: &mut String, areas: &HashMap<&str, &MapArea>, dots: &[Dot]) {
    if !dots.is_empty() {
        let _ = writeln!(
            s,
            r##"<g class="dots" stroke="#1a1a1a" stroke-width="{}">"##,
            u(DOT_STROKE)
        );
        for d in dots {
            let moved = ((d.pos.0 - d.home.0).powi(2) + (d.pos.1 - d.home.1).powi(2)).sqrt();
            if moved > DOT_R {
                let _ = writeln!(
                    s,
                    r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#1a1a1a" stroke-width="0.35"/>"##,
                    u(d.home.0),
                    u(d.home.1),
                    u(d.pos.0),
                    u(d.pos.1)
                );
            }
        }
        for d in dots {
            let Some(a) = areas.get(d.id.as_str()) else {
                continue;
            };
            let fill = norm_colour(&a.fill);
            let _ = write!(
                s,
                r#"<g id="{}" fill="{}"><title>{}</title>"#,
                esc(&a.id),
                fill,
                esc(&a.title)
            );
            if !d.d.is_empty() {
                let _ = write!(s, r#"<path d="{}" stroke-width="0.3"/>"#, d.d);
            }
            let _ = write!(
                s,
                r#"<circle cx="{}" cy="{}" r="{}"/>"#,
                u(d.pos.0),
                u(d.pos.1),
                u(DOT_R)
            );
            if a.hatched {
                let _ = write!(
                    s,
                    r#"<circle cx="{}" cy="{}" r="{}" fill="url(#swlaw-hatch)" stroke="none"/>"#,
                    u(d.pos.0),
                    u(d.pos.1),
                    u(DOT_R)
                );
            }
            if let Some(label) = &d.label {
                let size = if d.fixed {
                    INSET_FONT
                } else {
                    INSET_FONT + 0.5
                };
                let _ = write!(
                    s,
                    r#"<text x="{}" y="{}" font-size="{}" fill="{}" stroke="none">{}</text>"#,
                    u(d.pos.0 + DOT_R + 1.5),
                    u(d.pos.1 + size * 0.35),
                    u(size),
                    palette::TEXT,
                    esc(label)
                );
            }
            s.push_str("</g>\n");
        }
        s.push_str("</g>\n");
    }
}
