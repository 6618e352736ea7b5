//! The `factcheck` command line: formats, inputs and exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");

fn factcheck(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The command may exit before reading (a bad reference set): a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn json_prints_one_report_per_input_with_its_file_name() {
    let a = format!("{SEEDS}/000_07d0504bfaebc798.txt");
    let b = format!("{SEEDS}/003_f1b6b5ba79f4232f.txt");
    let out = factcheck(&[&a, &b], "");
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 2, "{}", stderr(&out));
    for (line, file) in lines.iter().zip([&a, &b]) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["file"], file.as_str());
        assert_eq!(v["schema"], 1);
        assert!(v["figures"].is_array() && v["claims"].is_array());
    }
}

#[test]
fn no_file_or_a_dash_reads_standard_input() {
    for args in [&[][..], &["-"][..]] {
        let out = factcheck(args, "A city budget of 300 million hryvnias was approved.");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["file"], "-");
        assert!(v["incident"].is_null());
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn text_format_prints_a_readable_summary_without_colour_when_piped() {
    let out = factcheck(
        &["--format", "text"],
        "Russia fired 598 attack drones and 31 missiles on Thursday.",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("== -"), "{text}");
    assert!(text.contains("598"), "{text}");
    assert!(!text.contains('\x1b'), "no escape codes in a pipe: {text}");
}

#[test]
fn a_conflicting_figure_exits_1() {
    let text = "Russia's strike on Kyiv on Thursday killed 40 people, including four children, \
                as 598 attack drones hit the EU delegation and the British Council.";
    let out = factcheck(&[], text);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn an_unreadable_input_exits_2_and_names_the_file() {
    let out = factcheck(&["/no/such/file.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read /no/such/file.txt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn input_that_is_not_utf8_exits_2_and_says_where() {
    let dir = std::env::temp_dir().join("factcheck-cli-latin1.txt");
    std::fs::write(&dir, b"caf\xe9 7 killed").unwrap();
    let out = factcheck(&[dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not UTF-8 text (invalid byte at offset 3)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_usage_exits_2_with_the_usage() {
    let out = factcheck(&["--format", "yaml"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--format must be json or text, not 'yaml'"));
    assert!(stderr(&out).contains("usage: factcheck"));
}

#[test]
fn a_broken_reference_set_exits_2_and_names_the_path_and_problem() {
    let path = std::env::temp_dir().join("factcheck-cli-bad-reference.json");
    std::fs::write(&path, r#"{"schema": 3, "incidents": []}"#).unwrap();
    let out = factcheck(&["--reference", path.to_str().unwrap()], "text");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("is not a valid reference set"), "{err}");
    assert!(
        err.contains("schema: unsupported schema version 3"),
        "{err}"
    );
}

#[test]
fn a_reference_set_that_is_not_json_exits_2_with_line_and_column() {
    let path = std::env::temp_dir().join("factcheck-cli-not-json.json");
    std::fs::write(&path, "{\n  \"schema\": 1,\n  oops\n}").unwrap();
    let out = factcheck(&["--reference", path.to_str().unwrap()], "text");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 3, column"), "{}", stderr(&out));
}

#[test]
fn a_version_1_reference_set_is_used_and_the_note_says_how_it_was_read() {
    let path = std::env::temp_dir().join("factcheck-cli-version-1.json");
    let v1 = r#"{"schema": 1, "incidents": [{"id": "x", "title": "Strike on Kyiv", "date": "2025-04-24",
        "night_of": "n", "weekday": "Thursday", "places": [{"name": "Kyiv", "kind": "city"}],
        "figures": [{"category": "killed", "scope": "Kyiv", "reports": [{"value": 9, "order": 1,
        "source": {"url": "https://x.org", "name": "Ukrinform"}}]}]}]}"#;
    std::fs::write(&path, v1).unwrap();
    let out = factcheck(
        &["--reference", path.to_str().unwrap()],
        "Nine people were killed in Kyiv on Thursday, 24 April.",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("note: ")
            && stderr(&out).contains("schema version 1, read as version 2"),
        "{}",
        stderr(&out)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let nine = &v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "Nine")
        .unwrap();
    assert_eq!(nine["verdict"], "consistent", "{nine}");
    assert_eq!(nine["reference"][0]["outlet"], "Ukrinform");
}
