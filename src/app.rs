//! From parsed arguments to printed output: the settings (format, color) decided once, the dataset
//! chosen, the command run, the report rendered.

use crate::bundled;
use crate::catalog::{Catalog, pick};
use crate::cli::{Cli, ColorChoice, Command, Format};
use crate::commands;
use crate::error::{Failure, exit};
use crate::load;
use crate::model::Day;
use crate::output::{self, Present, Style};
use crate::view::When;
use clap::CommandFactory;
use std::io::{IsTerminal, Write};

/// Color only where it will be seen: `auto` means stdout is a terminal and NO_COLOR is unset or
/// empty (no-color.org).
pub fn color_enabled(
    choice: ColorChoice,
    stdout_is_terminal: bool,
    no_color: Option<&str>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout_is_terminal && no_color.is_none_or(str::is_empty),
    }
}

fn style(choice: ColorChoice) -> Style {
    let terminal = std::io::stdout().is_terminal();
    let no_color = std::env::var("NO_COLOR").ok();
    // comfy-table knows the terminal's width; ask it once, here, rather than per table. Off a
    // terminal, COLUMNS (if set) still fits tables to a page or a pager.
    let width = if terminal {
        comfy_table::Table::new().width()
    } else {
        // COLUMNS=0 (or anything unusable) counts as unset.
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .filter(|&w: &u16| w > 0)
    };
    Style {
        color: color_enabled(choice, terminal, no_color.as_deref()),
        width,
        terminal,
    }
}

fn find_model<'a>(
    dataset: &'a crate::model::Dataset,
    id: &str,
) -> Result<&'a crate::model::Model, Failure> {
    dataset
        .model(id)
        .ok_or_else(|| commands::list::unknown_model(dataset, id))
}

/// One side of a `diff`: a JSON export (as of its own date) or a dataset (as of `when`).
fn diff_side(
    path: &std::path::Path,
    when: When,
) -> Result<(commands::diff::Side, String), Failure> {
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

/// The whole dataset and the ids that queries name (`None`: no query, every record).
fn all_and_named(
    catalog: Catalog,
    queries: &[String],
) -> Result<(crate::model::Dataset, Option<Vec<String>>), Failure> {
    let ids = if queries.is_empty() {
        None
    } else {
        Some(catalog.resolve(queries)?)
    };
    Ok((catalog.all(), ids))
}

/// The records named, or every record.
fn named<'a>(
    dataset: &'a crate::model::Dataset,
    ids: Option<&[String]>,
) -> Vec<&'a crate::model::Jurisdiction> {
    match ids {
        Some(ids) => pick(dataset, ids),
        None => dataset.jurisdictions.iter().collect(),
    }
}

/// Where a command's output goes, and how it looks.
struct Sink<'a> {
    format: Format,
    /// Whether `--format` was given (a panel defaults to CSV, the rest to tables).
    format_given: bool,
    style: Style,
    /// The release of the data in use, named by every JSON document.
    dataset_version: Option<String>,
    out: &'a mut dyn Write,
    /// Where the same answer also goes as Markdown (the MCP server's text), if anywhere.
    markdown: Option<&'a mut dyn Write>,
}

impl Sink<'_> {
    /// Renders a result and returns its exit code.
    fn emit<T: Present + ?Sized>(&mut self, result: &T) -> anyhow::Result<u8> {
        self.emit_as(result, self.format)
    }

    /// [`Sink::emit`] in a format other than the one asked for (a panel defaults to CSV).
    fn emit_as<T: Present + ?Sized>(&mut self, result: &T, format: Format) -> anyhow::Result<u8> {
        let version = self.dataset_version.as_deref();
        output::render(result, format, self.style, version, self.out)?;
        if let Some(markdown) = self.markdown.as_deref_mut() {
            output::render(result, Format::Markdown, self.style, version, markdown)?;
        }
        Ok(result.exit_code())
    }
}

/// Runs a command, writing data to `out`; returns the exit code.
pub fn run(cli: Cli, out: &mut dyn Write) -> anyhow::Result<u8> {
    run_into(cli, out, None)
}

/// [`run`], with the answer also rendered as Markdown into `markdown`: one computation, two
/// renderings.
pub fn run_with_markdown(
    cli: Cli,
    out: &mut dyn Write,
    markdown: &mut dyn Write,
) -> anyhow::Result<u8> {
    run_into(cli, out, Some(markdown))
}

fn run_into<'a>(
    cli: Cli,
    out: &'a mut dyn Write,
    markdown: Option<&'a mut dyn Write>,
) -> anyhow::Result<u8> {
    let mut sink = Sink {
        format: cli.global.format.unwrap_or(Format::Table),
        format_given: cli.global.format.is_some(),
        style: style(cli.global.color),
        dataset_version: Some(env!("SWLAW_DATASET_VERSION").to_string()),
        out,
        markdown,
    };
    // --data, else SWLAW_DATA; an empty value counts as unset.
    let from_env = std::env::var_os("SWLAW_DATA").map(std::path::PathBuf::from);
    let data = cli
        .global
        .data
        .as_deref()
        .or(from_env.as_deref())
        .filter(|path| !path.as_os_str().is_empty());
    if let Some(path) = data {
        sink.dataset_version = load::dataset_version(path).unwrap_or_else(|problem| {
            crate::report!("swlaw: warning: {problem}");
            None
        });
    }
    for warning in data.map(load::skipped_entries).unwrap_or_default() {
        crate::report!("swlaw: warning: {warning}");
    }
    if let Some(date) = cli.command.as_of().filter(|d| d.first_day() > Day::today()) {
        crate::report!(
            "swlaw: warning: --as-of {date} is in the future: the answer is today's law carried forward (with laws already dated to start by then); pending bills are not anticipated"
        );
    }
    match &cli.command {
        Command::Completions { shell } => {
            // clap_complete panics on a failed write: generate into memory, then write.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "swlaw", &mut script);
            sink.out.write_all(&script)?;
            Ok(exit::OK)
        }
        Command::Man => {
            let mut page = Vec::new();
            // The program's version only: the page should not change with every data review.
            let command = Cli::command().version(env!("CARGO_PKG_VERSION"));
            clap_mangen::Man::new(command).render(&mut page)?;
            sink.out.write_all(&page)?;
            Ok(exit::OK)
        }
        Command::Validate { path } => validate(path.as_deref().or(data), &mut sink),
        Command::Mcp => {
            let stdin = std::io::stdin();
            crate::mcp::serve(stdin.lock(), sink.out, data)?;
            Ok(exit::OK)
        }
        Command::Schema { document, output } => {
            let chosen: Vec<_> = match document {
                Some(document) => vec![*document],
                None => crate::schema::Document::all().to_vec(),
            };
            match (output, document) {
                (Some(dir), _) => {
                    let written = commands::schema::write(&chosen, dir)?;
                    crate::report!("swlaw: wrote {written} schema(s) to {}", dir.display());
                    Ok(exit::OK)
                }
                (None, Some(document)) => {
                    sink.out.write_all(document.text().as_bytes())?;
                    Ok(exit::OK)
                }
                (None, None) => sink.emit(&commands::schema::list()),
            }
        }
        Command::Audit {
            queries,
            region,
            strict,
            when,
        } => {
            let when = When::new(when.as_of);
            // The audit reports broken confidence rules instead of refusing the data over them.
            let catalog = match data {
                Some(path) => Catalog::open_with(path, load::Rules::ExceptProvenance)?,
                None => Catalog::Bundled,
            };
            let (dataset, ids) = all_and_named(catalog, queries)?;
            let records = named(&dataset, ids.as_deref());
            sink.emit(&commands::audit::run(
                &records,
                region.as_ref(),
                *strict,
                when.day,
            ))
        }
        command => {
            let catalog = Catalog::open(data)?;
            answer(command, catalog, data, &mut sink)
        }
    }
}

fn validate(path: Option<&std::path::Path>, sink: &mut Sink) -> anyhow::Result<u8> {
    // Validation reports problems as its output, so it loads the data itself.
    let (target, result) = match path {
        Some(path) => (path.display().to_string(), load::load_path(path)),
        None => ("bundled dataset".to_string(), Ok(bundled::all())),
    };
    if let (Err(problems), Format::Table) = (&result, sink.format) {
        // People read problems like compiler errors, one per line, on stderr.
        for problem in problems {
            crate::report!("{problem}");
        }
        crate::report!("{target}: {} problem(s)", problems.len());
        return Ok(exit::USAGE);
    }
    let code = sink.emit(&commands::validate::report(&target, &result))?;
    free_in_background(result);
    Ok(code)
}

/// Frees a whole dataset on another thread once its answer is written: freeing every record
/// takes a few percent of a run, and the process may exit before that thread is done, which
/// costs nothing, since exiting returns the memory anyway.
fn free_in_background<T: Send + 'static>(value: T) {
    // Where no thread can be started, the closure, and the value with it, is dropped here.
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}

/// The commands that answer questions about the data.
fn answer(
    command: &Command,
    catalog: Catalog,
    data: Option<&std::path::Path>,
    sink: &mut Sink,
) -> anyhow::Result<u8> {
    match command {
        Command::Show { queries, when: at } => {
            let when = When::new(at.as_of);
            let ids = catalog.resolve(queries)?;
            let dataset = catalog.around(&ids);
            sink.emit(&commands::show::run(&dataset, &pick(&dataset, &ids), when))
        }
        Command::List(args) => {
            let within = match &args.within {
                Some(query) => catalog.resolve(std::slice::from_ref(query))?.pop(),
                None => None,
            };
            let dataset = catalog.all();
            let code = sink.emit(&commands::list::run(&dataset, args, within.as_deref())?)?;
            free_in_background(dataset);
            if code == exit::NOT_FOUND {
                crate::report!("swlaw: {}", Failure::NothingMatched);
            }
            Ok(code)
        }
        Command::Compare {
            queries,
            model,
            diff,
            when: at,
        } => {
            let when = When::new(at.as_of);
            let ids = catalog.resolve(queries)?;
            let dataset = catalog.around(&ids);
            let model = model
                .as_deref()
                .map(|id| find_model(&dataset, id))
                .transpose()?;
            let records = pick(&dataset, &ids);
            sink.emit(&commands::compare::run(
                &dataset, &records, model, *diff, when,
            ))
        }
        Command::Gap {
            queries,
            model,
            when: at,
        } => {
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
        Command::Model { id } => {
            let dataset = catalog.around(&[]);
            match id {
                Some(id) => sink.emit(&commands::models::show(find_model(&dataset, id)?)),
                None => sink.emit(&commands::models::list(&dataset)),
            }
        }
        Command::Stats { level, when: at } => {
            let when = When::new(at.as_of);
            sink.emit(&commands::stats::run(&catalog.all(), *level, when))
        }
        Command::Timeline {
            queries,
            only,
            since,
            until,
        } => {
            let (dataset, ids) = all_and_named(catalog, queries)?;
            let records = named(&dataset, ids.as_deref());
            // A record's history start is shown only when the record is named.
            let starts = ids.is_some();
            sink.emit(&commands::timeline::run(
                &records, starts, *only, *since, *until,
            ))
        }
        Command::Panel {
            queries,
            region,
            from,
            to,
            activity,
            wide,
        } => {
            let to = to.unwrap_or(Day::today().year);
            if to < *from {
                let message = format!("--to {to} comes before --from {from}");
                return Err(Failure::Usage(message).into());
            }
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
            let panel = commands::panel::run(&records, *from, to, activity, *wide);
            sink.emit_as(&panel, format)
        }
        Command::Pending {
            queries,
            region,
            when: at,
        } => {
            let when = When::new(at.as_of);
            let (dataset, ids) = all_and_named(catalog, queries)?;
            let records = named(&dataset, ids.as_deref());
            sink.emit(&commands::pending::run(&records, region.as_ref(), when))
        }
        Command::Cite {
            queries,
            style,
            when: at,
        } => {
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
                    sink.emit(&commands::cite::legal(&records, *style, day, version))
                }
            }
        }
        Command::Export { kind, output } => {
            let dataset = catalog.all();
            let version = sink.dataset_version.as_deref();
            let (written, place) = match kind {
                crate::cli::ExportFormat::Datapackage => (
                    commands::export::datapackage(&dataset, output, version)?,
                    output.join("datapackage.json"),
                ),
                crate::cli::ExportFormat::Sqlite => (
                    commands::export::sqlite(&dataset, output, version)?,
                    output.clone(),
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
        Command::Diff { old, new, when: at } => {
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
        Command::Site { output } => {
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
        Command::Map(args) => {
            let data_files = match data {
                Some(path) => load::data_files(path).unwrap_or_default(),
                None => Vec::new(),
            };
            let dataset = catalog.all();
            let model = find_model(&dataset, &args.model)?;
            if args.output.is_none() && sink.style.terminal {
                let message = "the map is SVG, not for a terminal: write it with -o map.svg (or map.png), or redirect stdout to a file";
                return Err(Failure::Usage(message.into()).into());
            }
            commands::map::run(&dataset, args, model, &data_files, sink.out)?;
            Ok(exit::OK)
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_and_terminals_decide_auto() {
        assert!(color_enabled(ColorChoice::Auto, true, None));
        assert!(color_enabled(ColorChoice::Auto, true, Some("")));
        assert!(!color_enabled(ColorChoice::Auto, true, Some("1")));
        assert!(!color_enabled(ColorChoice::Auto, false, None));
        assert!(color_enabled(ColorChoice::Always, false, Some("1")));
        assert!(!color_enabled(ColorChoice::Never, true, None));
    }
}
