//! The wasm boundary, run in Node by `wasm-pack test --node`.
#![cfg(target_arch = "wasm32")]

use factcheck::wasm::{check, FactCheck};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).expect("property exists")
}

#[wasm_bindgen_test]
fn check_returns_a_schema_v1_report_object() {
    let report = check(&"Russia fired 598 drones.".into()).expect("report");
    assert_eq!(get(&report, "schema").as_f64(), Some(1.0));
    assert!(js_sys::Array::is_array(&get(&report, "figures")));
    assert!(js_sys::Array::is_array(&get(&report, "claims")));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_so_js_slice_selects_the_figure_after_an_emoji() {
    let text = "🇺🇦 Київ: 598 drones";
    let report = check(&text.into()).expect("report");
    let figures: js_sys::Array = get(&report, "figures").into();
    let figure = figures.get(0);
    let start = get(&figure, "start").as_f64().unwrap() as u32;
    let end = get(&figure, "end").as_f64().unwrap() as u32;
    let js_text = js_sys::JsString::from(text);
    assert_eq!(String::from(js_text.slice(start, end)), "598");
    assert_eq!(get(&figure, "text").as_string().as_deref(), Some("598"));
}

#[wasm_bindgen_test]
fn a_lone_surrogate_reads_as_one_unit_so_offsets_still_select_the_figure() {
    // JavaScript strings may hold half a surrogate pair; it reaches Rust as U+FFFD.
    let text = js_sys::JsString::from_char_code1(0xD800).concat(&"Київ: 598 drones".into());
    let report = FactCheck::new().check(&text).expect("report");
    let figures: js_sys::Array = get(&report, "figures").into();
    let figure = figures.get(0);
    let start = get(&figure, "start").as_f64().unwrap() as u32;
    let end = get(&figure, "end").as_f64().unwrap() as u32;
    assert_eq!(String::from(text.slice(start, end)), "598");
}

/// The report as the native build writes it, read by `JSON.parse`: what every report the wasm
/// gives must read as, key for key and in the same order.
fn native_json(text: &str) -> JsValue {
    let native = factcheck::check(text, &factcheck::Reference::bundled());
    js_sys::JSON::parse(&serde_json::to_string(&native).unwrap()).unwrap()
}

#[wasm_bindgen_test]
fn every_seed_and_text_beyond_ascii_reads_as_the_native_report_key_for_key() {
    let texts = [
        include_str!("fixtures/seeds/000_07d0504bfaebc798.txt"),
        include_str!("fixtures/seeds/001_5c0e9fa9b5372774.txt"),
        include_str!("fixtures/seeds/002_bd82c5051f033c0e.txt"),
        include_str!("fixtures/seeds/003_f1b6b5ba79f4232f.txt"),
        include_str!("fixtures/seeds/004_b1c98fba87abfd1e.txt"),
        "🇺🇦 “At least 23 people were killed in Kyiv,” Klitschko said — Київ, 24 April 2025.",
        "",
    ];
    let checker = FactCheck::new();
    for text in texts {
        let report = checker.check(&text.into()).expect("report");
        assert_eq!(
            js_sys::JSON::stringify(&report).unwrap(),
            js_sys::JSON::stringify(&native_json(text)).unwrap(),
            "{}",
            &text[..text.len().min(40)]
        );
    }
}

#[wasm_bindgen_test]
fn a_broken_reference_set_is_a_real_js_error_naming_the_problem() {
    let err = FactCheck::with_reference("{\"schema\": 1,")
        .err()
        .expect("an error");
    let value: JsValue = err.into();
    assert!(value.is_instance_of::<js_sys::Error>());
    let message = String::from(js_sys::Error::from(value).message());
    assert!(message.contains("invalid reference set"), "{message}");
    assert!(message.contains("line 1"), "{message}");
}

#[wasm_bindgen_test]
fn a_text_that_is_not_a_string_is_a_real_js_error_and_the_checker_goes_on() {
    let checker = FactCheck::new();
    let err = checker
        .check(JsValue::from_f64(598.0).unchecked_ref())
        .expect_err("an error");
    let value: JsValue = err.into();
    assert!(value.is_instance_of::<js_sys::Error>());
    let message = String::from(js_sys::Error::from(value).message());
    assert_eq!(message, "the text to check must be a string");
    let report = checker
        .check(&"Russia fired 598 drones.".into())
        .expect("report");
    assert_eq!(js_sys::Array::from(&get(&report, "figures")).length(), 1);
}

#[wasm_bindgen_test]
fn a_part_checked_in_its_documents_context_is_judged_against_that_incident() {
    // On its own the sentence names no incident; as a part of an August article it does.
    let part = "Officials said 23 people were killed.";
    let checker = FactCheck::new();
    let alone = checker.check(&part.into()).expect("report");
    assert!(get(&alone, "incident").is_null());
    let report = checker
        .check_part(&part.into(), Some("kyiv-2025-08-28".into()), None)
        .expect("report");
    assert_eq!(
        get(&get(&report, "incident"), "id").as_string().as_deref(),
        Some("kyiv-2025-08-28")
    );
    let figures: js_sys::Array = get(&report, "figures").into();
    let verdict = get(&figures.get(0), "verdict").as_string();
    assert_ne!(
        verdict.as_deref(),
        Some("unverified"),
        "judged against August"
    );
}

#[wasm_bindgen_test]
fn figures_of_one_series_share_one_frozen_array_and_the_report_reads_as_in_full() {
    let text = include_str!("fixtures/seeds/004_b1c98fba87abfd1e.txt");
    let report = check(&text.into()).expect("report");
    let figures: js_sys::Array = get(&report, "figures").into();
    let histories: Vec<JsValue> = figures.iter().map(|f| get(&f, "reference")).collect();
    let distinct = (0..histories.len())
        .filter(|&i| {
            !histories[..i]
                .iter()
                .any(|h| js_sys::Object::is(h, &histories[i]))
        })
        .count();
    assert!(
        distinct < histories.len(),
        "{distinct} of {}",
        histories.len()
    );
    for history in &histories {
        assert!(js_sys::Object::is_frozen(
            history.unchecked_ref::<js_sys::Object>()
        ));
        for value in history.unchecked_ref::<js_sys::Array>().iter() {
            assert!(js_sys::Object::is_frozen(
                value.unchecked_ref::<js_sys::Object>()
            ));
        }
    }
    // The same report as the native build writes it, every figure with its values in full.
    assert_eq!(
        js_sys::JSON::stringify(&report).unwrap(),
        js_sys::JSON::stringify(&native_json(text)).unwrap()
    );
}

#[wasm_bindgen_test]
fn a_series_array_crosses_once_and_later_reports_of_the_checker_are_given_it() {
    let [april, june] = [
        include_str!("fixtures/seeds/004_b1c98fba87abfd1e.txt"),
        include_str!("fixtures/seeds/003_f1b6b5ba79f4232f.txt"),
    ];
    let checker = FactCheck::new();
    let histories = |report: &JsValue| -> Vec<JsValue> {
        let figures: js_sys::Array = get(report, "figures").into();
        figures.iter().map(|f| get(&f, "reference")).collect()
    };
    let first = checker.check(&april.into()).expect("report");
    let other = checker.check(&june.into()).expect("report");
    let again = checker.check(&april.into()).expect("report");
    let incident = get(&get(&first, "incident"), "id").as_string();
    let part = checker
        .check_part(&april.into(), incident, None)
        .expect("report");
    for later in [&again, &part] {
        let (a, b) = (histories(&first), histories(later));
        assert_eq!(a.len(), b.len());
        assert!(a.iter().zip(&b).all(|(a, b)| js_sys::Object::is(a, b)));
    }
    // Reports that were given arrays sent before still read as the native build writes them.
    for (text, report) in [(june, &other), (april, &again)] {
        assert_eq!(
            js_sys::JSON::stringify(report).unwrap(),
            js_sys::JSON::stringify(&native_json(text)).unwrap()
        );
    }
}
