//! A quick reader for the TOML the dataset is written in: arrays of tables (`[[jurisdiction]]`,
//! `[[jurisdiction.law]]`), bare keys, strings of the four kinds, string arrays, integers and
//! booleans. It reads a well-formed file of that shape in one pass, borrowing every string that
//! has no escape, and hands serde the same values and spans as the `toml` crate would.
//!
//! Why: the general parser (lexer, events, a tree of decoded values, then serde) was 60% of the
//! time of `swlaw validate` and of every `--data` command. This reader only answers when it is
//! sure: anything outside that shape, anything malformed, and any value serde rejects make it
//! give up, and the file is read again by the `toml` crate, so every message and every span of a
//! problem still comes from there. A property test checks that whatever it accepts, `toml`
//! reads the same.

use super::ParsedFile;
use super::raw::{RawJurisdiction, RawModel};
use serde::Deserialize;
use serde::de::{self, IntoDeserializer, Visitor};
use serde_spanned::de::SpannedDeserializer;
use std::borrow::Cow;
use std::ops::Range;
use toml::Spanned;

/// Parses and deserializes `text`, or `None` where the `toml` crate must answer instead.
pub(super) fn parse_file(text: &str) -> Option<ParsedFile> {
    let root = Reader::new(text).document()?;
    let mut parsed = ParsedFile {
        records: Vec::new(),
        models: Vec::new(),
        problems: Vec::new(),
        well_formed: true,
    };
    for (key, item) in root {
        let Value::Tables(tables) = item.value else {
            return None;
        };
        for table in tables {
            let span = table.span.clone();
            match key {
                "jurisdiction" => {
                    let raw = RawJurisdiction::deserialize(table).ok()?;
                    parsed.records.push(Spanned::new(span, raw));
                }
                "model" => {
                    let raw = RawModel::deserialize(table).ok()?;
                    parsed.models.push(Spanned::new(span, raw));
                }
                _ => return None,
            }
        }
    }
    Some(parsed)
}

/// A value with the span of its text (for a table of an array of tables: its header).
struct Item<'a> {
    value: Value<'a>,
    span: Range<usize>,
}

enum Value<'a> {
    String(Cow<'a, str>),
    Integer(i64),
    Boolean(bool),
    Array(Vec<Item<'a>>),
    /// A table opened by a header: its keys in the order written.
    Table(Vec<(&'a str, Item<'a>)>),
    /// An array of tables (`[[name]]`), each with its header's span.
    Tables(Vec<Item<'a>>),
}

type Table<'a> = Vec<(&'a str, Item<'a>)>;

/// Reads one document; every method returns `None` where the text leaves the shape it knows.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn document(mut self) -> Option<Table<'a>> {
        // Carriage returns: TOML lets a parser keep or normalize them inside strings; leave
        // that choice to the `toml` crate.
        if memchr::memchr(b'\r', self.bytes).is_some() {
            return None;
        }
        let mut root: Table<'a> = Vec::new();
        // Where keys go: the root holds only arrays of tables, so no header means no table.
        let mut path: Option<(&'a str, Option<&'a str>)> = None;
        loop {
            self.skip_blank_lines()?;
            match self.peek() {
                None => return Some(root),
                Some(b'[') => {
                    let (outer, inner, span) = self.header()?;
                    open_table(&mut root, outer, inner, span)?;
                    path = Some((outer, inner));
                }
                Some(_) => {
                    let (outer, inner) = path?;
                    let key = self.bare_key()?;
                    self.skip_spaces();
                    self.expect(b'=')?;
                    self.skip_spaces();
                    let item = self.value()?;
                    self.end_of_line()?;
                    let table = current_table(&mut root, outer, inner)?;
                    if table.iter().any(|(k, _)| *k == key) {
                        return None;
                    }
                    table.push((key, item));
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
        if self.bytes[self.at..end].iter().any(|&b| is_control(b)) {
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
                    let buffer = owned.get_or_insert_with(String::new);
                    buffer.push_str(&self.text[run..self.at]);
                    self.escape(buffer)?;
                    run = self.at;
                }
            }
        }
    }

    fn multiline_basic(&mut self) -> Option<Value<'a>> {
        self.at += 3;
        if self.peek() == Some(b'\n') {
            self.at += 1;
        }
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
                    let buffer = owned.get_or_insert_with(String::new);
                    buffer.push_str(&self.text[run..self.at]);
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

    /// Moves to the next `quote` or backslash of a string: `None` at the end of the text or
    /// past a character TOML forbids there (a control character; a newline unless `multiline`).
    fn skip_plain(&mut self, quote: u8, multiline: bool) -> Option<()> {
        let rest = &self.bytes[self.at..];
        let length = memchr::memchr2(quote, b'\\', rest)?;
        let allowed_newline = if multiline { b'\n' } else { b'\t' };
        // No early exit: a plain fold over the bytes is vectorized.
        let forbidden = rest[..length].iter().fold(false, |seen, &byte| {
            seen | (is_control(byte) & (byte != allowed_newline))
        });
        if forbidden {
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
        if content.bytes().any(is_control) {
            return None;
        }
        self.at = start + length + 1;
        Some(Value::String(Cow::Borrowed(content)))
    }

    fn multiline_literal(&mut self) -> Option<Value<'a>> {
        self.at += 3;
        if self.peek() == Some(b'\n') {
            self.at += 1;
        }
        let start = self.at;
        loop {
            let length = memchr::memchr(b'\'', &self.bytes[self.at..])?;
            if self.bytes[self.at..self.at + length]
                .iter()
                .any(|&byte| is_control(byte) && byte != b'\n')
            {
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
    let Some(inner) = inner else {
        match root.iter_mut().find(|(key, _)| *key == outer) {
            Some((
                _,
                Item {
                    value: Value::Tables(tables),
                    ..
                },
            )) => tables.push(new_table),
            Some(_) => return None,
            None => {
                let array_span = new_table.span.clone();
                root.push((
                    outer,
                    Item {
                        value: Value::Tables(vec![new_table]),
                        span: array_span,
                    },
                ));
            }
        }
        return Some(());
    };
    let parent = last_table(root, outer)?;
    match parent.iter_mut().find(|(key, _)| *key == inner) {
        Some((
            _,
            Item {
                value: Value::Tables(tables),
                ..
            },
        )) => tables.push(new_table),
        Some(_) => return None,
        None => {
            let array_span = new_table.span.clone();
            parent.push((
                inner,
                Item {
                    value: Value::Tables(vec![new_table]),
                    span: array_span,
                },
            ));
        }
    }
    Some(())
}

/// The last table of the array of tables `outer` at the root.
fn last_table<'r, 'a>(root: &'r mut Table<'a>, outer: &str) -> Option<&'r mut Table<'a>> {
    let (_, item) = root.iter_mut().find(|(key, _)| *key == outer)?;
    let Value::Tables(tables) = &mut item.value else {
        return None;
    };
    match &mut tables.last_mut()?.value {
        Value::Table(table) => Some(table),
        _ => None,
    }
}

/// The table the keys of `[[outer]]` or `[[outer.inner]]` go to.
fn current_table<'r, 'a>(
    root: &'r mut Table<'a>,
    outer: &str,
    inner: Option<&str>,
) -> Option<&'r mut Table<'a>> {
    let parent = last_table(root, outer)?;
    let Some(inner) = inner else {
        return Some(parent);
    };
    let (_, item) = parent.iter_mut().find(|(key, _)| *key == inner)?;
    let Value::Tables(tables) = &mut item.value else {
        return None;
    };
    match &mut tables.last_mut()?.value {
        Value::Table(table) => Some(table),
        _ => None,
    }
}

/// Any rejection by serde: the `toml` crate reads the file again and words the problem.
#[derive(Debug)]
struct Declined;

impl std::fmt::Display for Declined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("declined")
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Declined
    }
}

impl<'a> IntoDeserializer<'a, Declined> for Item<'a> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de> de::Deserializer<'de> for Item<'de> {
    type Error = Declined;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self.value {
            Value::String(Cow::Borrowed(text)) => visitor.visit_borrowed_str(text),
            Value::String(Cow::Owned(text)) => visitor.visit_string(text),
            Value::Integer(number) => visitor.visit_i64(number),
            Value::Boolean(flag) => visitor.visit_bool(flag),
            Value::Array(items) | Value::Tables(items) => {
                visitor.visit_seq(de::value::SeqDeserializer::new(items.into_iter()))
            }
            Value::Table(entries) => visitor.visit_map(de::value::MapDeserializer::new(
                entries
                    .into_iter()
                    .map(|(key, item)| (de::value::BorrowedStrDeserializer::new(key), item)),
            )),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Declined> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        if serde_spanned::de::is_spanned(name) {
            let span = self.span.clone();
            return visitor.visit_map(SpannedDeserializer::new(self, span));
        }
        let _ = fields;
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        match self.value {
            Value::String(Cow::Borrowed(text)) => {
                visitor.visit_enum(de::value::BorrowedStrDeserializer::new(text))
            }
            Value::String(Cow::Owned(text)) => {
                visitor.visit_enum(de::value::StringDeserializer::new(text))
            }
            _ => Err(Declined),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_file_with_toml;
    use super::*;

    fn same_as_toml(text: &str) {
        let quick = parse_file(text).unwrap_or_else(|| panic!("declined:\n{text}"));
        let general = parse_file_with_toml(text);
        assert!(general.problems.is_empty(), "{:?}", general.problems);
        assert_eq!(format!("{quick:?}"), format!("{general:?}"), "in\n{text}");
    }

    const RECORD: &str = "[[jurisdiction]]\nid = \"XX\"\nname = \"Test\"\nregion = \"Europe\"\n\
        subregion = \"Northern Europe\"\nconfidence = \"low\"\nreviewed = \"2026-12-02\"\n";

    #[test]
    fn every_bundled_file_is_read_quickly_and_the_same_as_by_toml() {
        for (name, text) in [
            ("africa", include_str!("../../../../data/africa.toml")),
            ("americas", include_str!("../../../../data/americas.toml")),
            ("asia", include_str!("../../../../data/asia.toml")),
            ("europe", include_str!("../../../../data/europe.toml")),
            ("oceania", include_str!("../../../../data/oceania.toml")),
            (
                "united-states",
                include_str!("../../../../data/united-states.toml"),
            ),
            ("models", include_str!("../../../../data/models.toml")),
        ] {
            let quick = parse_file(text).unwrap_or_else(|| panic!("{name} declined"));
            let general = parse_file_with_toml(text);
            assert_eq!(format!("{quick:?}"), format!("{general:?}"), "{name}");
        }
    }

    #[test]
    fn strings_of_every_kind_decode_as_toml_decodes_them() {
        for notes in [
            r#""plain""#,
            r#""tab\tquote\" backslash\\ \u00e9 \U0001F600 \b\f\n\r""#,
            r#"'literal \n stays'"#,
            "\"\"\"\nfirst newline trimmed \\\n   joined\nkept \"quotes\" \"\"\"",
            "\"\"\"ends with quotes\"\"\"\"\"",
            "\"\"\"\\  \n  backslash, spaces, newline\"\"\"",
            "'''\nliteral ''two'' quotes'''''",
            "\"\"\"\"\"\"",
            "''''''",
            "\"ünïcödé — “quotes”\"",
        ] {
            same_as_toml(&format!("{RECORD}notes = {notes}\n"));
        }
    }

    #[test]
    fn arrays_integers_comments_and_nested_tables_read_as_toml_reads_them() {
        same_as_toml(&format!(
            "# a file comment\n\n{RECORD}aliases = [ \"a\", # one\n  'b',\n\n  \"c\", ] # end\n\
             subdivision_count = 32\n\n[[jurisdiction.source]]\nid = \"s\"\ntitle = \"T\"\n\
             kind = \"statute\"\naccessed = \"2026-12-01\"\n\n[[jurisdiction.history]]\n\
             from = \"1990\"\nregime = \"criminalization\"\nselling = \"criminalized\"\n\
             buying = \"legal\"\nsoliciting = \"legal\"\norganizing = \"legal\"\n\
             sources = []\n\n{}",
            RECORD.replace("XX", "YY")
        ));
    }

    #[test]
    fn anything_outside_the_shape_is_left_to_toml() {
        for extra in [
            "notes = { a = 1 }",
            "notes.part = \"x\"",
            "\"notes\" = \"x\"",
            "reviewed = 2026-12-02",
            "subdivision_count = 1_000",
            "subdivision_count = 0x10",
            "subdivision_count = 012",
            "subdivision_count = 1.5",
            "notes = \"\\e escape of TOML 1.1\"",
            "notes = \"\\ud800\"",
            "notes = \"unterminated",
            "notes = \"control \u{1} character\"",
            "notes = \"x\" trailing",
            "name = \"duplicate key\"",
            "[jurisdiction.law]",
            "[[ jurisdiction ]]",
            "[[jurisdiction.law.deeper]]",
            "colour = true",
        ] {
            let text = format!("{RECORD}{extra}\n");
            assert!(parse_file(&text).is_none(), "accepted:\n{text}");
        }
        assert!(parse_file(&RECORD.replace('\n', "\r\n")).is_none());
        assert!(parse_file(&format!("id = \"root key\"\n{RECORD}")).is_none());
        assert!(parse_file(&format!("[[jurisdiction.law]]\nid = \"l\"\n{RECORD}")).is_none());
    }
}
