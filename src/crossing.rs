//! How a report crosses into JavaScript: its numbers in one `Float64Array`, its strings in two
//! strings, in the order of the report's fields, read back into plain objects by `crossing.js`.
//!
//! Why not JSON: writing the report's JSON took about 14% of a check in the wasm and
//! `JSON.parse` about 22% (seeds, V8's profile), a third of a check for text JavaScript then
//! reads again character by character. Here every number is an `f64` JavaScript reads where the
//! wasm wrote it, and every string a slice of a string that crosses: strings in ASCII in one,
//! the others (an interval's "∞", a curly quote) in another. V8 decodes ASCII into a one-byte
//! string about six times as fast as a text with a few other characters into a two-byte one.
//!
//! The layout is serde's data model without names, written by a [`serde::Serializer`], so that
//! it follows the report's types as they are declared:
//! - a number, a `bool` (0 or 1), a count: one number;
//! - a string, or an enum's variant (its serialized name): two numbers, where it starts and
//!   ends, in UTF-16 code units as `String.prototype.slice` takes them: in the ASCII strings,
//!   or, counted from -1 down (`-1 - offset`), in the others;
//! - an `Option`: 0 for `None`, or 1 and then the value;
//! - a sequence: its length, then its items; a struct or tuple: its fields in order.
//!
//! `crossing.js` reads the same order with the report's field names. A wasm test checks that the
//! objects it builds read as the native build's JSON, key for key.

use serde::ser::{self, Impossible, Serialize};
use std::fmt;

/// What crosses: the numbers and the strings of one value.
#[derive(Default)]
pub struct Crossing {
    pub numbers: Vec<f64>,
    /// The strings in ASCII, one after the other.
    pub ascii: String,
    /// The other strings, one after the other.
    pub wide: String,
    /// The length of `wide` in UTF-16 code units.
    wide_utf16: usize,
}

impl Crossing {
    /// `value` laid out to cross. Fails only for a shape the report does not have (a map, an
    /// enum with data), named in the error.
    pub fn of(value: &impl Serialize) -> Result<Crossing, Unsupported> {
        // Room for a seed article's report (up to 1,412 numbers, 7 KB of strings) at once,
        // rather than grown to it in a dozen copies.
        let mut crossing = Crossing {
            numbers: Vec::with_capacity(2048),
            ascii: String::with_capacity(8192),
            ..Crossing::default()
        };
        value.serialize(&mut crossing)?;
        Ok(crossing)
    }

    fn number(&mut self, n: f64) {
        self.numbers.push(n);
    }

    fn string(&mut self, s: &str) {
        if s.is_ascii() {
            let start = self.ascii.len();
            self.ascii.push_str(s);
            self.numbers.extend([start as f64, self.ascii.len() as f64]);
        } else {
            let start = self.wide_utf16;
            self.wide_utf16 += s.encode_utf16().count();
            self.wide.push_str(s);
            let below = |offset: usize| -1.0 - offset as f64;
            self.numbers.extend([below(start), below(self.wide_utf16)]);
        }
    }
}

/// A shape of value the crossing has no layout for.
#[derive(Debug)]
pub struct Unsupported(pub String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the report holds {}, which cannot cross", self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Unsupported> {
    Err(Unsupported(what.to_string()))
}

/// Every kind of number crosses as an `f64`, as JavaScript holds it: the report's counts and
/// offsets are far below 2⁵³.
macro_rules! numbers_as_f64 {
    ($($method:ident: $type:ty),*) => {$(
        fn $method(self, v: $type) -> Result<(), Unsupported> {
            self.serialize_f64(v as f64)
        }
    )*};
}

impl ser::Serializer for &mut Crossing {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeStruct = Self;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.number(f64::from(u8::from(v)));
        Ok(())
    }
    numbers_as_f64!(
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32
    );
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        self.number(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Unsupported> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Unsupported> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<(), Unsupported> {
        self.number(0.0);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Unsupported> {
        self.number(1.0);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Unsupported> {
        unsupported("a unit")
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Unsupported> {
        unsupported(name)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Unsupported> {
        unsupported(name)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Unsupported> {
        match len {
            Some(len) => {
                self.number(len as f64);
                Ok(self)
            }
            None => unsupported("a sequence of unknown length"),
        }
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Unsupported> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Unsupported> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        unsupported(name)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        unsupported("a map")
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Unsupported> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        unsupported(name)
    }
}

/// Sequences, tuples and tuple structs: their items in order, each as itself.
macro_rules! items_in_order {
    ($($kind:ident :: $item:ident),*) => {$(
        impl ser::$kind for &mut Crossing {
            type Ok = ();
            type Error = Unsupported;
            fn $item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
                value.serialize(&mut **self)
            }
            fn end(self) -> Result<(), Unsupported> {
                Ok(())
            }
        }
    )*};
}

items_in_order!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

impl ser::SerializeStruct for &mut Crossing {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(&mut **self)
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Unsupported> {
        // A field left out would shift every later one: the report leaves none out.
        unsupported(key)
    }
    fn end(self) -> Result<(), Unsupported> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        AtLeast,
    }

    #[derive(Serialize)]
    struct Row {
        text: String,
        low: Option<f64>,
        high: Option<f64>,
        kind: Kind,
        latest: bool,
        tags: Vec<&'static str>,
    }

    /// A string from its offsets, as `crossing.js` slices it.
    fn sliced(c: &Crossing, start: f64, end: f64) -> String {
        let (strings, start, end) = match start >= 0.0 {
            true => (&c.ascii, start, end),
            false => (&c.wide, -1.0 - start, -1.0 - end),
        };
        let units: Vec<u16> = strings.encode_utf16().collect();
        String::from_utf16(&units[start as usize..end as usize]).unwrap()
    }

    #[test]
    fn fields_cross_in_order_options_flagged_and_sequences_counted() {
        let row = Row {
            text: "at least 23".into(),
            low: Some(23.0),
            high: None,
            kind: Kind::AtLeast,
            latest: true,
            tags: vec!["a", "bc"],
        };
        let c = Crossing::of(&(&row, vec![7usize])).unwrap();
        #[rustfmt::skip]
        let expected = [
            0.0, 11.0,       // text
            1.0, 23.0,       // low: Some(23)
            0.0,             // high: None
            11.0, 19.0,      // kind, by its serialized name
            1.0,             // latest
            2.0, 19.0, 20.0, 20.0, 22.0, // tags: two strings
            1.0, 7.0,        // the tuple's second item, a sequence of one
        ];
        assert_eq!(c.numbers, expected);
        assert_eq!(c.ascii, "at least 23at_leastabc");
        assert_eq!(sliced(&c, 11.0, 19.0), "at_least");
    }

    #[test]
    fn strings_beyond_ascii_cross_apart_at_utf16_offsets_after_an_emoji() {
        let texts = ["😀 Kyiv", "[23, ∞)", "plain", "київ", "“23”", "end"];
        let c = Crossing::of(&texts.to_vec()).unwrap();
        assert_eq!(c.numbers[0], 6.0);
        for (k, text) in texts.iter().enumerate() {
            let (start, end) = (c.numbers[1 + 2 * k], c.numbers[2 + 2 * k]);
            assert_eq!(sliced(&c, start, end), *text);
            assert_eq!(start >= 0.0, text.is_ascii(), "{text}");
        }
        assert_eq!(c.ascii, "plainend");
        assert_eq!(c.wide, "😀 Kyiv[23, ∞)київ“23”");
    }

    #[test]
    fn a_shape_without_a_layout_is_an_error_that_names_it() {
        let map: std::collections::BTreeMap<&str, u8> = [("a", 1)].into();
        let error = Crossing::of(&map).err().unwrap();
        assert_eq!(
            error.to_string(),
            "the report holds a map, which cannot cross"
        );
    }
}
