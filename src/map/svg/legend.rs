//! The legend below the map: a row for each class, and rows for no data, hatching and dots
//! where the map shows them.

use std::fmt::Write as _;

use super::colour::norm_colour;
use super::dots::{DOT_R, DOT_STROKE};
use super::drawing::Drawing;
use super::frame::Frame;
use super::numbers::u;
use super::text::{esc, est_width};
use super::{MARGIN, WIDTH};
use crate::map::{MapSpec, palette};

const LEGEND_FONT: f64 = 12.0;

/// One row of the legend.
struct Item {
    label: String,
    fill: String,
    hatched: bool,
    dot: bool,
}

/// The legend's rows and their layout below the map.
pub(super) struct Legend {
    items: Vec<Item>,
    cols: usize,
    col_w: f64,
    row_h: f64,
    pub(super) y: f64,
    pub(super) h: f64,
}

pub(super) fn legend(spec: &MapSpec, drawing: &Drawing, frame: &Frame) -> Legend {
    let (nodata_drawn, dots) = (drawing.nodata_drawn, &drawing.dots);
    // Classes are plain swatches; hatching means one thing, said once: the area varies by
    // subdivision (a swatch hatched because some area of its colour is would mean nothing).
    let mut items: Vec<Item> = spec
        .legend
        .iter()
        .map(|l| Item {
            label: l.label.clone(),
            fill: norm_colour(&l.fill),
            hatched: false,
            dot: false,
        })
        .collect();
    if nodata_drawn && !items.iter().any(|i| i.fill == palette::NO_DATA) {
        items.push(Item {
            label: "no data".into(),
            fill: palette::NO_DATA.into(),
            hatched: false,
            dot: false,
        });
    }
    if spec.areas.iter().any(|a| a.hatched) {
        items.push(Item {
            label: "hatched: varies by subdivision".into(),
            fill: palette::NO_DATA.into(),
            hatched: true,
            dot: false,
        });
    }
    if !dots.is_empty() {
        items.push(Item {
            label: "small jurisdiction (dot)".into(),
            fill: palette::NO_DATA.into(),
            hatched: false,
            dot: true,
        });
    }
    let avail = WIDTH - 2.0 * MARGIN;
    let col_w = items
        .iter()
        .map(|i| 22.0 + est_width(&i.label, LEGEND_FONT) + 18.0)
        .fold(0.0, f64::max)
        .min(avail);
    let cols = ((avail / col_w).floor() as usize).clamp(1, items.len().max(1));
    let rows = items.len().div_ceil(cols);
    let row_h = 19.0;
    let legend_y = frame.oy + frame.h + 16.0;
    let legend_h = rows as f64 * row_h;

    Legend {
        items,
        cols,
        col_w,
        row_h,
        y: legend_y,
        h: legend_h,
    }
}

pub(super) fn write_legend(s: &mut String, legend: &Legend) {
    let _ = writeln!(
        s,
        r#"<g class="legend" font-size="{}" fill="{}">"#,
        u(LEGEND_FONT),
        palette::TEXT
    );
    for (k, it) in legend.items.iter().enumerate() {
        let (col, row) = (k % legend.cols, k / legend.cols);
        let x = MARGIN + col as f64 * legend.col_w;
        let y = legend.y + row as f64 * legend.row_h;
        if it.dot {
            let _ = write!(
                s,
                r##"<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="#1a1a1a" stroke-width="{}"/>"##,
                u(x + 8.0),
                u(y + 6.0),
                u(DOT_R + 0.7),
                palette::UNKNOWN,
                u(DOT_STROKE)
            );
        } else {
            let _ = write!(
                s,
                r#"<rect x="{}" y="{}" width="16" height="12" fill="{}" stroke="{}" stroke-width="0.5"/>"#,
                u(x),
                u(y),
                it.fill,
                palette::BORDER
            );
            if it.hatched {
                let _ = write!(
                    s,
                    r#"<rect x="{}" y="{}" width="16" height="12" fill="url(#swlaw-hatch)"/>"#,
                    u(x),
                    u(y)
                );
            }
        }
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}">{}</text>"#,
            u(x + 22.0),
            u(y + 10.5),
            esc(&it.label)
        );
    }
    s.push_str("</g>\n");
}
