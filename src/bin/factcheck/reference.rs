//! `factcheck reference add|new|show|check`: a reference set built and grown from sources,
//! without writing JSON by hand. What a change to the set is, is the library's
//! (`Reference::add_incident`, `Incident::add_report`, `proposals`), shared with the reference
//! page; the arguments, the table and the files are here, in the binary only.
//!
//! Every write goes through [`write_set`]: the set is validated as the loader would, written
//! formatted as `Reference::to_json` writes it, to a temporary file beside it, then renamed
//! over it, so a failed write leaves the old file as it was.

use factcheck::calendar::parse_iso;
use factcheck::reference::{Incident, Proposal, Reference, Source, Tier};
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
                    report.in_words(),
                    report.source.short_name()
                );
            }
        }
    }
    Ok(())
}

fn new(options: &Options) -> Result<(), String> {
    options.only(&["to", "id", "title", "date", "city"])?;
    let path = options.need("to")?;
    let mut set = if Path::new(path).exists() {
        read_set(path)?
    } else {
        Reference::empty()
    };
    let source = match options.plain.as_slice() {
        [] => None,
        [source] => Some(
            std::fs::read_to_string(source).map_err(|e| format!("cannot read {source}: {e}"))?,
        ),
        _ => return Err("reference new takes at most one SOURCE.txt".into()),
    };
    let incident = set
        .add_incident(
            options.need("id")?,
            options.need("title")?,
            options.need("date")?,
            options.need("city")?,
            source.as_deref(),
        )
        .map_err(|e| format!("{path}: {e}"))?;
    let places: Vec<&str> = incident.places.iter().map(|p| p.name.as_str()).collect();
    let said = format!(
        "{path}: added {}, {} ({}); places: {}",
        incident.id,
        incident.night_of,
        incident.weekday,
        places.join(", ")
    );
    write_set(path, &set)?;
    println!("{said}");
    Ok(())
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
    let proposals = factcheck::proposals::proposals(&text, set.incidents[at].city());
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
        let step = (incident.add_report(&proposals[k - 1], source.clone()))
            .map_err(|e| format!("proposal {k}: {e}"))?;
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
        let interval = p.qualifier.interval(p.value);
        println!(
            "{:>3}  {:<12} {:<10} {:<18} {:<12} {:<14} {}",
            k + 1,
            p.category.name(),
            p.scope,
            p.group.as_deref().unwrap_or("-"),
            p.subtype.as_deref().unwrap_or("-"),
            factcheck::report::interval_notation(interval.low, interval.high),
            p.sentence
        );
    }
}
