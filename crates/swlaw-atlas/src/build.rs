//! Building the atlas from the TopoJSON boundary files (build time only).

use std::collections::HashMap;

use anyhow::{Context, Result, anyhow, bail};
use geojson::Value;
use geojson::feature::Id as FeatureId;
use topojson::{TopoJson, to_geojson};

use crate::iso::ISO_3166_1;
use crate::{Atlas, Layer, Piece, Ring, equal_earth};

// ---------------------------------------------------------------------------------------------
// Id tables and fixes
// ---------------------------------------------------------------------------------------------

/// world-atlas features whose id is missing (or "-99" in other editions): map by `name`.
/// `None` means "draw as neutral, never coloured".
const NAME_FIXES: &[(&str, Option<&str>)] = &[
    ("Kosovo", Some("XK")),
    // ISO 3166 assigns Somaliland to Somalia and Northern Cyprus to Cyprus; swlaw
    // classifies the de jure jurisdiction, so these are drawn as part of it.
    ("Somaliland", Some("SO")),
    ("N. Cyprus", Some("CY")),
    // Christmas Island and the Cocos (Keeling) Islands; carved out below.
    ("Indian Ocean Ter.", Some("AU")),
    // Disputed between India and Pakistan: never coloured.
    ("Siachen Glacier", None),
    // Editions that give these "-99" instead of a numeric id.
    ("France", Some("FR")),
    ("Norway", Some("NO")),
];

/// Polygons of a multi-polygon feature that are drawn under a more specific id when the spec
/// names it: (owner, sub id, lon/lat box [west, south, east, north] containing the
/// polygon's bbox centre).
const CARVE_OUTS: &[(&str, &str, [f64; 4])] = &[
    ("FR", "GF", [-55.0, 1.5, -51.0, 6.0]),
    ("FR", "GP", [-62.0, 15.7, -61.0, 16.6]),
    ("FR", "MQ", [-61.5, 14.2, -60.5, 15.0]),
    ("FR", "RE", [55.0, -21.6, 56.0, -20.6]),
    ("FR", "YT", [44.8, -13.2, 45.5, -12.4]),
    ("NO", "SJ", [10.0, 74.0, 35.0, 81.0]),
    ("NO", "SJ", [-10.0, 70.5, -7.0, 71.5]),
    ("NL", "BQ", [-69.0, 11.5, -62.5, 18.0]),
    ("AU", "CX", [105.0, -11.0, 106.0, -10.0]),
    ("AU", "CC", [96.0, -13.0, 97.5, -11.5]),
];

/// Territories with their own shape that swlaw may also name by an ISO 3166-2 code.
const ALIASES: &[(&str, &str)] = &[
    ("PR", "US-PR"),
    ("GU", "US-GU"),
    ("AS", "US-AS"),
    ("MP", "US-MP"),
    ("VI", "US-VI"),
];

/// us-atlas FIPS state codes → ISO 3166-2 subdivision codes. Territories (60, 66, 69, 72,
/// 78) are left out: they are drawn from the world-atlas shapes (see `ALIASES`).
const FIPS_TO_ISO: &[(&str, &str)] = &[
    ("01", "US-AL"),
    ("02", "US-AK"),
    ("04", "US-AZ"),
    ("05", "US-AR"),
    ("06", "US-CA"),
    ("08", "US-CO"),
    ("09", "US-CT"),
    ("10", "US-DE"),
    ("11", "US-DC"),
    ("12", "US-FL"),
    ("13", "US-GA"),
    ("15", "US-HI"),
    ("16", "US-ID"),
    ("17", "US-IL"),
    ("18", "US-IN"),
    ("19", "US-IA"),
    ("20", "US-KS"),
    ("21", "US-KY"),
    ("22", "US-LA"),
    ("23", "US-ME"),
    ("24", "US-MD"),
    ("25", "US-MA"),
    ("26", "US-MI"),
    ("27", "US-MN"),
    ("28", "US-MS"),
    ("29", "US-MO"),
    ("30", "US-MT"),
    ("31", "US-NE"),
    ("32", "US-NV"),
    ("33", "US-NH"),
    ("34", "US-NJ"),
    ("35", "US-NM"),
    ("36", "US-NY"),
    ("37", "US-NC"),
    ("38", "US-ND"),
    ("39", "US-OH"),
    ("40", "US-OK"),
    ("41", "US-OR"),
    ("42", "US-PA"),
    ("44", "US-RI"),
    ("45", "US-SC"),
    ("46", "US-SD"),
    ("47", "US-TN"),
    ("48", "US-TX"),
    ("49", "US-UT"),
    ("50", "US-VT"),
    ("51", "US-VA"),
    ("53", "US-WA"),
    ("54", "US-WV"),
    ("55", "US-WI"),
    ("56", "US-WY"),
];

/// Approximate Anglo-Scottish border, west (Solway Firth) to east (Marshall Meadows),
/// lon/lat. The end points are snapped to the nearest coast points of Great Britain.
const ANGLO_SCOTTISH_BORDER: &[[f64; 2]] = &[
    [-3.05, 54.98],
    [-2.98, 55.04],
    [-2.86, 55.10],
    [-2.75, 55.17],
    [-2.62, 55.26],
    [-2.48, 55.35],
    [-2.30, 55.40],
    [-2.17, 55.45],
    [-2.22, 55.55],
    [-2.26, 55.64],
    [-2.10, 55.74],
    [-2.03, 55.81],
];

type LonLatPolygon = Vec<Vec<[f64; 2]>>;

struct RawFeature {
    id: Option<String>,
    name: String,
    polygons: Vec<LonLatPolygon>,
}

fn decode(text: &str, object: &str) -> Result<Vec<RawFeature>> {
    let topo: TopoJson = text.parse().map_err(|e| anyhow!("{e:?}"))?;
    let topology = match topo {
        TopoJson::Topology(t) => t,
        _ => bail!("not a TopoJSON topology"),
    };
    let fc = to_geojson(&topology, object).map_err(|e| anyhow!("{e:?}"))?;
    let mut out = Vec::with_capacity(fc.features.len());
    for f in fc.features {
        let id = match f.id {
            Some(FeatureId::String(s)) => Some(s),
            Some(FeatureId::Number(n)) => Some(format!("{n:0>3}")),
            None => None,
        }
        .filter(|s| s != "-99");
        let name = f
            .properties
            .as_ref()
            .and_then(|p| p.get("name"))
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let conv = |poly: &Vec<Vec<Vec<f64>>>| -> LonLatPolygon {
            poly.iter()
                .map(|ring| ring.iter().map(|p| [p[0], p[1]]).collect())
                .collect()
        };
        let polygons = match f.geometry.map(|g| g.value) {
            Some(Value::Polygon(p)) => vec![conv(&p)],
            Some(Value::MultiPolygon(mp)) => mp.iter().map(conv).collect(),
            _ => Vec::new(),
        };
        out.push(RawFeature { id, name, polygons });
    }
    Ok(out)
}

/// Split a polygon whose rings cross the antimeridian (a jump of more than 180° between
/// consecutive points: Chukotka, Wrangel Island and Fiji in Natural Earth 1:50m) into the
/// parts east and west of it. Other polygons are returned unchanged.
fn cut_antimeridian(poly: &LonLatPolygon) -> Vec<LonLatPolygon> {
    let crosses = poly
        .iter()
        .any(|r| r.windows(2).any(|w| (w[1][0] - w[0][0]).abs() > 180.0));
    if !crosses {
        return vec![poly.clone()];
    }
    // make longitudes continuous, then clip copies shifted by -360, 0, +360 to [-180, 180]
    let unwrapped: LonLatPolygon = poly
        .iter()
        .map(|r| {
            let mut out: Vec<[f64; 2]> = Vec::with_capacity(r.len());
            for p in r {
                let mut lon = p[0];
                if let Some(prev) = out.last() {
                    while lon - prev[0] > 180.0 {
                        lon -= 360.0;
                    }
                    while lon - prev[0] < -180.0 {
                        lon += 360.0;
                    }
                }
                out.push([lon, p[1]]);
            }
            out
        })
        .collect();
    let mut parts = Vec::new();
    for shift in [-360.0, 0.0, 360.0] {
        let part: LonLatPolygon = unwrapped
            .iter()
            .map(|r| {
                let moved: Vec<[f64; 2]> = r.iter().map(|p| [p[0] + shift, p[1]]).collect();
                let a = clip_half_plane(&moved, 180.0, true);
                clip_half_plane(&a, -180.0, false)
            })
            .filter(|r| r.len() >= 3)
            .collect();
        if !part.is_empty() {
            parts.push(part);
        }
    }
    parts
}

/// Sutherland–Hodgman clip of a ring against `lon <= edge` (`keep_below`) or
/// `lon >= edge`.
fn clip_half_plane(ring: &[[f64; 2]], edge: f64, keep_below: bool) -> Vec<[f64; 2]> {
    let inside = |p: &[f64; 2]| {
        if keep_below {
            p[0] <= edge
        } else {
            p[0] >= edge
        }
    };
    let mut out = Vec::with_capacity(ring.len());
    if ring.is_empty() {
        return out;
    }
    let mut prev = ring[ring.len() - 1];
    for &cur in ring {
        let (pi, ci) = (inside(&prev), inside(&cur));
        if ci != pi {
            let t = (edge - prev[0]) / (cur[0] - prev[0]);
            out.push([edge, prev[1] + t * (cur[1] - prev[1])]);
        }
        if ci {
            out.push(cur);
        }
        prev = cur;
    }
    out
}

fn lonlat_bbox_centre(ring: &[[f64; 2]]) -> [f64; 2] {
    let (mut w, mut s, mut e, mut n) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in ring {
        w = w.min(p[0]);
        e = e.max(p[0]);
        s = s.min(p[1]);
        n = n.max(p[1]);
    }
    [(w + e) / 2.0, (s + n) / 2.0]
}

fn inside(p: [f64; 2], b: [f64; 4]) -> bool {
    p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3]
}

fn make_piece(owner: Option<&str>, sub: Option<&str>, name: &str, poly: &LonLatPolygon) -> Piece {
    let rings: Vec<Ring> = poly
        .iter()
        .map(|r| r.iter().map(|p| equal_earth(p[0], p[1])).collect())
        .collect();
    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for p in rings.iter().flatten() {
        bbox[0] = bbox[0].min(p[0]);
        bbox[1] = bbox[1].min(p[1]);
        bbox[2] = bbox[2].max(p[0]);
        bbox[3] = bbox[3].max(p[1]);
    }
    Piece {
        owner: owner.map(str::to_string),
        sub: sub.map(str::to_string),
        name: name.to_string(),
        rings,
        bbox,
    }
}

fn ring_area(ring: &[[f64; 2]]) -> f64 {
    let mut a = 0.0;
    for w in ring.windows(2) {
        a += w[0][0] * w[1][1] - w[1][0] * w[0][1];
    }
    (a / 2.0).abs()
}

/// Split the main Great Britain polygon along the Anglo-Scottish border.
/// Returns (Scotland, England and Wales) exterior rings.
fn split_great_britain(ring: &[[f64; 2]]) -> Result<(Ring, Ring)> {
    let mut r: Vec<[f64; 2]> = ring.to_vec();
    if r.len() > 1 && r.first() == r.last() {
        r.pop();
    }
    let nearest = |q: [f64; 2]| -> usize {
        let mut best = (f64::MAX, 0);
        for (i, p) in r.iter().enumerate() {
            let d = (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2);
            if d < best.0 {
                best = (d, i);
            }
        }
        best.1
    };
    let border = ANGLO_SCOTTISH_BORDER;
    let i = nearest(border[0]);
    let j = nearest(border[border.len() - 1]);
    if i == j {
        bail!("cannot split Great Britain: border end points coincide");
    }
    let n = r.len();
    let chain = |from: usize, to: usize| -> Vec<[f64; 2]> {
        let mut out = Vec::new();
        let mut k = from;
        loop {
            out.push(r[k]);
            if k == to {
                break;
            }
            k = (k + 1) % n;
        }
        out
    };
    let inner = &border[1..border.len() - 1];
    // a: i → j along the coast, back j → i along the border (reversed)
    let mut a = chain(i, j);
    a.extend(inner.iter().rev());
    a.push(a[0]);
    // b: j → i along the coast, back i → j along the border
    let mut b = chain(j, i);
    b.extend(inner.iter());
    b.push(b[0]);
    let mean_lat = |v: &[[f64; 2]]| v.iter().map(|p| p[1]).sum::<f64>() / v.len() as f64;
    if mean_lat(&a) > mean_lat(&b) {
        Ok((a, b))
    } else {
        Ok((b, a))
    }
}

/// The atlas from the world-atlas countries and us-atlas states TopoJSON texts.
pub fn build_atlas(world_topojson: &str, us_topojson: &str) -> Result<Atlas> {
    let numeric: HashMap<&str, &str> = ISO_3166_1
        .iter()
        .filter(|e| !e.1.is_empty())
        .map(|e| (e.1, e.0))
        .collect();
    let world = decode(world_topojson, "countries").context("world-atlas countries")?;
    let mut base = Vec::new();
    let mut gb_layer = Vec::new();
    for f in &world {
        let owner: Option<&str> = match f.id.as_deref().and_then(|id| numeric.get(id)) {
            Some(a2) => Some(a2),
            None => match NAME_FIXES.iter().find(|(n, _)| *n == f.name) {
                Some((_, fix)) => *fix,
                None => bail!(
                    "world-atlas feature {:?} ({:?}) has no id mapping",
                    f.name,
                    f.id
                ),
            },
        };
        let alias = owner.and_then(|o| ALIASES.iter().find(|a| a.0 == o).map(|a| a.1));
        let polygons: Vec<LonLatPolygon> = if owner == Some("AQ") {
            // rings around the pole: drawn as they are (the pole is a line in Equal Earth)
            f.polygons.clone()
        } else {
            f.polygons.iter().flat_map(cut_antimeridian).collect()
        };
        for poly in &polygons {
            let Some(exterior) = poly.first() else {
                continue;
            };
            let c = lonlat_bbox_centre(exterior);
            let carve = owner.and_then(|o| {
                CARVE_OUTS
                    .iter()
                    .find(|(own, _, bx)| *own == o && inside(c, *bx))
                    .map(|x| x.1)
            });
            base.push(make_piece(owner, carve.or(alias), &f.name, poly));
        }
        if owner == Some("GB") {
            gb_layer = uk_jurisdictions(&f.name, &polygons)?;
        }
    }

    let us_layer = us_states(us_topojson)?;

    Ok(Atlas {
        base,
        layers: vec![
            Layer {
                parent: "US".to_string(),
                pieces: us_layer,
            },
            Layer {
                parent: "GB".to_string(),
                pieces: gb_layer,
            },
        ],
    })
}

/// The alternative UK layer: England and Wales, Scotland, Northern Ireland.
fn uk_jurisdictions(name: &str, polygons: &[LonLatPolygon]) -> Result<Vec<Piece>> {
    let mut gb_layer = Vec::new();
    let main = polygons
        .iter()
        .enumerate()
        .max_by(|a, b| ring_area(&a.1[0]).total_cmp(&ring_area(&b.1[0])))
        .map(|(i, _)| i)
        .ok_or_else(|| anyhow!("United Kingdom has no polygons"))?;
    for (k, poly) in polygons.iter().enumerate() {
        if k == main {
            let (sct, eaw) = split_great_britain(&poly[0])?;
            gb_layer.push(make_piece(
                Some("GB"),
                Some("GB-SCT"),
                "Scotland",
                &vec![sct],
            ));
            gb_layer.push(make_piece(
                Some("GB"),
                Some("GB-EAW"),
                "England and Wales",
                &vec![eaw],
            ));
            continue;
        }
        let c = lonlat_bbox_centre(&poly[0]);
        let sub = if c[0] < -5.3 && c[1] < 55.4 && c[1] > 54.0 {
            "GB-NIR"
        } else if c[1] > 55.3 {
            "GB-SCT"
        } else {
            "GB-EAW"
        };
        gb_layer.push(make_piece(Some("GB"), Some(sub), name, poly));
    }
    Ok(gb_layer)
}

/// The US states, from the us-atlas shapes.
fn us_states(us_topojson: &str) -> Result<Vec<Piece>> {
    let us = decode(us_topojson, "states").context("us-atlas states")?;
    let mut us_layer = Vec::new();
    for f in &us {
        let Some(fips) = f.id.as_deref() else {
            continue;
        };
        let Some((_, iso)) = FIPS_TO_ISO.iter().find(|(code, _)| *code == fips) else {
            continue; // territories: drawn from world-atlas
        };
        for poly in &f.polygons {
            us_layer.push(make_piece(Some("US"), Some(iso), &f.name, poly));
        }
    }

    Ok(us_layer)
}
