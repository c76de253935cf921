
use builtin;
use str;

set edit:completion:arg-completer[swlaw] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'swlaw'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'swlaw'= {
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show jurisdictions in full: statuses with the laws behind them, history, sources'
            cand list 'List jurisdictions, one row each, with filters that combine'
            cand compare 'Compare jurisdictions side by side, activity by activity'
            cand gap 'Distance to a reference model: what deviates and which laws would have to go'
            cand model 'Show a reference model, or list them all'
            cand stats 'Count jurisdictions per regime and per activity status'
            cand timeline 'Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or the ones named'
            cand panel 'A panel for research: one row per jurisdiction, year and activity (CSV by default)'
            cand pending 'Bills still pending, oldest first'
            cand audit 'How well the dataset is sourced: backing of each status, depth of history, unknowns'
            cand map 'Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)'
            cand diff 'What changed between two datasets: records added or removed, and each changed regime, status, confidence or set of laws in force'
            cand cite 'Citations of the laws behind records, of the documents they rest on, and of the dataset'
            cand export 'Write the dataset in a format other tools read: SQLite or a Frictionless Data Package'
            cand validate 'Check a dataset and report every problem, with file, line and column'
            cand schema 'The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them'
            cand site 'Write the whole dataset as a static website (plain files, no server, nothing fetched)'
            cand mcp 'Serve the dataset to AI assistants: a Model Context Protocol server on stdin and stdout'
            cand man 'Print the manual page (roff), as installed from man/swlaw.1'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'swlaw;show'= {
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;list'= {
            cand --criminalizes 'Keep jurisdictions that criminalize or penalize this activity (repeatable: all must hold)'
            cand --permits 'Keep jurisdictions where this activity is legal, regulated or restricted (not punished in general)'
            cand --status 'Keep jurisdictions where an activity or detail has this status, e.g. buying=criminalized'
            cand --regime 'Keep jurisdictions with this regime, by its name or another ("Nordic model", "abolitionism") (repeatable: any may hold)'
            cand --region 'Keep a UN M49 region or subregion ("Europe", "Western Africa", "South-eastern Asia")'
            cand --within 'Keep the subdivisions of this jurisdiction'
            cand --level 'Countries, subdivisions, or both'
            cand --sort 'Order of the rows'
            cand --model 'The model that the gap column measures against'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;compare'= {
            cand --model 'Add a column for this reference model'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand --diff 'Show only the rows where the columns differ'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;gap'= {
            cand --model 'The model to measure against'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;model'= {
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;stats'= {
            cand --level 'Which records to count'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;timeline'= {
            cand --only 'Only changes of status, or only events [default: both]'
            cand --since 'Only changes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)'
            cand --until 'Only changes on or before this date'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;panel'= {
            cand --region 'Keep a UN M49 region or subregion ("Europe", "Western Africa")'
            cand --from 'The first year [default: 1990]'
            cand --to 'The last year [default: the current year]'
            cand --activity 'Only these activities (repeatable) [default: all four]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand --wide 'One row per jurisdiction and year, a column per activity'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;pending'= {
            cand --region 'Keep a UN M49 region or subregion ("Europe", "Western Africa")'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;audit'= {
            cand --region 'Keep a UN M49 region or subregion ("Europe", "Western Africa")'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand --strict 'Exit 2 when a record breaks the confidence rules on sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;map'= {
            cand -o 'Write to this file instead of stdout; a name ending in .png is rasterized'
            cand --output 'Write to this file instead of stdout; a name ending in .png is rasterized'
            cand --by 'What colors the map'
            cand --model 'The model that `--by gap` measures against'
            cand --region 'Zoom to a UN M49 region (Africa, Americas, Asia, Europe, Oceania) or a subregion''s region'
            cand --title 'The title drawn above the map'
            cand --width 'Width of a PNG in pixels, the height following the map [default: 2000]; an SVG scales to any size, so this is for PNG only'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;diff'= {
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;cite'= {
            cand --style 'The citation style'
            cand --as-of 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;export'= {
            cand -o 'The file (sqlite) or directory (datapackage, created if missing) to write'
            cand --output 'The file (sqlite) or directory (datapackage, created if missing) to write'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;validate'= {
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;schema'= {
            cand -o 'Write the schemas (every one, or the one named) into DIR as NAME.json'
            cand --output 'Write the schemas (every one, or the one named) into DIR as NAME.json'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;site'= {
            cand -o 'The directory to write (created if missing; files in it are replaced)'
            cand --output 'The directory to write (created if missing; files in it are replaced)'
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;mcp'= {
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;man'= {
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;completions'= {
            cand -f 'Output format [default: table]'
            cand --format 'Output format [default: table]'
            cand --color 'When to color the output'
            cand --data 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'swlaw;help'= {
            cand show 'Show jurisdictions in full: statuses with the laws behind them, history, sources'
            cand list 'List jurisdictions, one row each, with filters that combine'
            cand compare 'Compare jurisdictions side by side, activity by activity'
            cand gap 'Distance to a reference model: what deviates and which laws would have to go'
            cand model 'Show a reference model, or list them all'
            cand stats 'Count jurisdictions per regime and per activity status'
            cand timeline 'Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or the ones named'
            cand panel 'A panel for research: one row per jurisdiction, year and activity (CSV by default)'
            cand pending 'Bills still pending, oldest first'
            cand audit 'How well the dataset is sourced: backing of each status, depth of history, unknowns'
            cand map 'Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)'
            cand diff 'What changed between two datasets: records added or removed, and each changed regime, status, confidence or set of laws in force'
            cand cite 'Citations of the laws behind records, of the documents they rest on, and of the dataset'
            cand export 'Write the dataset in a format other tools read: SQLite or a Frictionless Data Package'
            cand validate 'Check a dataset and report every problem, with file, line and column'
            cand schema 'The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them'
            cand site 'Write the whole dataset as a static website (plain files, no server, nothing fetched)'
            cand mcp 'Serve the dataset to AI assistants: a Model Context Protocol server on stdin and stdout'
            cand man 'Print the manual page (roff), as installed from man/swlaw.1'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'swlaw;help;show'= {
        }
        &'swlaw;help;list'= {
        }
        &'swlaw;help;compare'= {
        }
        &'swlaw;help;gap'= {
        }
        &'swlaw;help;model'= {
        }
        &'swlaw;help;stats'= {
        }
        &'swlaw;help;timeline'= {
        }
        &'swlaw;help;panel'= {
        }
        &'swlaw;help;pending'= {
        }
        &'swlaw;help;audit'= {
        }
        &'swlaw;help;map'= {
        }
        &'swlaw;help;diff'= {
        }
        &'swlaw;help;cite'= {
        }
        &'swlaw;help;export'= {
        }
        &'swlaw;help;validate'= {
        }
        &'swlaw;help;schema'= {
        }
        &'swlaw;help;site'= {
        }
        &'swlaw;help;mcp'= {
        }
        &'swlaw;help;man'= {
        }
        &'swlaw;help;completions'= {
        }
        &'swlaw;help;help'= {
        }
    ]
    $completions[$command]
}
