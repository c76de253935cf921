//! What data may do to the place it is shown in: nothing. One function per destination.
//!
//! Data files come from anyone (`--data`), so a name or a note may carry terminal escape
//! sequences, spreadsheet formulas or markup. Each renderer passes every piece of data through
//! the function for its destination.

use std::borrow::Cow;

/// Characters a terminal acts on rather than shows: C0 controls (a newline excepted), DEL, C1
/// controls, and the bidirectional overrides and isolates that reorder what follows.
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether UTF-8 text holds a character [`acts_on_terminal`] matches, decided on the bytes:
/// every table cell and note passes through [`terminal`], and decoding each character to ask
/// cost `show` about 8% of its instructions. In valid UTF-8 a lead byte never occurs
/// inside another character, so each match below is the start of the character it names: a C0
/// control or DEL (one byte), a C1 control (0xC2 0x80-0x9F), U+200E/U+200F and U+202A-U+202E
/// (0xE2 0x80 ..), U+2066-U+2069 (0xE2 0x81 0xA6-0xA9).
fn has_bytes_acting_on_terminal(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(at, &byte)| match byte {
        b'\n' => false,
        0x00..=0x1f | 0x7f => true,
        0xc2 => matches!(bytes.get(at + 1), Some(0x80..=0x9f)),
        0xe2 => matches!(
            (bytes.get(at + 1), bytes.get(at + 2)),
            (Some(0x80), Some(0x8e | 0x8f | 0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    })
}

/// Text for a terminal (or any plain-text output): every character a terminal would act on is
/// shown escaped, as `\u{1b}`; a tab becomes a space, which keeps table columns aligned.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !has_bytes_acting_on_terminal(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if acts_on_terminal(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A CSV cell that a spreadsheet will not run: a cell that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return is prefixed with `'`, as the OWASP guidance on CSV injection
/// recommends, so it opens as text.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    // A lone "-" (no value) is no formula.
    if text == "-" {
        return Cow::Borrowed(text);
    }
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Text inside Markdown: no HTML (`<`, `>`, `&` become entities), no table breaks (`|` is
/// escaped, a line break is `<br>`), nothing a terminal acts on.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in terminal(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("\\|"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// A URL as the target of a link (OSC 8 or a Markdown autolink): only printable ASCII, every
/// other byte, space and `<`, `>` percent-encoded, so the target can neither end the sequence
/// nor carry a control character.
pub fn url_target(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for byte in url.bytes() {
        if byte.is_ascii_graphic() && !matches!(byte, b'<' | b'>' | b'\\') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Whether XML 1.0 allows a character in text (tab, newline and carriage return are the only
/// controls it takes; U+FFFE and U+FFFF are not characters).
pub fn xml_allows(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    #[test]
    fn link_targets_are_printable_ascii_only() {
        assert_eq!(
            url_target("https://a.example/\u{e9} x>\u{1b}]8;;"),
            "https://a.example/%C3%A9%20x%3E%1B]8;;"
        );
        assert_eq!(
            url_target("https://a.example/?q=1&r=2#s"),
            "https://a.example/?q=1&r=2#s"
        );
    }

    use super::*;

    #[test]
    fn terminals_never_see_escape_sequences() {
        let hostile = "Test\u{1b}]0;owned\u{7}land\u{1b}[2J \u{9b}31m \u{202e}txt.exe";
        let shown = terminal(hostile);
        assert!(!shown.chars().any(acts_on_terminal), "{shown}");
        assert!(shown.contains("\\u{1b}]0;owned\\u{7}land"), "{shown}");
        assert!(shown.contains("\\u{202e}"), "{shown}");
        assert_eq!(
            terminal("Côte d’Ivoire\nline two"),
            "Côte d’Ivoire\nline two"
        );
        assert_eq!(terminal("a\tb"), "a b");
        assert_eq!(terminal("a\rb"), "a\\u{d}b");
    }

    #[test]
    fn the_byte_scan_finds_exactly_the_characters_terminals_act_on() {
        // Every character up to U+3000 (all the ranges that match), then a sample of the rest.
        let characters = (0..=0x3000).chain((0x3000..=0x10_ffff).step_by(97));
        for c in characters.filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("a{c}z"),
                format!("\u{2019}{c}\u{e9}"),
            ] {
                assert_eq!(
                    has_bytes_acting_on_terminal(text.as_bytes()),
                    text.chars().any(acts_on_terminal),
                    "U+{:04X} in {text:?}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn spreadsheet_formulas_open_as_text() {
        for formula in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(csv_cell(formula).starts_with('\''), "{formula:?}");
        }
        assert_eq!(csv_cell("Sweden"), "Sweden");
        assert_eq!(csv_cell("12.5"), "12.5");
        assert_eq!(csv_cell("-"), "-");
    }

    #[test]
    fn markdown_carries_no_markup_and_keeps_its_table() {
        let md = markdown("<script>alert(1)</script> a|b\nc & d\u{1b}[31m");
        assert_eq!(
            md,
            "&lt;script&gt;alert(1)&lt;/script&gt; a\\|b<br>c &amp; d\\u{1b}[31m"
        );
    }

    #[test]
    fn xml_forbidden_characters_are_known() {
        assert!(!xml_allows('\u{ffff}') && !xml_allows('\u{fffe}') && !xml_allows('\u{1}'));
        assert!(xml_allows('é') && xml_allows('\n') && xml_allows('😀'));
    }
}
