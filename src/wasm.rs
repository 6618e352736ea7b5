//! The wasm-bindgen boundary, kept thin: a `FactCheck` object over a reference set, and a
//! `check` function over the bundled one. Every error crosses as a real JavaScript `Error`
//! through [`js_error`]; reports cross as JSON text, `None` as `null`.

use crate::{Reference, ReferenceError};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("report.d.ts");

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

thread_local! {
    static BUNDLED: Reference = Reference::bundled();
}

/// Checks `text` against the bundled reference set.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(text: &str) -> Result<JsValue, JsError> {
    BUNDLED.with(|reference| to_js(&crate::check(text, reference)))
}

/// A checker over one reference set: the bundled one, or a user's own.
#[wasm_bindgen]
pub struct FactCheck {
    reference: Reference,
}

#[wasm_bindgen]
impl FactCheck {
    /// A checker over the bundled reference set.
    #[wasm_bindgen(constructor)]
    pub fn new() -> FactCheck {
        FactCheck {
            reference: BUNDLED.with(Reference::clone),
        }
    }

    /// A checker over a reference set given as JSON text, validated first.
    #[wasm_bindgen(js_name = withReference)]
    pub fn with_reference(json: &str) -> Result<FactCheck, JsError> {
        Reference::from_json(json)
            .map(|reference| FactCheck { reference })
            .map_err(|errors| js_error(&describe(&errors)))
    }

    /// Checks `text` and returns the report (schema v1).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        to_js(&crate::check(text, &self.reference))
    }

    /// The reference set in use, as a plain object.
    #[wasm_bindgen(js_name = referenceSet, unchecked_return_type = "ReferenceSet")]
    pub fn reference_set(&self) -> Result<JsValue, JsError> {
        to_js(&self.reference)
    }
}

impl Default for FactCheck {
    fn default() -> Self {
        Self::new()
    }
}

/// Values cross as JSON text parsed by the engine's `JSON.parse`: one call over the boundary
/// instead of one per field, and no second serializer in the wasm.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|e| js_error(&format!("could not build the report: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| js_error("could not read the report back as JSON"))
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
