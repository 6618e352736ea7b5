//! The reference page's boundary (`dist/reference.html`), in the wasm built with the `editor`
//! feature only, so that the widget's wasm stays without it: a set goes in and out as JSON
//! text, written as `Reference::to_json` writes it, and each change is the library's
//! (`Reference::add_incident`, `Incident::add_report`, `proposals`), as the CLI's is.

use crate::figures::{Category, Qualifier};
use crate::reference::{Proposal, Reference, ReferenceError, Source, Tier};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// Every problem of a set, one a line, each with its path.
fn problems(errors: &[ReferenceError]) -> JsError {
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    JsError::new(&lines.join("\n"))
}

fn load(json: &str) -> Result<Reference, JsError> {
    Reference::from_json(json).map_err(|e| problems(&e))
}

/// The names the schema gives categories, qualifiers and tiers, for the page's menus:
/// `{categories, qualifiers, tiers}`.
#[wasm_bindgen(js_name = referenceNames)]
pub fn reference_names() -> String {
    serde_json::json!({
        "categories": names(Category::NAMES),
        "qualifiers": names(Qualifier::NAMES),
        "tiers": names(Tier::NAMES),
    })
    .to_string()
}

/// The names of a named enum's table, in its order.
fn names<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
    table.iter().map(|(n, _)| *n).collect()
}

/// The bundled set, as the writer writes it.
#[wasm_bindgen(js_name = referenceBundled)]
pub fn reference_bundled() -> String {
    Reference::bundled().to_json()
}

/// A set with no incident.
#[wasm_bindgen(js_name = referenceEmpty)]
pub fn reference_empty() -> String {
    Reference::empty().to_json()
}

/// What the loader says of `json`: its notes (a version 1 set read as version 2, the series
/// resting only on aggregators); an `Error` with every problem and its path if it refuses it.
#[wasm_bindgen(js_name = referenceNotes)]
pub fn reference_notes(json: &str) -> Result<Vec<String>, JsError> {
    Reference::load(json)
        .map(|loaded| loaded.notes)
        .map_err(|e| problems(&e))
}

/// The set written again, as `to_json` writes it.
#[wasm_bindgen(js_name = referenceFormat)]
pub fn reference_format(json: &str) -> Result<String, JsError> {
    load(json).map(|set| set.to_json())
}

/// The figures of `text` as reports for a strike on `city`, as JSON: `[{category, scope,
/// group, subtype, value, qualifier, sentence}]`.
#[wasm_bindgen(js_name = referencePropose)]
pub fn reference_propose(text: &str, city: &str) -> String {
    serde_json::to_string(&crate::proposals::proposals(text, city)).expect("proposals serialise")
}

/// Each series of incident `id` as a history, for the page's timelines: `[{label, reports:
/// [{order, value, words, source, latest}]}]`, in words as `factcheck reference show` gives
/// them ("at least 23", "Volodymyr Zelensky, via RBC-Ukraine, 29 Aug 2025").
#[wasm_bindgen(js_name = referenceHistory)]
pub fn reference_history(json: &str, id: &str) -> Result<String, JsError> {
    let set = load(json)?;
    let incident = (set.incident(id))
        .ok_or_else(|| JsError::new(&format!("the set has no incident '{id}'")))?;
    let series: Vec<Value> = (incident.figures.iter())
        .map(|s| {
            let latest = s.latest_order();
            let reports: Vec<Value> = (s.reports.iter())
                .map(|r| {
                    serde_json::json!({
                        "order": r.order,
                        "value": r.value,
                        "words": r.in_words(),
                        "source": r.source.short_name(),
                        "latest": r.order == latest,
                    })
                })
                .collect();
            serde_json::json!({ "label": s.label(), "reports": reports })
        })
        .collect();
    Ok(Value::from(series).to_string())
}

/// `json` with a new incident: its weekday and night worked out from `date`, its places `city`
/// and the districts `source` names.
#[wasm_bindgen(js_name = referenceNew)]
pub fn reference_new(
    json: &str,
    id: &str,
    title: &str,
    date: &str,
    city: &str,
    source: &str,
) -> Result<String, JsError> {
    let mut set = load(json)?;
    set.add_incident(id, title, date, city, Some(source))
        .map_err(|e| JsError::new(&e))?;
    Ok(set.to_json())
}

/// `json` with each proposal (JSON, as `referencePropose` gives them, perhaps edited) put into
/// its series of incident `id`, from the source `source` (JSON: `{said_by, outlet, url,
/// headline, date, time, tier}`). Gives `{set, steps}`, `steps` saying where each value went.
#[wasm_bindgen(js_name = referenceAdd)]
pub fn reference_add(
    json: &str,
    id: &str,
    source: &str,
    proposals: &str,
) -> Result<String, JsError> {
    let mut set = load(json)?;
    let source = source_of(source).map_err(|e| JsError::new(&e))?;
    let proposals = proposals_of(proposals).map_err(|e| JsError::new(&e))?;
    let at = set
        .incident_at(id)
        .ok_or_else(|| JsError::new(&format!("the set has no incident '{id}'")))?;
    let mut steps = Vec::new();
    for (k, p) in proposals.iter().enumerate() {
        let step = set.incidents[at]
            .add_report(p, source.clone())
            .map_err(|e| JsError::new(&format!("figure {}: {e}", k + 1)))?;
        steps.push(step);
    }
    let set = set.to_json();
    load(&set)?;
    Ok(serde_json::json!({ "set": set, "steps": steps }).to_string())
}

fn text(value: &Value, key: &str) -> Option<String> {
    (value.get(key).and_then(Value::as_str))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn source_of(json: &str) -> Result<Source, String> {
    let v: Value = serde_json::from_str(json).map_err(|e| format!("the source: {e}"))?;
    let tier = text(&v, "tier").unwrap_or_else(|| "outlet".into());
    Ok(Source {
        said_by: text(&v, "said_by"),
        outlet: text(&v, "outlet"),
        url: text(&v, "url"),
        headline: text(&v, "headline"),
        date: text(&v, "date"),
        time: text(&v, "time"),
        tier: Some(Tier::from_name(&tier).ok_or(format!("the source: no tier '{tier}'"))?),
        ..Source::default()
    })
}

fn proposals_of(json: &str) -> Result<Vec<Proposal>, String> {
    let list: Vec<Value> = serde_json::from_str(json).map_err(|e| format!("the figures: {e}"))?;
    let proposal = |(k, v): (usize, &Value)| -> Result<Proposal, String> {
        let at = |what: &str| format!("figure {}: {what}", k + 1);
        let name = |key: &str| text(v, key).unwrap_or_default();
        Ok(Proposal {
            category: Category::from_name(&name("category"))
                .ok_or_else(|| at(&format!("no category '{}'", name("category"))))?,
            scope: text(v, "scope").ok_or_else(|| at("no scope"))?,
            group: text(v, "group"),
            subtype: text(v, "subtype"),
            value: (v.get("value").and_then(Value::as_f64))
                .filter(|n| n.is_finite() && *n >= 0.0)
                .ok_or_else(|| at("its value is not a count"))?,
            qualifier: Qualifier::from_name(&name("qualifier"))
                .ok_or_else(|| at(&format!("no qualifier '{}'", name("qualifier"))))?,
            sentence: text(v, "sentence").unwrap_or_default(),
        })
    };
    list.iter().enumerate().map(proposal).collect()
}
