//! The check that text is fit to be shown: no character that acts on a terminal, reorders what
//! follows or is not a character at all.

use std::ops::Range;

/// What makes a piece of text unfit to be shown: characters that act on a terminal instead of
/// being seen (controls; a newline is allowed in multi-line fields), bidirectional controls
/// that reorder what follows, and noncharacters.
pub(super) fn text_problem(text: &str, multiline: bool) -> Option<&'static str> {
    // Eight bytes at a time: a word of printable ASCII (nearly all the text) is passed over with
    // three bit tricks; any other word gets the exact byte-by-byte look.
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let bytes = text.as_bytes();
    let words = bytes.chunks_exact(8);
    let tail = bytes.len() - words.remainder().len();
    let look = |range: Range<usize>| {
        range
            .into_iter()
            .find_map(|at| byte_problem(text, at, bytes[at], multiline))
    };
    for (index, word) in words.enumerate() {
        let word = u64::from_ne_bytes(word.try_into().unwrap_or_default());
        let below_space = word.wrapping_sub(ONES * 0x20) & !word;
        let delete = (word ^ (ONES * 0x7f)).wrapping_sub(ONES) & !(word ^ (ONES * 0x7f));
        if (below_space | delete | word) & HIGH != 0
            && let Some(problem) = look(index * 8..index * 8 + 8)
        {
            return Some(problem);
        }
    }
    look(tail..bytes.len())
}

/// Whether the byte at `at` starts a character that may not appear: only the ASCII controls and
/// the lead bytes of C1 controls, bidirectional marks and noncharacters need decoding.
fn byte_problem(text: &str, at: usize, byte: u8, multiline: bool) -> Option<&'static str> {
    match byte {
        b'\n' if multiline => None,
        0x00..=0x1f | 0x7f => Some("a control character"),
        0xc2 | 0xe2 | 0xef | 0xf0..=0xf4 => text.get(at..)?.chars().next().and_then(char_problem),
        _ => None,
    }
}

fn char_problem(c: char) -> Option<&'static str> {
    if c.is_control() {
        Some("a control character")
    } else if matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    {
        Some("a bidirectional control character")
    } else if matches!(c, '\u{fdd0}'..='\u{fdef}') || (u32::from(c) & 0xfffe) == 0xfffe {
        Some("a noncharacter")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{char_problem, text_problem};

    /// The byte scanner looks only at some lead bytes: it must agree with the rule applied to
    /// every character, for every Unicode scalar value, alone and between other text.
    #[test]
    fn the_byte_scan_agrees_with_the_character_rule_everywhere() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let expected = if c == '\n' { None } else { char_problem(c) };
            let mut buffer = [0; 4];
            let alone = c.encode_utf8(&mut buffer);
            assert_eq!(
                text_problem(alone, true),
                expected,
                "U+{:04X}",
                u32::from(c)
            );
            let between = format!("é{c}x and some more text");
            assert_eq!(
                text_problem(&between, true),
                expected,
                "U+{:04X}",
                u32::from(c)
            );
        }
        // The word-at-a-time filter must let no ASCII byte through, wherever it sits in a word.
        for byte in 0..=0x7f_u8 {
            let c = char::from(byte);
            let expected = if c == '\n' { None } else { char_problem(c) };
            for offset in 0..16 {
                let text = format!("{}{c}{}", "a".repeat(offset), "b".repeat(16 - offset));
                assert_eq!(text_problem(&text, true), expected, "{byte:#x} at {offset}");
            }
        }
        assert_eq!(text_problem("a\nb", false), Some("a control character"));
        assert_eq!(
            text_problem("a long line of text\n", false),
            Some("a control character")
        );
    }
}
