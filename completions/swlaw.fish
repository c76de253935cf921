# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_swlaw_global_optspecs
    string join \n f/format= color= data= h/help V/version
end

function __fish_swlaw_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_swlaw_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_swlaw_using_subcommand
    set -l cmd (__fish_swlaw_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c swlaw -n "__fish_swlaw_needs_command" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_needs_command" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_needs_command" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_needs_command" -s V -l version -d 'Print version'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "show" -d 'Show jurisdictions in full: statuses with the laws behind them, history, sources'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "list" -d 'List jurisdictions, one row each, with filters that combine'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "compare" -d 'Compare jurisdictions side by side, activity by activity'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "gap" -d 'Distance to a reference model: what deviates and which laws would have to go'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "model" -d 'Show a reference model, or list them all'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "stats" -d 'Count jurisdictions per regime and per activity status'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "timeline" -d 'Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or the ones named'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "panel" -d 'A panel for research: one row per jurisdiction, year and activity (CSV by default)'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "pending" -d 'Bills still pending, oldest first'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "audit" -d 'How well the dataset is sourced: backing of each status, depth of history, unknowns'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "map" -d 'Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "diff" -d 'What changed between two datasets: records added or removed, and each changed regime, status, confidence or set of laws in force'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "cite" -d 'Citations of the laws behind records, of the documents they rest on, and of the dataset'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "export" -d 'Write the dataset in a format other tools read: SQLite or a Frictionless Data Package'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "validate" -d 'Check a dataset and report every problem, with file, line and column'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "schema" -d 'The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "man" -d 'Print the manual page (roff), as installed from man/swlaw.1'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c swlaw -n "__fish_swlaw_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c swlaw -n "__fish_swlaw_using_subcommand show" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand show" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand show" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand show" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l criminalizes -d 'Keep jurisdictions that criminalize or penalize this activity (repeatable: all must hold)' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l permits -d 'Keep jurisdictions where this activity is legal, regulated or restricted (not punished in general)' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l status -d 'Keep jurisdictions where an activity or detail has this status, e.g. buying=criminalized' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l regime -d 'Keep jurisdictions with this regime, by its name or another ("Nordic model", "abolitionism") (repeatable: any may hold)' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l region -d 'Keep a UN M49 region or subregion ("Europe", "Western Africa", "South-eastern Asia")' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l within -d 'Keep the subdivisions of this jurisdiction' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l level -d 'Countries, subdivisions, or both' -r -f -a "country\t'Countries and territories (records without a parent)'
subdivision\t'Subdivisions (records with a parent)'
all\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l sort -d 'Order of the rows' -r -f -a "id\t''
name\t''
region\t''
regime\t''
gap\t'Distance to the model, closest first'
changed\t'Date of the latest reform (not where the history starts), most recent first'"
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l model -d 'The model that the gap column measures against' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -l model -d 'Add a column for this reference model' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -l diff -d 'Show only the rows where the columns differ'
complete -c swlaw -n "__fish_swlaw_using_subcommand compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand gap" -l model -d 'The model to measure against' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand gap" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand gap" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand gap" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand gap" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand gap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand model" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand model" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand model" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand model" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand stats" -l level -d 'Which records to count' -r -f -a "country\t'Countries and territories (records without a parent)'
subdivision\t'Subdivisions (records with a parent)'
all\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand stats" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand stats" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand stats" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand stats" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -l only -d 'Only changes of status, or only events [default: both]' -r -f -a "reforms\t'Changes of status'
events\t'Rulings, bills, evaluations and other events that change no status'"
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -l since -d 'Only changes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -l until -d 'Only changes on or before this date' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand timeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l region -d 'Keep a UN M49 region or subregion ("Europe", "Western Africa")' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l from -d 'The first year [default: 1990]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l to -d 'The last year [default: the current year]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l activity -d 'Only these activities (repeatable) [default: all four]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -l wide -d 'One row per jurisdiction and year, a column per activity'
complete -c swlaw -n "__fish_swlaw_using_subcommand panel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand pending" -l region -d 'Keep a UN M49 region or subregion ("Europe", "Western Africa")' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand pending" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand pending" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand pending" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand pending" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand pending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -l region -d 'Keep a UN M49 region or subregion ("Europe", "Western Africa")' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -l strict -d 'Exit 2 when a record breaks the confidence rules on sources'
complete -c swlaw -n "__fish_swlaw_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -s o -l output -d 'Write to this file instead of stdout; a name ending in .png is rasterized' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l by -d 'What colors the map' -r -f -a "regime\t''
selling\t''
buying\t''
soliciting\t''
organizing\t''
gap\t'The gap score to --model'"
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l model -d 'The model that `--by gap` measures against' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l region -d 'Zoom to a UN M49 region (Africa, Americas, Asia, Europe, Oceania) or a subregion\'s region' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l title -d 'The title drawn above the map' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l width -d 'Width of a PNG in pixels, the height following the map [default: 2000]; an SVG scales to any size, so this is for PNG only' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand map" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand diff" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand diff" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand diff" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand diff" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand cite" -l style -d 'The citation style' -r -f -a "oscola\t'Oxford University Standard for the Citation of Legal Authorities (4th ed.)'
bluebook\t'The Bluebook (foreign jurisdictions named in full, not by table T.10\'s abbreviations)'
csl-json\t'CSL-JSON items, for Zotero, Pandoc and citeproc'
bibtex\t'BibTeX entries'"
complete -c swlaw -n "__fish_swlaw_using_subcommand cite" -l as-of -d 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]' -r
complete -c swlaw -n "__fish_swlaw_using_subcommand cite" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand cite" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand cite" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand cite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand export" -s o -l output -d 'The file (sqlite) or directory (datapackage, created if missing) to write' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand export" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand export" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand export" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand validate" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand validate" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand validate" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand schema" -s o -l output -d 'Write the schemas (every one, or the one named) into DIR as NAME.json' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand schema" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand schema" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand schema" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand man" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand man" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand man" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand completions" -s f -l format -d 'Output format [default: table]' -r -f -a "table\t''
json\t''
csv\t''
markdown\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand completions" -l color -d 'When to color the output' -r -f -a "auto\t'Color when stdout is a terminal and NO_COLOR is unset or empty'
always\t''
never\t''"
complete -c swlaw -n "__fish_swlaw_using_subcommand completions" -l data -d 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]' -r -F
complete -c swlaw -n "__fish_swlaw_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "show" -d 'Show jurisdictions in full: statuses with the laws behind them, history, sources'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "list" -d 'List jurisdictions, one row each, with filters that combine'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "compare" -d 'Compare jurisdictions side by side, activity by activity'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "gap" -d 'Distance to a reference model: what deviates and which laws would have to go'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "model" -d 'Show a reference model, or list them all'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "stats" -d 'Count jurisdictions per regime and per activity status'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "timeline" -d 'Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or the ones named'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "panel" -d 'A panel for research: one row per jurisdiction, year and activity (CSV by default)'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "pending" -d 'Bills still pending, oldest first'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "audit" -d 'How well the dataset is sourced: backing of each status, depth of history, unknowns'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "map" -d 'Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "diff" -d 'What changed between two datasets: records added or removed, and each changed regime, status, confidence or set of laws in force'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "cite" -d 'Citations of the laws behind records, of the documents they rest on, and of the dataset'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "export" -d 'Write the dataset in a format other tools read: SQLite or a Frictionless Data Package'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "validate" -d 'Check a dataset and report every problem, with file, line and column'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "schema" -d 'The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "man" -d 'Print the manual page (roff), as installed from man/swlaw.1'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "completions" -d 'Print shell completions'
complete -c swlaw -n "__fish_swlaw_using_subcommand help; and not __fish_seen_subcommand_from show list compare gap model stats timeline panel pending audit map diff cite export validate schema man completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
