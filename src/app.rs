//! From parsed arguments to printed output: the settings (format, color) decided once, the dataset
//! chosen, the command run, the report rendered.

mod answers;

use crate::bundled;
use crate::catalog::Catalog;
use crate::cli::{Cli, ColorChoice, Command, Format, GlobalArgs};
use crate::commands;
use crate::error::exit;
use crate::load;
use crate::model::Day;
use crate::output::{self, Present, Style};
use crate::schema::Document;
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

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
    /// Whether the answer is printed as JSON anywhere (the MCP server's structured content is),
    /// the one format that shows a record's texts in a list.
    fn prints_json(&self) -> bool {
        self.format == Format::Json || self.markdown.is_some()
    }

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
    let data = data_in_use(&cli.global);
    let data = data.as_deref();
    let mut sink = Sink {
        format: cli.global.format.unwrap_or(Format::Table),
        format_given: cli.global.format.is_some(),
        style: style(cli.global.color),
        dataset_version: dataset_version(data),
        out,
        markdown,
    };
    warn_before_running(&cli.command, data);
    match &cli.command {
        Command::Completions { shell } => completions(*shell, sink.out),
        Command::Man => man_page(sink.out),
        Command::Validate { path } => validate(path.as_deref().or(data), &mut sink),
        Command::Mcp => {
            let stdin = std::io::stdin();
            crate::mcp::serve(stdin.lock(), sink.out, data)?;
            Ok(exit::OK)
        }
        Command::Schema { document, output } => schema(*document, output.as_deref(), &mut sink),
        Command::Audit {
            queries,
            region,
            strict,
            when,
        } => answers::audit(data, &mut sink, queries, region.as_ref(), *strict, when),
        command => {
            let catalog = Catalog::open(data)?;
            answers::answer(command, catalog, data, &mut sink)
        }
    }
}

/// The dataset named by --data, else SWLAW_DATA; an empty value counts as unset. `None`: the
/// bundled dataset.
fn data_in_use(global: &GlobalArgs) -> Option<PathBuf> {
    let from_env = std::env::var_os("SWLAW_DATA").map(PathBuf::from);
    global
        .data
        .clone()
        .or(from_env)
        .filter(|path| !path.as_os_str().is_empty())
}

/// The release of the data in use: the bundled one's, or the one the user's VERSION file names
/// (none without one; none, and a warning, where it names no release).
fn dataset_version(data: Option<&Path>) -> Option<String> {
    match data {
        None => Some(env!("SWLAW_DATASET_VERSION").to_string()),
        Some(path) => load::dataset_version(path).unwrap_or_else(|problem| {
            crate::report!("swlaw: warning: {problem}");
            None
        }),
    }
}

/// What the user should know before the answer, though it does not stop the command: files of
/// the dataset that are not read, and a date in the future.
fn warn_before_running(command: &Command, data: Option<&Path>) {
    for warning in data.map(load::skipped_entries).unwrap_or_default() {
        crate::report!("swlaw: warning: {warning}");
    }
    if let Some(date) = command.as_of().filter(|d| d.first_day() > Day::today()) {
        crate::report!(
            "swlaw: warning: --as-of {date} is in the future: the answer is today's law carried forward (with laws already dated to start by then); pending bills are not anticipated"
        );
    }
}

fn completions(shell: Shell, out: &mut dyn Write) -> anyhow::Result<u8> {
    // clap_complete panics on a failed write: generate into memory, then write.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "swlaw", &mut script);
    out.write_all(&script)?;
    Ok(exit::OK)
}

fn man_page(out: &mut dyn Write) -> anyhow::Result<u8> {
    let mut page = Vec::new();
    // The program's version only: the page should not change with every data review.
    let command = Cli::command().version(env!("CARGO_PKG_VERSION"));
    clap_mangen::Man::new(command).render(&mut page)?;
    out.write_all(&page)?;
    Ok(exit::OK)
}

/// `schema`: one document or all of them, written to a directory, printed, or listed.
fn schema(
    document: Option<Document>,
    output: Option<&Path>,
    sink: &mut Sink,
) -> anyhow::Result<u8> {
    let chosen: Vec<_> = match document {
        Some(document) => vec![document],
        None => Document::all().to_vec(),
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

fn validate(path: Option<&Path>, sink: &mut Sink) -> anyhow::Result<u8> {
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
