//! Reads a reference set from JSON text, by hand.
//!
//! serde's derived deserializers were a fifth of the wasm. Here each struct of the schema is
//! read by one short function, straight from the text: no tree of values in between, so
//! start-up allocates only the set itself. Each function knows the path of what it reads, so
//! an error says where it is (`incidents[kyiv-2025-04-24].figures[0].reports[1]: missing field
//! \`order\``) without a second scan of the text, and a malformed text is named by line and
//! column.
//!
//! The struct readers are not written here: [`schema!`] declares each struct of the schema
//! (in `mod.rs`) together with how each of its fields is read, and writes the struct and its
//! reader from that one declaration, so the two cannot drift apart. What is here is what
//! every reader shares: the parser's primitives, the keys of an object ([`Fields`]) and the
//! paths of errors ([`At`]).
//!
//! Problems are reported as serde did: the first one in the order of the text, with unknown
//! fields, duplicate fields and missing fields refused. [`Fields`] refuses unknown keys and
//! gives a known one by its index, which each reader's `match` takes. Only the schema's own
//! nesting is followed, so no text can make the reader recurse deeper than it.
//!
//! The parser's primitives that every struct reader calls are kept out of line
//! (`#[inline(never)]`), so is each struct reader, and the errors are `#[cold]`: a set is read
//! once, a copy of each primitive in every reader costs the wasm size, and a browser compiles a
//! wasm function at its first call, so a page's start compiles the readers it runs and not
//! their error paths. What each of these gained, measured and dated: `www/bench-profile.md`,
//! "The JSON reader".

use super::{Reference, ReferenceError};
use crate::text::decimal;
use std::borrow::Cow;

pub(super) type Result<T> = std::result::Result<T, ReferenceError>;

/// Parses and reads a whole reference set (not yet validated: see `validate`).
pub(super) fn reference(json: &str) -> Result<Reference> {
    Reference::read(&mut Parser::new(json), &At::ROOT)
}

// ---------------------------------------------------------------------------------------
// The structs: each declared once, with its reader.
// ---------------------------------------------------------------------------------------

/// Declares a struct of the schema and its reader together: the struct as written, and its
/// `read(p, at)` (private to `reference`), which reads it from a JSON object whose keys are the
/// field names.
///
/// ```ignore
/// read::schema! {
///     /// A role held from one date to another.
///     #[derive(Debug, Clone, PartialEq)]
///     pub struct Role {
///         pub role: String = required(text),
///         pub titles: Vec<String> = default(list(Parser::text)),
///         pub to: Option<String> = optional(optional_text),
///         pub qualifier: Qualifier = default(variant(Qualifier::NAMES), Qualifier::Exact),
///         pub source: Source = required(object(Source::read)),
///     }
/// }
/// ```
///
/// Each field says how it is read: `required(r)`, a missing key is an error; `default(r)`, a
/// missing key gives the type's default, or `default(r, value)` that value; `optional(r)`,
/// where `r` itself gives an `Option` (`optional_text`: `null` or absent is `None`). The
/// reader `r` is a [`Parser`] method, called with the field's path and the arguments given:
/// `text`, `optional_text`, `number`, `count`, `variant(table)`, `optional_variant(table)`,
/// `list(item)` (an item reader: `Parser::text`, or a struct's `Named::read`), `object(item)`
/// (one struct: `Source::read`).
///
/// Missing fields are reported in the order of the declaration, and an unknown key's message
/// lists the keys in that order, as serde's did. After the struct's name, `, named by id`
/// names the struct in error paths by its `id` field once that has been read
/// (`incidents[kyiv-2025-04-24]`, else `incidents[0]`); `, then end` calls [`Parser::end`]
/// after the closing brace (the root: nothing may follow it).
macro_rules! schema {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident $(, named by $id:ident)? $(, then $after:ident)? {
            $(
                $(#[$field_attr:meta])*
                $field_vis:vis $field:ident: $type:ty =
                    $how:ident($read:ident $(($($arg:expr),*))? $(, $default:expr)?)
            ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        $vis struct $name {
            $($(#[$field_attr])* $field_vis $field: $type,)*
        }

        impl $name {
            /// Reads the object at `at`: its fields in any order, each at most once.
            #[inline(never)]
            fn read(
                p: &mut $crate::reference::read::Parser,
                at: &$crate::reference::read::At,
            ) -> $crate::reference::read::Result<Self> {
                const KEYS: &[&str] = &[$(stringify!($field)),*];
                const _: () = assert!(KEYS.len() <= 32, "`Fields` marks the keys seen in a u32");
                // The fields by their place in `KEYS`: a key found is matched by its index,
                // not compared again as a string in every arm.
                #[allow(non_camel_case_types)]
                #[derive(Clone, Copy)]
                enum Key {
                    $($field),*
                }
                const BY_INDEX: &[Key] = &[$(Key::$field),*];
                let mut fields = p.fields(at, KEYS)?;
                $($crate::reference::read::schema!(@slot $how $field $type);)*
                loop {
                    $(
                        let named = $crate::reference::read::named_at(at, $id.as_deref());
                        let at = &named;
                    )?
                    let Some(index) = fields.next(p, at)? else {
                        break;
                    };
                    let at = at.then($crate::reference::read::Step::Key(KEYS[index]));
                    match BY_INDEX[index] {
                        $(Key::$field => $crate::reference::read::schema!(
                            @assign $how p at $field $read $(($($arg),*))?
                        ),)*
                    }
                }
                $(p.$after()?;)?
                $(
                    let id = $id.clone();
                    let named = $crate::reference::read::named_at(at, id.as_deref());
                    let at = &named;
                )?
                Ok($name {
                    $($field: $crate::reference::read::schema!(
                        @take $how $field at $($default)?
                    ),)*
                })
            }
        }
    };
    // The value's slot while the object is read.
    (@slot optional $field:ident $type:ty) => { let mut $field: $type = None; };
    (@slot $how:ident $field:ident $type:ty) => { let mut $field: Option<$type> = None; };
    // The arm of a key: its reader's value into its slot.
    (@assign optional $p:ident $at:ident $field:ident $read:ident $(($($arg:expr),*))?) => {
        $field = $p.$read(&$at $($(, $arg)*)?)?
    };
    (@assign $how:ident $p:ident $at:ident $field:ident $read:ident $(($($arg:expr),*))?) => {
        $field = Some($p.$read(&$at $($(, $arg)*)?)?)
    };
    // The field's value once the object has been read.
    (@take required $field:ident $at:ident) => {
        $crate::reference::read::required($field, stringify!($field), $at)?
    };
    (@take default $field:ident $at:ident) => { $field.unwrap_or_default() };
    (@take default $field:ident $at:ident $default:expr) => { $field.unwrap_or($default) };
    (@take optional $field:ident $at:ident) => { $field };
}
pub(super) use schema;

/// Where a struct named by a field stands: by that field once it has been read, else as `at`
/// (by its index).
pub(super) fn named_at<'a>(at: &At<'a>, name: Option<&'a str>) -> At<'a> {
    match name {
        Some(name) if !name.is_empty() => At {
            parent: at.parent,
            step: Some(Step::Id(name)),
        },
        _ => *at,
    }
}

pub(super) fn required<T>(slot: Option<T>, key: &str, at: &At) -> Result<T> {
    slot.ok_or_else(|| missing(key, at))
}

#[cold]
#[inline(never)]
fn missing(key: &str, at: &At) -> ReferenceError {
    at.error(format!("missing field `{key}`"))
}

/// "`a`, `b`, `c`": the names serde's messages listed.
fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

/// An object being read: its keys checked against the struct's fields as they come.
pub(super) struct Fields {
    keys: &'static [&'static str],
    /// Bit `i` is set once `keys[i]` has been read.
    seen: u32,
    first: bool,
}

impl Fields {
    /// The index in `keys` of the next key, its `:` taken; `None` after the closing brace.
    /// Unknown and repeated keys are errors of the object, which stands at `at`.
    #[inline(never)]
    pub(super) fn next(&mut self, p: &mut Parser, at: &At) -> Result<Option<usize>> {
        if p.next_is(b'}') {
            return Ok(None);
        }
        if !std::mem::take(&mut self.first) && !p.eat(b',') {
            return Err(p.error("expected `,` or `}`"));
        }
        p.skip_whitespace();
        if p.peek() != Some(b'"') {
            return Err(p.error("expected a key in double quotes"));
        }
        let key = p.string()?;
        if !p.next_is(b':') {
            return Err(p.error("expected `:`"));
        }
        let Some(i) = self.keys.iter().position(|k| *k == key) else {
            return Err(at.error(format!(
                "unknown field `{key}`, expected one of {}",
                quoted(self.keys)
            )));
        };
        if self.seen & (1 << i) != 0 {
            return Err(at.error(format!("duplicate field `{key}`")));
        }
        self.seen |= 1 << i;
        Ok(Some(i))
    }
}

// ---------------------------------------------------------------------------------------
// Paths.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
pub(super) enum Step<'a> {
    Key(&'static str),
    Index(usize),
    /// An incident named by its id.
    Id(&'a str),
}

/// Where a value stands: a chain of steps up to the root, written out only for an error.
#[derive(Clone, Copy)]
pub(super) struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Option<Step<'a>>,
}

impl<'a> At<'a> {
    const ROOT: At<'static> = At {
        parent: None,
        step: None,
    };

    pub(super) fn then(&'a self, step: Step<'a>) -> At<'a> {
        At {
            parent: Some(self),
            step: Some(step),
        }
    }

    /// `incidents[kyiv-2025-04-24].figures[0].reports[1]`; empty at the root.
    fn path(&self) -> String {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(a) = at {
            steps.extend(a.step);
            at = a.parent;
        }
        let mut path = String::new();
        for step in steps.into_iter().rev() {
            match step {
                Step::Key(k) if path.is_empty() => path.push_str(k),
                Step::Key(k) => {
                    path.push('.');
                    path.push_str(k);
                }
                Step::Index(i) => path.push_str(&format!("[{i}]")),
                Step::Id(id) => path.push_str(&format!("[{id}]")),
            }
        }
        path
    }

    #[cold]
    #[inline(never)]
    fn error(&self, problem: String) -> ReferenceError {
        ReferenceError {
            path: self.path(),
            problem,
        }
    }
}

// ---------------------------------------------------------------------------------------
// The parser: values of each kind, each where the schema expects it.
// ---------------------------------------------------------------------------------------

pub(super) struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    /// Nothing may follow the set but whitespace.
    pub(super) fn end(&mut self) -> Result<()> {
        self.skip_whitespace();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("trailing characters after the JSON value")),
        }
    }

    /// An object at `at`, its `{` taken: read its keys with [`Fields::next`].
    #[inline(never)]
    pub(super) fn fields(&mut self, at: &At, keys: &'static [&'static str]) -> Result<Fields> {
        if !self.next_is(b'{') {
            return Err(self.wrong_type(at, "an object"));
        }
        Ok(Fields {
            keys,
            seen: 0,
            first: true,
        })
    }

    /// An array of `item`s, each read at its index.
    pub(super) fn list<T>(
        &mut self,
        at: &At,
        item: fn(&mut Self, &At) -> Result<T>,
    ) -> Result<Vec<T>> {
        if !self.next_is(b'[') {
            return Err(self.wrong_type(at, "an array"));
        }
        let mut items = Vec::new();
        if self.next_is(b']') {
            return Ok(items);
        }
        loop {
            items.push(item(self, &at.then(Step::Index(items.len())))?);
            if self.next_is(b',') {
                continue;
            }
            if self.next_is(b']') {
                return Ok(items);
            }
            return Err(self.error("expected `,` or `]`"));
        }
    }

    /// An object, read by `item`: a struct's reader, `Source::read`.
    #[inline(always)]
    pub(super) fn object<T>(
        &mut self,
        at: &At,
        item: fn(&mut Self, &At) -> Result<T>,
    ) -> Result<T> {
        item(self, at)
    }

    #[inline(never)]
    pub(super) fn text(&mut self, at: &At) -> Result<String> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'"') => self.string().map(Cow::into_owned),
            _ => Err(self.wrong_type(at, "a string")),
        }
    }

    /// A string, or `null` for none.
    #[inline(never)]
    pub(super) fn optional_text(&mut self, at: &At) -> Result<Option<String>> {
        self.skip_whitespace();
        if self.word("null") {
            return Ok(None);
        }
        self.text(at).map(Some)
    }

    #[inline(never)]
    pub(super) fn number(&mut self, at: &At) -> Result<f64> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => self.read_number(),
            _ => Err(self.wrong_type(at, "a number")),
        }
    }

    /// A whole number from 0 to 2³²−1 (a schema version, an order).
    #[inline(never)]
    pub(super) fn count(&mut self, at: &At) -> Result<u32> {
        self.skip_whitespace();
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.wrong_type(at, "a whole number"));
        }
        let n = self.read_number()?;
        if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) {
            Ok(n as u32)
        } else {
            Err(at.error(format!(
                "invalid value: {}, expected a whole number from 0 to {}",
                decimal::write(n),
                u32::MAX
            )))
        }
    }

    /// One of the names in `table`, as the schema spells it ("killed", "at_least").
    pub(super) fn variant<T: Copy>(&mut self, at: &At, table: &[(&str, T)]) -> Result<T> {
        let name = self.text(at)?;
        table
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, v)| v)
            .ok_or_else(|| {
                let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
                at.error(format!(
                    "unknown variant `{name}`, expected one of {}",
                    quoted(&names)
                ))
            })
    }

    /// One of the names in `table`, or `null` for none.
    pub(super) fn optional_variant<T: Copy>(
        &mut self,
        at: &At,
        table: &[(&str, T)],
    ) -> Result<Option<T>> {
        self.skip_whitespace();
        if self.word("null") {
            return Ok(None);
        }
        self.variant(at, table).map(Some)
    }

    /// "invalid type: string \"nine\", expected a number": what stands next, read to be named.
    #[cold]
    #[inline(never)]
    fn wrong_type(&mut self, at: &At, expected: &str) -> ReferenceError {
        self.skip_whitespace();
        let found = match self.peek() {
            Some(b'"') => match self.string() {
                Ok(s) => format!("string {s:?}"),
                Err(e) => return e,
            },
            Some(b'-' | b'0'..=b'9') => match self.read_number() {
                Ok(n) => format!("number {}", decimal::write(n)),
                Err(e) => return e,
            },
            Some(b'[') => "an array".to_string(),
            Some(b'{') => "an object".to_string(),
            _ if self.word("null") => "null".to_string(),
            _ if self.word("true") => "boolean `true`".to_string(),
            _ if self.word("false") => "boolean `false`".to_string(),
            Some(_) => return self.error("expected a value"),
            None => return self.error("EOF while parsing a value"),
        };
        at.error(format!("invalid type: {found}, expected {expected}"))
    }

    /// A string from its opening quote; borrowed unless it has escapes.
    #[inline(never)]
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.at += 1; // `"`
        let start = self.at;
        self.skip_plain();
        match self.peek() {
            Some(b'"') => {
                self.at += 1;
                Ok(Cow::Borrowed(&self.text[start..self.at - 1]))
            }
            Some(b'\\') => self.escaped_string(start).map(Cow::Owned),
            Some(_) => Err(self.error("control character in a string")),
            None => Err(self.error("EOF while parsing a string")),
        }
    }

    /// Moves past the characters of a string that stand for themselves: up to its closing
    /// quote, an escape or a control character. Most of the parse is spent here, so it looks
    /// at eight bytes at a time while none of them is one of those.
    fn skip_plain(&mut self) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        // Flags bytes of `x` below `n`: exact for the lowest such byte, which is all the
        // loop needs, since it only stops on a flag and goes on byte by byte.
        let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
        while let Some(chunk) = self.bytes.get(self.at..self.at + 8) {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let w = u64::from_le_bytes(word);
            let special = below(w ^ (ONES * u64::from(b'"')), 1)
                | below(w ^ (ONES * u64::from(b'\\')), 1)
                | below(w, 0x20);
            if special != 0 {
                break;
            }
            self.at += 8;
        }
        let rest = &self.bytes[self.at..];
        self.at += rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .unwrap_or(rest.len());
    }

    /// A string that opened at `start` and has an escape at the current position.
    fn escaped_string(&mut self, mut start: usize) -> Result<String> {
        let mut s = String::new();
        loop {
            match self.peek() {
                Some(b'"') => {
                    s.push_str(&self.text[start..self.at]);
                    self.at += 1;
                    return Ok(s);
                }
                Some(b'\\') => {
                    s.push_str(&self.text[start..self.at]);
                    self.at += 1;
                    s.push(self.escape()?);
                    start = self.at;
                }
                Some(0..=0x1f) => return Err(self.error("control character in a string")),
                Some(_) => self.skip_plain(),
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
    }

    /// The character an escape stands for, from just after its backslash.
    fn escape(&mut self) -> Result<char> {
        let Some(&b) = self.bytes.get(self.at) else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.at -= 1;
                return Err(self.error("invalid escape"));
            }
        })
    }

    /// `\uXXXX`, with a surrogate pair read as one character.
    fn unicode_escape(&mut self) -> Result<char> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return char::from_u32(high)
                .ok_or_else(|| self.error("lone surrogate in a \\u escape"));
        }
        if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
            return Err(self.error("lone surrogate in a \\u escape"));
        }
        self.at += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return Err(self.error("lone surrogate in a \\u escape"));
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            .ok_or_else(|| self.error("invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid \\u escape"))
    }

    /// A number as JSON writes it: `-`, digits without a leading zero, a fraction, an exponent.
    fn read_number(&mut self) -> Result<f64> {
        let start = self.at;
        self.eat(b'-');
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("invalid number")),
        }
        if self.eat(b'.') {
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.error("invalid number"));
            }
            self.digits();
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.error("invalid number"));
            }
            self.digits();
        }
        match decimal::parse(&self.text[start..self.at]) {
            Some(n) if n.is_finite() => Ok(n),
            _ => Err(self.error("number out of range")),
        }
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    /// Takes `word` (`null`, `true`, `false`) if it is next.
    fn word(&mut self, word: &str) -> bool {
        let found = self.text[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.at += usize::from(found);
        found
    }

    /// Skips whitespace, then takes `b` if it is next.
    fn next_is(&mut self, b: u8) -> bool {
        self.skip_whitespace();
        self.eat(b)
    }

    /// A syntax error, named by line and column (both from 1; columns count characters).
    #[cold]
    #[inline(never)]
    fn error(&self, problem: &str) -> ReferenceError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |n| n + 1)..]
            .chars()
            .count()
            + 1;
        ReferenceError {
            path: format!("line {line}, column {column}"),
            problem: problem.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::{Category, Qualifier};

    fn problem(json: &str) -> String {
        reference(json).expect_err("an error").to_string()
    }

    #[test]
    fn escapes_and_surrogate_pairs_are_read() {
        let mut p = Parser::new(r#""a\"b\\c\/\n\u00e9\ud83d\ude00 d""#);
        assert_eq!(p.string().unwrap(), "a\"b\\c/\né😀 d");
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let mut p = Parser::new(r#""Kyiv""#);
        assert!(matches!(p.string(), Ok(Cow::Borrowed("Kyiv"))));
    }

    #[test]
    fn numbers_follow_json_grammar() {
        let read = |s: &str| {
            let mut p = Parser::new(s);
            p.number(&At::ROOT).and_then(|n| p.end().map(|()| n))
        };
        for good in ["0", "-1", "23", "2.5", "1e3", "-0.5E-2"] {
            assert!(read(good).is_ok(), "{good}");
        }
        for bad in ["01", "1.", ".5", "-", "1e", "+1", "1e999"] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        assert_eq!(
            problem("{\"schema\": 1,\n  \"incidents\": [}"),
            "reference set: line 2, column 17: expected a value"
        );
        assert_eq!(
            problem("{\"schema\": 1"),
            "reference set: line 1, column 13: expected `,` or `}`"
        );
        assert_eq!(
            problem(r#"{"schema": 1, "incidents": []} x"#),
            "reference set: line 1, column 32: trailing characters after the JSON value"
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_recursing_into_it() {
        let deep = "[".repeat(100_000);
        assert_eq!(
            problem(&deep),
            "reference set: invalid type: an array, expected an object"
        );
    }

    #[test]
    fn an_incident_is_named_by_its_id_once_read_else_by_its_index() {
        let figure = r#"{"category": "killed", "scope": "Kyiv", "reports": [{"value": 1}]}"#;
        let id_first =
            format!(r#"{{"schema": 1, "incidents": [{{"id": "x", "figures": [{figure}]}}]}}"#);
        assert!(problem(&id_first).starts_with(
            "reference set: incidents[x].figures[0].reports[0]: missing field `order`"
        ));
        let id_last =
            format!(r#"{{"schema": 1, "incidents": [{{"figures": [{figure}], "id": "x"}}]}}"#);
        assert!(problem(&id_last).starts_with(
            "reference set: incidents[0].figures[0].reports[0]: missing field `order`"
        ));
    }

    #[test]
    fn wrong_types_missing_unknown_and_repeated_fields_name_their_path() {
        assert_eq!(
            problem(r#"{"schema": "one", "incidents": []}"#),
            "reference set: schema: invalid type: string \"one\", expected a whole number"
        );
        assert_eq!(
            problem(r#"{"schema": 1}"#),
            "reference set: missing field `incidents`"
        );
        assert_eq!(
            problem(r#"{"schema": 1, "schema": 1, "incidents": []}"#),
            "reference set: duplicate field `schema`"
        );
        assert_eq!(
            problem(r#"{"schema": 1.5, "incidents": []}"#),
            "reference set: schema: invalid value: 1.5, expected a whole number from 0 to 4294967295"
        );
        assert!(problem(r#"{"schema": 1, "incidents": [], "x": 1}"#)
            .ends_with("unknown field `x`, expected one of `schema`, `incidents`, `people`"));
    }

    #[test]
    fn categories_and_qualifiers_are_read_by_their_schema_names() {
        let read = |json: &str| Parser::new(json).variant(&At::ROOT, Category::NAMES);
        assert_eq!(read(r#""killed""#).ok(), Some(Category::Killed));
        let at_least = Parser::new(r#""at_least""#).variant(&At::ROOT, Qualifier::NAMES);
        assert_eq!(at_least.ok(), Some(Qualifier::AtLeast));
        for &(name, category) in Category::NAMES {
            assert_eq!(
                serde_json::to_value(category).unwrap(),
                name,
                "as reports write it"
            );
        }
        for &(name, qualifier) in Qualifier::NAMES {
            assert_eq!(
                serde_json::to_value(qualifier).unwrap(),
                name,
                "as reports write it"
            );
        }
        let e = read(r#""kiled""#).unwrap_err();
        assert!(e
            .problem
            .starts_with("unknown variant `kiled`, expected one of `killed`"));
    }
}
