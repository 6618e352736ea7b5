//! `factcheck reference add|new|show|check`: a reference set built and grown from sources,
//! without writing JSON by hand. Native only: nothing here goes into the wasm.
//!
//! Every write goes through [`write_set`]: the set is validated as the loader would, written
//! formatted as `Reference::to_json` writes it, to a temporary file beside it, then renamed
//! over it, so a failed write leaves the old file as it was.

use factcheck::calendar::{day_before, long_date, parse_iso, weekday_of};
use factcheck::figures::{Category, Figure};
use factcheck::reference::{FigureSeries, Incident, Named, Reference, Report, Source, Tier};
use factcheck::{verdict, Document};
use std::path::Path;

pub const USAGE: &str = "\
usage: factcheck reference new --to SET.json --id ID --title TITLE --date YYYY-MM-DD --city CITY
                               [SOURCE.txt]
       factcheck reference add --to SET.json --incident ID --said-by WHO --outlet NAME --url URL
                               --date YYYY-MM-DD[THH:MMZ] [--tier official|wire|outlet|aggregator]
                               [--headline TEXT] [--yes | --pick 1,3,4] SOURCE.txt
       factcheck reference show SET.json [ID]
       factcheck reference check SET.json";

/// Runs a `reference` command; `Err` is the message for standard error (exit 2).
pub fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args.split_first().ok_or("reference needs a command")?;
    let options = Options::parse(rest)?;
    match command.as_str() {
        "check" => check(&options),
        "show" => show(&options),
        "new" => new(&options),
        "add" => add(&options),
        other => Err(format!("unknown reference command '{other}'")),
    }
}

/// `--name value` pairs, `--yes`, and the plain arguments, in order.
struct Options {
    named: Vec<(String, String)>,
    yes: bool,
    plain: Vec<String>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options {
            named: Vec::new(),
            yes: false,
            plain: Vec::new(),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if arg == "--yes" {
                options.yes = true;
            } else if let Some(flag) = arg.strip_prefix("--") {
                let (flag, value) = match flag.split_once('=') {
                    Some((f, v)) => (f.to_string(), v.to_string()),
                    None => (
                        flag.to_string(),
                        args.next()
                            .ok_or(format!("--{flag} needs a value"))?
                            .clone(),
                    ),
                };
                options.named.push((flag, value));
            } else {
                options.plain.push(arg.clone());
            }
        }
        Ok(options)
    }

    fn get(&self, flag: &str) -> Option<&str> {
        self.named
            .iter()
            .rev()
            .find(|(f, _)| f == flag)
            .map(|(_, v)| v.as_str())
    }

    fn need(&self, flag: &str) -> Result<&str, String> {
        self.get(flag).ok_or(format!("--{flag} is required"))
    }

    /// Refuses flags the command does not take.
    fn only(&self, flags: &[&str]) -> Result<(), String> {
        match self
            .named
            .iter()
            .find(|(f, _)| !flags.contains(&f.as_str()))
        {
            Some((f, _)) => Err(format!("unknown option '--{f}'")),
            None => Ok(()),
        }
    }
}

fn read_set(path: &str) -> Result<Reference, String> {
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read reference set {path}: {e}"))?;
    Reference::load(&json)
        .map(|l| l.reference)
        .map_err(|errors| invalid(path, &errors))
}

fn invalid(path: &str, errors: &[factcheck::ReferenceError]) -> String {
    let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
    format!("{path} is not a valid reference set:\n{}", lines.join("\n"))
}

/// Validates `set` as the loader would and writes it atomically: a temporary file beside
/// `path`, then a rename over it.
fn write_set(path: &str, set: &Reference) -> Result<(), String> {
    let json = set.to_json();
    Reference::load(&json).map_err(|errors| invalid(path, &errors))?;
    let target = Path::new(path);
    let name = target
        .file_name()
        .ok_or(format!("{path} is not a file name"))?;
    let temporary = target.with_file_name(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = std::fs::write(&temporary, json.as_bytes())
        .and_then(|()| std::fs::File::open(&temporary)?.sync_all())
        .and_then(|()| std::fs::rename(&temporary, target));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        format!("cannot write {path}: {e}; it is left as it was")
    })
}

fn check(options: &Options) -> Result<(), String> {
    options.only(&[])?;
    let [path] = options.plain.as_slice() else {
        return Err("reference check takes one SET.json".into());
    };
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read reference set {path}: {e}"))?;
    let loaded = Reference::load(&json).map_err(|errors| invalid(path, &errors))?;
    for note in &loaded.notes {
        eprintln!("factcheck: note: {path}: {note}");
    }
    let set = &loaded.reference;
    let series: usize = set.incidents.iter().map(|i| i.figures.len()).sum();
    println!(
        "{path}: a valid reference set (schema {}): {} incidents, {series} series",
        set.schema,
        set.incidents.len()
    );
    Ok(())
}

fn show(options: &Options) -> Result<(), String> {
    options.only(&[])?;
    let (path, id) = match options.plain.as_slice() {
        [path] => (path, None),
        [path, id] => (path, Some(id.as_str())),
        _ => return Err("reference show takes SET.json and an optional ID".into()),
    };
    let set = read_set(path)?;
    let incidents: Vec<&Incident> = match id {
        Some(id) => vec![set
            .incident(id)
            .ok_or(format!("{path} has no incident '{id}'"))?],
        None => set.incidents.iter().collect(),
    };
    for incident in incidents {
        println!(
            "{}: {} ({}, {} {})",
            incident.id, incident.title, incident.night_of, incident.weekday, incident.date
        );
        for series in &incident.figures {
            println!("  {}", series.label());
            let latest = series.latest_order();
            for report in &series.reports {
                let mark = if report.order == latest {
                    "  latest"
                } else {
                    ""
                };
                println!(
                    "    {:>2}. {:<14} {}{mark}",
                    report.order,
                    value(report),
                    report.source.short_name()
                );
            }
        }
    }
    Ok(())
}

/// "at least 23", "25".
fn value(report: &Report) -> String {
    let n = factcheck::text::decimal::write(report.value);
    match report.qualifier.name() {
        "exact" => n,
        q => format!("{} {n}", q.replace('_', " ")),
    }
}

fn new(options: &Options) -> Result<(), String> {
    options.only(&["to", "id", "title", "date", "city"])?;
    let path = options.need("to")?;
    let date = options.need("date")?;
    let weekday = weekday_of(date).ok_or(format!("--date '{date}' is not a date (YYYY-MM-DD)"))?;
    let mut set = if Path::new(path).exists() {
        read_set(path)?
    } else {
        Reference::empty()
    };
    let id = options.need("id")?;
    if set.incident(id).is_some() {
        return Err(format!("{path} already has an incident '{id}'"));
    }
    let city = options.need("city")?;
    let mut places = vec![Named {
        name: city.into(),
        kind: Some("city".into()),
        aliases: Vec::new(),
    }];
    match options.plain.as_slice() {
        [] => {}
        [source] => {
            let text = std::fs::read_to_string(source)
                .map_err(|e| format!("cannot read {source}: {e}"))?;
            for name in districts(&text) {
                places.push(Named {
                    name,
                    kind: Some("district".into()),
                    aliases: Vec::new(),
                });
            }
        }
        _ => return Err("reference new takes at most one SOURCE.txt".into()),
    }
    set.incidents.push(Incident {
        id: id.into(),
        title: options.need("title")?.into(),
        date: date.into(),
        night_of: night_of(date),
        weekday: weekday.into(),
        places,
        buildings: Vec::new(),
        context: Vec::new(),
        figures: Vec::new(),
        quotes: Vec::new(),
        related: Vec::new(),
    });
    write_set(path, &set)?;
    let places: Vec<&str> = set.incidents.last().map_or(Vec::new(), |i| {
        i.places.iter().map(|p| p.name.as_str()).collect()
    });
    println!(
        "{path}: added {id}, {} ({weekday}); places: {}",
        night_of(date),
        places.join(", ")
    );
    Ok(())
}

/// The districts a source text names, once each, in order: "Solomianskyi" for "in Kyiv's
/// Solomianskyi district".
fn districts(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found: Vec<String> = Vec::new();
    for pair in words.windows(2) {
        let next = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        let name = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        if next.eq_ignore_ascii_case("district") && capitalised && !found.iter().any(|f| f == name)
        {
            found.push(name.to_string());
        }
    }
    found
}

/// "night of 23 to 24 April 2025" for 2025-04-24; "night of 31 May to 1 June 2025".
fn night_of(date: &str) -> String {
    let (before, after) = (long_date(&day_before(date)), long_date(date));
    let (b, a): (Vec<&str>, Vec<&str>) = (before.split(' ').collect(), after.split(' ').collect());
    match (b.as_slice(), a.as_slice()) {
        ([d1, m1, y1], [d2, m2, y2]) if m1 == m2 && y1 == y2 => {
            format!("night of {d1} to {d2} {m2} {y2}")
        }
        ([d1, m1, y1], [..]) if *y1 == a[2] => format!("night of {d1} {m1} to {after}"),
        _ => format!("night of {before} to {after}"),
    }
}

/// A figure of the source, proposed as a report.
struct Proposal<'a> {
    figure: &'a Figure,
    scope: String,
    sentence: String,
}

fn add(options: &Options) -> Result<(), String> {
    options.only(&[
        "to", "incident", "said-by", "outlet", "url", "date", "tier", "headline", "pick",
    ])?;
    let path = options.need("to")?;
    let [source_path] = options.plain.as_slice() else {
        return Err("reference add takes one SOURCE.txt".into());
    };
    let mut set = read_set(path)?;
    let id = options.need("incident")?;
    let at = set
        .incident_at(id)
        .ok_or(format!("{path} has no incident '{id}'"))?;
    let source = source_of(options)?;
    let text = std::fs::read_to_string(source_path)
        .map_err(|e| format!("cannot read {source_path}: {e}"))?;
    let doc = Document::new(&text);
    let figures = factcheck::figures::extract(&doc);
    let city = set.incidents[at].city().to_string();
    let proposals: Vec<Proposal> = figures
        .iter()
        .filter(|f| !matches!(f.category, Category::Date | Category::Other))
        .map(|f| Proposal {
            figure: f,
            scope: verdict::scope_in(f, &city).to_string(),
            sentence: doc
                .sentence(f.sentence, f.span)
                .of(&text)
                .trim()
                .to_string(),
        })
        .collect();
    print_table(&proposals);
    let picked: Vec<usize> = match (options.yes, options.get("pick")) {
        (true, None) => (1..=proposals.len()).collect(),
        (false, Some(list)) => picks(list, proposals.len())?,
        (true, Some(_)) => return Err("give --yes or --pick, not both".into()),
        (false, None) => {
            println!("nothing written: --yes takes them all, --pick 1,3 some");
            return Ok(());
        }
    };
    let incident = &mut set.incidents[at];
    for k in &picked {
        let p = &proposals[k - 1];
        let mut source = source.clone();
        source.sentence = Some(p.sentence.clone());
        let report = Report {
            value: p.figure.value,
            qualifier: p.figure.qualifier,
            order: 0,
            source,
            note: None,
        };
        let step = join(incident, p, report).map_err(|e| format!("proposal {k}: {e}"))?;
        println!("{k}: {step}");
    }
    write_set(path, &set)?;
    println!("{path}: {} reports added to {id}", picked.len());
    Ok(())
}

fn source_of(options: &Options) -> Result<Source, String> {
    let when = options.need("date")?;
    let (date, time) = match when.split_once('T') {
        Some((d, t)) => (d, Some(t.to_string())),
        None => (when, None),
    };
    if parse_iso(date).is_none() {
        return Err(format!(
            "--date '{when}' is not YYYY-MM-DD or YYYY-MM-DDTHH:MMZ"
        ));
    }
    let tier = match options.get("tier") {
        None => Tier::Outlet,
        Some(t) => Tier::NAMES
            .iter()
            .find(|(n, _)| *n == t)
            .map(|&(_, tier)| tier)
            .ok_or(format!(
                "--tier must be official, wire, outlet or aggregator, not '{t}'"
            ))?,
    };
    Ok(Source {
        said_by: Some(options.need("said-by")?.into()),
        outlet: Some(options.need("outlet")?.into()),
        url: Some(options.need("url")?.into()),
        headline: options.get("headline").map(str::to_string),
        date: Some(date.into()),
        time,
        tier: Some(tier),
        ..Source::default()
    })
}

fn picks(list: &str, count: usize) -> Result<Vec<usize>, String> {
    let mut picked = Vec::new();
    for item in list.split(',') {
        match item.trim().parse::<usize>() {
            Ok(k) if (1..=count).contains(&k) && !picked.contains(&k) => picked.push(k),
            _ => {
                return Err(format!(
                    "--pick: '{item}' is not one of the proposals 1 to {count}"
                ))
            }
        }
    }
    Ok(picked)
}

fn print_table(proposals: &[Proposal]) {
    println!(
        "{:>3}  {:<12} {:<10} {:<18} {:<12} {:<14} text",
        "#", "category", "scope", "group", "subtype", "value"
    );
    for (k, p) in proposals.iter().enumerate() {
        let f = p.figure;
        let interval = factcheck::report::interval_notation(f.interval.low, f.interval.high);
        println!(
            "{:>3}  {:<12} {:<10} {:<18} {:<12} {:<14} {}",
            k + 1,
            f.category.name(),
            p.scope,
            f.group.as_deref().unwrap_or("-"),
            f.subtype.as_deref().unwrap_or("-"),
            interval,
            p.sentence
        );
    }
}

/// Puts `report` into its series, in time order: the same value as the report just before it
/// in time joins that step (another source for it); another value is a step of its own, and
/// the latest when it is the newest. An aggregator's new value never becomes the latest.
fn join(incident: &mut Incident, p: &Proposal, mut report: Report) -> Result<String, String> {
    let f = p.figure;
    let found = incident.figures.iter().position(|s| {
        s.category == f.category
            && s.scope.eq_ignore_ascii_case(&p.scope)
            && s.group == f.group
            && s.subtype == f.subtype
    });
    let k = found.unwrap_or_else(|| {
        incident.figures.push(FigureSeries {
            category: f.category,
            scope: p.scope.clone(),
            group: f.group.clone(),
            subtype: f.subtype.clone(),
            reports: Vec::new(),
        });
        incident.figures.len() - 1
    });
    let series = &mut incident.figures[k];
    let when = moment(&report.source);
    // The last step given no later than this report, and whether any step is later.
    let before = (series.reports.iter())
        .filter(|r| moment(&r.source) <= when)
        .map(|r| r.order)
        .max()
        .unwrap_or(0);
    let newest = before == series.latest_order();
    let repeats = series
        .reports
        .iter()
        .any(|r| r.order == before && r.value == report.value && r.qualifier == report.qualifier);
    let aggregator = report.source.rank() == Tier::Aggregator;
    let primary = series
        .reports
        .iter()
        .any(|r| r.source.rank() != Tier::Aggregator);
    if newest && !repeats && aggregator && primary {
        return Err(format!(
            "{} rests on an aggregator, which never becomes the latest value on its own: add an \
             official, wire or outlet source for it first",
            value(&report)
        ));
    }
    let step = if repeats {
        report.order = before;
        format!(
            "{} joins step {before} of {}",
            value(&report),
            series.label()
        )
    } else {
        for r in series.reports.iter_mut().filter(|r| r.order > before) {
            r.order += 1;
        }
        report.order = before + 1;
        let latest = if newest { ", the latest" } else { "" };
        format!(
            "{} is step {} of {}{latest}",
            value(&report),
            before + 1,
            series.label()
        )
    };
    let place = series
        .reports
        .iter()
        .position(|r| r.order > report.order)
        .unwrap_or(series.reports.len());
    series.reports.insert(place, report);
    Ok(step)
}

/// When a source gave its value, for ordering: its date and time (in UTC where a zone is given).
fn moment(source: &Source) -> (String, String) {
    let date = source.date.clone().unwrap_or_default();
    let time = source.time.as_deref().map(utc).unwrap_or_default();
    (date, time)
}

/// "06:06+03:00" as "03:06", "01:27Z" as "01:27"; minutes past midnight, as text that sorts.
fn utc(time: &str) -> String {
    let minutes = |t: &str| -> i32 {
        let h: i32 = t.get(..2).and_then(|h| h.parse().ok()).unwrap_or(0);
        let m: i32 = t.get(3..5).and_then(|m| m.parse().ok()).unwrap_or(0);
        h * 60 + m
    };
    let offset = match time.get(5..6) {
        Some("+") => minutes(&time[6..]),
        Some("-") => -minutes(&time[6..]),
        _ => 0,
    };
    format!("{:05}", minutes(time) - offset + 24 * 60)
}
