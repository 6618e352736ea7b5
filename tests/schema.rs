//! The report is described three times: by its Rust types (`src/report.rs`), by the order in
//! which `src/crossing.js` reads their fields (by position: the wasm sends the values without
//! their names, `src/crossing.rs`), and by the interfaces of `src/report.d.ts`. This test holds
//! the other two to the Rust types, natively and in milliseconds, and names what drifted.
//!
//! - The Rust side is what serializing real reports (the five seeds) gives, recorded by a
//!   small [`serde::Serializer`]: each struct's name, its fields in the order they are
//!   written, and the shape of each (number, boolean, string, optional, list, struct). A field
//!   that is `None` or an empty list in every seed has a shape only partly known (`?`) and is
//!   checked only that far.
//! - `crossing.js` is read as text. Its readers are the `const name = () => ({ ... })` (or
//!   `Object.freeze({ ... })`) and the `const report = { ... }` object literals, each field
//!   `key: reader`, where the reader is `number()`, `bool()`, `string()`, `optional(r)`,
//!   `list(r)`, another reader's `r()`, or `(at++, null)` (a list of which only the length
//!   crosses). `report` reads [`factcheck::Report`] and `value` a
//!   [`factcheck::report::ReferenceValue`] (what `wasm.rs` sends: the report, then the new
//!   series' values); the others are found from where they are called.
//! - `report.d.ts` is read as text: each `export interface Name { key: type; ... }`, comments
//!   dropped. A type is `number` (or a number), `boolean`, `string` (or string literals, or a
//!   type alias of the file), `T | null`, `T[]` (with `readonly` and `Readonly<T>`), an
//!   interface's name, or an inline `{ ... }`. Interfaces are found from `Report` down.
#![cfg(not(target_arch = "wasm32"))]

use serde::ser::{self, Impossible, Serialize};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::LazyLock;

const CROSSING_JS: &str = "src/crossing.js";
const REPORT_D_TS: &str = "src/report.d.ts";

/// The JavaScript readers whose Rust type is not found from where they are called: the
/// values `wasm.rs` sends.
const JS_ROOTS: &[(&str, &str)] = &[("report", "Report"), ("value", "ReferenceValue")];

/// TypeScript names for Rust types that `report.d.ts` spells otherwise: none today, as each
/// concept has one name on both sides; a rename on one side alone fails here.
const TS_ALIASES: &[(&str, &str)] = &[];

// ---------------------------------------------------------------------------------------
// Shapes, on every side.
// ---------------------------------------------------------------------------------------

/// What a field holds, as far as the crossing's layout and TypeScript's types tell it.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Number,
    Bool,
    Str,
    Option(Box<Shape>),
    List(Box<Shape>),
    /// A struct, by its name on that side (a Rust type, a JavaScript reader, an interface).
    Struct(String),
    /// A TypeScript inline object type: its keys and their types.
    Inline(Vec<(String, Shape)>),
    /// crossing.js: a list of which only the length crosses, `(at++, null)`.
    LengthOnly,
    /// Rust: not seen (a field `None`, or a list empty, in every report serialized).
    Unknown,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Number => f.write_str("number"),
            Shape::Bool => f.write_str("boolean"),
            Shape::Str => f.write_str("string"),
            Shape::Option(s) => write!(f, "optional({s})"),
            Shape::List(s) => write!(f, "list({s})"),
            Shape::Struct(name) => f.write_str(name),
            Shape::Inline(fields) => write!(f, "{{ {} }}", keys(fields).join(", ")),
            Shape::LengthOnly => f.write_str("(at++, null)"),
            Shape::Unknown => f.write_str("?"),
        }
    }
}

type Fields = Vec<(String, Shape)>;

fn keys(fields: &[(String, Shape)]) -> Vec<&str> {
    fields.iter().map(|(k, _)| k.as_str()).collect()
}

// ---------------------------------------------------------------------------------------
// The Rust side: real reports, serialized into a record of their structs.
// ---------------------------------------------------------------------------------------

/// Every struct the reports of the five seeds hold, by name, with its fields in order.
static RUST_TYPES: LazyLock<BTreeMap<String, Fields>> = LazyLock::new(rust_types);

fn rust_types() -> BTreeMap<String, Fields> {
    let reference = factcheck::Reference::bundled();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut seeds: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seeds.sort();
    let recorder = Recorder::default();
    for seed in &seeds {
        let text = std::fs::read_to_string(seed).unwrap();
        let report = factcheck::check(&text, &reference);
        report
            .serialize(&recorder)
            .unwrap_or_else(|e| panic!("{}: {e}", seed.display()));
    }
    let types = recorder.structs.into_inner();
    for (name, fields) in &types {
        for (key, shape) in fields {
            assert!(
                !matches!(shape, Shape::Unknown),
                "{name}.{key}: no seed has a value for it, so its shape is unknown"
            );
        }
    }
    types
}

#[derive(Default)]
struct Recorder {
    structs: RefCell<BTreeMap<String, Fields>>,
}

#[derive(Debug)]
struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// One shape for what two values of one field showed: `?` gives way to what is known.
fn unify(a: &Shape, b: &Shape) -> Option<Shape> {
    Some(match (a, b) {
        (Shape::Unknown, s) | (s, Shape::Unknown) => s.clone(),
        (Shape::Option(a), Shape::Option(b)) => Shape::Option(Box::new(unify(a, b)?)),
        (Shape::List(a), Shape::List(b)) => Shape::List(Box::new(unify(a, b)?)),
        (a, b) if a == b => a.clone(),
        _ => return None,
    })
}

impl Recorder {
    /// Adds one value of the struct `name`; every value must have the same fields in order.
    fn record(&self, name: &str, fields: Fields) -> Result<(), Error> {
        let mut structs = self.structs.borrow_mut();
        let Some(known) = structs.get_mut(name) else {
            structs.insert(name.to_string(), fields);
            return Ok(());
        };
        if keys(known) != keys(&fields) {
            return Err(Error(format!(
                "{name} was serialized with two lists of fields: {:?} and {:?}",
                keys(known),
                keys(&fields)
            )));
        }
        for ((key, a), (_, b)) in known.iter_mut().zip(&fields) {
            *a = unify(a, b)
                .ok_or_else(|| Error(format!("{name}.{key} was serialized as {a} and as {b}")))?;
        }
        Ok(())
    }
}

macro_rules! numbers {
    ($($method:ident: $type:ty),*) => {$(
        fn $method(self, _: $type) -> Result<Shape, Error> {
            Ok(Shape::Number)
        }
    )*};
}

impl<'r> ser::Serializer for &'r Recorder {
    type Ok = Shape;
    type Error = Error;
    type SerializeSeq = Items<'r>;
    type SerializeTuple = Impossible<Shape, Error>;
    type SerializeTupleStruct = Impossible<Shape, Error>;
    type SerializeTupleVariant = Impossible<Shape, Error>;
    type SerializeMap = Impossible<Shape, Error>;
    type SerializeStruct = Struct<'r>;
    type SerializeStructVariant = Impossible<Shape, Error>;

    numbers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32, serialize_f64: f64
    );
    fn serialize_bool(self, _: bool) -> Result<Shape, Error> {
        Ok(Shape::Bool)
    }
    fn serialize_char(self, _: char) -> Result<Shape, Error> {
        Ok(Shape::Str)
    }
    fn serialize_str(self, _: &str) -> Result<Shape, Error> {
        Ok(Shape::Str)
    }
    fn serialize_unit_variant(self, _: &str, _: u32, _: &str) -> Result<Shape, Error> {
        Ok(Shape::Str)
    }
    fn serialize_none(self) -> Result<Shape, Error> {
        Ok(Shape::Option(Box::new(Shape::Unknown)))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Shape, Error> {
        Ok(Shape::Option(Box::new(value.serialize(self)?)))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Shape, Error> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'r>, Error> {
        Ok(Items {
            recorder: self,
            item: Shape::Unknown,
        })
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Struct<'r>, Error> {
        Ok(Struct {
            recorder: self,
            name,
            fields: Vec::new(),
        })
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Shape, Error> {
        Err(Error("bytes, which the crossing has no layout for".into()))
    }
    fn serialize_unit(self) -> Result<Shape, Error> {
        Err(Error("a unit, which the crossing has no layout for".into()))
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<Shape, Error> {
        Err(Error(format!("the unit struct {name}")))
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Shape, Error> {
        Err(Error(format!("the enum {name} with data")))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error("a tuple".into()))
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error(format!("the tuple struct {name}")))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(format!("the enum {name} with data")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("a map".into()))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error(format!("the enum {name} with data")))
    }
}

struct Items<'r> {
    recorder: &'r Recorder,
    item: Shape,
}

impl ser::SerializeSeq for Items<'_> {
    type Ok = Shape;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        let shape = value.serialize(self.recorder)?;
        self.item = unify(&self.item, &shape)
            .ok_or_else(|| Error(format!("a list holds both {} and {shape}", self.item)))?;
        Ok(())
    }
    fn end(self) -> Result<Shape, Error> {
        Ok(Shape::List(Box::new(self.item)))
    }
}

struct Struct<'r> {
    recorder: &'r Recorder,
    name: &'static str,
    fields: Fields,
}

impl ser::SerializeStruct for Struct<'_> {
    type Ok = Shape;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let shape = value.serialize(self.recorder)?;
        self.fields.push((key.to_string(), shape));
        Ok(())
    }
    fn end(self) -> Result<Shape, Error> {
        self.recorder.record(self.name, self.fields)?;
        Ok(Shape::Struct(self.name.to_string()))
    }
}

// ---------------------------------------------------------------------------------------
// Reading the JavaScript and the TypeScript as text.
// ---------------------------------------------------------------------------------------

fn source(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// How the character `c` at `i` moves the bracket depth (`<` and `>` too, for TypeScript's
/// `Readonly<T>`; not the `>` of `=>`). The parts of crossing.js read have no `<` or `>`.
fn depth_change(text: &str, i: usize, c: char) -> i32 {
    match c {
        '{' | '(' | '[' | '<' => 1,
        '}' | ')' | ']' | '>' if !text[..i].ends_with('=') => -1,
        _ => 0,
    }
}

/// The text between the bracket at `open` and the one that closes it.
fn inside(text: &str, open: usize) -> Result<&str, String> {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        depth += depth_change(text, open + i, c);
        if depth == 0 {
            return Ok(&text[open + 1..open + i]);
        }
    }
    Err(format!(
        "no closing bracket for the one at byte {open}: {:?}",
        &text[open..]
    ))
}

/// `text` cut at each `separator` outside brackets; empty pieces dropped.
fn split_outside(text: &str, separator: char) -> Vec<&str> {
    let (mut pieces, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in text.char_indices() {
        if c == separator && depth == 0 {
            pieces.push(&text[start..i]);
            start = i + 1;
        }
        depth += depth_change(text, i, c);
    }
    pieces.push(&text[start..]);
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// `text` without its `/* */` and `//` comments (neither file has them inside strings).
fn without_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                let end = rest[b..].find("*/").map_or(rest.len(), |e| b + e + 2);
                rest = &rest[end..];
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                rest = &rest[rest[l..].find('\n').map_or(rest.len(), |e| l + e)..];
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// `key: value` pieces of an object literal or an interface body, in order.
fn members(body: &str, separator: char, file: &str) -> Result<Vec<(String, String)>, String> {
    split_outside(body, separator)
        .into_iter()
        .map(|member| {
            let (key, value) = member
                .split_once(':')
                .ok_or_else(|| format!("{file}: {member:?} is not `key: value`"))?;
            let key = key
                .trim()
                .trim_start_matches("readonly ")
                .trim_end_matches('?');
            Ok((key.trim().to_string(), value.trim().to_string()))
        })
        .collect()
}

/// The readers of crossing.js, by name: their fields in the order they read them.
fn js_readers(js: &str) -> Result<BTreeMap<String, Fields>, String> {
    let js = &without_comments(js);
    let mut readers = BTreeMap::new();
    for (at, _) in js.match_indices("const ") {
        let rest = &js[at + "const ".len()..];
        let Some((name, value)) = rest.split_once('=') else {
            continue;
        };
        let name = name.trim();
        let value = value.trim_start();
        let object = if name == "report" && value.starts_with('{') {
            value
        } else if let Some(body) = value.strip_prefix("() => ") {
            let body = body.strip_prefix("Object.freeze").unwrap_or(body);
            match body.strip_prefix("(") {
                Some(object) if object.starts_with('{') => object,
                _ => continue,
            }
        } else {
            continue;
        };
        let start = js.len() - object.len();
        let mut fields = Vec::new();
        for (key, reader) in members(inside(js, start)?, ',', CROSSING_JS)? {
            let shape = js_shape(&reader)
                .map_err(|e| format!("{CROSSING_JS}: `{name}`, field `{key}`: {e}"))?;
            fields.push((key, shape));
        }
        readers.insert(name.to_string(), fields);
    }
    Ok(readers)
}

/// The shape a crossing.js reader expression reads.
fn js_shape(reader: &str) -> Result<Shape, String> {
    let reader = reader.trim();
    let by_name = |name: &str| match name {
        "number" => Shape::Number,
        "bool" => Shape::Bool,
        "string" => Shape::Str,
        other => Shape::Struct(other.to_string()),
    };
    let is_name = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    if let Some(call) = reader.strip_suffix(')') {
        if let Some(inner) = call.strip_prefix("optional(") {
            return Ok(Shape::Option(Box::new(js_shape(&format!("{inner}()"))?)));
        }
        if let Some(inner) = call.strip_prefix("list(") {
            return Ok(Shape::List(Box::new(js_shape(&format!("{inner}()"))?)));
        }
        if let Some(name) = call.strip_suffix('(').filter(|n| is_name(n)) {
            return Ok(by_name(name));
        }
        if call.replace(' ', "") == "(at++,null" {
            return Ok(Shape::LengthOnly);
        }
    }
    Err(format!(
        "cannot tell what `{reader}` reads: this test knows number(), bool(), string(), \
         optional(r), list(r), r() and (at++, null)"
    ))
}

/// The interfaces of report.d.ts and its type aliases' names.
struct Ts {
    interfaces: BTreeMap<String, Vec<(String, String)>>,
    aliases: BTreeSet<String>,
}

fn ts_declarations(ts: &str) -> Result<Ts, String> {
    let ts = without_comments(ts);
    let mut interfaces = BTreeMap::new();
    for (at, _) in ts.match_indices("export interface ") {
        let rest = &ts[at + "export interface ".len()..];
        let name = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap();
        let open = at + "export interface ".len() + rest.find('{').unwrap();
        interfaces.insert(
            name.to_string(),
            members(inside(&ts, open)?, ';', REPORT_D_TS)?,
        );
    }
    let aliases = ts
        .match_indices("export type ")
        .map(|(at, _)| {
            let rest = &ts[at + "export type ".len()..];
            rest.split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    Ok(Ts {
        interfaces,
        aliases,
    })
}

/// The shape of a TypeScript type as report.d.ts writes it.
fn ts_shape(ty: &str, ts: &Ts) -> Result<Shape, String> {
    let ty = ty.trim();
    let parts = split_outside(ty, '|');
    if parts.len() > 1 {
        let (null, rest): (Vec<&str>, Vec<&str>) = parts.into_iter().partition(|p| *p == "null");
        let all_strings = rest.iter().all(|p| p.starts_with('"') && p.ends_with('"'));
        let inner = if all_strings {
            Shape::Str
        } else if rest.len() == 1 {
            ts_shape(rest[0], ts)?
        } else {
            return Err(format!(
                "cannot tell what `{ty}` holds: a union of {rest:?}"
            ));
        };
        return Ok(if null.is_empty() {
            inner
        } else {
            Shape::Option(Box::new(inner))
        });
    }
    let ty = ty.strip_prefix("readonly ").unwrap_or(ty).trim();
    if let Some(item) = ty.strip_suffix("[]") {
        return Ok(Shape::List(Box::new(ts_shape(item, ts)?)));
    }
    if let Some(inner) = ty
        .strip_prefix("Readonly<")
        .and_then(|t| t.strip_suffix('>'))
    {
        return ts_shape(inner, ts);
    }
    if ty.starts_with('(') && ty.ends_with(')') {
        return ts_shape(&ty[1..ty.len() - 1], ts);
    }
    if ty.starts_with('{') {
        let fields = members(inside(ty, 0)?, ';', REPORT_D_TS)?;
        let fields = fields
            .iter()
            .map(|(k, t)| Ok((k.clone(), ts_shape(t, ts)?)))
            .collect::<Result<_, String>>()?;
        return Ok(Shape::Inline(fields));
    }
    Ok(match ty {
        "number" => Shape::Number,
        "boolean" => Shape::Bool,
        "string" => Shape::Str,
        _ if ty.parse::<f64>().is_ok() => Shape::Number,
        _ if ty.starts_with('"') => Shape::Str,
        _ if ts.aliases.contains(ty) => Shape::Str,
        _ if ts.interfaces.contains_key(ty) => Shape::Struct(ty.to_string()),
        _ => return Err(format!("cannot tell what `{ty}` holds")),
    })
}

// ---------------------------------------------------------------------------------------
// The comparisons.
// ---------------------------------------------------------------------------------------

/// Compares the JavaScript readers with the Rust types, from the roots down: field by field
/// in order, and each reader a nested field calls with the Rust type of that field.
fn crossing_drift(rust: &BTreeMap<String, Fields>, js: &BTreeMap<String, Fields>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut bound: BTreeMap<String, String> = BTreeMap::new();
    let mut queue: Vec<(String, String)> = JS_ROOTS
        .iter()
        .map(|&(j, r)| (j.to_string(), r.to_string()))
        .collect();
    while let Some((reader, ty)) = queue.pop() {
        if bound.contains_key(&reader) {
            continue;
        }
        bound.insert(reader.clone(), ty.clone());
        let (Some(js_fields), Some(rust_fields)) = (js.get(&reader), rust.get(&ty)) else {
            problems.push(format!(
                "{CROSSING_JS}: no reader `{reader}`, or no Rust type {ty} in the reports"
            ));
            continue;
        };
        let here = format!("{CROSSING_JS}: `{reader}` (reads {ty})");
        if keys(js_fields) != keys(rust_fields) {
            let at = (js_fields.iter().zip(rust_fields))
                .position(|((j, _), (r, _))| j != r)
                .unwrap_or(js_fields.len().min(rust_fields.len()));
            let field = |fields: &Fields| {
                fields
                    .get(at)
                    .map_or("nothing".into(), |f| format!("`{}`", f.0))
            };
            problems.push(format!(
                "{here}: field {} is {} where the Rust type has {}: crossing.js must read the Rust type's \
                 fields in the order src/report.rs declares them.\n    Rust:          {}\n    \
                 crossing.js:   {}",
                at + 1,
                field(js_fields),
                field(rust_fields),
                keys(rust_fields).join(", "),
                keys(js_fields).join(", "),
            ));
            // Still follow the readers the fields call, found by key.
            for (key, j) in js_fields {
                if let Some((_, r)) = rust_fields.iter().find(|(k, _)| k == key) {
                    crossing_agrees(j, r, &mut queue);
                }
            }
            continue;
        }
        for ((key, j), (_, r)) in js_fields.iter().zip(rust_fields) {
            if !crossing_agrees(j, r, &mut queue) {
                problems.push(format!(
                    "{here}, field `{key}`: crossing.js reads {j}, the Rust type writes {r}"
                ));
            }
        }
    }
    for reader in js.keys().filter(|r| !bound.contains_key(*r)) {
        problems.push(format!(
            "{CROSSING_JS}: reader `{reader}` is called from no field the test follows \
             (a root? add it to JS_ROOTS in tests/schema.rs)"
        ));
    }
    let read: BTreeSet<&String> = bound.values().collect();
    for ty in rust.keys().filter(|t| !read.contains(t)) {
        problems.push(format!("{CROSSING_JS}: no reader reads the Rust type {ty}"));
    }
    problems
}

fn crossing_agrees(js: &Shape, rust: &Shape, queue: &mut Vec<(String, String)>) -> bool {
    match (js, rust) {
        (_, Shape::Unknown) | (Shape::LengthOnly, Shape::List(_)) => true,
        (Shape::Option(j), Shape::Option(r)) | (Shape::List(j), Shape::List(r)) => {
            crossing_agrees(j, r, queue)
        }
        (Shape::Struct(reader), Shape::Struct(ty)) => {
            queue.push((reader.clone(), ty.clone()));
            true
        }
        (j, r) => j == r,
    }
}

/// The TypeScript name of a Rust type: its own, or an alias of [`TS_ALIASES`].
fn ts_name<'t>(ty: &'t str, ts: &Ts) -> Option<&'t str> {
    if ts.interfaces.contains_key(ty) {
        return Some(ty);
    }
    TS_ALIASES
        .iter()
        .find(|(r, t)| *r == ty && ts.interfaces.contains_key(*t))
        .map(|(_, t)| *t)
}

/// Compares the interfaces with the Rust types from `Report` down: the same keys in the same
/// order, each of the type the Rust field serializes as.
fn ts_drift(rust: &BTreeMap<String, Fields>, ts: &Ts) -> Vec<String> {
    let mut problems = Vec::new();
    let mut done = BTreeSet::new();
    let mut queue = vec![("Report".to_string(), None::<(String, Fields)>)];
    while let Some((ty, inline)) = queue.pop() {
        if !done.insert(ty.clone()) {
            continue;
        }
        let Some(rust_fields) = rust.get(&ty) else {
            problems.push(format!("no Rust type {ty} in the reports"));
            continue;
        };
        let (here, ts_fields) = match inline {
            Some((place, fields)) => (format!("{REPORT_D_TS}: {place} (for {ty})"), fields),
            None => {
                let Some(name) = ts_name(&ty, ts) else {
                    problems.push(format!("{REPORT_D_TS}: no interface {ty}"));
                    continue;
                };
                let members = &ts.interfaces[name];
                let mut fields = Vec::new();
                for (key, t) in members {
                    match ts_shape(t, ts) {
                        Ok(shape) => fields.push((key.clone(), shape)),
                        Err(e) => problems.push(format!("{REPORT_D_TS}: {name}.{key}: {e}")),
                    }
                }
                let here = if name == ty {
                    format!("{REPORT_D_TS}: interface {name}")
                } else {
                    format!("{REPORT_D_TS}: interface {name} (for {ty})")
                };
                (here, fields)
            }
        };
        if keys(&ts_fields) != keys(rust_fields) {
            let ts_keys: BTreeSet<&str> = keys(&ts_fields).into_iter().collect();
            let rust_keys: BTreeSet<&str> = keys(rust_fields).into_iter().collect();
            let missing: Vec<&&str> = rust_keys.difference(&ts_keys).collect();
            let extra: Vec<&&str> = ts_keys.difference(&rust_keys).collect();
            let what = if missing.is_empty() && extra.is_empty() {
                "its keys are in another order than the Rust type's fields".to_string()
            } else {
                format!("missing {missing:?}, not in the Rust type {extra:?}")
            };
            problems.push(format!(
                "{here}: {what}.\n    Rust:         {}\n    report.d.ts:  {}",
                keys(rust_fields).join(", "),
                keys(&ts_fields).join(", "),
            ));
        }
        for (key, r) in rust_fields {
            let Some((_, t)) = ts_fields.iter().find(|(k, _)| k == key) else {
                continue;
            };
            let mut nested = Vec::new();
            if !ts_agrees(t, r, ts, &mut nested) {
                problems.push(format!(
                    "{here}, key `{key}`: typed {t}, the Rust type serializes {r}"
                ));
            }
            for (nested_ty, fields) in nested {
                let place = fields.map(|f| (format!("the type of `{key}`"), f));
                queue.push((nested_ty, place));
            }
        }
    }
    for ty in rust.keys().filter(|t| !done.contains(*t)) {
        problems.push(format!("{REPORT_D_TS}: nothing types the Rust type {ty}"));
    }
    problems
}

fn ts_agrees(
    ts_shape: &Shape,
    rust: &Shape,
    ts: &Ts,
    nested: &mut Vec<(String, Option<Fields>)>,
) -> bool {
    match (ts_shape, rust) {
        (_, Shape::Unknown) => true,
        (Shape::Option(t), Shape::Option(r)) | (Shape::List(t), Shape::List(r)) => {
            ts_agrees(t, r, ts, nested)
        }
        (Shape::Struct(name), Shape::Struct(ty)) => {
            nested.push((ty.clone(), None));
            ts_name(ty, ts) == Some(name.as_str())
        }
        (Shape::Inline(fields), Shape::Struct(ty)) => {
            nested.push((ty.clone(), Some(fields.clone())));
            true
        }
        (t, r) => t == r,
    }
}

fn fail_on(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "\n{} drift{} from the Rust report types (src/report.rs):\n- {}\n",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        problems.join("\n- ")
    );
}

#[test]
fn crossing_js_reads_the_fields_in_the_order_rust_writes_them() {
    let readers = js_readers(&source(CROSSING_JS)).unwrap_or_else(|e| panic!("{e}"));
    fail_on(crossing_drift(&RUST_TYPES, &readers));
}

#[test]
fn report_d_ts_has_the_keys_of_the_rust_report_types() {
    let ts = ts_declarations(&source(REPORT_D_TS)).unwrap_or_else(|e| panic!("{e}"));
    fail_on(ts_drift(&RUST_TYPES, &ts));
}

/// The problems `after` has that `before` had not: what a drift made here adds to any the
/// files have already.
fn added(before: &[String], after: Vec<String>) -> Vec<String> {
    after.into_iter().filter(|p| !before.contains(p)).collect()
}

/// The comparisons catch and name a drift: two fields swapped in crossing.js, a field read as
/// optional, a key gone from report.d.ts.
#[test]
fn a_drift_is_caught_and_named() {
    let rust = &*RUST_TYPES;
    let readers = js_readers(&source(CROSSING_JS)).unwrap();
    let before = crossing_drift(rust, &readers);

    let mut swapped = readers.clone();
    let figure = swapped.get_mut("figure").expect("a figure reader");
    figure.swap(1, 2);
    let (a, b) = (figure[1].0.clone(), figure[2].0.clone());
    let problems = added(&before, crossing_drift(rust, &swapped));
    let expected = format!("field 2 is `{a}` where the Rust type has `{b}`");
    assert!(
        problems.len() == 1 && problems[0].contains(&expected),
        "{problems:#?}"
    );

    let mut optional = readers.clone();
    let (key, shape) = &mut optional.get_mut("value").expect("a value reader")[0];
    let key = key.clone();
    *shape = Shape::Option(Box::new(shape.clone()));
    let problems = added(&before, crossing_drift(rust, &optional));
    assert!(
        problems.len() == 1 && problems[0].contains(&format!("field `{key}`: crossing.js reads")),
        "{problems:#?}"
    );

    let mut ts = ts_declarations(&source(REPORT_D_TS)).unwrap();
    let before = ts_drift(rust, &ts);
    let name = ts_name("ReferenceValue", &ts).unwrap().to_string();
    let gone = ts.interfaces.get_mut(&name).unwrap().remove(0).0;
    let problems = added(&before, ts_drift(rust, &ts));
    assert!(
        problems.len() == 1 && problems[0].contains(&format!("missing [\"{gone}\"]")),
        "{problems:#?}"
    );
}

/// The text readers on the forms the two files use.
#[test]
fn the_text_readers_read_what_the_files_write() {
    let js = "const a = () => ({ x: number(), /* no */ y: optional(string), // (, no\n \
              z: list(b), w: (at++, null) });\nconst b = () => Object.freeze({ v: bool(), });\n\
              const report = { r: optional(a), s: a() };\nconst n = () => numbers[at++];";
    let readers = js_readers(js).unwrap();
    assert_eq!(
        readers.keys().collect::<Vec<_>>(),
        ["a", "b", "report"],
        "{readers:#?}"
    );
    let shapes: Vec<String> = readers["a"]
        .iter()
        .map(|(k, s)| format!("{k}: {s}"))
        .collect();
    assert_eq!(
        shapes,
        [
            "x: number",
            "y: optional(string)",
            "z: list(b)",
            "w: (at++, null)"
        ]
    );
    assert!(js_shape("number(1)").is_err());

    let ts = ts_declarations(
        "export type V = \"a\" | \"b\";\n/** x */ export interface I {\n  a: 1;\n  // c: d;\n  \
         b?: V | null;\n  c: readonly Readonly<J>[];\n  d: { e: string; f: boolean }[];\n}\n\
         export interface J { g: number }",
    )
    .unwrap();
    let shapes: Vec<String> = ts.interfaces["I"]
        .iter()
        .map(|(k, t)| format!("{k}: {}", ts_shape(t, &ts).unwrap()))
        .collect();
    assert_eq!(
        shapes,
        [
            "a: number",
            "b: optional(string)",
            "c: list(J)",
            "d: list({ e, f })"
        ]
    );
}
