//! `swlaw site`: the whole dataset as a static website: plain files, no server, no request
//! leaves the page. Pages are rendered from the same blocks as the CLI's tables; the date
//! control reads `data.js`, in which swlaw itself has worked out every record's state between
//! the days it can change, so the browser only looks a date up and applies no rule of its own.

use crate::cli::{MapArgs, MapBy};
use crate::commands;
use crate::map::{self, palette};
use crate::model::{Activity, Dataset, Day, Jurisdiction, Regime, Status, Topic};
use crate::output::{Block, Present, html};
use crate::view::{self, When};
use anyhow::Context;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const CSS: &str = include_str!("site.css");
const JS: &str = include_str!("site.js");

/// What `site` wrote.
pub struct Written {
    pub pages: usize,
    pub records: usize,
}

/// A record's law between two days on which it can change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interval {
    /// The first day of the interval; it lasts until the next interval's `from`.
    pub from: String,
    pub regime: Regime,
    pub status: BTreeMap<Activity, Status>,
    /// Per activity, the citations of the laws in force behind the status.
    pub laws: BTreeMap<Activity, Vec<String>>,
    /// Per activity, the ids of the documents behind the status.
    pub sources: BTreeMap<Activity, Vec<String>>,
}

/// The days on which a record's answer can change: where each history entry's window begins
/// and where it settles (a change dated to a month is unsettled until the month's last day), and
/// where a law starts or ends.
fn boundaries(record: &Jurisdiction) -> Vec<Day> {
    let mut days = Vec::new();
    for change in &record.history {
        days.push(change.from.first_day());
        days.push(change.from.last_day());
    }
    for law in &record.laws {
        days.push(law.in_force.first_day());
        days.extend(law.repealed.map(|r| r.first_day()));
    }
    days.sort();
    days.dedup();
    days
}

fn interval_on(record: &Jurisdiction, day: Day) -> Interval {
    let state = view::state_on(record, day);
    let mut interval = Interval {
        from: day.to_string(),
        regime: state.regime,
        status: BTreeMap::new(),
        laws: BTreeMap::new(),
        sources: BTreeMap::new(),
    };
    for (activity, status) in state.activities.iter() {
        interval.status.insert(activity, *status);
        let topic = Topic::Activity(activity);
        let provenance = record.provenance(topic, day);
        let laws = record.laws_on(topic, day).map(|l| l.citation()).collect();
        interval.laws.insert(activity, laws);
        let sources = provenance.sources.iter().map(|s| s.id.clone()).collect();
        interval.sources.insert(activity, sources);
    }
    interval
}

/// The record's answer as intervals, oldest first, each the CLI's answer for every day in it.
pub fn intervals(record: &Jurisdiction) -> Vec<Interval> {
    let mut out: Vec<Interval> = Vec::new();
    for day in boundaries(record) {
        let next = interval_on(record, day);
        let same = out.last().is_some_and(|last| {
            (&last.regime, &last.status, &last.laws, &last.sources)
                == (&next.regime, &next.status, &next.laws, &next.sources)
        });
        if !same {
            out.push(next);
        }
    }
    out
}

/// The interval that holds `day` ("unknown" before the first, as the CLI answers).
pub fn lookup(intervals: &[Interval], day: Day) -> Option<&Interval> {
    let day = day.to_string();
    intervals.iter().rev().find(|i| i.from <= day)
}

#[derive(Serialize)]
struct SiteRecord<'a> {
    name: &'a str,
    intervals: Vec<Interval>,
}

#[derive(Serialize)]
struct SiteData<'a> {
    schema_version: u32,
    dataset_version: Option<&'a str>,
    generated: String,
    palette: BTreeMap<&'static str, BTreeMap<&'static str, &'static str>>,
    records: BTreeMap<&'a str, SiteRecord<'a>>,
}

fn palettes() -> BTreeMap<&'static str, BTreeMap<&'static str, &'static str>> {
    let regime = Regime::ALL
        .iter()
        .map(|r| (r.as_str(), palette::regime_color(*r)))
        .collect();
    let status = Status::ALL
        .iter()
        .map(|s| (s.as_str(), palette::status_color(*s)))
        .collect();
    BTreeMap::from([("regime", regime), ("status", status)])
}

fn page(title: &str, root: &str, body: &str, version: Option<&str>) -> String {
    let version = version.map_or_else(String::new, |v| format!(", release {}", html::escape(v)));
    format!(
        r##"<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} · swlaw</title>
<link rel="stylesheet" href="{root}site.css" />
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header><nav aria-label="Site"><a href="{root}index.html">Map and list</a> <a href="{root}models.html">Models</a> <a href="{root}about.html">Vocabulary, citing, licence</a></nav></header>
<main id="main">
{body}
</main>
<footer><p>swlaw dataset{version}. Data CC BY 4.0. Generated offline by <code>swlaw site</code>; every status cites the laws and documents behind it, and <em>unknown</em> never means legal.</p></footer>
<script src="{root}data.js"></script>
<script src="{root}site.js"></script>
</body>
</html>
"##,
        title = html::escape(title),
    )
}

fn date_control(today: Day) -> String {
    format!(
        r#"<form class="controls" id="controls" hidden="hidden">
<label>As of <input type="date" id="as-of" value="{today}" min="1990-01-01" /></label>
<span id="as-of-note" class="dim" aria-live="polite"></span>
</form>
"#
    )
}

/// The world map (regime today), each area a link to its page.
fn map_svg(dataset: &Dataset, when: When) -> anyhow::Result<String> {
    let args = MapArgs {
        output: None,
        by: MapBy::Regime,
        model: "decriminalization".into(),
        region: None,
        title: Some(String::new()),
        width: None,
        when: crate::cli::AsOf { as_of: None },
    };
    let model = dataset
        .model("decriminalization")
        .or(dataset.models.first())
        .context("the dataset has no model")?;
    let mut spec = commands::map::spec(dataset, &args, model, when)?;
    spec.subtitle = String::new();
    let svg = map::render_svg(&spec)?;
    let mut out = String::with_capacity(svg.len() + 40 * dataset.jurisdictions.len());
    for line in svg.lines() {
        // Each area is one `<g id="..">` line; a link around it keeps the SVG valid.
        let id = line
            .strip_prefix("<g id=\"")
            .and_then(|rest| rest.split('"').next())
            .filter(|id| dataset.jurisdiction(id).is_some());
        match id {
            Some(id) => {
                let _ = writeln!(out, "<a href=\"j/{id}.html\">{line}</a>");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    // The XML declaration and the fixed size would fight the page's layout.
    Ok(out.replacen("<svg ", "<svg class=\"map\" ", 1))
}

fn legend(kind: &str, items: &[(&str, &str)], hidden: bool) -> String {
    let mut out = format!(
        "<ul class=\"legend\" data-legend=\"{kind}\"{}>",
        if hidden { " hidden=\"hidden\"" } else { "" }
    );
    for (label, colour) in items {
        let _ = write!(
            out,
            "<li><span class=\"swatch\" style=\"background:{colour}\"></span>{}</li>",
            html::escape(label)
        );
    }
    out.push_str("</ul>\n");
    out
}

fn index_page(dataset: &Dataset, when: When, version: Option<&str>) -> anyhow::Result<String> {
    let mut body = String::from(
        "<h1>Sex work law by jurisdiction</h1>\n<p>How the law treats adult consensual sex work in every jurisdiction swlaw records: selling, buying, soliciting and organizing, each with the laws and documents behind it. Choose a jurisdiction on the map or in the list.</p>\n",
    );
    body.push_str(&date_control(when.day));
    body.push_str(
        r#"<p class="controls" id="by-control" hidden="hidden"><label>Colour the map by <select id="by"><option value="regime">regime</option><option value="selling">selling</option><option value="buying">buying</option><option value="soliciting">soliciting</option><option value="organizing">organizing</option></select></label></p>
"#,
    );
    let _ = writeln!(
        body,
        "<figure><figcaption>Regimes as of <span class=\"as-of-text\">{}</span>; hatched: varies by subdivision.</figcaption>",
        when.day
    );
    body.push_str(&map_svg(dataset, when)?);
    let regimes: Vec<(&str, &str)> = Regime::ALL
        .iter()
        .map(|r| (r.as_str(), palette::regime_color(*r)))
        .collect();
    let statuses: Vec<(&str, &str)> = Status::ALL
        .iter()
        .map(|s| (s.as_str(), palette::status_color(*s)))
        .collect();
    body.push_str(&legend("regime", &regimes, false));
    body.push_str(&legend("status", &statuses, true));
    body.push_str("</figure>\n");
    body.push_str(
        r#"<h2 id="list">All jurisdictions</h2>
<p class="controls" id="search-control" hidden="hidden"><label>Search names <input type="search" id="search" placeholder="cote divoire, nevada, SE" /></label> <span id="search-count" aria-live="polite"></span></p>
<div class="scroll"><table id="records">
<caption>Statuses as of <span class="as-of-text">"#,
    );
    let _ = write!(body, "{}", when.day);
    body.push_str("</span></caption>\n<thead><tr><th scope=\"col\">id</th><th scope=\"col\">name</th><th scope=\"col\">regime</th>");
    for activity in Activity::ALL {
        let _ = write!(body, "<th scope=\"col\">{activity}</th>");
    }
    body.push_str("</tr></thead>\n<tbody>\n");
    for record in &dataset.jurisdictions {
        let state = view::state_on(record, when.day);
        let names: Vec<String> = std::iter::once(&record.name)
            .chain(&record.aliases)
            .map(|n| swlaw_data::text::fold_words(n).join(" "))
            .chain(std::iter::once(record.id.to_ascii_lowercase()))
            .collect();
        let _ = write!(
            body,
            "<tr data-id=\"{id}\" data-search=\"{search}\"><td>{id}</td><td><a href=\"j/{id}.html\">{name}</a></td><td class=\"regime {regime}\" data-field=\"regime\">{regime}</td>",
            id = html::escape(&record.id),
            search = html::escape(&names.join(" | ")),
            name = html::escape(&record.name),
            regime = state.regime,
        );
        for (activity, status) in state.activities.iter() {
            let _ = write!(
                body,
                "<td class=\"status {status}\" data-field=\"{activity}\">{status}</td>"
            );
        }
        body.push_str("</tr>\n");
    }
    body.push_str("</tbody>\n</table></div>\n");
    Ok(page("Map and list", "", &body, version))
}

fn record_page(
    dataset: &Dataset,
    record: &Jurisdiction,
    when: When,
    version: Option<&str>,
) -> String {
    let mut body = format!(
        "<p class=\"crumbs\"><a href=\"../index.html\">All jurisdictions</a>{}</p>\n",
        record
            .parent
            .as_ref()
            .and_then(|p| dataset.jurisdiction(p))
            .map_or_else(String::new, |p| format!(
                " › <a href=\"{}.html\">{}</a>",
                html::escape(&p.id),
                html::escape(&p.name)
            ))
    );
    let _ = writeln!(
        body,
        "<h1>{} ({})</h1>",
        html::escape(&record.name),
        html::escape(&record.id)
    );
    body.push_str(&date_control(when.day));
    // The panel the date control updates; without JavaScript it shows today.
    let state = view::state_on(record, when.day);
    let _ = write!(
        body,
        "<section id=\"as-of-panel\" data-record=\"{}\"><h2>As of <span class=\"as-of-text\">{}</span></h2>\n<div class=\"scroll\"><table><thead><tr><th scope=\"col\">activity</th><th scope=\"col\">status</th><th scope=\"col\">laws in force</th><th scope=\"col\">documents</th></tr></thead><tbody>\n<tr><th scope=\"row\">regime</th><td class=\"regime {}\" data-field=\"regime\">{}</td><td></td><td></td></tr>\n",
        html::escape(&record.id),
        when.day,
        state.regime,
        state.regime
    );
    for (activity, status) in state.activities.iter() {
        let topic = Topic::Activity(activity);
        let _ = writeln!(
            body,
            "<tr><th scope=\"row\">{activity}</th><td class=\"status {status}\" data-field=\"{activity}\">{status}</td><td data-laws=\"{activity}\">{}</td><td data-sources=\"{activity}\">{}</td></tr>",
            html::escape(&view::citations(record, topic, when.day)),
            html::escape(&view::provenance_text(record, topic, when.day)),
        );
    }
    body.push_str("</tbody></table></div></section>\n");
    let _ = writeln!(
        body,
        "<p class=\"dim\">Below: the record in full as of {}: statuses, history (every entry, with what came after the date marked), laws, documents and events.</p>",
        when.day
    );
    let show = commands::show::run(dataset, &[record], when);
    let blocks: Vec<Block> = show.blocks().into_iter().skip(1).collect();
    body.push_str(&html::render(&blocks));
    if let Some(model) = dataset.model("decriminalization") {
        body.push_str("<h2>Gap to full decriminalization</h2>\n");
        let gap = commands::gap::run(dataset, &[record], model, when);
        body.push_str(&html::render(&gap.blocks()));
    }
    page(&record.name, "../", &body, version)
}

fn models_page(dataset: &Dataset, version: Option<&str>) -> String {
    let mut body = String::from(
        "<h1>Reference models</h1>\n<p>The sets of statuses swlaw measures jurisdictions against. The gap to a model counts, activity by activity, how far a jurisdiction's status is from the model's; an unknown status makes it a range.</p>\n",
    );
    for model in &dataset.models {
        body.push_str(&html::render(&commands::models::show(model).blocks()));
    }
    page("Models", "", &body, version)
}

fn about_page(dataset: &Dataset, when: When, version: Option<&str>) -> String {
    let mut body = String::from(include_str!("about.html"));
    let citations = commands::cite::legal(&[], commands::cite::Style::Oscola, when.day, version);
    body.push_str("<h2 id=\"cite\">How to cite</h2>\n<p>The dataset (OSCOLA):</p>\n<ul>\n");
    for citation in &citations.citations {
        let _ = writeln!(body, "<li>{}</li>", html::escape(&citation.text));
    }
    body.push_str("</ul>\n<p>Each record's laws and documents in OSCOLA, Bluebook, CSL-JSON or BibTeX: <code>swlaw cite ID --style bluebook</code>. Cite the release and the date of the answer with it.</p>\n");
    let reviewed = dataset.reviewed_range().map_or_else(String::new, |(a, b)| {
        format!(" Records reviewed {a} to {b}.")
    });
    let _ = writeln!(
        body,
        "<h2 id=\"release\">Release and licence</h2>\n<p>Dataset release: {}. {} jurisdictions.{reviewed} Generated {}.</p>\n<p>The records are the project's own words, under the Creative Commons Attribution 4.0 licence (CC BY 4.0); the code is MIT or Apache-2.0. Map boundaries: Natural Earth (public domain) and the US Census Bureau.</p>",
        html::escape(version.unwrap_or("unnamed")),
        dataset.jurisdictions.len(),
        when.day
    );
    page("Vocabulary, citing, licence", "", &body, version)
}

fn write(dir: &Path, name: &str, text: &str) -> anyhow::Result<()> {
    let path = dir.join(name);
    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// Writes the site into `dir` (created if missing).
pub fn generate(dataset: &Dataset, dir: &Path, version: Option<&str>) -> anyhow::Result<Written> {
    let records_dir = dir.join("j");
    std::fs::create_dir_all(&records_dir)
        .with_context(|| format!("cannot create {}", records_dir.display()))?;
    let when = When::new(None);
    let data = SiteData {
        schema_version: crate::output::SCHEMA_VERSION,
        dataset_version: version,
        generated: when.day.to_string(),
        palette: palettes(),
        records: dataset
            .jurisdictions
            .iter()
            .map(|r| {
                let site_record = SiteRecord {
                    name: &r.name,
                    intervals: intervals(r),
                };
                (r.id.as_str(), site_record)
            })
            .collect(),
    };
    let json = serde_json::to_string(&data)?;
    write(dir, "dataset.json", &json)?;
    // A script, not a fetch: browsers refuse to fetch files from a page opened from disk.
    write(dir, "data.js", &format!("window.SWLAW = {json};\n"))?;
    write(dir, "site.css", CSS)?;
    write(dir, "site.js", JS)?;
    write(dir, "index.html", &index_page(dataset, when, version)?)?;
    write(dir, "models.html", &models_page(dataset, version))?;
    write(dir, "about.html", &about_page(dataset, when, version))?;
    for record in &dataset.jurisdictions {
        let name = format!("{}.html", record.id);
        write(
            &records_dir,
            &name,
            &record_page(dataset, record, when, version),
        )?;
    }
    Ok(Written {
        pages: 3 + dataset.jurisdictions.len(),
        records: dataset.jurisdictions.len(),
    })
}
