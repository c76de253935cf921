//! SVG writer: the canvas, the page around the map (titles, source lines) and the order of the
//! layers; each layer, and the layout, numbers, colours and text they share, in a submodule.
//!
//! All coordinates are computed in tenths of a user unit as integers, so the output is
//! rounded to one decimal and byte-for-byte deterministic.

mod colour;
mod dots;
mod drawing;
mod frame;
mod insets;
mod legend;
mod numbers;
mod shapes;
mod text;

use std::collections::HashMap;
use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::palette;
use super::{MapArea, MapSpec};
use colour::valid_colour;
use dots::write_dots;
use drawing::drawing;
use frame::{Frame, frame_for, view_box};
use insets::write_insets;
use legend::{legend, write_legend};
use numbers::u;
use shapes::{grouped_pieces, write_shapes};
use text::{esc, wrap};

/// Canvas width in user units.
const WIDTH: f64 = 1000.0;
/// Left/right margin.
const MARGIN: f64 = 20.0;
/// Height of the title block above the map.
const HEADER: f64 = 66.0;

/// The areas of a spec by id, after checking ids and colours.
fn checked_areas(spec: &MapSpec) -> Result<HashMap<&str, &MapArea>> {
    let mut areas: HashMap<&str, &MapArea> = HashMap::new();
    for a in &spec.areas {
        if a.id.is_empty() || !a.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            bail!("invalid area id {:?}", a.id);
        }
        if !valid_colour(&a.fill) {
            bail!("area {}: fill {:?} is not #rrggbb", a.id, a.fill);
        }
        if areas.insert(a.id.as_str(), a).is_some() {
            bail!("area {} appears twice", a.id);
        }
    }
    for l in &spec.legend {
        if !valid_colour(&l.fill) {
            bail!(
                "legend entry {:?}: fill {:?} is not #rrggbb",
                l.label,
                l.fill
            );
        }
    }

    Ok(areas)
}

pub(crate) fn render(spec: &MapSpec) -> Result<String> {
    let areas = checked_areas(spec)?;
    let vb = view_box(spec)?;
    let frame = frame_for(vb);
    let (groups, index) = grouped_pieces(&areas, &frame, vb);
    let drawing = drawing(spec, &areas, &groups, &index, &frame, vb);
    let legend = legend(spec, &drawing, &frame);
    let avail = WIDTH - 2.0 * MARGIN;
    let source_lines = wrap(&spec.source_line, 10.5, avail);
    let attribution =
        "Boundaries: Natural Earth (public domain), US Census Bureau · Equal Earth projection";
    let foot_y = legend.y + legend.h + 10.0;
    let height = (foot_y + 14.0 * (source_lines.len() as f64 + 1.0) + 8.0).round();

    let mut s = String::with_capacity(600_000);
    write_header(&mut s, spec, &frame, height);
    write_shapes(&mut s, &areas, &drawing.shapes);
    write_insets(&mut s, &drawing.insets);
    write_dots(&mut s, &areas, &drawing.dots);
    s.push_str("</g>\n");
    let _ = writeln!(
        s,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{}" stroke-width="0.5"/>"#,
        u(frame.ox),
        u(frame.oy),
        u(frame.w),
        u(frame.h),
        palette::BORDER
    );

    // title block
    let _ = writeln!(
        s,
        r#"<text x="{}" y="30" font-size="22" font-weight="bold" fill="{}">{}</text>"#,
        u(MARGIN),
        palette::TEXT,
        esc(&spec.title)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="52" font-size="14" fill="{}">{}</text>"#,
        u(MARGIN),
        palette::TEXT_MUTED,
        esc(&spec.subtitle)
    );

    write_legend(&mut s, &legend);
    // source and attribution
    let _ = writeln!(s, r#"<g font-size="10.5" fill="{}">"#, palette::TEXT_MUTED);
    for (k, line) in source_lines.iter().enumerate() {
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}">{}</text>"#,
            u(MARGIN),
            u(foot_y + 10.0 + 14.0 * k as f64),
            esc(line)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" font-size="9">{}</text>"#,
        u(MARGIN),
        u(foot_y + 10.0 + 14.0 * source_lines.len() as f64),
        esc(attribution)
    );
    s.push_str("</g>\n</svg>\n");
    Ok(s)
}

fn write_header(s: &mut String, spec: &MapSpec, frame: &Frame, height: f64) {
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans, sans-serif" role="img" aria-labelledby="swlaw-map-title swlaw-map-desc">
<title id="swlaw-map-title">{title}</title>
<desc id="swlaw-map-desc">{sub}</desc>
<defs>
<pattern id="swlaw-hatch" patternUnits="userSpaceOnUse" width="3.5" height="3.5" patternTransform="rotate(45)"><rect x="0" y="0" width="1" height="3.5" fill="#1a1a1a" fill-opacity="0.6"/></pattern>
<clipPath id="swlaw-clip"><rect x="{fx}" y="{fy}" width="{fw}" height="{fh}"/></clipPath>
</defs>
<rect x="0" y="0" width="{w}" height="{h}" fill="{bg}"/>
"##,
        w = u(WIDTH),
        h = u(height),
        title = esc(&spec.title),
        sub = esc(&spec.subtitle),
        fx = u(frame.ox),
        fy = u(frame.oy),
        fw = u(frame.w),
        fh = u(frame.h),
        bg = palette::BACKGROUND,
    );
}
