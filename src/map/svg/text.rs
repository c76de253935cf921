//! Text in the SVG: escaped for XML, and its width estimated for layout (no font is measured).

/// Average advance of DejaVu Sans, in ems, used to estimate text widths for layout.
const EM_ADVANCE: f64 = 0.62;

pub(super) fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c if !crate::output::safe::xml_allows(c) || c == '\r' => {}
            c => o.push(c),
        }
    }
    o
}

pub(super) fn est_width(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * size * EM_ADVANCE
}

/// Greedy word wrap by estimated width.
pub(super) fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in s.split_whitespace() {
        let cand = if cur.is_empty() {
            w.to_string()
        } else {
            format!("{cur} {w}")
        };
        if est_width(&cand, size) > max && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            cur = w.to_string();
        } else {
            cur = cand;
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping() {
        let lines = wrap("a b c d e f", 10.0, 20.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "a b c d e f");
    }
}
