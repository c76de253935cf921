//! The commands that answer questions about the data, one function each: what each reads from
//! the catalog, which command computes the answer, and how it is written.

use super::{Sink, free_in_background};
use crate::catalog::{Catalog, pick};
use crate::cli::{AsOf, Command, ExportFormat, Format, Level, ListArgs, MapArgs, TimelineEntries};
use crate::commands;
use crate::error::{Failure, exit};
use crate::filter::Area;
use crate::load;
use crate::model::{Activity, Dataset, Day, Jurisdiction, Model, PartialDate};
use crate::view::When;
use std::path::Path;

/// Runs a command that answers from `catalog`; `data` is where the catalog came from, if not
/// the bundled dataset.
pub(super) fn answer(
    command: &Command,
    catalog: Catalog,
    data: Option<&Path>,
    sink: &mut Sink,
) -> anyhow::Result<u8> {
    match command {
        Command::Show { queries, when } => show(catalog, sink, queries, when),
        Command::List(args) => list(catalog, sink, args),
        Command::Compare {
            queries,
            model,
            diff,
            when,
        } => compare(catalog, sink, queries, model.as_deref(), *diff, when),
        Command::Gap {
            queries,
            model,
            when,
        } => gap(catalog, sink, queries, model, when),
        Command::Model { id } => model(catalog, sink, id.as_deref()),
        Command::Stats { level, when } => stats(catalog, sink, *level, when),
        Command::Timeline {
            queries,
            only,
            since,
            until,
        } => timeline(catalog, sink, queries, *only, *since, *until),
        Command::Panel {
            queries,
            region,
            from,
            to,
            activity,
            wide,
        } => {
            let years = panel_years(*from, *to)?;
            panel(
                catalog,
                sink,
                queries,
                region.as_ref(),
                years,
                activity,
                *wide,
            )
        }
        Command::Pending {
            queries,
            region,
            when,
        } => pending(catalog, sink, queries, region.as_ref(), when),
        Command::Cite {
            queries,
            style,
            when,
        } => cite(catalog, sink, queries, *style, when),
        Command::Export { kind, output } => export(catalog, sink, *kind, output),
        Command::Diff { old, new, when } => diff(catalog, data, sink, old, new.as_deref(), when),
        Command::Site { output } => site(catalog, sink, output),
        Command::Map(args) => map(catalog, data, sink, args),
        Command::Validate { .. }
        | Command::Audit { .. }
        | Command::Schema { .. }
        | Command::Mcp
        | Command::Completions { .. }
        | Command::Man => {
            unreachable!("handled by run")
        }
    }
}

/// `audit`, which opens `data` itself: it reports broken confidence rules instead of refusing
/// the data over them.
pub(super) fn audit(
    data: Option<&Path>,
    sink: &mut Sink,
    queries: &[String],
    region: Option<&Area>,
    strict: bool,
    at: &AsOf,
) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    let catalog = match data {
        Some(path) => Catalog::open_with(path, load::Rules::ExceptProvenance)?,
        None => Catalog::Bundled,
    };
    let (dataset, ids) = all_and_named(catalog, queries)?;
    let records = named(&dataset, ids.as_deref());
    sink.emit(&commands::audit::run(&records, region, strict, when.day))
}

fn show(catalog: Catalog, sink: &mut Sink, queries: &[String], at: &AsOf) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    let ids = catalog.resolve(queries)?;
    let dataset = catalog.around(&ids);
    sink.emit(&commands::show::run(&dataset, &pick(&dataset, &ids), when))
}

fn list(catalog: Catalog, sink: &mut Sink, args: &ListArgs) -> anyhow::Result<u8> {
    let within = match &args.within {
        Some(query) => catalog.resolve(std::slice::from_ref(query))?.pop(),
        None => None,
    };
    // A table, CSV or Markdown list shows statuses, gaps and dates, never a record's texts.
    let dataset = if sink.prints_json() {
        catalog.all()
    } else {
        catalog.outlines()
    };
    let code = sink.emit(&commands::list::run(&dataset, args, within.as_deref())?)?;
    free_in_background(dataset);
    if code == exit::NOT_FOUND {
        crate::report!("swlaw: {}", Failure::NothingMatched);
    }
    Ok(code)
}

fn compare(
    catalog: Catalog,
    sink: &mut Sink,
    queries: &[String],
    model: Option<&str>,
    diff: bool,
    at: &AsOf,
) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    let ids = catalog.resolve(queries)?;
    let dataset = catalog.around(&ids);
    let model = model.map(|id| find_model(&dataset, id)).transpose()?;
    let records = pick(&dataset, &ids);
    sink.emit(&commands::compare::run(
        &dataset, &records, model, diff, when,
    ))
}

fn gap(
    catalog: Catalog,
    sink: &mut Sink,
    queries: &[String],
    model: &str,
    at: &AsOf,
) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    let ids = catalog.resolve(queries)?;
    let dataset = catalog.around(&ids);
    let model = find_model(&dataset, model)?;
    sink.emit(&commands::gap::run(
        &dataset,
        &pick(&dataset, &ids),
        model,
        when,
    ))
}

fn model(catalog: Catalog, sink: &mut Sink, id: Option<&str>) -> anyhow::Result<u8> {
    let dataset = catalog.around(&[]);
    match id {
        Some(id) => sink.emit(&commands::models::show(find_model(&dataset, id)?)),
        None => sink.emit(&commands::models::list(&dataset)),
    }
}

fn stats(catalog: Catalog, sink: &mut Sink, level: Level, at: &AsOf) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    sink.emit(&commands::stats::run(&catalog.outlines(), level, when))
}

fn timeline(
    catalog: Catalog,
    sink: &mut Sink,
    queries: &[String],
    only: Option<TimelineEntries>,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
) -> anyhow::Result<u8> {
    let (dataset, ids) = all_and_named(catalog, queries)?;
    let records = named(&dataset, ids.as_deref());
    // A record's history start is shown only when the record is named.
    let starts = ids.is_some();
    sink.emit(&commands::timeline::run(
        &records, starts, only, since, until,
    ))
}

/// The years a panel covers, `--to` defaulting to this year; refused before any data is read
/// when they run backwards.
fn panel_years(from: u16, to: Option<u16>) -> Result<(u16, u16), Failure> {
    let to = to.unwrap_or(Day::today().year);
    if to < from {
        let message = format!("--to {to} comes before --from {from}");
        return Err(Failure::Usage(message));
    }
    Ok((from, to))
}

fn panel(
    catalog: Catalog,
    sink: &mut Sink,
    queries: &[String],
    region: Option<&Area>,
    (from, to): (u16, u16),
    activity: &[Activity],
    wide: bool,
) -> anyhow::Result<u8> {
    let (dataset, ids) = all_and_named(catalog, queries)?;
    let records: Vec<_> = named(&dataset, ids.as_deref())
        .into_iter()
        .filter(|r| region.is_none_or(|area| area.contains(r)))
        .collect();
    // A panel is for programs: CSV unless another format is asked for.
    let format = if sink.format_given {
        sink.format
    } else {
        Format::Csv
    };
    let panel = commands::panel::run(&records, from, to, activity, wide);
    sink.emit_as(&panel, format)
}

fn pending(
    catalog: Catalog,
    sink: &mut Sink,
    queries: &[String],
    region: Option<&Area>,
    at: &AsOf,
) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    let (dataset, ids) = all_and_named(catalog, queries)?;
    let records = named(&dataset, ids.as_deref());
    sink.emit(&commands::pending::run(&records, region, when))
}

fn cite(
    catalog: Catalog,
    sink: &mut Sink,
    queries: &[String],
    style: commands::cite::Style,
    at: &AsOf,
) -> anyhow::Result<u8> {
    use commands::cite::Style;
    let day = When::new(at.as_of).day;
    let ids = catalog.resolve(queries)?;
    let dataset = catalog.around(&ids);
    let records = pick(&dataset, &ids);
    let version = sink.dataset_version.clone();
    let version = version.as_deref();
    match style {
        Style::CslJson => {
            let items = commands::cite::csl_json(&records, day, version);
            let mut bytes = serde_json::to_vec_pretty(&items)?;
            bytes.push(b'\n');
            sink.out.write_all(&bytes)?;
            Ok(exit::OK)
        }
        Style::Bibtex => {
            let entries = commands::cite::bibtex(&records, day, version);
            let text = crate::output::safe::terminal(&entries);
            sink.out.write_all(text.as_bytes())?;
            Ok(exit::OK)
        }
        Style::Oscola | Style::Bluebook => {
            sink.emit(&commands::cite::legal(&records, style, day, version))
        }
    }
}

fn export(
    catalog: Catalog,
    sink: &mut Sink,
    kind: ExportFormat,
    output: &Path,
) -> anyhow::Result<u8> {
    let dataset = catalog.all();
    let version = sink.dataset_version.as_deref();
    let (written, place) = match kind {
        ExportFormat::Datapackage => (
            commands::export::datapackage(&dataset, output, version)?,
            output.join("datapackage.json"),
        ),
        ExportFormat::Sqlite => (
            commands::export::sqlite(&dataset, output, version)?,
            output.to_path_buf(),
        ),
    };
    crate::report!(
        "swlaw: wrote {}: {} jurisdictions, {} laws, {} sources, {} panel rows",
        place.display(),
        written.jurisdictions,
        written.laws,
        written.sources,
        written.panel
    );
    Ok(exit::OK)
}

/// `diff`: `new` defaults to the dataset in use, `catalog`, which came from `data`.
fn diff(
    catalog: Catalog,
    data: Option<&Path>,
    sink: &mut Sink,
    old: &Path,
    new: Option<&Path>,
    at: &AsOf,
) -> anyhow::Result<u8> {
    let when = When::new(at.as_of);
    let (old_side, old_label) = diff_side(old, when)?;
    let (new_side, new_label) = match new {
        Some(path) => diff_side(path, when)?,
        None => {
            let label = match data {
                Some(path) => format!("{} (as of {})", path.display(), when.day),
                None => format!("the bundled dataset (as of {})", when.day),
            };
            (
                commands::diff::side_of_dataset(&catalog.all(), when.day),
                label,
            )
        }
    };
    sink.emit(&commands::diff::compare(
        &old_side, &new_side, old_label, new_label,
    ))
}

/// One side of a `diff`: a JSON export (as of its own date) or a dataset (as of `when`).
fn diff_side(path: &Path, when: When) -> Result<(commands::diff::Side, String), Failure> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    {
        let (side, label) = commands::diff::side_of_export(path)?;
        return Ok((side, format!("{} ({label})", path.display())));
    }
    let dataset = load::load_path(path).map_err(Failure::InvalidData)?;
    let label = format!("{} (as of {})", path.display(), when.day);
    Ok((commands::diff::side_of_dataset(&dataset, when.day), label))
}

fn site(catalog: Catalog, sink: &mut Sink, output: &Path) -> anyhow::Result<u8> {
    let dataset = catalog.all();
    let version = sink.dataset_version.as_deref();
    let written = crate::site::generate(&dataset, output, version)?;
    crate::report!(
        "swlaw: wrote {}: {} pages ({} jurisdictions); open {}",
        output.display(),
        written.pages,
        written.records,
        output.join("index.html").display()
    );
    Ok(exit::OK)
}

/// `map`: `data` names the user's files, which the map may not be written over.
fn map(
    catalog: Catalog,
    data: Option<&Path>,
    sink: &mut Sink,
    args: &MapArgs,
) -> anyhow::Result<u8> {
    let data_files = match data {
        Some(path) => load::data_files(path).unwrap_or_default(),
        None => Vec::new(),
    };
    let dataset = catalog.outlines();
    let model = find_model(&dataset, &args.model)?;
    if args.output.is_none() && sink.style.terminal {
        let message = "the map is SVG, not for a terminal: write it with -o map.svg (or map.png), or redirect stdout to a file";
        return Err(Failure::Usage(message.into()).into());
    }
    commands::map::run(&dataset, args, model, &data_files, sink.out)?;
    Ok(exit::OK)
}

fn find_model<'a>(dataset: &'a Dataset, id: &str) -> Result<&'a Model, Failure> {
    dataset
        .model(id)
        .ok_or_else(|| commands::list::unknown_model(dataset, id))
}

/// The whole dataset and the ids that queries name (`None`: no query, every record).
fn all_and_named(
    catalog: Catalog,
    queries: &[String],
) -> Result<(Dataset, Option<Vec<String>>), Failure> {
    let ids = if queries.is_empty() {
        None
    } else {
        Some(catalog.resolve(queries)?)
    };
    Ok((catalog.all(), ids))
}

/// The records named, or every record.
fn named<'a>(dataset: &'a Dataset, ids: Option<&[String]>) -> Vec<&'a Jurisdiction> {
    match ids {
        Some(ids) => pick(dataset, ids),
        None => dataset.jurisdictions.iter().collect(),
    }
}
