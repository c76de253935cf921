//! Tables for people: comfy-table, fitted to the terminal, colored only when asked.

use super::{Block, Cell, Style, Tone, safe};
use crate::model::{Regime, Status};
use comfy_table::{
    Attribute, Color, ColumnConstraint, ContentArrangement, Table as Grid, Width, presets,
};
use std::io::{self, Write};

fn color(tone: Tone) -> Option<Color> {
    Some(match tone {
        Tone::Plain => return None,
        Tone::Dim => Color::DarkGrey,
        Tone::Alert => Color::Red,
        Tone::Good => Color::Green,
        Tone::Status(status) => match status {
            Status::Criminalized => Color::Red,
            Status::Penalized => Color::Magenta,
            Status::Regulated => Color::Yellow,
            Status::Restricted => Color::DarkYellow,
            Status::Legal => Color::Green,
            Status::Varies => Color::Blue,
            Status::Unknown => Color::DarkGrey,
        },
        Tone::Regime(regime) => match regime {
            Regime::Criminalization => Color::Red,
            Regime::Asymmetric => Color::Magenta,
            Regime::Partial => Color::Yellow,
            Regime::Legalization => Color::Cyan,
            Regime::Decriminalization => Color::Green,
            Regime::Varies => Color::Blue,
            Regime::Unknown => Color::DarkGrey,
        },
    })
}

fn cell(cell: &Cell, style: Style) -> comfy_table::Cell {
    let out = comfy_table::Cell::new(safe::terminal(&cell.text));
    match color(cell.tone) {
        Some(c) if style.color => out.fg(c),
        _ => out,
    }
}

fn grid(style: Style) -> Grid {
    let mut grid = Grid::new();
    grid.load_style(presets::UTF8_FULL_CONDENSED);
    grid.set_content_arrangement(ContentArrangement::Dynamic);
    // Decide once, here: comfy-table does not read NO_COLOR, and without a terminal it would
    // neither style nor know a width.
    if style.color {
        grid.enforce_styling();
    } else {
        grid.force_no_tty();
    }
    if let Some(width) = style.width {
        grid.set_width(width);
    }
    grid
}

fn bold(text: &str, style: Style) -> String {
    if style.color {
        format!("\u{1b}[1m{text}\u{1b}[0m")
    } else {
        text.to_string()
    }
}

/// A URL as shown: whole, and on a terminal that shows colour a hyperlink (OSC 8) that a click
/// opens; elsewhere the plain text, which any terminal can still select.
fn hyperlink(url: &str, style: Style) -> String {
    let shown = safe::terminal(url);
    if style.color && style.terminal {
        let target = safe::url_target(url);
        format!("\u{1b}]8;;{target}\u{1b}\\{shown}\u{1b}]8;;\u{1b}\\")
    } else {
        shown.into_owned()
    }
}

/// Breaks text into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    // Data files break lines for their own width; only blank lines separate paragraphs.
    for paragraph in text.split("\n\n") {
        let mut line_len = 0;
        for word in paragraph.split_whitespace() {
            let len = word.chars().count();
            if line_len > 0 && line_len + 1 + len > width {
                out.push('\n');
                line_len = 0;
            } else if line_len > 0 {
                out.push(' ');
                line_len += 1;
            }
            out.push_str(word);
            line_len += len;
        }
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Below this width a table of statuses uses short labels, with a legend, rather than break
/// words.
const COMPACT_BELOW: u16 = 100;

fn short_status(status: Status) -> &'static str {
    match status {
        Status::Criminalized => "crim",
        Status::Penalized => "pen",
        Status::Regulated => "reg",
        Status::Restricted => "restr",
        Status::Legal => "legal",
        Status::Varies => "var",
        Status::Unknown => "unk",
    }
}

fn short_regime(regime: Regime) -> &'static str {
    match regime {
        Regime::Criminalization => "crim",
        Regime::Asymmetric => "asym",
        Regime::Partial => "part",
        Regime::Legalization => "legal",
        Regime::Decriminalization => "decrim",
        Regime::Varies => "varies",
        Regime::Unknown => "unk",
    }
}

fn short_header(header: &str) -> &str {
    match header {
        "selling" => "sell",
        "buying" => "buy",
        "soliciting" => "solic",
        "organizing" => "organ",
        other => other,
    }
}

const COMPACT_LEGEND: &str = "Statuses: crim criminalized, pen penalized, reg regulated, restr restricted, legal, var varies, unk unknown. Regimes: crim criminalization, asym asymmetric, part partial, legal legalization, decrim decriminalization.";

/// A table of one row per record (several status columns) in short labels, for a narrow
/// terminal; `None` when the table is not of that kind or there is room.
fn compact(table: &super::Table, style: Style) -> Option<super::Table> {
    let narrow = style.width.is_some_and(|w| w < COMPACT_BELOW);
    let status_columns = table.rows.first().map_or(0, |row| {
        row.iter()
            .filter(|c| matches!(c.tone, Tone::Status(_) | Tone::Regime(_)))
            .count()
    });
    if !narrow || status_columns < 4 {
        return None;
    }
    let shorten = |cell: &Cell| match cell.tone {
        Tone::Status(status) => Cell::toned(short_status(status), cell.tone),
        Tone::Regime(regime) => Cell::toned(short_regime(regime), cell.tone),
        _ => cell.clone(),
    };
    Some(super::Table {
        headers: table
            .headers
            .iter()
            .map(|h| short_header(h).to_string())
            .collect(),
        rows: table
            .rows
            .iter()
            .map(|row| row.iter().map(shorten).collect())
            .collect(),
    })
}

/// Keeps words whole: each column is at least as wide as its longest word, up to a third of
/// the width, past which a word (a long URL, in practice) has to break for the table to fit.
fn keep_words(grid: &mut Grid, table: &super::Table, style: Style) {
    let Some(width) = style.width else { return };
    let cap = usize::from(width / 3);
    for index in 0..table.headers.len() {
        let texts = std::iter::once(table.headers[index].as_str()).chain(
            table
                .rows
                .iter()
                .filter_map(|row| row.get(index))
                .map(|c| c.text.as_str()),
        );
        let longest = texts
            .flat_map(str::split_whitespace)
            .map(|word| word.chars().count())
            .max()
            .unwrap_or(0)
            .min(cap);
        if let Some(column) = grid.column_mut(index) {
            // The bound counts the cell padding, one space each side.
            let longest = u16::try_from(longest + 2).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(longest)));
        }
    }
}

pub fn render(blocks: &[Block], style: Style, out: &mut dyn Write) -> io::Result<()> {
    let text_width = style.width.map_or(100, |w| usize::from(w).clamp(40, 100));
    for (index, block) in blocks.iter().enumerate() {
        if index > 0 && !matches!(block, Block::Table(_)) {
            writeln!(out)?;
        }
        match block {
            Block::Title(title) => writeln!(out, "{}", bold(&safe::terminal(title), style))?,
            Block::Subtitle(title) => writeln!(out, "{}", bold(&safe::terminal(title), style))?,
            Block::Fields(fields) => {
                let mut grid = grid(style);
                grid.load_style(presets::NOTHING);
                for (key, value) in fields {
                    grid.add_row(vec![
                        comfy_table::Cell::new(safe::terminal(key)).add_attribute(Attribute::Bold),
                        cell(value, style),
                    ]);
                }
                writeln!(out, "{grid}")?;
            }
            Block::Table(table) => {
                let compacted = compact(table, style);
                let shown = compacted.as_ref().unwrap_or(table);
                let mut grid = grid(style);
                grid.set_header(shown.headers.iter().map(|h| safe::terminal(h)));
                for row in &shown.rows {
                    grid.add_row(row.iter().map(|c| cell(c, style)));
                }
                keep_words(&mut grid, shown, style);
                writeln!(out, "{grid}")?;
                if compacted.is_some() {
                    write!(out, "{}", wrap(COMPACT_LEGEND, text_width))?;
                }
            }
            Block::Text(text) => write!(out, "{}", wrap(&safe::terminal(text), text_width))?,
            Block::Links(links) => {
                let width = links.iter().map(|l| l.label.chars().count()).max();
                for link in links {
                    let label = safe::terminal(&link.label);
                    let pad = width.unwrap_or(0).saturating_sub(label.chars().count());
                    writeln!(
                        out,
                        "{label}{}  {}",
                        " ".repeat(pad),
                        hyperlink(&link.url, style)
                    )?;
                }
            }
        }
    }
    Ok(())
}
