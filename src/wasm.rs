//! The wasm-bindgen boundary, kept thin: a `FactCheck` object over a reference set, and a
//! `check` function over the bundled one. Every error crosses as a real JavaScript `Error`
//! through [`js_error`]; the text comes in as UTF-8 written by the browser's `TextEncoder`
//! ([`rust_text`]), and reports cross as numbers and strings ([`Crossing`]) that `crossing.js`
//! reads into plain objects, `None` as `null`.

use crate::crossing::Crossing;
use crate::report::{ReferenceValue, Report};
use crate::{Checker, Reference, ReferenceError};
use js_sys::JsString;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("report.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// A panic says why in the console (its message and where), as std's hook says it on other
/// targets; the trap that follows carries the stack. Its own hook rather than
/// `console_error_panic_hook`, whose JavaScript `Error` for the stack cost 1.4 KB gzip.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| console_error(&info.to_string())));
}

/// talc under the size classes, not dlmalloc (std's): 2.1 KB gzip less, the same speed, and
/// after a 1 MB document 21 MB of memory instead of 25 (talc grows large blocks in place).
#[global_allocator]
static ALLOCATOR: crate::size_classes::SizeClasses<talc::wasm::WasmDynamicTalc> =
    crate::size_classes::SizeClasses::new(talc::wasm::new_wasm_dynamic_allocator());

thread_local! {
    /// Parsed once and shared by every checker over it, never copied.
    static BUNDLED: Rc<Checker> = Rc::new(Checker::new(Reference::bundled()));
    /// What the free [`check`] checks with.
    static DEFAULT: FactCheck = FactCheck::new();
}

/// Checks `text` against the bundled reference set.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(text: &JsString) -> Result<JsValue, JsError> {
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
    pub fn check(&self, text: &JsString) -> Result<JsValue, JsError> {
        let report = self.checker.check_for_js(&rust_text(text)?, None);
        self.sent.report_to_js(report, text)
    }

    /// Checks `text` as a part of a document whose report named `incident` (its id, or
    /// `null`), after a text whose last speaker was `speaker` (or `null`): how an editor
    /// re-checks the paragraph being typed in without the whole document.
    #[wasm_bindgen(js_name = checkPart, unchecked_return_type = "Report")]
    pub fn check_part(
        &self,
        text: &JsString,
        incident: Option<String>,
        speaker: Option<String>,
    ) -> Result<JsValue, JsError> {
        let context = crate::Context {
            incident: incident.as_deref(),
            speaker: speaker.as_deref(),
        };
        let report = self.checker.check_for_js(&rust_text(text)?, Some(&context));
        self.sent.report_to_js(report, text)
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
    /// A report crosses without the series' values JavaScript already holds (they were 17 of
    /// seed 004's 37 KB of JSON): it carries the arrays new to this object, and [`linked`]
    /// gives every figure its series' array.
    ///
    /// The texts of figures, their cues, claims and roles are spans of the checked text: the
    /// report is built without them ([`Checker::check_for_js`]), they cross empty, and
    /// JavaScript slices them from `text`, the string it passed.
    fn report_to_js(&self, mut report: Report, text: &JsString) -> Result<JsValue, JsError> {
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
        let crossed = Crossing::of(&(&report, &sent[known..], &links))
            .map_err(|e| js_error(&e.to_string()))
            .and_then(|c| {
                linked(&c.numbers, &c.ascii, &c.wide, &self.js, text)
                    .map_err(|_| js_error("could not read the report back from the wasm"))
            });
        if crossed.is_err() {
            // JavaScript added none of them.
            sent.truncate(known);
        }
        crossed
    }
}

// In JavaScript, in one call (crossing.js): the objects are built and the arrays and their
// values frozen, so that no figure can change another's. Linking through `Reflect` from Rust,
// one call per figure, cost more than it saved.
#[wasm_bindgen(module = "/src/crossing.js")]
extern "C" {
    /// Writes the text as UTF-8 into `into`, by the browser's `TextEncoder`, and says how many
    /// bytes it wrote. wasm-bindgen's own string passing copies ASCII a character at a time
    /// first: this way an ASCII article is checked 6% faster.
    fn utf8(text: &JsString, into: &mut [u8]) -> usize;

    #[wasm_bindgen(catch)]
    fn linked(
        numbers: &[f64],
        ascii: &str,
        wide: &str,
        histories: &js_sys::Array,
        text: &JsString,
    ) -> Result<JsValue, JsValue>;
}

/// The text to check, as Rust holds it: what JavaScript passed must be a string.
fn rust_text(text: &JsString) -> Result<String, JsError> {
    if !text.is_string() {
        return Err(js_error("the text to check must be a string"));
    }
    // Each UTF-16 unit is at most three bytes of UTF-8, as wasm-bindgen also reserves.
    let mut bytes = vec![0; text.length() as usize * 3];
    let written = utf8(text, &mut bytes);
    bytes.truncate(written);
    // `TextEncoder` writes only UTF-8 (a lone surrogate becomes U+FFFD, as wasm-bindgen's
    // strings do), so this cannot fail; were it to, it says so rather than panics.
    String::from_utf8(bytes).map_err(|_| js_error("the text to check is not valid UTF-8"))
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
