//! JSON text exactly as serde_json's pretty printer writes it, byte for byte, but with strings
//! passed over eight bytes at a time: serde_json looks at every byte of a string in turn, which
//! was a third of the work of `list --level all --format json`. serde_json stays the reference
//! (the tests compare the two on every shape of the data model and on the whole dataset) and
//! the parser for JSON read in.

use serde::ser::{self, Serialize};
use std::fmt;
use std::io::{self, Write};

/// Writes `value` as indented JSON (two spaces, `"key": value`, `[]` and `{}` when empty).
pub fn to_writer_pretty<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> io::Result<()> {
    let mut writer = Pretty {
        out,
        depth: 0,
        has_value: false,
    };
    value.serialize(&mut writer).map_err(Error::into_io)
}

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    /// A value serde cannot express in JSON (a map key that is not a string, say).
    Unsupported(String),
}

impl Error {
    fn into_io(self) -> io::Error {
        match self {
            Error::Io(error) => error,
            Error::Unsupported(message) => io::Error::new(io::ErrorKind::InvalidData, message),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(error) => error.fmt(f),
            Error::Unsupported(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::Unsupported(message.to_string())
    }
}

type Result<T = ()> = std::result::Result<T, Error>;

/// The writer and where it is in the document. `has_value` is one flag, not a stack, as in
/// serde_json: it is cleared when a bracket opens and set when any value ends, which is all the
/// closing bracket needs to know (whether to go to a new line first).
struct Pretty<W> {
    out: W,
    depth: usize,
    has_value: bool,
}

/// A new line and the spaces of up to 32 levels of indentation, written in one piece.
const NEW_LINE: &[u8] = b"\n                                                                ";

impl<W: Write> Pretty<W> {
    fn raw(&mut self, bytes: &[u8]) -> Result {
        self.out.write_all(bytes).map_err(Error::Io)
    }

    fn new_line(&mut self) -> Result {
        let spaces = self.depth * 2;
        if let Some(line) = NEW_LINE.get(..1 + spaces) {
            return self.raw(line);
        }
        self.raw(NEW_LINE)?;
        for _ in (NEW_LINE.len() - 1)..spaces {
            self.raw(b" ")?;
        }
        Ok(())
    }

    fn open(&mut self, bracket: &[u8]) -> Result {
        self.depth += 1;
        self.has_value = false;
        self.raw(bracket)
    }

    fn close(&mut self, bracket: &[u8]) -> Result {
        self.depth -= 1;
        if self.has_value {
            self.new_line()?;
        }
        self.raw(bracket)
    }

    /// Before an element of an array or a key of an object.
    fn item(&mut self, first: bool) -> Result {
        if !first {
            self.raw(b",")?;
        }
        self.new_line()
    }

    fn string(&mut self, text: &str) -> Result {
        self.raw(b"\"")?;
        let bytes = text.as_bytes();
        let mut written = 0;
        while let Some(at) = next_escape(bytes, written) {
            self.raw(&bytes[written..at])?;
            let byte = bytes[at];
            match ESCAPE[usize::from(byte)] {
                b'u' => {
                    let hex = b"0123456789abcdef";
                    let (high, low) = (hex[usize::from(byte >> 4)], hex[usize::from(byte & 0xf)]);
                    self.raw(&[b'\\', b'u', b'0', b'0', high, low])?;
                }
                short => self.raw(&[b'\\', short])?,
            }
            written = at + 1;
        }
        self.raw(&bytes[written..])?;
        self.raw(b"\"")
    }
}

/// Where the next byte that JSON escapes is, from `from` on: eight bytes at a time, each word
/// tested for a control below 0x20, a quote or a backslash with the exact word tricks ("has a
/// byte below n", "has a zero byte"). A flag above a true hit can be false, one below cannot,
/// so the lowest flagged byte is the first to escape.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let rest = bytes.get(from..)?;
    let words = rest.chunks_exact(8);
    let tail = rest.len() - words.remainder().len();
    for (index, word) in words.enumerate() {
        let mut eight = [0; 8];
        eight.copy_from_slice(word);
        let word = u64::from_le_bytes(eight);
        let flags = (word.wrapping_sub(ONES * 0x20) & !word & HIGH)
            | has_zero(word ^ (ONES * u64::from(b'"')))
            | has_zero(word ^ (ONES * u64::from(b'\\')));
        if flags != 0 {
            return Some(from + index * 8 + (flags.trailing_zeros() / 8) as usize);
        }
    }
    rest[tail..]
        .iter()
        .position(|&byte| ESCAPE[usize::from(byte)] != 0)
        .map(|at| from + tail + at)
}

/// serde_json's escapes: the short forms it uses, `u` for `\u00XX`, 0 for none.
const ESCAPE: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0a] = b'n';
    table[0x0c] = b'f';
    table[0x0d] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

macro_rules! integers {
    ($($method:ident: $type:ty),*) => {
        $(fn $method(self, value: $type) -> Result {
            self.raw(itoa::Buffer::new().format(value).as_bytes())
        })*
    };
}

impl<'a, W: Write> ser::Serializer for &'a mut Pretty<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    fn serialize_bool(self, value: bool) -> Result {
        self.raw(if value { b"true" } else { b"false" })
    }

    integers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128
    );

    fn serialize_f32(self, value: f32) -> Result {
        if value.is_finite() {
            self.raw(ryu::Buffer::new().format_finite(value).as_bytes())
        } else {
            self.raw(b"null")
        }
    }

    fn serialize_f64(self, value: f64) -> Result {
        if value.is_finite() {
            self.raw(ryu::Buffer::new().format_finite(value).as_bytes())
        } else {
            self.raw(b"null")
        }
    }

    fn serialize_char(self, value: char) -> Result {
        self.string(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, value: &str) -> Result {
        self.string(value)
    }

    fn serialize_bytes(self, value: &[u8]) -> Result {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(value.len()))?;
        for byte in value {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result {
        self.raw(b"null")
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.raw(b"null")
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.raw(b"null")
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.string(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.open(b"{")?;
        self.item(true)?;
        self.string(variant)?;
        self.raw(b": ")?;
        value.serialize(&mut *self)?;
        self.has_value = true;
        self.close(b"}")
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, W>> {
        self.open(b"[")?;
        Ok(Compound::new(self, b"]"))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, W>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, W>> {
        self.variant_key(variant)?;
        self.serialize_seq(None).map(Compound::in_variant)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, W>> {
        self.open(b"{")?;
        Ok(Compound::new(self, b"}"))
    }

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Compound<'a, W>> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, W>> {
        self.variant_key(variant)?;
        self.serialize_map(None).map(Compound::in_variant)
    }
}

impl<W: Write> Pretty<W> {
    /// `{"variant": ` before the array or object of a tuple or struct variant.
    fn variant_key(&mut self, variant: &str) -> Result {
        self.open(b"{")?;
        self.item(true)?;
        self.string(variant)?;
        self.raw(b": ")
    }
}

/// An array or object being written; for a variant, also the object that wraps it.
pub struct Compound<'a, W> {
    writer: &'a mut Pretty<W>,
    first: bool,
    close: &'static [u8],
    in_variant: bool,
}

impl<'a, W: Write> Compound<'a, W> {
    fn new(writer: &'a mut Pretty<W>, close: &'static [u8]) -> Self {
        Compound {
            writer,
            first: true,
            close,
            in_variant: false,
        }
    }

    /// The array or object of a tuple or struct variant, inside `{"variant": ...}`.
    fn in_variant(self) -> Self {
        Compound {
            in_variant: true,
            ..self
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.writer.item(self.first)?;
        self.first = false;
        value.serialize(&mut *self.writer)?;
        self.writer.has_value = true;
        Ok(())
    }

    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.writer.item(self.first)?;
        self.first = false;
        key.serialize(MapKey(&mut *self.writer))
    }

    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.writer.raw(b": ")?;
        value.serialize(&mut *self.writer)?;
        self.writer.has_value = true;
        Ok(())
    }

    fn finish(self) -> Result {
        self.writer.close(self.close)?;
        if self.in_variant {
            self.writer.has_value = true;
            self.writer.close(b"}")?;
        }
        Ok(())
    }
}

/// The serde traits of arrays (elements) and objects (fields), each one call on `Compound`.
macro_rules! elements {
    ($($trait:ident: $method:ident),*) => {
        $(impl<W: Write> ser::$trait for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }
            fn end(self) -> Result {
                self.finish()
            }
        })*
    };
}

macro_rules! fields {
    ($($trait:ident),*) => {
        $(impl<W: Write> ser::$trait for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result {
                self.key(key)?;
                self.value(value)
            }
            fn end(self) -> Result {
                self.finish()
            }
        })*
    };
}

elements!(
    SerializeSeq: serialize_element,
    SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field,
    SerializeTupleVariant: serialize_field
);
fields!(SerializeStruct, SerializeStructVariant);

impl<W: Write> ser::SerializeMap for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.value(value)
    }
    fn end(self) -> Result {
        self.finish()
    }
}

/// An object key: JSON keys are strings, so a number or a boolean is quoted, as serde_json
/// does, and anything else is refused.
struct MapKey<'a, W>(&'a mut Pretty<W>);

fn not_a_key() -> Error {
    Error::Unsupported("a JSON object key must be a string".into())
}

macro_rules! quoted_integers {
    ($($method:ident: $type:ty),*) => {
        $(fn $method(self, value: $type) -> Result {
            self.0.string(itoa::Buffer::new().format(value))
        })*
    };
}

macro_rules! refused {
    ($($method:ident($($arg:ty),*)),*) => {
        $(fn $method(self, $(_: $arg),*) -> Result {
            Err(not_a_key())
        })*
    };
}

impl<W: Write> ser::Serializer for MapKey<'_, W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, value: &str) -> Result {
        self.0.string(value)
    }

    fn serialize_char(self, value: char) -> Result {
        self.0.string(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_bool(self, value: bool) -> Result {
        self.0.string(if value { "true" } else { "false" })
    }

    quoted_integers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128
    );

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.0.string(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }

    refused!(
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str)
    );

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result {
        Err(not_a_key())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result {
        Err(not_a_key())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(not_a_key())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        Err(not_a_key())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(not_a_key())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(not_a_key())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Err(not_a_key())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        Err(not_a_key())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(not_a_key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    fn same_as_serde_json<T: Serialize + ?Sized>(value: &T) {
        let mut ours = Vec::new();
        to_writer_pretty(&mut ours, value).unwrap();
        let reference = serde_json::to_vec_pretty(value).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&reference)
        );
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(i32, Vec<u8>),
        Struct {
            inner: Vec<Vec<u8>>,
            empty: BTreeMap<String, u8>,
        },
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Wrapper(&'static str);

    #[derive(Serialize)]
    struct Inner {
        b: Option<bool>,
        c: char,
    }

    #[derive(Serialize)]
    struct Every {
        shapes: Vec<Shape>,
        numbers: (i8, i64, u64, i128, u128, f32, f64, f64, f64, f64),
        nothing: Option<u8>,
        unit: (),
        unit_struct: Unit,
        wrapper: Wrapper,
        bytes: serde_bytes_like::Bytes,
        keyed_by_numbers: BTreeMap<i32, Vec<()>>,
        keyed_by_bools: BTreeMap<bool, Inner>,
        #[serde(flatten)]
        flattened: Inner,
        nested_empties: Vec<(Vec<u8>, BTreeMap<u8, u8>)>,
    }

    mod serde_bytes_like {
        pub struct Bytes(pub &'static [u8]);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(self.0)
            }
        }
    }

    #[test]
    fn every_shape_of_the_data_model_is_written_as_serde_json_writes_it() {
        let value = Every {
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(-3, vec![]),
                Shape::Struct {
                    inner: vec![vec![], vec![1, 2]],
                    empty: BTreeMap::new(),
                },
            ],
            numbers: (
                i8::MIN,
                i64::MIN,
                u64::MAX,
                i128::MIN,
                u128::MAX,
                1.5,
                0.1,
                -2e-308,
                f64::NAN,
                f64::INFINITY,
            ),
            nothing: None,
            unit: (),
            unit_struct: Unit,
            wrapper: Wrapper("w"),
            bytes: serde_bytes_like::Bytes(&[0, 255]),
            keyed_by_numbers: BTreeMap::from([(-1, vec![()]), (2, vec![])]),
            keyed_by_bools: BTreeMap::from([(
                true,
                Inner {
                    b: Some(false),
                    c: 'é',
                },
            )]),
            flattened: Inner { b: None, c: '"' },
            nested_empties: vec![
                (vec![], BTreeMap::new()),
                (vec![0], BTreeMap::from([(1, 2)])),
            ],
        };
        same_as_serde_json(&value);
        same_as_serde_json(&Vec::<u8>::new());
        same_as_serde_json(&BTreeMap::<String, u8>::new());
        same_as_serde_json(&Shape::Struct {
            inner: vec![],
            empty: BTreeMap::new(),
        });
    }

    #[test]
    fn every_character_is_escaped_as_serde_json_escapes_it_at_every_offset() {
        let mut samples: Vec<String> = (0u8..=0x7f).map(|b| char::from(b).to_string()).collect();
        samples.extend(["é", "\u{2028}", "\u{1f600}", "\u{7f}"].map(String::from));
        for sample in &samples {
            for before in 0..9 {
                for after in [0, 1, 7, 8, 9] {
                    let text = format!("{}{sample}{}", "a".repeat(before), "b".repeat(after));
                    same_as_serde_json(&text);
                }
            }
        }
        let all_ascii: String = (0u8..=0x7f).map(char::from).collect();
        same_as_serde_json(&all_ascii.repeat(3));
    }

    #[test]
    fn indentation_deeper_than_one_piece_of_spaces_is_written_in_full() {
        let mut value = serde_json::json!([1, {"a": []}]);
        for depth in 0..40 {
            value = serde_json::json!({ "level": depth, "inner": [value] });
        }
        same_as_serde_json(&value);
    }

    #[test]
    fn the_whole_bundled_dataset_is_written_as_serde_json_writes_it() {
        same_as_serde_json(&crate::bundled::all());
    }

    #[test]
    fn a_key_that_is_not_a_string_is_refused_not_written() {
        let value = BTreeMap::from([(vec![1], 2)]);
        let error = to_writer_pretty(Vec::new(), &value).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
        assert!(serde_json::to_vec_pretty(&value).is_err());
    }
}
