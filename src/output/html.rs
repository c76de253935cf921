//! Blocks as HTML (the site's pages): the same blocks the table and Markdown formats show, as
//! well-formed XHTML-compatible markup, every piece of data escaped.

use super::{Block, Cell, Tone};
use std::fmt::Write as _;

/// Text for HTML: `&`, `<`, `>` and quotes become entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Line breaks in a cell are kept as `<br />`.
fn lines(text: &str) -> String {
    text.split('\n')
        .map(escape)
        .collect::<Vec<_>>()
        .join("<br />")
}

fn cell(cell: &Cell) -> String {
    let class = match cell.tone {
        Tone::Status(status) => format!(" class=\"status {}\"", status.as_str()),
        Tone::Regime(regime) => format!(" class=\"regime {}\"", regime.as_str()),
        Tone::Dim => " class=\"dim\"".to_string(),
        Tone::Alert => " class=\"alert\"".to_string(),
        Tone::Good => " class=\"good\"".to_string(),
        Tone::Plain => String::new(),
    };
    format!("<td{class}>{}</td>", lines(&cell.text))
}

pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Title(title) => {
                let _ = writeln!(out, "<h2>{}</h2>", escape(title));
            }
            Block::Subtitle(title) => {
                let _ = writeln!(out, "<h3>{}</h3>", escape(title));
            }
            Block::Fields(fields) => {
                out.push_str("<dl class=\"fields\">\n");
                for (key, value) in fields {
                    let value = cell(value);
                    let value = value.trim_start_matches("<td").trim_end_matches("</td>");
                    let _ = writeln!(out, "<dt>{}</dt><dd{value}</dd>", escape(key));
                }
                out.push_str("</dl>\n");
            }
            Block::Table(table) => {
                out.push_str("<div class=\"scroll\"><table>\n<thead><tr>");
                for header in &table.headers {
                    let _ = write!(out, "<th scope=\"col\">{}</th>", escape(header));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in &table.rows {
                    out.push_str("<tr>");
                    for c in row {
                        out.push_str(&cell(c));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table></div>\n");
            }
            Block::Text(text) => {
                for paragraph in text.split("\n\n") {
                    let _ = writeln!(out, "<p>{}</p>", lines(paragraph));
                }
            }
            Block::Links(links) => {
                out.push_str("<ul class=\"links\">\n");
                for link in links {
                    let href = escape(&super::safe::url_target(&link.url));
                    let _ = writeln!(
                        out,
                        "<li><span class=\"id\">{}</span> <a href=\"{href}\" rel=\"noreferrer\">{}</a></li>",
                        escape(&link.label),
                        escape(&link.url)
                    );
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Link, Table};

    #[test]
    fn data_is_escaped_and_markup_balanced() {
        let mut table = Table::new(&["a<b"]);
        table.row(vec![Cell::plain("<script>alert(1)</script>")]);
        let html = render(&[
            Block::Title("T & \"q\"".into()),
            Block::Table(table),
            Block::Links(vec![Link {
                label: "x".into(),
                url: "javascript:\"><img>".into(),
            }]),
        ]);
        assert!(!html.contains("<script>") && !html.contains("<img>"));
        assert!(html.contains("T &amp; &quot;q&quot;"));
        let doc = format!("<div>{html}</div>");
        assert!(roxmltree::Document::parse(&doc).is_ok(), "{doc}");
    }
}
