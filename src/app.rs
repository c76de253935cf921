//! From parsed arguments to printed output: the settings (format, color) decided once, the dataset
//! chosen, the command run, the report rendered.

use crate::bundled;
use crate::catalog::{Catalog, pick};
use crate::cli::{Cli, ColorChoice, Command, Format};
use crate::commands::{self, Outcome};
use crate::error::{Failure, exit};
use crate::load;
use crate::model::PartialDate;
use crate::output::{self, Style};
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
        std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
    };
    Style {
        color: color_enabled(choice, terminal, no_color.as_deref()),
        width,
    }
}

fn parse_date(text: Option<&str>, flag: &str) -> Result<Option<PartialDate>, Failure> {
    text.map(|t| {
        t.parse()
            .map_err(|e: String| Failure::Usage(format!("{flag}: {e}")))
    })
    .transpose()
}

fn find_model<'a>(
    dataset: &'a crate::model::Dataset,
    id: &str,
) -> Result<&'a crate::model::Model, Failure> {
    dataset
        .model(id)
        .ok_or_else(|| commands::list::unknown_model(dataset, id))
}

/// Runs a command, writing data to `out`; returns the exit code.
pub fn run(cli: Cli, out: &mut dyn Write) -> anyhow::Result<u8> {
    let format = cli.global.format.unwrap_or(Format::Table);
    let style = style(cli.global.color);

    if let Command::Completions { shell } = cli.command {
        clap_complete::generate(shell, &mut Cli::command(), "swlaw", out);
        return Ok(exit::OK);
    }
    if let Command::Validate { path } = &cli.command {
        // Validation reports problems as its output, so it loads the data itself.
        let (target, result) = match path.as_ref().or(cli.global.data.as_ref()) {
            Some(path) => (path.display().to_string(), load::load_path(path)),
            None => ("bundled dataset".to_string(), Ok(bundled::all())),
        };
        let report = commands::validate::report(&target, &result);
        if let (Err(problems), Format::Table) = (&result, format) {
            // People read problems like compiler errors, one per line, on stderr.
            for problem in problems {
                eprintln!("{problem}");
            }
            eprintln!("{target}: {} problem(s)", problems.len());
            return Ok(exit::USAGE);
        }
        output::render(&report, format, style, out)?;
        return Ok(if result.is_ok() {
            exit::OK
        } else {
            exit::USAGE
        });
    }

    let catalog = Catalog::open(cli.global.data.as_deref())?;
    if let Command::Map(args) = &cli.command {
        let dataset = catalog.all();
        let model = find_model(&dataset, &args.model)?;
        commands::map::run(&dataset, args, model, out)?;
        return Ok(exit::OK);
    }
    let outcome: Outcome = match &cli.command {
        Command::Show { queries, when } => {
            let when = When::parse(when.as_of.as_deref())?;
            let ids = catalog.resolve(queries)?;
            let dataset = catalog.around(&ids);
            commands::show::run(&dataset, &pick(&dataset, &ids), when).into()
        }
        Command::List(args) => {
            let within = match &args.within {
                Some(query) => catalog.resolve(std::slice::from_ref(query))?.pop(),
                None => None,
            };
            commands::list::run(&catalog.all(), args, within.as_deref())?
        }
        Command::Compare {
            queries,
            model,
            diff,
            when,
        } => {
            let when = When::parse(when.as_of.as_deref())?;
            let ids = catalog.resolve(queries)?;
            let dataset = catalog.around(&ids);
            let model = match model {
                Some(id) => Some(find_model(&dataset, id)?),
                None => None,
            };
            commands::compare::run(&dataset, &pick(&dataset, &ids), model, *diff, when).into()
        }
        Command::Gap {
            queries,
            model,
            when,
        } => {
            let when = When::parse(when.as_of.as_deref())?;
            let ids = catalog.resolve(queries)?;
            let dataset = catalog.around(&ids);
            let model = find_model(&dataset, model)?;
            commands::gap::run(&dataset, &pick(&dataset, &ids), model, when).into()
        }
        Command::Model { id } => {
            let dataset = catalog.around(&[]);
            match id {
                Some(id) => commands::models::show(find_model(&dataset, id)?).into(),
                None => commands::models::list(&dataset).into(),
            }
        }
        Command::Stats { level, when } => {
            let when = When::parse(when.as_of.as_deref())?;
            commands::stats::run(&catalog.all(), *level, when).into()
        }
        Command::Timeline {
            queries,
            since,
            until,
        } => {
            let since = parse_date(since.as_deref(), "--since")?;
            let until = parse_date(until.as_deref(), "--until")?;
            if queries.is_empty() {
                let dataset = catalog.all();
                let records: Vec<_> = dataset.jurisdictions.iter().collect();
                commands::timeline::run(&records, false, since, until).into()
            } else {
                let ids = catalog.resolve(queries)?;
                let dataset = catalog.around(&ids);
                commands::timeline::run(&pick(&dataset, &ids), true, since, until).into()
            }
        }
        Command::Validate { .. } | Command::Completions { .. } | Command::Map(_) => {
            unreachable!("handled above")
        }
    };
    output::render(&outcome.report, format, style, out)?;
    if outcome.exit_code == exit::NOT_FOUND {
        eprintln!("swlaw: {}", Failure::NothingMatched);
    }
    Ok(outcome.exit_code)
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
