use super::{Block, Cell};
use std::io::{self, Write};

use super::safe::markdown as escape;

pub fn render(blocks: &[Block], out: &mut dyn Write) -> io::Result<()> {
    for (index, block) in blocks.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        match block {
            Block::Title(title) => writeln!(out, "## {}", escape(title))?,
            Block::Subtitle(title) => writeln!(out, "### {}", escape(title))?,
            Block::Fields(fields) => {
                for (key, value) in fields {
                    let value = escape(&value.text.replace('\n', " "));
                    writeln!(out, "- **{}**: {value}", escape(key))?;
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
            // Paragraphs stay paragraphs: line breaks are kept, everything else escaped.
            Block::Text(text) => {
                let paragraphs: Vec<String> = text.split('\n').map(escape).collect();
                writeln!(out, "{}", paragraphs.join("\n"))?
            }
            Block::Links(links) => {
                for link in links {
                    let target = super::safe::url_target(&link.url);
                    writeln!(out, "- {}: <{target}>", escape(&link.label))?;
                }
            }
        }
    }
    Ok(())
}
