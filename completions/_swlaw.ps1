
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'swlaw' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'swlaw'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'swlaw' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show jurisdictions in full: statuses with the laws behind them, history, sources')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jurisdictions, one row each, with filters that combine')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare jurisdictions side by side, activity by activity')
            [CompletionResult]::new('gap', 'gap', [CompletionResultType]::ParameterValue, 'Distance to a reference model: what deviates and which laws would have to go')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'Show a reference model, or list them all')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count jurisdictions per regime and per activity status')
            [CompletionResult]::new('timeline', 'timeline', [CompletionResultType]::ParameterValue, 'Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or the ones named')
            [CompletionResult]::new('panel', 'panel', [CompletionResultType]::ParameterValue, 'A panel for research: one row per jurisdiction, year and activity (CSV by default)')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Bills still pending, oldest first')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'How well the dataset is sourced: backing of each status, depth of history, unknowns')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between two datasets: records added or removed, and each changed regime, status, confidence or set of laws in force')
            [CompletionResult]::new('cite', 'cite', [CompletionResultType]::ParameterValue, 'Citations of the laws behind records, of the documents they rest on, and of the dataset')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the dataset in a format other tools read: SQLite or a Frictionless Data Package')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a dataset and report every problem, with file, line and column')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Write the whole dataset as a static website (plain files, no server, nothing fetched)')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve the dataset to AI assistants: a Model Context Protocol server on stdin and stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), as installed from man/swlaw.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'swlaw;show' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;list' {
            [CompletionResult]::new('--criminalizes', '--criminalizes', [CompletionResultType]::ParameterName, 'Keep jurisdictions that criminalize or penalize this activity (repeatable: all must hold)')
            [CompletionResult]::new('--permits', '--permits', [CompletionResultType]::ParameterName, 'Keep jurisdictions where this activity is legal, regulated or restricted (not punished in general)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Keep jurisdictions where an activity or detail has this status, e.g. buying=criminalized')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Keep jurisdictions with this regime, by its name or another ("Nordic model", "abolitionism") (repeatable: any may hold)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Keep a UN M49 region or subregion ("Europe", "Western Africa", "South-eastern Asia")')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Keep the subdivisions of this jurisdiction')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Countries, subdivisions, or both')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The model that the gap column measures against')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;compare' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Add a column for this reference model')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('--diff', '--diff', [CompletionResultType]::ParameterName, 'Show only the rows where the columns differ')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;gap' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The model to measure against')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;model' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;stats' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Which records to count')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;timeline' {
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Only changes of status, or only events [default: both]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only changes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only changes on or before this date')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;panel' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Keep a UN M49 region or subregion ("Europe", "Western Africa")')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first year [default: 1990]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last year [default: the current year]')
            [CompletionResult]::new('--activity', '--activity', [CompletionResultType]::ParameterName, 'Only these activities (repeatable) [default: all four]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'One row per jurisdiction and year, a column per activity')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;pending' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Keep a UN M49 region or subregion ("Europe", "Western Africa")')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;audit' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Keep a UN M49 region or subregion ("Europe", "Western Africa")')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 2 when a record breaks the confidence rules on sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;map' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout; a name ending in .png is rasterized')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout; a name ending in .png is rasterized')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'What colors the map')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'The model that `--by gap` measures against')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Zoom to a UN M49 region (Africa, Americas, Asia, Europe, Oceania) or a subregion''s region')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The title drawn above the map')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Width of a PNG in pixels, the height following the map [default: 2000]; an SVG scales to any size, so this is for PNG only')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;diff' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;cite' {
            [CompletionResult]::new('--style', '--style', [CompletionResultType]::ParameterName, 'The citation style')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer as of this date: a year (its last day), YYYY-MM or YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file (sqlite) or directory (datapackage, created if missing) to write')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file (sqlite) or directory (datapackage, created if missing) to write')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;schema' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the schemas (every one, or the one named) into DIR as NAME.json')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the schemas (every one, or the one named) into DIR as NAME.json')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;site' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory to write (created if missing; files in it are replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory to write (created if missing; files in it are replaced)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;mcp' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;man' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;completions' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to color the output')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'A dataset to use instead of the bundled one: a TOML file or a directory of them [env: SWLAW_DATA]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'swlaw;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show jurisdictions in full: statuses with the laws behind them, history, sources')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List jurisdictions, one row each, with filters that combine')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Compare jurisdictions side by side, activity by activity')
            [CompletionResult]::new('gap', 'gap', [CompletionResultType]::ParameterValue, 'Distance to a reference model: what deviates and which laws would have to go')
            [CompletionResult]::new('model', 'model', [CompletionResultType]::ParameterValue, 'Show a reference model, or list them all')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Count jurisdictions per regime and per activity status')
            [CompletionResult]::new('timeline', 'timeline', [CompletionResultType]::ParameterValue, 'Reforms and events (rulings, bills, evaluations) in date order, for all jurisdictions or the ones named')
            [CompletionResult]::new('panel', 'panel', [CompletionResultType]::ParameterValue, 'A panel for research: one row per jurisdiction, year and activity (CSV by default)')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Bills still pending, oldest first')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'How well the dataset is sourced: backing of each status, depth of history, unknowns')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Draw a world map of the dataset: SVG on stdout, or to FILE (PNG if it ends in .png)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between two datasets: records added or removed, and each changed regime, status, confidence or set of laws in force')
            [CompletionResult]::new('cite', 'cite', [CompletionResultType]::ParameterValue, 'Citations of the laws behind records, of the documents they rest on, and of the dataset')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the dataset in a format other tools read: SQLite or a Frictionless Data Package')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a dataset and report every problem, with file, line and column')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'The JSON Schema (2020-12) of each JSON document swlaw writes, or the list of them')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Write the whole dataset as a static website (plain files, no server, nothing fetched)')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve the dataset to AI assistants: a Model Context Protocol server on stdin and stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), as installed from man/swlaw.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'swlaw;help;show' {
            break
        }
        'swlaw;help;list' {
            break
        }
        'swlaw;help;compare' {
            break
        }
        'swlaw;help;gap' {
            break
        }
        'swlaw;help;model' {
            break
        }
        'swlaw;help;stats' {
            break
        }
        'swlaw;help;timeline' {
            break
        }
        'swlaw;help;panel' {
            break
        }
        'swlaw;help;pending' {
            break
        }
        'swlaw;help;audit' {
            break
        }
        'swlaw;help;map' {
            break
        }
        'swlaw;help;diff' {
            break
        }
        'swlaw;help;cite' {
            break
        }
        'swlaw;help;export' {
            break
        }
        'swlaw;help;validate' {
            break
        }
        'swlaw;help;schema' {
            break
        }
        'swlaw;help;site' {
            break
        }
        'swlaw;help;mcp' {
            break
        }
        'swlaw;help;man' {
            break
        }
        'swlaw;help;completions' {
            break
        }
        'swlaw;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
