//! `factcheck [--format json|text] [--reference FILE] [FILE ...]`
//!
//! Checks each input (a file, or standard input for `-` or no file) and prints one report per
//! input: JSON Lines with a `file` field, or a readable summary, coloured on a terminal.
//! Exits 0 when no figure conflicts with the reference, 1 when some does, 2 on bad usage or an
//! unreadable input or reference set.
//!
//! `factcheck reference add|new|show|check` builds and grows a reference set (`reference.rs`).

#[path = "factcheck/reference.rs"]
mod reference;

use factcheck::report::Report;
use factcheck::verdict::Verdict;
use factcheck::Reference;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: factcheck [--format json|text] [--reference FILE] [FILE ...]\n\
  Checks news text against the reference set; '-' or no FILE reads standard input.\n\
       factcheck reference add|new|show|check ...   builds a reference set from sources";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Text,
}

struct Args {
    format: Format,
    reference: Option<String>,
    files: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args {
        format: Format::Json,
        reference: None,
        files: Vec::new(),
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--format" => {
                parsed.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("--format must be json or text, not '{other}'")),
                }
            }
            "--reference" => parsed.reference = Some(value("--reference")?),
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option '{f}'")),
            _ => parsed.files.push(arg),
        }
    }
    if parsed.files.is_empty() {
        parsed.files.push("-".into());
    }
    Ok(parsed)
}

fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    let shown = if name == "-" { "standard input" } else { name };
    read.map_err(|e| format!("cannot read {shown}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{shown} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn load_reference(path: Option<&str>) -> Result<Reference, String> {
    let Some(path) = path else {
        return Ok(Reference::bundled());
    };
    let json = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read reference set {path}: {e}"))?;
    let loaded = Reference::load(&json).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("{path} is not a valid reference set:\n{}", lines.join("\n"))
    })?;
    for note in &loaded.notes {
        eprintln!("factcheck: note: {path}: {note}");
    }
    Ok(loaded.reference)
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    if all.first().map(String::as_str) == Some("reference") {
        return match reference::run(&all[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("factcheck: {e}\n{}", reference::USAGE);
                ExitCode::from(2)
            }
        };
    }
    let args = match parse_args(all.into_iter()) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("factcheck: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let reference = match load_reference(args.reference.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("factcheck: {e}");
            return ExitCode::from(2);
        }
    };
    let colour = args.format == Format::Text && std::io::stdout().is_terminal();
    let mut out = std::io::stdout().lock();
    let mut conflicting = false;
    let mut failed = false;
    for file in &args.files {
        let text = match read_input(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("factcheck: {e}");
                failed = true;
                continue;
            }
        };
        let report = factcheck::check(&text, &reference);
        conflicting |= report
            .figures
            .iter()
            .any(|f| f.verdict == Verdict::Conflicting);
        let printed = match args.format {
            Format::Json => print_json(&mut out, file, &report),
            Format::Text => print_text(&mut out, file, &report, colour),
        };
        if printed.is_err() {
            return ExitCode::from(2); // stdout closed: nothing more to say
        }
    }
    if failed {
        ExitCode::from(2)
    } else if conflicting {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_json(out: &mut impl Write, file: &str, report: &Report) -> std::io::Result<()> {
    let mut value = serde_json::to_value(report).expect("a report serialises");
    value
        .as_object_mut()
        .expect("a report is an object")
        .insert("file".into(), file.into());
    writeln!(out, "{value}")
}

fn print_text(
    out: &mut impl Write,
    file: &str,
    report: &Report,
    colour: bool,
) -> std::io::Result<()> {
    let paint = |code: &str, s: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    writeln!(out, "{}", paint("1", &format!("== {file}")))?;
    match &report.incident {
        Some(i) => writeln!(
            out,
            "Incident: {} ({:.0}% confident)",
            i.title,
            i.confidence * 100.0
        )?,
        None => writeln!(out, "Incident: none identified")?,
    }
    for f in &report.figures {
        let (code, label) = match f.verdict {
            Verdict::Consistent => ("32", "consistent "),
            Verdict::Outdated => ("33", "outdated   "),
            Verdict::Conflicting => ("31", "conflicting"),
            Verdict::Unverified => ("2", "unverified "),
        };
        writeln!(
            out,
            "  {} {:>14}  {:<14} {}",
            paint(code, label),
            f.text,
            format!("{:?}", f.category).to_lowercase(),
            f.explanation
        )?;
    }
    for c in &report.claims {
        let kinds: Vec<String> = c
            .kinds
            .iter()
            .map(|k| format!("{k:?}").to_lowercase())
            .collect();
        let speaker = c
            .speaker
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        writeln!(
            out,
            "  claim {:.2} [{}]{speaker}: {}",
            c.score,
            kinds.join(", "),
            c.text
        )?;
        if let Some(e) = &c.explanation {
            writeln!(out, "        {e}")?;
        }
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse_args(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn no_file_means_standard_input() {
        assert_eq!(args(&[]).unwrap().files, vec!["-"]);
    }

    #[test]
    fn format_takes_a_separate_or_inline_value() {
        assert!(args(&["--format", "text"]).unwrap().format == Format::Text);
        assert!(args(&["--format=json"]).unwrap().format == Format::Json);
    }

    #[test]
    fn bad_usage_names_the_problem() {
        assert_eq!(
            args(&["--format", "xml"]).err().unwrap(),
            "--format must be json or text, not 'xml'"
        );
        assert_eq!(
            args(&["--reference"]).err().unwrap(),
            "--reference needs a value"
        );
        assert_eq!(
            args(&["--colour"]).err().unwrap(),
            "unknown option '--colour'"
        );
    }
}
