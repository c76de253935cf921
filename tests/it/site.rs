//! `swlaw site`: every page written and well-formed, nothing fetched from elsewhere, data never
//! markup, and the date control's data the CLI's own answer for every day.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use swlaw::model::{Day, PartialDate};
use swlaw::site::{intervals, lookup};

fn xml<'a>() -> roxmltree::ParsingOptions<'a> {
    roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    }
}

fn generate(name: &str, data: Option<&str>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("swlaw-site-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut cmd = Command::cargo_bin("swlaw").unwrap();
    cmd.env_remove("SWLAW_DATA")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["site", "-o"])
        .arg(&dir);
    if let Some(data) = data {
        cmd.args(["--data", data]);
    }
    cmd.assert().success();
    dir
}

fn pages(dir: &Path) -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = ["index.html", "models.html", "about.html"]
        .iter()
        .map(|p| dir.join(p))
        .collect();
    for entry in std::fs::read_dir(dir.join("j")).unwrap() {
        pages.push(entry.unwrap().path());
    }
    pages
}

#[test]
fn every_record_has_a_page_and_every_page_stays_offline() {
    let dir = generate("bundled", None);
    let dataset = swlaw::bundled::all();
    for record in &dataset.jurisdictions {
        assert!(
            dir.join("j").join(format!("{}.html", record.id)).exists(),
            "{}",
            record.id
        );
    }
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    // Every area of the map and every row of the list is a link to its page.
    for record in &dataset.jurisdictions {
        let link = format!("<a href=\"j/{}.html\">", record.id);
        assert!(
            index.matches(&link).count() >= 2,
            "{} not linked twice",
            record.id
        );
    }
    for page in pages(&dir) {
        let text = std::fs::read_to_string(&page).unwrap();
        let doc = roxmltree::Document::parse_with_options(&text, xml())
            .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        for node in doc.descendants().filter(|n| n.is_element()) {
            // Nothing loads from elsewhere: scripts, styles and images are files of the site.
            for attribute in ["src"] {
                if let Some(value) = node.attribute(attribute) {
                    assert!(!value.contains("://"), "{}: {value}", page.display());
                }
            }
            if node.has_tag_name("link") {
                assert!(!node.attribute("href").unwrap().contains("://"));
            }
            if node.has_tag_name("script") {
                assert!(
                    node.attribute("src").is_some(),
                    "inline script in {}",
                    page.display()
                );
            }
        }
        assert!(text.contains("lang=\"en\"") && text.contains("<main id=\"main\">"));
        // Every link inside the site resolves to a file of the site.
        for node in doc.descendants().filter(|n| n.has_tag_name("a")) {
            let Some(href) = node.attribute("href") else {
                continue;
            };
            if href.contains("://") || href.starts_with('#') {
                continue;
            }
            let file = href.split('#').next().unwrap();
            let target = page.parent().unwrap().join(file);
            assert!(
                target.exists(),
                "{}: {href} does not resolve",
                page.display()
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn data_from_a_file_never_becomes_markup() {
    let dir = generate("hostile", Some("tests/fixtures/hostile.toml"));
    for page in pages(&dir) {
        let text = std::fs::read_to_string(&page).unwrap();
        let doc = roxmltree::Document::parse_with_options(&text, xml()).unwrap();
        let scripts = doc
            .descendants()
            .filter(|n| n.has_tag_name("script"))
            .count();
        assert_eq!(scripts, 2, "{}", page.display());
        assert!(
            !doc.descendants().any(|n| n.has_tag_name("b")),
            "{}",
            page.display()
        );
    }
    let record = std::fs::read_to_string(dir.join("j/ZZ.html")).unwrap();
    assert!(record.contains("&lt;script&gt;alert(1)"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The days around every point where a record's answer can change, and two days a year.
fn probe_days(record: &swlaw::model::Jurisdiction) -> Vec<Day> {
    let mut days = Vec::new();
    for year in 1989..=2027 {
        days.push(Day {
            year,
            month: 1,
            day: 1,
        });
        days.push(Day {
            year,
            month: 7,
            day: 1,
        });
    }
    for change in &record.history {
        let (first, last) = (change.from.first_day(), change.from.last_day());
        days.extend([first, last, last.next()]);
        let before: PartialDate = format!("{}", first.year - 1).parse().unwrap();
        days.push(before.last_day());
    }
    for law in &record.laws {
        days.push(law.in_force.first_day());
        days.extend(law.repealed.map(|r| r.first_day()));
    }
    days
}

#[test]
fn the_date_control_data_is_the_cli_answer_on_every_day() {
    let dataset = swlaw::bundled::all();
    let mut checked = 0;
    for record in &dataset.jurisdictions {
        let spans = intervals(record);
        for day in probe_days(record) {
            let expected = swlaw::view::state_on(record, day);
            match lookup(&spans, day) {
                Some(interval) => {
                    assert_eq!(interval.regime, expected.regime, "{} {day}", record.id);
                    for (activity, status) in expected.activities.iter() {
                        assert_eq!(
                            interval.status[&activity], *status,
                            "{} {day} {activity}",
                            record.id
                        );
                        let topic = swlaw::model::Topic::Activity(activity);
                        let laws: Vec<String> =
                            record.laws_on(topic, day).map(|l| l.citation()).collect();
                        assert_eq!(interval.laws[&activity], laws, "{} {day}", record.id);
                    }
                }
                None => assert!(record.state_on(day).is_none(), "{} {day}", record.id),
            }
            checked += 1;
        }
    }
    assert!(checked > 20_000, "{checked}");
}
