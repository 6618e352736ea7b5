//! Reads a reference set from JSON text, by hand.
//!
//! serde's derived deserializers were a fifth of the wasm, and parsing the bundled set with
//! them was most of the engine's start-up. Here the text is parsed once into a small tree of
//! values, then each struct is read from the tree by one short function. Reading from a
//! tree keeps the path of every value at hand, so an error says where it is
//! (`incidents[kyiv-2025-04-24].figures[0].reports[1].order: missing field`) without a
//! second scan of the text, and a malformed text is named by line and column.
//!
//! Problems are reported as serde did: the first one in the order of the text, with unknown
//! fields, duplicate fields and missing fields refused. [`Fields`] refuses unknown keys, so
//! the last arm of each struct's `match` takes the one key left.

use super::{
    FigureSeries, Incident, Named, Person, Quote, Reference, ReferenceError, RelatedEvent, Report,
    Role, Source,
};
use crate::figures::{Category, Qualifier};
use crate::text::decimal;
use std::borrow::Cow;

/// Deeper nesting than any reference set needs; it bounds the parser's recursion.
const MAX_DEPTH: usize = 64;

type Result<T> = std::result::Result<T, ReferenceError>;

/// Parses and reads a whole reference set (not yet validated: see `validate`).
pub(super) fn reference(json: &str) -> Result<Reference> {
    let value = Parser::new(json).document()?;
    let at = At::ROOT;
    let mut fields = Fields::of(&value, &at, &["schema", "incidents", "people"])?;
    let (mut schema, mut incidents, mut people) = (None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "schema" => schema = Some(count(value, &at)?),
            "incidents" => incidents = Some(list_of_incidents(value, &at)?),
            _ => people = Some(list(value, &at, person)?),
        }
    }
    Ok(Reference {
        schema: required(schema, "schema", &at)?,
        incidents: required(incidents, "incidents", &at)?,
        people: people.unwrap_or_default(),
    })
}

// ---------------------------------------------------------------------------------------
// The structs, one function each: fields in any order, each at most once.
// ---------------------------------------------------------------------------------------

/// Incidents are named in paths by their id when they have one: `incidents[kyiv-2025-04-24]`.
fn list_of_incidents(value: &Value, at: &At) -> Result<Vec<Incident>> {
    let Value::List(items) = value else {
        return Err(at.wrong_type(value, "an array"));
    };
    items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let id = match item {
                Value::Object(entries) => entries.iter().find_map(|(k, v)| match (&**k, v) {
                    ("id", Value::Text(id)) if !id.is_empty() => Some(&**id),
                    _ => None,
                }),
                _ => None,
            };
            let step = id.map_or(Step::Index(n), Step::Id);
            incident(item, &at.then(step))
        })
        .collect()
}

fn incident(value: &Value, at: &At) -> Result<Incident> {
    const KEYS: &[&str] = &[
        "id",
        "title",
        "date",
        "night_of",
        "weekday",
        "places",
        "buildings",
        "context",
        "figures",
        "quotes",
        "related",
    ];
    let mut fields = Fields::of(value, at, KEYS)?;
    let (mut id, mut title, mut date, mut night_of, mut weekday) = (None, None, None, None, None);
    let (mut places, mut buildings, mut context) = (None, None, None);
    let (mut figures, mut quotes, mut related) = (None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "id" => id = Some(text(value, &at)?),
            "title" => title = Some(text(value, &at)?),
            "date" => date = Some(text(value, &at)?),
            "night_of" => night_of = Some(text(value, &at)?),
            "weekday" => weekday = Some(text(value, &at)?),
            "places" => places = Some(list(value, &at, named)?),
            "buildings" => buildings = Some(list(value, &at, named)?),
            "context" => context = Some(list(value, &at, named)?),
            "figures" => figures = Some(list(value, &at, series)?),
            "quotes" => quotes = Some(list(value, &at, quote)?),
            _ => related = Some(list(value, &at, related_event)?),
        }
    }
    Ok(Incident {
        id: required(id, "id", at)?,
        title: required(title, "title", at)?,
        date: required(date, "date", at)?,
        night_of: required(night_of, "night_of", at)?,
        weekday: required(weekday, "weekday", at)?,
        places: places.unwrap_or_default(),
        buildings: buildings.unwrap_or_default(),
        context: context.unwrap_or_default(),
        figures: required(figures, "figures", at)?,
        quotes: quotes.unwrap_or_default(),
        related: related.unwrap_or_default(),
    })
}

fn related_event(value: &Value, at: &At) -> Result<RelatedEvent> {
    let mut fields = Fields::of(value, at, &["id", "title", "date", "aliases", "figures"])?;
    let (mut id, mut title, mut date, mut aliases, mut figures) = (None, None, None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "id" => id = Some(text(value, &at)?),
            "title" => title = Some(text(value, &at)?),
            "date" => date = Some(text(value, &at)?),
            "aliases" => aliases = Some(list(value, &at, text)?),
            _ => figures = Some(list(value, &at, series)?),
        }
    }
    Ok(RelatedEvent {
        id: required(id, "id", at)?,
        title: required(title, "title", at)?,
        date: required(date, "date", at)?,
        aliases: aliases.unwrap_or_default(),
        figures: figures.unwrap_or_default(),
    })
}

fn named(value: &Value, at: &At) -> Result<Named> {
    let mut fields = Fields::of(value, at, &["name", "kind", "aliases"])?;
    let (mut name, mut kind, mut aliases) = (None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "name" => name = Some(text(value, &at)?),
            "kind" => kind = Some(optional_text(value, &at)?),
            _ => aliases = Some(list(value, &at, text)?),
        }
    }
    Ok(Named {
        name: required(name, "name", at)?,
        kind: kind.flatten(),
        aliases: aliases.unwrap_or_default(),
    })
}

fn series(value: &Value, at: &At) -> Result<FigureSeries> {
    let mut fields = Fields::of(
        value,
        at,
        &["category", "scope", "group", "subtype", "reports"],
    )?;
    let (mut category, mut scope, mut group, mut subtype, mut reports) =
        (None, None, None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "category" => category = Some(variant(value, &at, Category::NAMES)?),
            "scope" => scope = Some(text(value, &at)?),
            "group" => group = Some(optional_text(value, &at)?),
            "subtype" => subtype = Some(optional_text(value, &at)?),
            _ => reports = Some(list(value, &at, report)?),
        }
    }
    Ok(FigureSeries {
        category: required(category, "category", at)?,
        scope: required(scope, "scope", at)?,
        group: group.flatten(),
        subtype: subtype.flatten(),
        reports: required(reports, "reports", at)?,
    })
}

fn report(value: &Value, at: &At) -> Result<Report> {
    let mut fields = Fields::of(
        value,
        at,
        &["value", "qualifier", "order", "source", "note"],
    )?;
    let (mut number_, mut qualifier, mut order, mut source_, mut note) =
        (None, None, None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "value" => number_ = Some(number(value, &at)?),
            "qualifier" => qualifier = Some(variant(value, &at, Qualifier::NAMES)?),
            "order" => order = Some(count(value, &at)?),
            "source" => source_ = Some(source(value, &at)?),
            _ => note = Some(optional_text(value, &at)?),
        }
    }
    Ok(Report {
        value: required(number_, "value", at)?,
        qualifier: qualifier.unwrap_or(Qualifier::Exact),
        order: required(order, "order", at)?,
        source: required(source_, "source", at)?,
        note: note.flatten(),
    })
}

fn source(value: &Value, at: &At) -> Result<Source> {
    let mut fields = Fields::of(value, at, &["seed", "sentence", "url", "name", "date"])?;
    let mut source = Source {
        seed: None,
        sentence: None,
        url: None,
        name: None,
        date: None,
    };
    while let Some((key, value, at)) = fields.next()? {
        let slot = match key {
            "seed" => &mut source.seed,
            "sentence" => &mut source.sentence,
            "url" => &mut source.url,
            "name" => &mut source.name,
            _ => &mut source.date,
        };
        *slot = optional_text(value, &at)?;
    }
    Ok(source)
}

fn quote(value: &Value, at: &At) -> Result<Quote> {
    let mut fields = Fields::of(value, at, &["speaker", "text", "source"])?;
    let (mut speaker, mut said, mut source_) = (None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "speaker" => speaker = Some(text(value, &at)?),
            "text" => said = Some(text(value, &at)?),
            _ => source_ = Some(source(value, &at)?),
        }
    }
    Ok(Quote {
        speaker: required(speaker, "speaker", at)?,
        text: required(said, "text", at)?,
        source: required(source_, "source", at)?,
    })
}

fn person(value: &Value, at: &At) -> Result<Person> {
    let mut fields = Fields::of(value, at, &["name", "aliases", "roles"])?;
    let (mut name, mut aliases, mut roles) = (None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "name" => name = Some(text(value, &at)?),
            "aliases" => aliases = Some(list(value, &at, text)?),
            _ => roles = Some(list(value, &at, role)?),
        }
    }
    Ok(Person {
        name: required(name, "name", at)?,
        aliases: aliases.unwrap_or_default(),
        roles: required(roles, "roles", at)?,
    })
}

fn role(value: &Value, at: &At) -> Result<Role> {
    let mut fields = Fields::of(value, at, &["role", "titles", "from", "to"])?;
    let (mut role, mut titles, mut from, mut to) = (None, None, None, None);
    while let Some((key, value, at)) = fields.next()? {
        match key {
            "role" => role = Some(text(value, &at)?),
            "titles" => titles = Some(list(value, &at, text)?),
            "from" => from = Some(text(value, &at)?),
            _ => to = Some(optional_text(value, &at)?),
        }
    }
    Ok(Role {
        role: required(role, "role", at)?,
        titles: titles.unwrap_or_default(),
        from: required(from, "from", at)?,
        to: to.flatten(),
    })
}

// ---------------------------------------------------------------------------------------
// Values of each kind.
// ---------------------------------------------------------------------------------------

fn text(value: &Value, at: &At) -> Result<String> {
    match value {
        Value::Text(s) => Ok(s.to_string()),
        _ => Err(at.wrong_type(value, "a string")),
    }
}

/// A string, or `null` for none.
fn optional_text(value: &Value, at: &At) -> Result<Option<String>> {
    match value {
        Value::Null => Ok(None),
        _ => text(value, at).map(Some),
    }
}

fn number(value: &Value, at: &At) -> Result<f64> {
    match value {
        Value::Number(n) => Ok(*n),
        _ => Err(at.wrong_type(value, "a number")),
    }
}

/// A whole number from 0 to 2³²−1 (a schema version, an order).
fn count(value: &Value, at: &At) -> Result<u32> {
    match value {
        Value::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
            Ok(*n as u32)
        }
        Value::Number(n) => Err(at.error(format!(
            "invalid value: {}, expected a whole number from 0 to {}",
            decimal::write(*n),
            u32::MAX
        ))),
        _ => Err(at.wrong_type(value, "a whole number")),
    }
}

/// One of the names in `table`, as the schema spells it ("killed", "at_least").
fn variant<T: Copy>(value: &Value, at: &At, table: &[(&str, T)]) -> Result<T> {
    let Value::Text(name) = value else {
        return Err(at.wrong_type(value, "a string"));
    };
    table
        .iter()
        .find(|(n, _)| n == name)
        .map(|&(_, v)| v)
        .ok_or_else(|| {
            let names: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
            at.error(format!(
                "unknown variant `{name}`, expected one of {}",
                quoted(&names)
            ))
        })
}

fn list<T>(value: &Value, at: &At, item: fn(&Value, &At) -> Result<T>) -> Result<Vec<T>> {
    match value {
        Value::List(items) => items
            .iter()
            .enumerate()
            .map(|(n, v)| item(v, &at.then(Step::Index(n))))
            .collect(),
        _ => Err(at.wrong_type(value, "an array")),
    }
}

fn required<T>(slot: Option<T>, key: &str, at: &At) -> Result<T> {
    slot.ok_or_else(|| at.error(format!("missing field `{key}`")))
}

/// "`a`, `b`, `c`": the names serde's messages listed.
fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

/// An object's entries in order, each key checked against the struct's fields as it comes.
struct Fields<'v, 'a> {
    entries: std::slice::Iter<'v, (Cow<'v, str>, Value<'v>)>,
    at: &'a At<'a>,
    keys: &'static [&'static str],
    /// Bit `i` is set once `keys[i]` has been read.
    seen: u32,
}

impl<'v, 'a> Fields<'v, 'a> {
    fn of(value: &'v Value<'v>, at: &'a At<'a>, keys: &'static [&'static str]) -> Result<Self> {
        match value {
            Value::Object(entries) => Ok(Fields {
                entries: entries.iter(),
                at,
                keys,
                seen: 0,
            }),
            _ => Err(at.wrong_type(value, "an object")),
        }
    }

    /// The next entry with the path of its value; unknown and repeated keys are errors.
    #[allow(clippy::type_complexity)]
    fn next(&mut self) -> Result<Option<(&'static str, &'v Value<'v>, At<'a>)>> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let Some(i) = self.keys.iter().position(|k| k == key) else {
            return Err(self.at.error(format!(
                "unknown field `{key}`, expected one of {}",
                quoted(self.keys)
            )));
        };
        if self.seen & (1 << i) != 0 {
            return Err(self.at.error(format!("duplicate field `{key}`")));
        }
        self.seen |= 1 << i;
        let key = self.keys[i];
        Ok(Some((key, value, self.at.then(Step::Key(key)))))
    }
}

// ---------------------------------------------------------------------------------------
// Paths.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'static str),
    Index(usize),
    /// An incident named by its id.
    Id(&'a str),
}

/// Where a value stands: a chain of steps up to the root, written out only for an error.
struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Option<Step<'a>>,
}

impl<'a> At<'a> {
    const ROOT: At<'static> = At {
        parent: None,
        step: None,
    };

    fn then(&'a self, step: Step<'a>) -> At<'a> {
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

    fn error(&self, problem: String) -> ReferenceError {
        ReferenceError {
            path: self.path(),
            problem,
        }
    }

    fn wrong_type(&self, found: &Value, expected: &str) -> ReferenceError {
        let found = match found {
            Value::Null => "null".to_string(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) => format!("number {}", decimal::write(*n)),
            Value::Text(s) => format!("string {s:?}"),
            Value::List(_) => "an array".to_string(),
            Value::Object(_) => "an object".to_string(),
        };
        self.error(format!("invalid type: {found}, expected {expected}"))
    }
}

// ---------------------------------------------------------------------------------------
// The JSON parser: text to a tree of values, or the line and column of the first problem.
// ---------------------------------------------------------------------------------------

enum Value<'a> {
    Null,
    Bool(bool),
    Number(f64),
    /// Borrowed from the text unless it had escapes.
    Text(Cow<'a, str>),
    List(Vec<Value<'a>>),
    /// Entries in the order of the text, repeated keys kept (they are refused when read).
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
            depth: 0,
        }
    }

    /// One value and nothing after it but whitespace.
    fn document(mut self) -> Result<Value<'a>> {
        let value = self.value()?;
        self.skip_whitespace();
        if self.at < self.bytes.len() {
            return Err(self.error("trailing characters after the JSON value"));
        }
        Ok(value)
    }

    fn value(&mut self) -> Result<Value<'a>> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::list),
            Some(b'"') => self.string().map(Value::Text),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("EOF while parsing a value")),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Value<'a>>) -> Result<Value<'a>> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn object(&mut self) -> Result<Value<'a>> {
        self.at += 1; // `{`
        let mut entries = Vec::new();
        if self.next_is(b'}') {
            return Ok(Value::Object(entries));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key = self.string()?;
            if !self.next_is(b':') {
                return Err(self.error("expected `:`"));
            }
            entries.push((key, self.value()?));
            if self.next_is(b',') {
                continue;
            }
            if self.next_is(b'}') {
                return Ok(Value::Object(entries));
            }
            return Err(self.error("expected `,` or `}`"));
        }
    }

    fn list(&mut self) -> Result<Value<'a>> {
        self.at += 1; // `[`
        let mut items = Vec::new();
        if self.next_is(b']') {
            return Ok(Value::List(items));
        }
        loop {
            items.push(self.value()?);
            if self.next_is(b',') {
                continue;
            }
            if self.next_is(b']') {
                return Ok(Value::List(items));
            }
            return Err(self.error("expected `,` or `]`"));
        }
    }

    /// A string from its opening quote; borrowed unless it has escapes.
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
    /// quote, an escape or a control character. The one loop most of the parse is spent in.
    fn skip_plain(&mut self) {
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
    fn number(&mut self) -> Result<Value<'a>> {
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
            Some(n) if n.is_finite() => Ok(Value::Number(n)),
            _ => Err(self.error("number out of range")),
        }
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
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

    fn problem(json: &str) -> String {
        reference(json).expect_err("an error").to_string()
    }

    #[test]
    fn escapes_and_surrogate_pairs_are_read() {
        let mut p = Parser::new(r#""a\"b\\c\/\n\u00e9\ud83d\ude00 d""#);
        let Ok(Value::Text(s)) = p.value() else {
            panic!("a string")
        };
        assert_eq!(s, "a\"b\\c/\né😀 d");
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let mut p = Parser::new(r#""Kyiv""#);
        assert!(matches!(p.value(), Ok(Value::Text(Cow::Borrowed("Kyiv")))));
    }

    #[test]
    fn numbers_follow_json_grammar() {
        for good in ["0", "-1", "23", "2.5", "1e3", "-0.5E-2"] {
            assert!(Parser::new(good).document().is_ok(), "{good}");
        }
        for bad in ["01", "1.", ".5", "-", "1e", "+1", "1e999"] {
            assert!(Parser::new(bad).document().is_err(), "{bad}");
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
            problem("{} x"),
            "reference set: line 1, column 4: trailing characters after the JSON value"
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(problem(&deep).contains("nested too deeply"));
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
        let at = At::ROOT;
        let killed = Value::Text("killed".into());
        assert_eq!(
            variant(&killed, &at, Category::NAMES).ok(),
            Some(Category::Killed)
        );
        let at_least = Value::Text("at_least".into());
        assert_eq!(
            variant(&at_least, &at, Qualifier::NAMES).ok(),
            Some(Qualifier::AtLeast)
        );
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
        let e = variant(&Value::Text("kiled".into()), &at, Category::NAMES).unwrap_err();
        assert!(e
            .problem
            .starts_with("unknown variant `kiled`, expected one of `killed`"));
    }
}
