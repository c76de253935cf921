use std::collections::HashMap;

use swlaw::map::{
    Focus, LegendEntry, MapArea, MapSpec, has_dot, has_shape, iso::ISO_3166_1, palette, render_png,
    render_svg, undrawable_ids,
};

fn area(id: &str, fill: &str, hatched: bool) -> MapArea {
    MapArea {
        id: id.to_string(),
        fill: fill.to_string(),
        title: format!("Place {id} ({id}): test & <check>"),
        hatched,
    }
}

/// A spec mixing large countries, tiny states, shapeless territories, subdivisions.
fn sample_spec() -> MapSpec {
    let areas = vec![
        area("SE", palette::ASYMMETRIC, false),
        area("DE", palette::LEGALIZATION, false),
        area("NZ", palette::DECRIMINALIZATION, false),
        area("US", palette::VARIES, true),
        area("US-NV", palette::LEGALIZATION, false),
        area("AU", palette::VARIES, true),
        area("AU-NSW", palette::DECRIMINALIZATION, false),
        area("GB", palette::VARIES, true),
        area("GB-EAW", palette::PARTIAL, false),
        area("GB-SCT", palette::PARTIAL, false),
        area("GB-NIR", palette::ASYMMETRIC, false),
        area("MT", palette::CRIMINALIZATION, false),
        area("SG", palette::PARTIAL, false),
        area("VA", palette::UNKNOWN, false),
        area("TV", palette::CRIMINALIZATION, false), // no shape at 1:50m
        area("GF", palette::ASYMMETRIC, false),      // carved out of France
        area("XK", palette::CRIMINALIZATION, false),
        area("HK", palette::PARTIAL, false),
    ];
    MapSpec {
        title: "Test map".into(),
        subtitle: "as of 2026-11-28".into(),
        source_line: "Source: test".into(),
        areas,
        legend: palette::regime_legend(),
        focus: None,
    }
}

fn by_id<'a>(doc: &'a roxmltree::Document<'a>) -> HashMap<String, Vec<roxmltree::Node<'a, 'a>>> {
    let mut m: HashMap<String, Vec<_>> = HashMap::new();
    for n in doc.descendants().filter(|n| n.is_element()) {
        if let Some(id) = n.attribute("id") {
            m.entry(id.to_string()).or_default().push(n);
        }
    }
    m
}

#[test]
fn svg_is_well_formed_xml() {
    let svg = render_svg(&sample_spec()).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("SVG must parse");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    assert!(svg.contains("Test map") && svg.contains("as of 2026-11-28"));
    assert!(svg.contains("Source: test"));
}

#[test]
fn every_area_id_appears_exactly_once_with_its_title() {
    let spec = sample_spec();
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    for (id, nodes) in &ids {
        assert_eq!(nodes.len(), 1, "id {id} appears {} times", nodes.len());
    }
    for a in &spec.areas {
        let nodes = ids
            .get(&a.id)
            .unwrap_or_else(|| panic!("{} not drawn", a.id));
        let title = nodes[0]
            .children()
            .find(|c| c.has_tag_name("title"))
            .and_then(|t| t.text())
            .unwrap_or_default();
        assert_eq!(title, a.title, "title of {}", a.id);
    }
}

#[test]
fn fills_match_the_areas() {
    let spec = sample_spec();
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    for a in &spec.areas {
        assert_eq!(
            ids[&a.id][0].attribute("fill"),
            Some(a.fill.as_str()),
            "{}",
            a.id
        );
    }
}

#[test]
fn ids_without_shapes_get_dots_and_big_countries_get_paths() {
    let spec = sample_spec();
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    let has = |id: &str, tag: &str| ids[id][0].children().any(|c| c.has_tag_name(tag));
    // no shape at all
    assert!(!has_shape("TV") && has_dot("TV"));
    assert!(has("TV", "circle"));
    assert!(!has_shape("AU-NSW"));
    assert!(has("AU-NSW", "circle"));
    // a shape too small to see: shape plus dot
    assert!(has_shape("MT"));
    assert!(has("MT", "circle"));
    assert!(has("VA", "circle"));
    // large shapes: path, no dot
    for id in ["SE", "DE", "US-NV", "GB-SCT", "GB-NIR", "GF", "XK"] {
        assert!(has(id, "path"), "{id} should be a shape");
        assert!(!has(id, "circle"), "{id} should not be a dot");
    }
}

#[test]
fn hatched_areas_and_no_data_countries() {
    let svg = render_svg(&sample_spec()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    for id in ["US", "AU", "GB"] {
        assert!(
            ids[id][0]
                .children()
                .any(|c| c.attribute("fill") == Some("url(#swlaw-hatch)")),
            "{id} should be hatched"
        );
    }
    // France is not in the spec: drawn as no data, without an id
    let nodata: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("nodata"))
        .collect();
    assert!(nodata.len() > 100);
    assert!(nodata.iter().all(|n| n.attribute("id").is_none()));
    assert!(
        nodata
            .iter()
            .all(|n| n.attribute("fill") == Some(palette::NO_DATA))
    );
    assert!(svg.contains("France: no data"));
    assert!(
        svg.contains(">no data</text>"),
        "legend gets a no-data entry"
    );
    // Hatching is explained once, not by hatching the swatches of classes that happen to share
    // a hatched area's colour.
    let legend = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("legend"))
        .unwrap();
    let hatched_swatches = legend
        .descendants()
        .filter(|n| n.attribute("fill") == Some("url(#swlaw-hatch)"))
        .count();
    assert_eq!(hatched_swatches, 1);
    assert!(svg.contains(">hatched: varies by subdivision</text>"));
}

#[test]
fn render_is_deterministic() {
    let spec = sample_spec();
    let a = render_svg(&spec).unwrap();
    let b = render_svg(&spec).unwrap();
    assert_eq!(a, b);
    let world = MapSpec {
        areas: ISO_3166_1
            .iter()
            .map(|(id, _, _)| area(id, palette::PARTIAL, false))
            .collect(),
        ..sample_spec()
    };
    assert_eq!(render_svg(&world).unwrap(), render_svg(&world).unwrap());
}

#[test]
fn png_is_valid_and_has_the_requested_width() {
    let svg = render_svg(&sample_spec()).unwrap();
    for width in [320u32, 801] {
        let png = render_png(&svg, width).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
        assert_eq!(&png[12..16], b"IHDR");
        let w = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let h = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!(w, width);
        // height follows the SVG's aspect ratio
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let sw: f64 = doc
            .root_element()
            .attribute("width")
            .unwrap()
            .parse()
            .unwrap();
        let sh: f64 = doc
            .root_element()
            .attribute("height")
            .unwrap()
            .parse()
            .unwrap();
        let expect = (sh * width as f64 / sw).round() as u32;
        assert!(h.abs_diff(expect) <= 1, "height {h}, expected {expect}");
    }
    assert!(render_png(&svg, 0).is_err());
    // One limit, the same for the library and the CLI.
    let limit = *swlaw::map::PNG_WIDTHS.end();
    assert!(render_png(&svg, limit + 1).is_err());
    let dir = std::env::temp_dir().join(format!("swlaw-png-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("too-wide.png");
    let output = assert_cmd::Command::cargo_bin("swlaw")
        .unwrap()
        .args(["map", "-o", file.to_str().unwrap(), "--width"])
        .arg((limit + 1).to_string())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains(&limit.to_string()));
    assert!(!file.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_iso_3166_1_code_is_drawable() {
    assert_eq!(ISO_3166_1.len(), 250, "249 ISO codes plus XK");
    let missing: Vec<&str> = ISO_3166_1
        .iter()
        .map(|e| e.0)
        .filter(|id| !has_shape(id) && !has_dot(id))
        .collect();
    assert!(missing.is_empty(), "not drawable: {missing:?}");
    // and a world map with all of them draws each exactly once (Antarctica is off the map)
    let spec = MapSpec {
        areas: ISO_3166_1
            .iter()
            .map(|(id, _, _)| area(id, palette::PARTIAL, false))
            .collect(),
        ..sample_spec()
    };
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    for (id, _, _) in ISO_3166_1 {
        if *id == "AQ" {
            continue;
        }
        assert_eq!(ids.get(*id).map(Vec::len), Some(1), "{id}");
    }
}

#[test]
fn us_states_and_territory_aliases() {
    for id in [
        "US-NV", "US-CA", "US-DC", "US-AK", "US-HI", "US-PR", "US-GU",
    ] {
        assert!(has_shape(id), "{id}");
    }
    let spec = MapSpec {
        areas: vec![
            area("US-NV", palette::LEGALIZATION, false),
            area("US-PR", palette::CRIMINALIZATION, false),
            area("US-DC", palette::CRIMINALIZATION, false),
        ],
        ..sample_spec()
    };
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    assert!(ids.contains_key("US-NV") && ids.contains_key("US-PR") && ids.contains_key("US-DC"));
    // the other states are drawn (as no data, since US itself is not in the spec)
    assert!(svg.contains("United States: no data") || svg.contains("Texas: no data"));
}

#[test]
fn focus_draws_a_region() {
    let spec = MapSpec {
        focus: Some(Focus::for_region(swlaw::model::Region::Europe)),
        ..sample_spec()
    };
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    assert!(ids.contains_key("SE") && ids.contains_key("MT") && ids.contains_key("GB-SCT"));
    assert!(!ids.contains_key("NZ") && !ids.contains_key("AU"));
    let bad = MapSpec {
        focus: Some(Focus::new(10.0, 0.0, -10.0, 5.0)),
        ..sample_spec()
    };
    assert!(render_svg(&bad).is_err());
}

#[test]
fn bad_input_is_rejected_or_reported() {
    let mut dup = sample_spec();
    dup.areas.push(area("SE", palette::LEGAL, false));
    assert!(render_svg(&dup).is_err());
    let mut colour = sample_spec();
    colour.areas[0].fill = "red\" onload=\"x".into();
    assert!(render_svg(&colour).is_err());
    let mut legend = sample_spec();
    legend.legend.push(LegendEntry {
        label: "x".into(),
        fill: "nope".into(),
    });
    assert!(render_svg(&legend).is_err());
    let mut unknown = sample_spec();
    unknown.areas.push(area("ZZ", palette::LEGAL, false));
    assert_eq!(undrawable_ids(&unknown), vec!["ZZ".to_string()]);
    let svg = render_svg(&unknown).unwrap();
    assert!(!svg.contains("id=\"ZZ\""));
    assert!(undrawable_ids(&sample_spec()).is_empty());
}

#[test]
fn crowded_subdivisions_go_into_an_inset_and_subdivision_dots_are_labelled() {
    let counties = [
        "US-NV-CARSONCITY",
        "US-NV-CHURCHILL",
        "US-NV-CLARK",
        "US-NV-DOUGLAS",
        "US-NV-ELKO",
        "US-NV-ESMERALDA",
        "US-NV-EUREKA",
        "US-NV-HUMBOLDT",
        "US-NV-LANDER",
        "US-NV-LINCOLN",
        "US-NV-LYON",
        "US-NV-MINERAL",
        "US-NV-NYE",
        "US-NV-PERSHING",
        "US-NV-STOREY",
        "US-NV-WASHOE",
        "US-NV-WHITEPINE",
    ];
    let mut spec = sample_spec();
    spec.areas.extend(
        counties
            .iter()
            .map(|id| area(id, palette::LEGALIZATION, false)),
    );
    for state in [
        "AU-VIC", "AU-QLD", "AU-WA", "AU-SA", "AU-TAS", "AU-NT", "AU-ACT",
    ] {
        spec.areas.push(area(state, palette::PARTIAL, false));
    }
    let svg = render_svg(&spec).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let ids = by_id(&doc);
    let insets: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("inset"))
        .collect();
    assert_eq!(insets.len(), 1, "one inset, for Nevada");
    let title = insets[0]
        .descendants()
        .find(|n| n.has_tag_name("text"))
        .and_then(|n| n.text())
        .unwrap();
    assert!(title.contains("17"), "{title}");
    // The box, and every county dot inside it, named; none left on top of the state.
    let rect = insets[0]
        .children()
        .find(|n| n.has_tag_name("rect"))
        .unwrap();
    let num = |n: roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
    let (x, y, w, h) = (
        num(rect, "x"),
        num(rect, "y"),
        num(rect, "width"),
        num(rect, "height"),
    );
    let text_of = |id: &str| {
        ids[id][0]
            .children()
            .find(|c| c.has_tag_name("text"))
            .and_then(|c| c.text())
            .map(str::to_string)
    };
    for id in counties {
        let dot = ids[id][0]
            .children()
            .find(|c| c.has_tag_name("circle"))
            .unwrap();
        let (cx, cy) = (num(dot, "cx"), num(dot, "cy"));
        assert!(
            cx > x && cx < x + w && cy > y && cy < y + h,
            "{id} at ({cx}, {cy}) is outside the inset"
        );
        assert!(text_of(id).unwrap().contains("County") || id.ends_with("CARSONCITY"));
    }
    // Australia's states are far enough apart: on the map, labelled with their codes.
    assert_eq!(text_of("AU-NSW").as_deref(), Some("NSW"));
    assert_eq!(text_of("AU-TAS").as_deref(), Some("TAS"));
    // A country's own dot carries no label.
    assert_eq!(text_of("TV"), None);
}
