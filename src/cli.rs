//! The command line as typed by the user (clap derive). What the values mean is decided elsewhere.

use crate::filter::{self, Area, Condition};
use crate::model::{Activity, PartialDate, Regime};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use std::path::PathBuf;

/// A jurisdiction query. Any text is accepted (it is matched, folded, against the data in use),
/// but the possible values are the bundled ids and folded names ("SE", "new-zealand"), so the
/// shell completions offer them.
#[derive(Debug, Clone, Copy)]
pub struct Query;

impl clap::builder::TypedValueParser for Query {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        use clap::builder::PossibleValue;
        let values = crate::bundled::INDEX.iter().flat_map(|entry| {
            let slug = entry.phrases[0].trim().replace(' ', "-");
            let by_name = (!slug.eq_ignore_ascii_case(entry.id))
                .then(|| PossibleValue::new(slug).help(entry.id));
            std::iter::once(PossibleValue::new(entry.id).help(entry.name)).chain(by_name)
        });
        Some(Box::new(values))
    }
}

#[derive(Debug, Parser)]
#[command(
    name = "swlaw",
    version = concat!(env!("CARGO_PKG_VERSION"), " (bundled dataset ", env!("SWLAW_DATASET"), ")"),
    about = "How the law treats adult consensual sex work, jurisdiction by jurisdiction, and how far each is from full decriminalization",
    long_about = None,
    after_help = "Exit codes: 0 found, 1 nothing matched, 2 usage or data error, 3 ambiguous query.\nData: the bundled dataset unless --data or SWLAW_DATA names another."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format [default: table]
    #[arg(long, short = 'f', value_enum, global = true)]
    pub format: Option<Format>,

    /// When to color the output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// A dataset to use instead of the bundled one: a TOML file or a directory of them
    /// [env: SWLAW_DATA]
    #[arg(long, value_name = "PATH", global = true)]
    pub data: Option<PathBuf>,
}

/// What `swlaw export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One SQLite database file
    Sqlite,
    /// A Frictionless Data Package: CSV files and a datapackage.json that types them
    Datapackage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when stdout is a terminal and NO_COLOR is unset or empty
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    /// Countries and territories (records without a parent)
    Country,
    /// Subdivisions (records with a parent)
    Subdivision,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Id,
    Name,
    Region,
    Regime,
    /// Distance to the model, closest first
    Gap,
    /// Date of the latest reform (not where the history starts), most recent first
    Changed,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show jurisdictions in full: statuses with the laws behind them, history, sources
    #[command(
        after_help = "Examples:\n  swlaw show sweden\n  swlaw show \"cote divoire\" US-NV --as-of 2010\n  swlaw show NZ --format json"
    )]
    Show {
        /// Names, aliases or ISO codes ("sweden", "SE", "cote divoire", "US-NV")
        #[arg(required = true, value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        #[command(flatten)]
        when: AsOf,
    },

    /// List jurisdictions, one row each, with filters that combine
    #[command(
        after_help = "Examples:\n  swlaw list --criminalizes buying --permits selling --level country\n  swlaw list --region \"South-eastern Asia\" --regime \"Nordic model\"\n  swlaw list --within US --sort gap --format csv"
    )]
    List(ListArgs),

    /// Compare jurisdictions side by side, activity by activity
    #[command(
        after_help = "Examples:\n  swlaw compare sweden \"new zealand\" --model decriminalization\n  swlaw compare FR DE NL --diff --as-of 2015"
    )]
    Compare {
        /// Two or more jurisdictions
        #[arg(required = true, num_args = 2.., value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// Add a column for this reference model
        #[arg(long, value_name = "ID")]
        model: Option<String>,
        /// Show only the rows where the columns differ
        #[arg(long)]
        diff: bool,
        #[command(flatten)]
        when: AsOf,
    },

    /// Distance to a reference model: what deviates and which laws would have to go
    #[command(
        after_help = "Examples:\n  swlaw gap sweden\n  swlaw gap US-NV MX\n  swlaw gap NZ --model asymmetric"
    )]
    Gap {
        #[arg(required = true, value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// The model to measure against
        #[arg(long, value_name = "ID", default_value = "decriminalization")]
        model: String,
        #[command(flatten)]
        when: AsOf,
    },

    /// Show a reference model, or list them all
    #[command(after_help = "Examples:\n  swlaw model\n  swlaw model decriminalization")]
    Model {
        #[arg(value_name = "ID")]
        id: Option<String>,
    },

    /// Count jurisdictions per regime and per activity status
    #[command(after_help = "Examples:\n  swlaw stats\n  swlaw stats --level all --as-of 2000")]
    Stats {
        /// Which records to count
        #[arg(long, value_enum, default_value_t = Level::Country)]
        level: Level,
        #[command(flatten)]
        when: AsOf,
    },

    /// Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or
    /// the ones named
    #[command(
        after_help = "Examples:\n  swlaw timeline France\n  swlaw timeline --since 2015 --only reforms\n  swlaw timeline --only events --format csv"
    )]
    Timeline {
        #[arg(value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// Only changes of status, or only events [default: both]
        #[arg(long, value_enum, value_name = "ENTRIES")]
        only: Option<TimelineEntries>,
        /// Only changes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        since: Option<PartialDate>,
        /// Only changes on or before this date
        #[arg(long, value_name = "DATE")]
        until: Option<PartialDate>,
    },

    /// A panel for research: one row per jurisdiction, year and activity (CSV by default)
    #[command(
        after_help = "Examples:\n  swlaw panel > panel.csv\n  swlaw panel --region europe --from 2000 --wide\n  swlaw panel SE NO FR --activity buying --format json"
    )]
    Panel {
        /// Names, aliases or ISO codes [default: every jurisdiction]
        #[arg(value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// Keep a UN M49 region or subregion ("Europe", "Western Africa")
        #[arg(long, value_name = "REGION")]
        region: Option<Area>,
        /// The first year [default: 1990]
        #[arg(long, value_name = "YEAR", default_value_t = 1990, value_parser = clap::value_parser!(u16).range(1000..=9999))]
        from: u16,
        /// The last year [default: the current year]
        #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(1000..=9999))]
        to: Option<u16>,
        /// Only these activities (repeatable) [default: all four]
        #[arg(long, value_name = "ACTIVITY")]
        activity: Vec<Activity>,
        /// One row per jurisdiction and year, a column per activity
        #[arg(long)]
        wide: bool,
    },

    /// Bills still pending, oldest first
    #[command(after_help = "Examples:\n  swlaw pending\n  swlaw pending --region oceania")]
    Pending {
        /// Names, aliases or ISO codes [default: every jurisdiction]
        #[arg(value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// Keep a UN M49 region or subregion ("Europe", "Western Africa")
        #[arg(long, value_name = "REGION")]
        region: Option<Area>,
        #[command(flatten)]
        when: AsOf,
    },

    /// How well the dataset is sourced: backing of each status, depth of history, unknowns
    #[command(
        after_help = "Examples:\n  swlaw audit --region europe\n  swlaw audit NZ AU-NSW\n  swlaw audit --data mydata/ --strict"
    )]
    Audit {
        /// Names, aliases or ISO codes [default: every jurisdiction]
        #[arg(value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// Keep a UN M49 region or subregion ("Europe", "Western Africa")
        #[arg(long, value_name = "REGION")]
        region: Option<Area>,
        /// Exit 2 when a record breaks the confidence rules on sources
        #[arg(long)]
        strict: bool,
        #[command(flatten)]
        when: AsOf,
    },

    /// Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)
    #[command(
        after_help = "Examples:\n  swlaw map -o map.svg\n  swlaw map --by buying --as-of 2015 -o buying-2015.png\n  swlaw map --region europe --by gap -o europe.png --width 3000"
    )]
    Map(MapArgs),

    /// What changed between two datasets: records added or removed, and each changed regime,
    /// status, confidence or set of laws in force
    #[command(
        after_help = "OLD and NEW are data files or directories, or JSON exports made by `swlaw list --level all --format json` (compared as of their own date). Without NEW, the dataset in use.\n\nExamples:\n  swlaw list --level all --format json > paper-2026.json   # keep this with your paper\n  swlaw diff paper-2026.json                               # later: what the data says now\n  swlaw diff old-data/ data/ --as-of 2020 --format csv"
    )]
    Diff {
        #[arg(value_name = "OLD")]
        old: PathBuf,
        #[arg(value_name = "NEW")]
        new: Option<PathBuf>,
        #[command(flatten)]
        when: AsOf,
    },

    /// Citations of the laws behind records, of the documents they rest on, and of the dataset
    #[command(
        after_help = "Laws are those in force on --as-of (today by default); sources are every document the record lists; the dataset comes last, with its release. oscola and bluebook take --format; csl-json and bibtex are written as they are, for a reference manager.\n\nExamples:\n  swlaw cite canada\n  swlaw cite NZ --style bluebook\n  swlaw cite sweden norway --style csl-json > refs.json\n  swlaw cite US-NV --style bibtex >> refs.bib"
    )]
    Cite {
        #[arg(required = true, value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
        queries: Vec<String>,
        /// The citation style
        #[arg(long, value_name = "STYLE", default_value = "oscola")]
        style: crate::commands::cite::Style,
        #[command(flatten)]
        when: AsOf,
    },

    /// Write the dataset in a format other tools read: SQLite or a Frictionless Data Package
    #[command(
        after_help = "sqlite: one database file with the tables meta, jurisdiction, status, history, event, law, source and panel (README gives the schema).\ndatapackage: a directory with jurisdictions.csv (statuses today), laws.csv, sources.csv, panel.csv (every jurisdiction, year and activity from 1990) and datapackage.json, which types every field and lists the allowed statuses, regimes and tiers.\n\nExamples:\n  swlaw export sqlite -o swlaw.sqlite\n  swlaw export datapackage -o swlaw-data/\n  frictionless validate swlaw-data/datapackage.json"
    )]
    Export {
        #[arg(value_name = "FORMAT")]
        kind: ExportFormat,
        /// The file (sqlite) or directory (datapackage, created if missing) to write
        #[arg(long, short = 'o', value_name = "PATH")]
        output: PathBuf,
    },

    /// Check a dataset and report every problem, with file, line and column
    #[command(
        after_help = "Examples:\n  swlaw validate data/\n  swlaw validate mydata/europe.toml --format json"
    )]
    Validate {
        /// A TOML file or a directory of them [default: the dataset in use]
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
    },

    /// The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them
    #[command(
        after_help = "Examples:\n  swlaw schema\n  swlaw schema show > show.schema.json\n  swlaw schema -o schema/"
    )]
    Schema {
        /// The document: a command's answer with --format json, or `error` [default: list them]
        #[arg(value_enum, value_name = "DOCUMENT")]
        document: Option<crate::schema::Document>,
        /// Write the schemas (every one, or the one named) into DIR as NAME.json
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },

    /// Write the whole dataset as a static website (plain files, no server, nothing fetched)
    #[command(
        after_help = "Open DIR/index.html in a browser, or host DIR as it is.\n\nExamples:\n  swlaw site -o site/\n  swlaw site -o public/ --data mydata/"
    )]
    Site {
        /// The directory to write (created if missing; files in it are replaced)
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
    },

    /// Serve the dataset to AI assistants: a Model Context Protocol server on stdin and stdout
    #[command(
        after_help = "Tools: show, list, compare, gap, timeline, model, pending (read-only, each with an optional as_of date).\nRegister it with an MCP client as the command `swlaw mcp` (stdio transport).\n\nExamples:\n  swlaw mcp\n  swlaw mcp --data mydata/"
    )]
    Mcp,

    /// Print the manual page (roff), as installed from man/swlaw.1
    #[command(
        after_help = "Examples:\n  swlaw man | man -l -\n  swlaw man > ~/.local/share/man/man1/swlaw.1"
    )]
    Man,

    /// Print shell completions
    #[command(
        after_help = "Examples:\n  swlaw completions bash > ~/.local/share/bash-completion/completions/swlaw\n  swlaw completions zsh > ~/.zfunc/_swlaw\n  swlaw completions fish > ~/.config/fish/completions/swlaw.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
}

impl Command {
    /// The date `--as-of` asks about, for the commands that take one.
    pub fn as_of(&self) -> Option<PartialDate> {
        match self {
            Command::Show { when, .. }
            | Command::Compare { when, .. }
            | Command::Gap { when, .. }
            | Command::Stats { when, .. }
            | Command::Pending { when, .. }
            | Command::Audit { when, .. }
            | Command::Diff { when, .. }
            | Command::Cite { when, .. } => when.as_of,
            Command::List(args) => args.when.as_of,
            Command::Map(args) => args.when.as_of,
            Command::Model { .. }
            | Command::Panel { .. }
            | Command::Man
            | Command::Schema { .. }
            | Command::Mcp
            | Command::Site { .. }
            | Command::Timeline { .. }
            | Command::Validate { .. }
            | Command::Export { .. }
            | Command::Completions { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimelineEntries {
    /// Changes of status
    Reforms,
    /// Rulings, bills, evaluations and other events that change no status
    Events,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapBy {
    Regime,
    Selling,
    Buying,
    Soliciting,
    Organizing,
    /// The gap score to --model
    Gap,
}

#[derive(Debug, Args)]
pub struct MapArgs {
    /// Write to this file instead of stdout; a name ending in .png is rasterized
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,

    /// What colors the map
    #[arg(long, value_enum, default_value_t = MapBy::Regime)]
    pub by: MapBy,

    /// The model that `--by gap` measures against
    #[arg(long, value_name = "ID", default_value = "decriminalization")]
    pub model: String,

    /// Zoom to a UN M49 region (Africa, Americas, Asia, Europe, Oceania) or a subregion's region
    #[arg(long, value_name = "REGION")]
    pub region: Option<Area>,

    /// The title drawn above the map
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// Width of a PNG in pixels, the height following the map [default: 2000]; an SVG scales
    /// to any size, so this is for PNG only
    #[arg(long, value_name = "PIXELS")]
    pub width: Option<u32>,

    #[command(flatten)]
    pub when: AsOf,
}

#[derive(Debug, Args)]
pub struct AsOf {
    /// Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<PartialDate>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Keep jurisdictions that criminalize or penalize this activity (repeatable: all must hold)
    #[arg(long, value_name = "ACTIVITY")]
    pub criminalizes: Vec<Activity>,

    /// Keep jurisdictions where this activity is legal, regulated or restricted (not punished in general)
    #[arg(long, value_name = "ACTIVITY")]
    pub permits: Vec<Activity>,

    /// Keep jurisdictions where an activity or detail has this status, e.g. buying=criminalized
    #[arg(long, value_name = "ACTIVITY=STATUS")]
    pub status: Vec<Condition>,

    /// Keep jurisdictions with this regime, by its name or another ("Nordic model",
    /// "abolitionism") (repeatable: any may hold)
    #[arg(long, value_name = "REGIME", value_parser = filter::regime)]
    pub regime: Vec<Regime>,

    /// Keep a UN M49 region or subregion ("Europe", "Western Africa", "South-eastern Asia")
    #[arg(long, value_name = "REGION")]
    pub region: Option<Area>,

    /// Keep the subdivisions of this jurisdiction
    #[arg(long, value_name = "QUERY", value_parser = Query, hide_possible_values = true)]
    pub within: Option<String>,

    /// Countries, subdivisions, or both
    #[arg(long, value_enum, default_value_t = Level::All)]
    pub level: Level,

    /// Order of the rows
    #[arg(long, value_enum, default_value_t = SortKey::Id)]
    pub sort: SortKey,

    /// The model that the gap column measures against
    #[arg(long, value_name = "ID", default_value = "decriminalization")]
    pub model: String,

    #[command(flatten)]
    pub when: AsOf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
