//! SVG writer: layout, shapes, dots, legend and text.
//!
//! All coordinates are computed in tenths of a user unit as integers, so the output is
//! rounded to one decimal and byte-for-byte deterministic.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::geo::{self, Piece, equal_earth};
use super::palette;
use super::points;
use super::{MapArea, MapSpec};

/// Canvas width in user units.
const WIDTH: f64 = 1000.0;
/// Left/right margin.
const MARGIN: f64 = 20.0;
/// Height of the title block above the map.
const HEADER: f64 = 66.0;
/// Tallest map frame (regional maps).
const MAX_MAP_HEIGHT: f64 = 640.0;
/// A shape whose projected box is smaller than this (both sides) also gets a dot.
const TINY: f64 = 3.0;
/// Dot radius and outline.
const DOT_R: f64 = 2.8;
const DOT_STROKE: f64 = 0.7;
/// Points closer than this (user units) to the previous kept point are dropped.
const SIMPLIFY: i64 = 4; // tenths
/// World view: Equal Earth x range and latitudes shown (Antarctica left out).
const WORLD_SOUTH: f64 = -56.5;
const WORLD_NORTH: f64 = 84.0;
const LEGEND_FONT: f64 = 12.0;
/// Average advance of DejaVu Sans, in ems, used to estimate text widths for layout.
const EM_ADVANCE: f64 = 0.62;

/// Affine map from projected units to canvas tenths.
struct Frame {
    vx0: f64,
    vy1: f64,
    scale: f64, // user units per projected unit
    ox: f64,
    oy: f64,
    w: f64,
    h: f64,
}

impl Frame {
    fn to_tenths(&self, p: [f64; 2]) -> (i64, i64) {
        let x = self.ox + (p[0] - self.vx0) * self.scale;
        let y = self.oy + (self.vy1 - p[1]) * self.scale;
        ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
    }
    fn to_units(&self, p: [f64; 2]) -> (f64, f64) {
        let (x, y) = self.to_tenths(p);
        (x as f64 / 10.0, y as f64 / 10.0)
    }
}

/// Format a value in tenths as a decimal with at most one fractional digit.
fn t(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    if a.is_multiple_of(10) {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

/// Format a user-unit value rounded to one decimal.
fn u(v: f64) -> String {
    t((v * 10.0).round() as i64)
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if !crate::output::safe::xml_allows(c) || c == '\r' => {}
            c => o.push(c),
        }
    }
    o
}

fn valid_colour(c: &str) -> bool {
    let b = c.as_bytes();
    (b.len() == 7 || b.len() == 4) && b[0] == b'#' && b[1..].iter().all(|x| x.is_ascii_hexdigit())
}

/// Normalise a colour to lower-case `#rrggbb`.
fn norm_colour(c: &str) -> String {
    let c = c.to_ascii_lowercase();
    if c.len() == 4 {
        let b: Vec<char> = c.chars().collect();
        format!("#{0}{0}{1}{1}{2}{2}", b[1], b[2], b[3])
    } else {
        c
    }
}

/// Compact number list writer for path data: a value in tenths, written as [`t`] writes it,
/// with a space only where the previous number would run into it. Digits are written by
/// hand: a map has hundreds of thousands of numbers, and `format!` per number dominated.
fn push_num(d: &mut String, v: i64) {
    if v >= 0 && d.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
        d.push(' ');
    }
    if v < 0 {
        d.push('-');
    }
    let a = v.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut n = a / 10;
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    d.extend(digits[..len].iter().rev().map(|&b| char::from(b)));
    if !a.is_multiple_of(10) {
        d.push('.');
        d.push(char::from(b'0' + (a % 10) as u8));
    }
}

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

struct Group {
    key: String,
    name: String,
    d: String,
    bbox: [i64; 4],
}

struct Dot {
    id: String,
    home: (f64, f64),
    pos: (f64, f64),
    /// Path data of a tiny shape that goes with the dot (may be empty).
    d: String,
    /// Text beside the dot: a subdivision's code, or its name inside an inset.
    label: Option<String>,
    /// Placed in an inset's grid: not pushed apart, no leader line.
    fixed: bool,
}

impl Dot {
    fn at(id: &str, home: (f64, f64), d: String) -> Dot {
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

/// A box beside a shape that holds the dots of its many subdivisions (Nevada's counties), laid
/// out in a grid with their names, which on the map itself would cover the shape.
struct Inset {
    title: String,
    /// x, y, width, height in user units.
    frame: [f64; 4],
    /// The middle of the shape the inset belongs to, where its leader line ends.
    anchor: (f64, f64),
}

/// A parent with at least this many dots below it gets an inset.
const INSET_MIN_DOTS: usize = 6;
const INSET_FONT: f64 = 5.5;
const INSET_ROW: f64 = 8.0;
const INSET_COLUMNS: usize = 2;

fn est_width(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * size * EM_ADVANCE
}

/// Greedy word wrap by estimated width.
fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in s.split_whitespace() {
        let cand = if cur.is_empty() {
            w.to_string()
        } else {
            format!("{cur} {w}")
        };
        if est_width(&cand, size) > max && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            cur = w.to_string();
        } else {
            cur = cand;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Push overlapping dots apart (deterministic), keeping them inside the map frame.
fn spread_dots(dots: &mut [Dot], frame: &Frame) {
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

fn view_box(spec: &MapSpec) -> Result<[f64; 4]> {
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

/// Where the map sits on the page, for a view box.
fn frame_for(vb: [f64; 4]) -> Frame {
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

/// The pieces in view, grouped by the id each is drawn under, with their path data; and
/// where each id's group is.
fn grouped_pieces(
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

/// What the map draws: the shapes, the dots (small or shapeless areas, spread apart), and
/// whether some drawn shape has no data.
struct Drawing<'a> {
    shapes: Vec<&'a Group>,
    dots: Vec<Dot>,
    insets: Vec<Inset>,
    nodata_drawn: bool,
}

fn drawing<'a>(
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

/// The id of the record a subdivision belongs to: "US-NV" for "US-NV-CLARK".
fn parent_id(id: &str) -> Option<&str> {
    id.rfind('-').map(|at| &id[..at])
}

/// Moves the dots of a drawn shape's many subdivisions into an inset beside the shape.
fn place_insets(
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

/// A subdivision's dot on the map says which it is: "NSW" beside Australia's New South Wales.
fn label_subdivisions(dots: &mut [Dot]) {
    for dot in dots.iter_mut().filter(|d| d.label.is_none()) {
        if let Some(parent) = parent_id(&dot.id) {
            dot.label = Some(dot.id[parent.len() + 1..].to_string());
        }
    }
}

/// One row of the legend.
struct Item {
    label: String,
    fill: String,
    hatched: bool,
    dot: bool,
}

/// The legend's rows and their layout below the map.
struct Legend {
    items: Vec<Item>,
    cols: usize,
    col_w: f64,
    row_h: f64,
    y: f64,
    h: f64,
}

fn legend(spec: &MapSpec, drawing: &Drawing, frame: &Frame) -> Legend {
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

fn write_shapes(s: &mut String, areas: &HashMap<&str, &MapArea>, shapes: &[&Group]) {
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

/// Inset boxes, each with a title and a leader line to its shape.
fn write_insets(s: &mut String, insets: &[Inset]) {
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

/// Dots on top of the shapes, with leader lines for the ones moved apart.
fn write_dots(s: &mut String, areas: &HashMap<&str, &MapArea>, dots: &[Dot]) {
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

fn write_legend(s: &mut String, legend: &Legend) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_numbers_match_the_general_formatting() {
        for v in [0, 5, -5, 10, -10, 123, -123, 1_000_000, -7, 99_999_999_999] {
            let mut d = String::from("M");
            push_num(&mut d, v);
            assert_eq!(d, format!("M{}", t(v)), "{v}");
        }
        let mut d = String::new();
        for v in [12, 30, -4, 5] {
            push_num(&mut d, v);
        }
        assert_eq!(d, "1.2 3-0.4 0.5");
    }

    #[test]
    fn tenths_formatting() {
        assert_eq!(t(0), "0");
        assert_eq!(t(-5), "-0.5");
        assert_eq!(t(123), "12.3");
        assert_eq!(t(-120), "-12");
        assert_eq!(u(-0.04), "0");
    }

    #[test]
    fn colours() {
        assert!(valid_colour("#a1B2c3"));
        assert!(valid_colour("#abc"));
        assert!(!valid_colour("red"));
        assert!(!valid_colour("#12345g"));
        assert_eq!(norm_colour("#AbC"), "#aabbcc");
    }

    #[test]
    fn wrapping() {
        let lines = wrap("a b c d e f", 10.0, 20.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "a b c d e f");
    }
}
