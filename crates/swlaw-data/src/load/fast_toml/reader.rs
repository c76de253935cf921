//! The reader: one pass over the text into a tree of items, or `None` where the text leaves the
//! shape it knows.

use super::{Item, Table, Value};
use std::borrow::Cow;
use std::ops::Range;

/// Reads one document; every method returns `None` where the text leaves the shape it knows.
pub(super) struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    pub(super) fn document(mut self) -> Option<Table<'a>> {
        // Carriage returns: TOML lets a parser keep or normalize them inside strings; leave
        // that choice to the `toml` crate.
        if memchr::memchr(b'\r', self.bytes).is_some() {
            return None;
        }
        let mut root: Table<'a> = Vec::new();
        // Where keys go: the root holds only arrays of tables, so no header means no table.
        let mut path: Option<(&'a str, Option<&'a str>)> = None;
        // The keys under the current header. A table's keys all follow its header (the next
        // header opens another table), so they are gathered here and put in place once.
        let mut keys: Table<'a> = Vec::new();
        loop {
            self.skip_blank_lines()?;
            match self.peek() {
                None => {
                    settle_keys(&mut root, path, &mut keys)?;
                    return Some(root);
                }
                Some(b'[') => {
                    let (outer, inner, span) = self.header()?;
                    settle_keys(&mut root, path, &mut keys)?;
                    open_table(&mut root, outer, inner, span)?;
                    path = Some((outer, inner));
                }
                Some(_) => {
                    path?;
                    let key = self.bare_key()?;
                    self.skip_spaces();
                    self.expect(b'=')?;
                    self.skip_spaces();
                    let item = self.value()?;
                    self.end_of_line()?;
                    if keys.iter().any(|(k, _)| *k == key) {
                        return None;
                    }
                    keys.push((key, item));
                }
            }
        }
    }

    /// `[[outer]]` or `[[outer.inner]]`, then the end of the line.
    fn header(&mut self) -> Option<(&'a str, Option<&'a str>, Range<usize>)> {
        let start = self.at;
        if !self.bytes[self.at..].starts_with(b"[[") {
            return None;
        }
        self.at += 2;
        let outer = self.bare_key()?;
        let inner = if self.peek() == Some(b'.') {
            self.at += 1;
            Some(self.bare_key()?)
        } else {
            None
        };
        if !self.bytes[self.at..].starts_with(b"]]") {
            return None;
        }
        self.at += 2;
        let span = start..self.at;
        self.end_of_line()?;
        Some((outer, inner, span))
    }

    fn bare_key(&mut self) -> Option<&'a str> {
        let start = self.at;
        while matches!(
            self.peek(),
            Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-')
        ) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// A comment runs to the end of its line; TOML allows no control character in it but tab.
    fn skip_comment(&mut self) -> Option<()> {
        if self.peek() != Some(b'#') {
            return Some(());
        }
        let end =
            memchr::memchr(b'\n', &self.bytes[self.at..]).map_or(self.bytes.len(), |i| self.at + i);
        if forbidden(&self.bytes[self.at..end], false) {
            return None;
        }
        self.at = end;
        Some(())
    }

    fn skip_blank_lines(&mut self) -> Option<()> {
        loop {
            self.skip_spaces();
            self.skip_comment()?;
            if self.peek() != Some(b'\n') {
                return Some(());
            }
            self.at += 1;
        }
    }

    /// Spaces, a comment, then a newline or the end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_spaces();
        self.skip_comment()?;
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.at += 1;
                Some(())
            }
            Some(_) => None,
        }
    }

    fn value(&mut self) -> Option<Item<'a>> {
        let start = self.at;
        let value = match self.peek()? {
            b'"' if self.bytes[self.at..].starts_with(b"\"\"\"") => self.multiline_basic()?,
            b'"' => self.basic()?,
            b'\'' if self.bytes[self.at..].starts_with(b"'''") => self.multiline_literal()?,
            b'\'' => self.literal()?,
            b'[' => self.array()?,
            b't' | b'f' => self.boolean()?,
            b'0'..=b'9' | b'+' | b'-' => self.integer()?,
            _ => return None,
        };
        Some(Item {
            value,
            span: start..self.at,
        })
    }

    fn basic(&mut self) -> Option<Value<'a>> {
        self.at += 1;
        let mut owned: Option<String> = None;
        let mut run = self.at;
        loop {
            self.skip_plain(b'"', false)?;
            match self.peek()? {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Some(Value::String(finish(owned, tail)));
                }
                _ => {
                    let buffer = push_run(&mut owned, &self.text[run..self.at]);
                    self.escape(buffer)?;
                    run = self.at;
                }
            }
        }
    }

    fn multiline_basic(&mut self) -> Option<Value<'a>> {
        self.open_multiline();
        let mut owned: Option<String> = None;
        let mut run = self.at;
        loop {
            self.skip_plain(b'"', true)?;
            match self.peek()? {
                b'"' => {
                    if let Some(quotes) = self.closing_quotes(b'"')? {
                        let content_end = self.at + quotes - 3;
                        let tail = &self.text[run..content_end];
                        self.at += quotes;
                        return Some(Value::String(finish(owned, tail)));
                    }
                    self.at += 1;
                }
                _ => {
                    let buffer = push_run(&mut owned, &self.text[run..self.at]);
                    if self.line_ending_backslash() {
                        self.skip_whitespace_and_newlines();
                    } else {
                        self.escape(buffer)?;
                    }
                    run = self.at;
                }
            }
        }
    }

    /// Past the opening `"""` or `'''`, and the newline right after it, which TOML trims.
    fn open_multiline(&mut self) {
        self.at += 3;
        if self.peek() == Some(b'\n') {
            self.at += 1;
        }
    }

    /// Moves to the next `quote` or backslash of a string: `None` at the end of the text or
    /// past a character TOML forbids there (a control character; a newline unless `multiline`).
    fn skip_plain(&mut self, quote: u8, multiline: bool) -> Option<()> {
        let rest = &self.bytes[self.at..];
        let length = memchr::memchr2(quote, b'\\', rest)?;
        if forbidden(&rest[..length], multiline) {
            return None;
        }
        self.at += length;
        Some(())
    }

    /// At a quote inside a multi-line string: `Some(n)` where `n` (3 to 5) quotes close it,
    /// the ones beyond three belonging to the string; `Some(None)` for quotes inside it.
    fn closing_quotes(&self, quote: u8) -> Option<Option<usize>> {
        let run = self.bytes[self.at..]
            .iter()
            .take_while(|&&b| b == quote)
            .count();
        match run {
            0..=2 => Some(None),
            3..=5 => Some(Some(run)),
            _ => None,
        }
    }

    /// A backslash, spaces or tabs, then a newline: the line ends inside the string.
    fn line_ending_backslash(&self) -> bool {
        let rest = &self.bytes[self.at + 1..];
        let spaces = rest
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        rest.get(spaces) == Some(&b'\n')
    }

    fn skip_whitespace_and_newlines(&mut self) {
        self.at += 1;
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n')) {
            self.at += 1;
        }
    }

    /// The escapes of TOML 1.0; others (and TOML 1.1's) are left to the `toml` crate.
    fn escape(&mut self, buffer: &mut String) -> Option<()> {
        let code = *self.bytes.get(self.at + 1)?;
        self.at += 2;
        let decoded = match code {
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'f' => '\u{c}',
            b'r' => '\r',
            b'"' => '"',
            b'\\' => '\\',
            b'u' => self.hex_char(4)?,
            b'U' => self.hex_char(8)?,
            _ => return None,
        };
        buffer.push(decoded);
        Some(())
    }

    fn hex_char(&mut self, digits: usize) -> Option<char> {
        let hex = self.text.get(self.at..self.at + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += digits;
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)
    }

    fn literal(&mut self) -> Option<Value<'a>> {
        self.at += 1;
        let start = self.at;
        let length = memchr::memchr(b'\'', &self.bytes[start..])?;
        let content = &self.text[start..start + length];
        if forbidden(content.as_bytes(), false) {
            return None;
        }
        self.at = start + length + 1;
        Some(Value::String(Cow::Borrowed(content)))
    }

    fn multiline_literal(&mut self) -> Option<Value<'a>> {
        self.open_multiline();
        let start = self.at;
        loop {
            let length = memchr::memchr(b'\'', &self.bytes[self.at..])?;
            if forbidden(&self.bytes[self.at..self.at + length], true) {
                return None;
            }
            self.at += length;
            if let Some(quotes) = self.closing_quotes(b'\'')? {
                let content = &self.text[start..self.at + quotes - 3];
                self.at += quotes;
                return Some(Value::String(Cow::Borrowed(content)));
            }
            self.at += 1;
        }
    }

    fn array(&mut self) -> Option<Value<'a>> {
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank_lines()?;
            if self.peek()? == b']' {
                self.at += 1;
                return Some(Value::Array(items));
            }
            items.push(self.value()?);
            self.skip_blank_lines()?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(Value::Array(items));
                }
                _ => return None,
            }
        }
    }

    fn boolean(&mut self) -> Option<Value<'a>> {
        let rest = &self.bytes[self.at..];
        let (value, length) = if rest.starts_with(b"true") {
            (true, 4)
        } else if rest.starts_with(b"false") {
            (false, 5)
        } else {
            return None;
        };
        self.at += length;
        self.delimited().then_some(Value::Boolean(value))
    }

    /// Plain decimal integers only: underscores, other bases, floats and dates go to `toml`.
    fn integer(&mut self) -> Option<Value<'a>> {
        let start = self.at;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.at += 1;
        }
        let digits = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        let length = self.at - digits;
        if length == 0 || (length > 1 && self.bytes[digits] == b'0') || !self.delimited() {
            return None;
        }
        self.text[start..self.at].parse().ok().map(Value::Integer)
    }

    /// Whether a scalar ends here, and is not the start of a longer token (`1990-01-01`).
    fn delimited(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(b' ' | b'\t' | b'\n' | b',' | b']' | b'#')
        )
    }
}

fn is_control(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\t') || byte == 0x7f
}

/// Whether `bytes` hold a character TOML forbids in a string or a comment: a control character
/// other than tab, or a newline unless `newline_allowed`.
fn forbidden(bytes: &[u8], newline_allowed: bool) -> bool {
    // No early exit: a plain fold over the bytes is vectorized.
    bytes.iter().fold(false, |seen, &byte| {
        seen | (is_control(byte) & !(newline_allowed & (byte == b'\n')))
    })
}

/// Appends a run of plain text to the string being decoded, starting it if need be.
fn push_run<'s>(owned: &'s mut Option<String>, run: &str) -> &'s mut String {
    let buffer = owned.get_or_insert_with(String::new);
    buffer.push_str(run);
    buffer
}

fn finish<'a>(owned: Option<String>, tail: &'a str) -> Cow<'a, str> {
    match owned {
        None => Cow::Borrowed(tail),
        Some(mut buffer) => {
            buffer.push_str(tail);
            Cow::Owned(buffer)
        }
    }
}

/// Opens a table under `[[outer]]` or `[[outer.inner]]`, as TOML's arrays of tables do.
fn open_table<'a>(
    root: &mut Table<'a>,
    outer: &'a str,
    inner: Option<&'a str>,
    span: Range<usize>,
) -> Option<()> {
    let new_table = Item {
        value: Value::Table(Vec::new()),
        span,
    };
    match inner {
        None => append_table(root, outer, new_table),
        Some(inner) => append_table(last_table(root, outer)?, inner, new_table),
    }
}

/// Appends `table` to the array of tables `key` of `parent`, creating the array (spanned by its
/// first header, as `toml` spans it); `None` where `key` already holds something else.
fn append_table<'a>(parent: &mut Table<'a>, key: &'a str, table: Item<'a>) -> Option<()> {
    match parent.iter_mut().find(|(existing, _)| *existing == key) {
        Some((_, item)) => match &mut item.value {
            Value::Tables(tables) => tables.push(table),
            _ => return None,
        },
        None => {
            let span = table.span.clone();
            let value = Value::Tables(vec![table]);
            parent.push((key, Item { value, span }));
        }
    }
    Some(())
}

/// The last table of the array of tables `key` of `parent`.
fn last_table<'r, 'a>(parent: &'r mut Table<'a>, key: &str) -> Option<&'r mut Table<'a>> {
    let (_, item) = parent.iter_mut().find(|(existing, _)| *existing == key)?;
    let Value::Tables(tables) = &mut item.value else {
        return None;
    };
    match &mut tables.last_mut()?.value {
        Value::Table(table) => Some(table),
        _ => None,
    }
}

/// Puts the keys gathered under the header at `path` into its table, which holds nothing yet:
/// its sub-tables are opened by later headers, after this.
fn settle_keys<'a>(
    root: &mut Table<'a>,
    path: Option<(&'a str, Option<&'a str>)>,
    keys: &mut Table<'a>,
) -> Option<()> {
    let Some((outer, inner)) = path else {
        return keys.is_empty().then_some(());
    };
    let table = current_table(root, outer, inner)?;
    debug_assert!(table.is_empty());
    std::mem::swap(table, keys);
    Some(())
}

/// The table the keys under `[[outer]]` or `[[outer.inner]]` go to.
fn current_table<'r, 'a>(
    root: &'r mut Table<'a>,
    outer: &str,
    inner: Option<&str>,
) -> Option<&'r mut Table<'a>> {
    let parent = last_table(root, outer)?;
    match inner {
        None => Some(parent),
        Some(inner) => last_table(parent, inner),
    }
}
