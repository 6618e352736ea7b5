//! The wasm boundary in headless Chromium (`wasm-pack test --headless --chrome`).
#![cfg(target_arch = "wasm32")]

use factcheck::wasm::FactCheck;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_bundled_checker_runs_in_a_browser_and_keeps_utf16_offsets() {
    let text = "👩‍👩‍👧 Russia fired 31 missiles.";
    let report = FactCheck::new().check(&text.into()).expect("report");
    let figures: js_sys::Array = js_sys::Reflect::get(&report, &JsValue::from_str("figures"))
        .unwrap()
        .into();
    let figure = figures.get(0);
    let start = js_sys::Reflect::get(&figure, &"start".into())
        .unwrap()
        .as_f64()
        .unwrap() as u32;
    let end = js_sys::Reflect::get(&figure, &"end".into())
        .unwrap()
        .as_f64()
        .unwrap() as u32;
    assert_eq!(
        String::from(js_sys::JsString::from(text).slice(start, end)),
        "31"
    );
}
