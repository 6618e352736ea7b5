//! `factcheck reference new|add|show|check`, run as the real binary on temporary files.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::reference::Reference;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn factcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-reference-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

const FIRST: &str = "At least 14 people were killed in Kyiv overnight, the city's military \
                     administration said. Russia launched 440 drones and 32 missiles.";
const REVISED: &str = "The death toll in Kyiv has risen to 28, officials said.";
const REPEATED: &str = "At least 14 people were killed in Kyiv, the mayor said.";

fn new_kyiv(set: &str) -> Output {
    factcheck(&[
        "reference",
        "new",
        "--to",
        set,
        "--id",
        "kyiv-2025-06-17",
        "--title",
        "Russian strike on Kyiv, 17 June 2025",
        "--date",
        "2025-06-17",
        "--city",
        "Kyiv",
    ])
}

fn add(set: &str, outlet: &str, date: &str, tier: &str, choice: &[&str], source: &str) -> Output {
    let mut args = vec![
        "reference",
        "add",
        "--to",
        set,
        "--incident",
        "kyiv-2025-06-17",
        "--said-by",
        "Kyiv City Military Administration",
        "--outlet",
        outlet,
        "--url",
        "https://example.org/report",
        "--date",
        date,
        "--tier",
        tier,
    ];
    args.extend(choice);
    args.push(source);
    factcheck(&args)
}

fn killed(set: &str) -> Vec<(f64, u32, String)> {
    let r = Reference::from_json(&std::fs::read_to_string(set).unwrap()).unwrap();
    let series = r.incidents[0]
        .figures
        .iter()
        .find(|s| s.category.name() == "killed")
        .unwrap();
    series
        .reports
        .iter()
        .map(|r| (r.value, r.order, r.source.outlet.clone().unwrap()))
        .collect()
}

#[test]
fn new_works_out_the_weekday_and_the_night_from_the_date() {
    let dir = scratch("new");
    let set = dir.join("set.json");
    let set = set.to_str().unwrap();
    let out = new_kyiv(set);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = Reference::from_json(&std::fs::read_to_string(set).unwrap()).unwrap();
    let incident = &r.incidents[0];
    assert_eq!(incident.weekday, "Tuesday");
    assert_eq!(incident.night_of, "night of 16 to 17 June 2025");
    assert_eq!(incident.city(), "Kyiv");
    assert_eq!(r.schema, 2);
    let again = new_kyiv(set);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already has an incident 'kyiv-2025-06-17'"));
}

#[test]
fn add_proposes_a_table_and_writes_nothing_without_yes_or_pick() {
    let dir = scratch("table");
    let set = dir.join("set.json");
    let set = set.to_str().unwrap();
    new_kyiv(set);
    let before = std::fs::read_to_string(set).unwrap();
    let source = write(&dir, "first.txt", FIRST);
    let out = add(
        set,
        "Kyiv Independent",
        "2025-06-17",
        "outlet",
        &[],
        &source,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(
        table.contains("killed") && table.contains("[14, ∞)"),
        "{table}"
    );
    assert!(
        table.contains("drones") && table.contains("Ukraine"),
        "{table}"
    );
    assert!(table.contains("nothing written"), "{table}");
    assert_eq!(std::fs::read_to_string(set).unwrap(), before);
}

#[test]
fn the_round_trip_new_add_revise_show_check_keeps_the_history_in_time_order() {
    let dir = scratch("round-trip");
    let set = dir.join("set.json");
    let set = set.to_str().unwrap();
    assert_eq!(new_kyiv(set).status.code(), Some(0));
    let first = write(&dir, "first.txt", FIRST);
    let out = add(
        set,
        "Kyiv Independent",
        "2025-06-17T06:00+03:00",
        "outlet",
        &["--yes"],
        &first,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A revised toll becomes the latest.
    let revised = write(&dir, "revised.txt", REVISED);
    let out = add(
        set,
        "Ukrainska Pravda",
        "2025-06-18T10:00Z",
        "outlet",
        &["--pick", "1"],
        &revised,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("28 is step 2 of killed in Kyiv, the latest"));
    // A report given between them that repeats the first value joins its step.
    let repeated = write(&dir, "repeated.txt", REPEATED);
    let out = add(
        set,
        "Suspilne",
        "2025-06-17T09:00+03:00",
        "official",
        &["--yes"],
        &repeated,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("at least 14 joins step 1"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        killed(set),
        [
            (14.0, 1, "Kyiv Independent".to_string()),
            (14.0, 1, "Suspilne".to_string()),
            (28.0, 2, "Ukrainska Pravda".to_string()),
        ]
    );

    let show = factcheck(&["reference", "show", set, "kyiv-2025-06-17"]);
    assert_eq!(show.status.code(), Some(0), "{}", stderr(&show));
    let shown = stdout(&show);
    assert!(shown.contains("killed in Kyiv"), "{shown}");
    assert!(
        shown.contains(
            "2. 28             Kyiv City Military Administration, via Ukrainska Pravda, \
             18 Jun 2025 10:00Z  latest"
        ),
        "{shown}"
    );
    let check = factcheck(&["reference", "check", set]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(stdout(&check).contains("a valid reference set (schema 2): 1 incidents"));

    // The file is as the writer writes it, so the next write changes only what changed.
    let text = std::fs::read_to_string(set).unwrap();
    assert_eq!(Reference::from_json(&text).unwrap().to_json(), text);
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn an_aggregator_never_makes_a_new_latest_value_and_the_file_is_left_as_it_was() {
    let dir = scratch("aggregator");
    let set = dir.join("set.json");
    let set = set.to_str().unwrap();
    new_kyiv(set);
    let first = write(&dir, "first.txt", FIRST);
    add(
        set,
        "Kyiv Independent",
        "2025-06-17",
        "wire",
        &["--pick", "1"],
        &first,
    );
    let before = std::fs::read_to_string(set).unwrap();
    let revised = write(&dir, "revised.txt", REVISED);
    let out = add(
        set,
        "a blog",
        "2025-06-18",
        "aggregator",
        &["--pick", "1"],
        &revised,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("28 rests on an aggregator, which never becomes the latest value"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(set).unwrap(), before);
}

/// A set of one incident, `x` of 17 June 2025 (a Tuesday), with one report from `source`.
fn one_report(schema: u32, weekday: &str, source: &str) -> String {
    format!(
        r#"{{"schema": {schema}, "incidents": [{{"id": "x", "title": "t", "date": "2025-06-17",
            "night_of": "n", "weekday": "{weekday}", "figures": [{{"category": "killed",
            "scope": "Kyiv", "reports": [{{"value": 3, "order": 1, "source": {source}}}]}}]}}]}}"#
    )
}

#[test]
fn check_names_each_problem_with_its_path_and_exits_2() {
    let dir = scratch("check");
    let set = write(
        &dir,
        "bad.json",
        &one_report(
            2,
            "Monday",
            r#"{"url": "https://x.org", "outlet": "X", "date": "2025-06-17", "time": "25:00Z"}"#,
        ),
    );
    let out = factcheck(&["reference", "check", &set]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("incidents[x].weekday: 'Monday' does not match the date 2025-06-17"),
        "{err}"
    );
    assert!(
        err.contains("incidents[x].figures[0].reports[0].source: missing field `tier`"),
        "{err}"
    );
    assert!(
        err.contains("incidents[x].figures[0].reports[0].source.time: '25:00Z' is not a time"),
        "{err}"
    );
}

#[test]
fn a_version_1_set_is_checked_and_the_loader_says_how_it_read_it() {
    let dir = scratch("version-1");
    let set = write(
        &dir,
        "v1.json",
        &one_report(1, "Tuesday", r#"{"url": "https://x.org", "name": "X"}"#),
    );
    let out = factcheck(&["reference", "check", &set]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("note: ")
            && stderr(&out).contains("schema version 1, read as version 2"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn new_takes_the_districts_a_source_names_as_the_incidents_places() {
    let dir = scratch("districts");
    let set = dir.join("set.json");
    let set = set.to_str().unwrap();
    let source = write(
        &dir,
        "source.txt",
        "Missiles hit Kyiv's Solomianskyi district and the Darnytskyi district; in the \
         Solomianskyi district a building collapsed.",
    );
    let mut args = vec![
        "reference",
        "new",
        "--to",
        set,
        "--id",
        "k",
        "--title",
        "t",
        "--date",
        "2025-06-17",
        "--city",
        "Kyiv",
    ];
    args.push(&source);
    let out = factcheck(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r = Reference::from_json(&std::fs::read_to_string(set).unwrap()).unwrap();
    let places: Vec<(&str, Option<&str>)> = (r.incidents[0].places.iter())
        .map(|p| (p.name.as_str(), p.kind.as_deref()))
        .collect();
    assert_eq!(
        places,
        [
            ("Kyiv", Some("city")),
            ("Solomianskyi", Some("district")),
            ("Darnytskyi", Some("district")),
        ]
    );
}

/// `www/examples/newsroom-reference.json`, built by `www/examples/newsroom-reference.sh`.
const NEWSROOM: &str = include_str!("../www/examples/newsroom-reference.json");

#[test]
fn the_newsroom_example_holds_the_bundled_strikes_and_17_june_with_its_revisions() {
    let newsroom = Reference::from_json(NEWSROOM).unwrap();
    assert_eq!(
        newsroom.to_json(),
        NEWSROOM,
        "formatted as the writer writes it"
    );
    let bundled = Reference::bundled();
    assert_eq!(newsroom.incidents[..4], bundled.incidents[..]);
    let june = newsroom.incident("kyiv-2025-06-17").unwrap();
    let urls: std::collections::BTreeSet<&str> = (june.figures.iter())
        .flat_map(|s| &s.reports)
        .filter_map(|r| r.source.url.as_deref())
        .collect();
    assert_eq!(urls.len(), 5, "{urls:?}");
    let killed: Vec<(f64, u32)> = (june.figures.iter())
        .find(|s| s.category.name() == "killed")
        .unwrap()
        .reports
        .iter()
        .map(|r| (r.value, r.order))
        .collect();
    assert_eq!(killed, [(15.0, 1), (10.0, 2), (28.0, 3), (28.0, 3)]);

    let text = "A Russian missile hit a nine-storey building in the Solomianskyi district of Kyiv \
                on Tuesday, 17 June. At first officials said 15 people were killed. The death \
                toll has since risen to 28.";
    let report = factcheck::check(text, &newsroom);
    assert_eq!(report.incident.unwrap().id, "kyiv-2025-06-17");
    let verdict = |t: &str| report.figures.iter().find(|f| f.text == t).unwrap().verdict;
    assert_eq!(verdict("15"), factcheck::verdict::Verdict::Outdated);
    assert_eq!(verdict("28"), factcheck::verdict::Verdict::Consistent);
}
