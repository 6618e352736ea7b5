//! The wasm-bindgen boundary, kept thin: a `FactCheck` object over a reference set, and a
//! `check` function over the bundled one. Every error crosses as a real JavaScript `Error`
//! through [`js_error`]; reports cross as JSON text, `None` as `null`.

use crate::report::{ReferenceValue, Report};
use crate::text::decimal;
use crate::{Checker, Reference, ReferenceError};
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("report.d.ts");

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[global_allocator]
static ALLOCATOR: crate::size_classes::SizeClasses<std::alloc::System> =
    crate::size_classes::SizeClasses::new(std::alloc::System);

thread_local! {
    /// Parsed once and shared by every checker over it, never copied.
    static BUNDLED: Rc<Checker> = Rc::new(Checker::new(Reference::bundled()));
    /// What the free [`check`] checks with.
    static DEFAULT: FactCheck = FactCheck::new();
}

/// Checks `text` against the bundled reference set.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(text: &str) -> Result<JsValue, JsError> {
    DEFAULT.with(|checker| checker.check(text))
}

/// A checker over one reference set: the bundled one, or a user's own.
#[wasm_bindgen]
pub struct FactCheck {
    checker: Rc<Checker>,
    /// The JSON text the set was read from: `referenceSet` gives it back as it was written.
    json: Cow<'static, str>,
    sent: Sent,
}

/// The series' values this object's reports have sent to JavaScript. The checker builds each
/// series' array once ([`crate::report::Histories`]); it crosses once, and every later report
/// that cites the series is given the array already there.
#[derive(Default)]
struct Sent {
    /// The arrays sent, told apart by pointer.
    rust: RefCell<Vec<Arc<[ReferenceValue]>>>,
    /// The same arrays read by JavaScript and frozen, at the same places.
    js: js_sys::Array,
}

#[wasm_bindgen]
impl FactCheck {
    /// A checker over the bundled reference set.
    #[wasm_bindgen(constructor)]
    pub fn new() -> FactCheck {
        FactCheck {
            checker: BUNDLED.with(Rc::clone),
            json: Cow::Borrowed(crate::reference::BUNDLED_JSON),
            sent: Sent::default(),
        }
    }

    /// A checker over a reference set given as JSON text, validated first.
    #[wasm_bindgen(js_name = withReference)]
    pub fn with_reference(json: &str) -> Result<FactCheck, JsError> {
        Reference::from_json(json)
            .map(|reference| FactCheck {
                checker: Rc::new(Checker::new(reference)),
                json: Cow::Owned(json.to_string()),
                sent: Sent::default(),
            })
            .map_err(|errors| js_error(&describe(&errors)))
    }

    /// Checks `text` and returns the report (schema v1).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        self.sent.report_to_js(self.checker.check(text))
    }

    /// Checks `text` as a part of a document whose report named `incident` (its id, or
    /// `null`), after a text whose last speaker was `speaker` (or `null`): how an editor
    /// re-checks the paragraph being typed in without the whole document.
    #[wasm_bindgen(js_name = checkPart, unchecked_return_type = "Report")]
    pub fn check_part(
        &self,
        text: &str,
        incident: Option<String>,
        speaker: Option<String>,
    ) -> Result<JsValue, JsError> {
        let context = crate::Context {
            incident: incident.as_deref(),
            speaker: speaker.as_deref(),
        };
        self.sent
            .report_to_js(self.checker.check_part(text, &context))
    }

    /// The reference set in use, as a plain object: its JSON text as it was given, read by
    /// `JSON.parse` (fields left out stay out).
    #[wasm_bindgen(js_name = referenceSet, unchecked_return_type = "ReferenceSet")]
    pub fn reference_set(&self) -> Result<JsValue, JsError> {
        js_sys::JSON::parse(&self.json).map_err(|_| js_error("the reference set is not JSON"))
    }
}

impl Default for FactCheck {
    fn default() -> Self {
        Self::new()
    }
}

impl Sent {
    /// A report crosses as JSON text without the series' values JavaScript already holds (they
    /// were 17 of seed 004's 37 KB): it carries the arrays new to this object, and [`linked`]
    /// gives every figure its series' array.
    fn report_to_js(&self, mut report: Report) -> Result<JsValue, JsError> {
        let mut sent = self.rust.borrow_mut();
        let known = sent.len();
        let none: Arc<[ReferenceValue]> = Arc::new([]);
        let links: Vec<usize> = (report.figures.iter_mut())
            .map(|f| {
                let history = std::mem::replace(&mut f.reference, Arc::clone(&none));
                match sent.iter().position(|h| Arc::ptr_eq(h, &history)) {
                    Some(k) => k,
                    None => {
                        sent.push(history);
                        sent.len() - 1
                    }
                }
            })
            .collect();
        let crossed = json(&(&report, &sent[known..], &links)).and_then(|json| {
            linked(&json, &self.js).map_err(|_| js_error("could not read the report back as JSON"))
        });
        if crossed.is_err() {
            // JavaScript added none of them.
            sent.truncate(known);
        }
        crossed
    }
}

// In JavaScript, in one call: the arrays and their values are frozen, so that no figure can
// change another's. Linking through `Reflect` from Rust, one call per figure, cost what the
// shorter JSON saved.
#[wasm_bindgen(inline_js = "export function linked(json, histories) {
  const [report, fresh, links] = JSON.parse(json);
  for (const history of fresh) { history.forEach(Object.freeze); histories.push(Object.freeze(history)); }
  report.figures.forEach((figure, i) => { figure.reference = histories[links[i]]; });
  return report;
}")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn linked(json: &str, histories: &js_sys::Array) -> Result<JsValue, JsValue>;
}

/// `value` as JSON text, numbers written by [`decimal::write`]. Values cross as JSON text that
/// JavaScript's `JSON.parse` reads: one call over the boundary instead of one per field, and
/// no second serializer in the wasm.
fn json(value: &impl Serialize) -> Result<String, JsError> {
    let mut json = Vec::new();
    value
        .serialize(&mut serde_json::Serializer::with_formatter(
            &mut json, Numbers,
        ))
        // Derived `Serialize` into memory cannot fail; were it to, no detail would help the
        // user, and formatting serde_json's errors would link in all of its messages.
        .map_err(|_| js_error("could not build the report"))?;
    String::from_utf8(json).map_err(|_| js_error("the report is not UTF-8"))
}

/// serde_json's compact output, with numbers written by [`decimal::write`]: its own float
/// writer would bring a second set of power tables into the wasm.
struct Numbers;

impl serde_json::ser::Formatter for Numbers {
    fn write_f64<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f64) -> std::io::Result<()> {
        // Most of a report's numbers are whole: written as integers, without a string each.
        if let Some(n) = decimal::as_whole(v) {
            return self.write_i64(w, n);
        }
        w.write_all(decimal::write(v).as_bytes())
    }

    fn write_f32<W: ?Sized + std::io::Write>(&mut self, w: &mut W, v: f32) -> std::io::Result<()> {
        self.write_f64(w, f64::from(v))
    }

    /// Characters beyond ASCII are written as `\u` escapes: JSON text in ASCII alone is
    /// decoded and parsed by V8 as one-byte strings, which is faster than UTF-8 through
    /// `TextDecoder` into a two-byte string for the whole report.
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        if fragment.is_ascii() {
            return w.write_all(fragment.as_bytes());
        }
        let mut plain = 0;
        for (i, c) in fragment.char_indices() {
            if c.is_ascii() {
                continue;
            }
            w.write_all(&fragment.as_bytes()[plain..i])?;
            let mut units = [0; 2];
            for &mut unit in c.encode_utf16(&mut units) {
                // Written by hand: `write!` goes through the formatting machinery for each
                // character, and news text has a curly quote or a dash in most sentences.
                let hex = |shift: u16| b"0123456789abcdef"[usize::from(unit >> shift & 0xf)];
                w.write_all(&[b'\\', b'u', hex(12), hex(8), hex(4), hex(0)])?;
            }
            plain = i + c.len_utf8();
        }
        w.write_all(&fragment.as_bytes()[plain..])
    }
}

fn describe(errors: &[ReferenceError]) -> String {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    format!(
        "invalid reference set ({} problem{}): {}",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
        lines.join("; ")
    )
}

/// The one way errors cross the boundary.
fn js_error(message: &str) -> JsError {
    JsError::new(message)
}
