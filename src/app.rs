//! From parsed arguments to printed output: the settings (format, color) decided once, the dataset
//! chosen, the command run, the report rendered.

use crate::bundled;
use crate::catalog::{Catalog, pick};
use crate::cli::{Cli, ColorChoice, Command, Format};
use crate::commands::{self, Outcome};
use crate::error::{Failure, exit};
use crate::load;
use crate::model::{Day, PartialDate};
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

    if let Command::Audit {
        queries,
        region,
        strict,
    } = &cli.command
    {
        // The audit reports broken confidence rules instead of refusing the data over them.
        let catalog = match cli.global.data.as_deref() {
            Some(path) => Catalog::open_with(path, load::Rules::ExceptProvenance)?,
            None => Catalog::Bundled,
        };
        let area = region
            .as_deref()
            .map(commands::list::parse_area)
            .transpose()?;
        let (dataset, ids) = all_and_named(catalog, queries)?;
        let records = named(&dataset, ids.as_deref());
        let outcome = commands::audit::run(&records, area.as_ref(), *strict, Day::today());
        output::render(&outcome.report, format, style, out)?;
        return Ok(outcome.exit_code);
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
            only,
            since,
            until,
        } => {
            let since = parse_date(since.as_deref(), "--since")?;
            let until = parse_date(until.as_deref(), "--until")?;
            if queries.is_empty() {
                let dataset = catalog.all();
                let records: Vec<_> = dataset.jurisdictions.iter().collect();
                commands::timeline::run(&records, false, *only, since, until).into()
            } else {
                let ids = catalog.resolve(queries)?;
                let dataset = catalog.around(&ids);
                commands::timeline::run(&pick(&dataset, &ids), true, *only, since, until).into()
            }
        }
        Command::Pending {
            queries,
            region,
            when,
        } => {
            let when = When::parse(when.as_of.as_deref())?;
            let area = region
                .as_deref()
                .map(commands::list::parse_area)
                .transpose()?;
            let (dataset, ids) = all_and_named(catalog, queries)?;
            let records = named(&dataset, ids.as_deref());
            commands::pending::run(&records, area.as_ref(), when)
        }
        Command::Audit { .. } => unreachable!("handled above"),
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
