use super::{Block, Cell};
use std::io::{self, Write};

fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}

pub fn render(blocks: &[Block], out: &mut dyn Write) -> io::Result<()> {
    for (index, block) in blocks.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        match block {
            Block::Title(title) => writeln!(out, "## {title}")?,
            Block::Subtitle(title) => writeln!(out, "### {title}")?,
            Block::Fields(fields) => {
                for (key, value) in fields {
                    writeln!(out, "- **{key}**: {}", value.text.replace('\n', " "))?;
                }
            }
            Block::Table(table) => {
                writeln!(
                    out,
                    "| {} |",
                    table
                        .headers
                        .iter()
                        .map(|h| escape(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                )?;
                writeln!(out, "|{}", " --- |".repeat(table.headers.len()))?;
                for row in &table.rows {
                    let cells: Vec<String> = row.iter().map(|c: &Cell| escape(&c.text)).collect();
                    writeln!(out, "| {} |", cells.join(" | "))?;
                }
            }
            Block::Text(text) => writeln!(out, "{text}")?,
        }
    }
    Ok(())
}
