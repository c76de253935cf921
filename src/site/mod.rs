//! `swlaw site`: the whole dataset as a static website: plain files, no server, no request
//! leaves the page. Pages are minijinja templates (`templates/`, HTML auto-escaped) filled with
//! the same blocks as the CLI's tables; the date control reads `data.js`, in which swlaw itself
//! has worked out every record's state between the days it can change, so the browser only looks
//! a date up and applies no rule of its own.

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

/// The map's palettes by value name ("criminalized" → colour), as the legend lists them.
fn pairs<T: Copy>(
    table: &'static [(T, &'static str)],
    name: fn(T) -> &'static str,
) -> impl Iterator<Item = (&'static str, &'static str)> {
    table
        .iter()
        .map(move |&(value, colour)| (name(value), colour))
}

fn palettes() -> BTreeMap<&'static str, BTreeMap<&'static str, &'static str>> {
    BTreeMap::from([
        ("regime", pairs(&palette::REGIMES, Regime::as_str).collect()),
        (
            "status",
            pairs(&palette::STATUSES, Status::as_str).collect(),
        ),
    ])
}

/// The templates, compiled in; HTML auto-escaping is on for every one of them (`.html`).
fn templates() -> anyhow::Result<minijinja::Environment<'static>> {
    let mut env = minijinja::Environment::new();
    for (name, source) in [
        ("base.html", include_str!("templates/base.html")),
        ("blocks.html", include_str!("templates/blocks.html")),
        ("controls.html", include_str!("templates/controls.html")),
        ("index.html", include_str!("templates/index.html")),
        ("record.html", include_str!("templates/record.html")),
        ("models.html", include_str!("templates/models.html")),
        ("about.html", include_str!("templates/about.html")),
    ] {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// What every page knows.
#[derive(Serialize)]
struct Frame<'a> {
    title: &'a str,
    root: &'static str,
    version: Option<&'a str>,
    generated: String,
    today: String,
}

fn frame<'a>(
    title: &'a str,
    root: &'static str,
    version: Option<&'a str>,
    when: When,
) -> Frame<'a> {
    Frame {
        title,
        root,
        version,
        generated: when.day.to_string(),
        today: when.day.to_string(),
    }
}

fn render(
    env: &minijinja::Environment,
    template: &str,
    frame: &Frame,
    page: impl Serialize,
) -> anyhow::Result<String> {
    use minijinja::value::{Serde, Value};
    let context = minijinja::context! { ..Value::from(Serde(frame)), ..Value::from(Serde(page)) };
    env.get_template(template)?
        .render(context)
        .with_context(|| format!("rendering {template}"))
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
        // Each area is one `<g id="..">` line (the SVG writer's own, escaped); a link around it
        // keeps the SVG valid.
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
    Ok(out.replacen("<svg ", "<svg class=\"map\" ", 1))
}

#[derive(Serialize)]
struct LegendItem {
    label: &'static str,
    colour: &'static str,
}

#[derive(Serialize)]
struct Legend {
    kind: &'static str,
    hidden: bool,
    items: Vec<LegendItem>,
}

#[derive(Serialize)]
struct StatusCell {
    activity: Activity,
    status: Status,
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    /// The name and aliases folded as the CLI folds queries, and the id.
    search: String,
    regime: Regime,
    statuses: Vec<StatusCell>,
}

fn index_page(
    env: &minijinja::Environment,
    dataset: &Dataset,
    when: When,
    version: Option<&str>,
) -> anyhow::Result<String> {
    let legend = |kind, hidden, table: &mut dyn Iterator<Item = (&'static str, &'static str)>| {
        let items = table
            .map(|(label, colour)| LegendItem { label, colour })
            .collect();
        Legend {
            kind,
            hidden,
            items,
        }
    };
    let legends = vec![
        legend(
            "regime",
            false,
            &mut pairs(&palette::REGIMES, Regime::as_str),
        ),
        legend(
            "status",
            true,
            &mut pairs(&palette::STATUSES, Status::as_str),
        ),
    ];
    let records: Vec<Row> = dataset
        .jurisdictions
        .iter()
        .map(|record| {
            let state = view::state_on(record, when.day);
            let phrases = crate::query::phrases_of(record);
            let names: Vec<String> = phrases
                .iter()
                .map(|phrase| phrase.trim().to_string())
                .chain(std::iter::once(record.id.to_ascii_lowercase()))
                .collect();
            Row {
                id: &record.id,
                name: &record.name,
                search: names.join(" | "),
                regime: state.regime,
                statuses: state
                    .activities
                    .iter()
                    .map(|(activity, status)| StatusCell {
                        activity,
                        status: *status,
                    })
                    .collect(),
            }
        })
        .collect();
    let page = minijinja::context! {
        activities => minijinja::value::Serde(Activity::ALL),
        map_svg => map_svg(dataset, when)?,
        legends => minijinja::value::Serde(legends),
        records => minijinja::value::Serde(records),
    };
    render(
        env,
        "index.html",
        &frame("Map and list", "", version, when),
        page,
    )
}

#[derive(Serialize)]
struct PanelRow {
    activity: Activity,
    status: Status,
    laws: String,
    sources: String,
}

fn record_page(
    env: &minijinja::Environment,
    dataset: &Dataset,
    record: &Jurisdiction,
    when: When,
    version: Option<&str>,
) -> anyhow::Result<String> {
    let state = view::state_on(record, when.day);
    let panel: Vec<PanelRow> = state
        .activities
        .iter()
        .map(|(activity, status)| {
            let topic = Topic::Activity(activity);
            PanelRow {
                activity,
                status: *status,
                laws: view::citations(record, topic, when.day),
                sources: view::provenance_text(record, topic, when.day),
            }
        })
        .collect();
    let show = commands::show::run(dataset, &[record], when);
    let blocks: Vec<Block> = show.blocks().into_iter().skip(1).collect();
    let gap = dataset
        .model("decriminalization")
        .map(|model| html::view(&commands::gap::run(dataset, &[record], model, when).blocks()));
    let parent = record
        .parent
        .as_ref()
        .and_then(|p| dataset.jurisdiction(p))
        .map(|p| minijinja::context! { id => p.id.as_str(), name => p.name.as_str() });
    let children: Vec<_> = dataset
        .children(&record.id)
        .map(|c| minijinja::context! { id => c.id.as_str(), name => c.name.as_str() })
        .collect();
    let page = minijinja::context! {
        children => children,
        id => record.id.as_str(),
        name => record.name.as_str(),
        parent => parent,
        regime => minijinja::value::Serde(state.regime),
        panel => minijinja::value::Serde(panel),
        record => minijinja::value::Serde(html::view(&blocks)),
        gap => minijinja::value::Serde(gap),
    };
    render(
        env,
        "record.html",
        &frame(&record.name, "../", version, when),
        page,
    )
}

fn models_page(
    env: &minijinja::Environment,
    dataset: &Dataset,
    when: When,
    version: Option<&str>,
) -> anyhow::Result<String> {
    let models: Vec<_> = dataset
        .models
        .iter()
        .map(|model| html::view(&commands::models::show(model).blocks()))
        .collect();
    let page = minijinja::context! { models => minijinja::value::Serde(models) };
    render(
        env,
        "models.html",
        &frame("Models", "", version, when),
        page,
    )
}

fn about_page(
    env: &minijinja::Environment,
    dataset: &Dataset,
    when: When,
    version: Option<&str>,
) -> anyhow::Result<String> {
    let citations = commands::cite::legal(&[], commands::cite::Style::Oscola, when.day, version);
    let texts: Vec<&str> = citations
        .citations
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    let reviewed = dataset
        .reviewed_range()
        .map(|(first, last)| format!("{first} to {last}"));
    let page = minijinja::context! {
        citations => minijinja::value::Serde(texts),
        reviewed => minijinja::value::Serde(reviewed),
        count => dataset.jurisdictions.len(),
    };
    let title = "Vocabulary, citing, licence";
    render(env, "about.html", &frame(title, "", version, when), page)
}

fn write(dir: &Path, name: &str, text: &str) -> anyhow::Result<()> {
    crate::files::write(&dir.join(name), text)
}

/// Writes the site into `dir` (created if missing).
pub fn generate(dataset: &Dataset, dir: &Path, version: Option<&str>) -> anyhow::Result<Written> {
    let records_dir = dir.join("j");
    crate::files::create_dir(&records_dir)?;
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
    let env = templates()?;
    write(
        dir,
        "index.html",
        &index_page(&env, dataset, when, version)?,
    )?;
    write(
        dir,
        "models.html",
        &models_page(&env, dataset, when, version)?,
    )?;
    write(
        dir,
        "about.html",
        &about_page(&env, dataset, when, version)?,
    )?;
    for record in &dataset.jurisdictions {
        let name = format!("{}.html", record.id);
        let page = record_page(&env, dataset, record, when, version)?;
        write(&records_dir, &name, &page)?;
    }
    Ok(Written {
        pages: 3 + dataset.jurisdictions.len(),
        records: dataset.jurisdictions.len(),
    })
}
