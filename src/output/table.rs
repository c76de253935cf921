//! Tables for people: comfy-table, fitted to the terminal, colored only when asked.

use super::{Block, Cell, Style, Tone, safe};
use crate::model::{Regime, Status};
use comfy_table::{Attribute, Color, ContentArrangement, Table as Grid, presets};
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
                let mut grid = grid(style);
                grid.set_header(table.headers.iter().map(|h| safe::terminal(h)));
                for row in &table.rows {
                    grid.add_row(row.iter().map(|c| cell(c, style)));
                }
                writeln!(out, "{grid}")?;
            }
            Block::Text(text) => write!(out, "{}", wrap(&safe::terminal(text), text_width))?,
        }
    }
    Ok(())
}
