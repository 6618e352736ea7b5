//! The reference set: what later and official reports said about each incident, figure by
//! figure, with the source of every value and its order in time.
//!
//! The bundled set (`incidents.json`, built from the seed articles and later reports) is
//! compiled into the binary; a user's own set in the same schema can be loaded with
//! [`Reference::from_json`], which validates it and names the path of every problem.

mod json_path;
mod validate;

use crate::figures::{Category, Qualifier};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The bundled reference set, as JSON: `incidents.json` without its whitespace
/// (`build.rs` beside it).
pub const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/incidents.min.json"));

/// The whole reference set.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Schema version; 1.
    pub schema: u32,
    pub incidents: Vec<Incident>,
    /// People the texts name, with their roles over time.
    #[serde(default)]
    pub people: Vec<Person>,
}

/// One strike, with everything that identifies it and every figure reported about it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// Fixed id, e.g. `kyiv-2025-04-24`.
    pub id: String,
    pub title: String,
    /// The date of the morning after the night of the strike, ISO `YYYY-MM-DD`.
    pub date: String,
    /// The night of the strike in words, e.g. "night of 23 to 24 April 2025".
    pub night_of: String,
    /// The weekday of `date`, e.g. "Thursday".
    pub weekday: String,
    /// Cities and districts hit, each with its other spellings.
    #[serde(default)]
    pub places: Vec<Named>,
    /// Named damaged buildings.
    #[serde(default)]
    pub buildings: Vec<Named>,
    /// What the strike followed or answered (e.g. Operation Spiderweb, a Trump–Putin call).
    #[serde(default)]
    pub context: Vec<Named>,
    pub figures: Vec<FigureSeries>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Earlier events the texts compare this one with ("the deadliest since last year's July 8
    /// attack, which left 34 dead"): figures about them are judged against them, never
    /// against this incident.
    #[serde(default)]
    pub related: Vec<RelatedEvent>,
}

/// An earlier event that texts about an incident compare it with.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RelatedEvent {
    /// e.g. `kyiv-2024-07-08`.
    pub id: String,
    pub title: String,
    pub date: String,
    /// How texts refer to it: "last year's July 8 attack", "July 2024", "last Saturday's".
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub figures: Vec<FigureSeries>,
}

/// A name with the other ways texts write it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub name: String,
    /// "city", "district", "building", "operation", "event", ...
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Every reported value of one quantity (e.g. killed in Kyiv), in time order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FigureSeries {
    pub category: Category,
    /// "Kyiv", "Ukraine" (nationwide), or a named city; see [`crate::verdict`] for the default
    /// scope of a figure that names none.
    pub scope: String,
    /// A sub-count's group: "children", "emergency workers".
    #[serde(default)]
    pub group: Option<String>,
    /// A weapon type: "ballistic", "cruise", "Kinzhal", "Iskander-M", "Kh-101", "Shahed", or
    /// "drones"/"missiles" for the intercepted and breached counts.
    #[serde(default)]
    pub subtype: Option<String>,
    /// Ordered by `order`; those with the highest order are the latest.
    pub reports: Vec<Report>,
}

/// One reported value.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub value: f64,
    #[serde(default = "exact")]
    pub qualifier: Qualifier,
    /// Position in time, from 1; equal orders are versions given at the same time by
    /// different sources.
    pub order: u32,
    pub source: Source,
    /// Why the value moved, or how sources disagree.
    #[serde(default)]
    pub note: Option<String>,
}

fn exact() -> Qualifier {
    Qualifier::Exact
}

/// Where a value comes from: a seed article and its exact sentence, or a later report's URL.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A seed article's file name, e.g. `000_07d0504bfaebc798.txt`.
    #[serde(default)]
    pub seed: Option<String>,
    /// The exact sentence in the seed that states the value.
    #[serde(default)]
    pub sentence: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// A short name for the source, e.g. "Kyiv Independent (KI-A)" or "SES".
    #[serde(default)]
    pub name: Option<String>,
    /// The date of the report, ISO, when known.
    #[serde(default)]
    pub date: Option<String>,
}

/// A quotation as it was said.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The speaker's name as in [`Person::name`].
    pub speaker: String,
    pub text: String,
    pub source: Source,
}

/// A person the texts name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// Other spellings and short forms: "Zelenskyy", "Zelensky", "Mr. Zelenskyy".
    #[serde(default)]
    pub aliases: Vec<String>,
    pub roles: Vec<Role>,
}

/// A role held from one date to another (`to` is `None` while it is held).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// "President of the United States".
    pub role: String,
    /// Words texts use for the role: "US President", "President", "U.S. President".
    #[serde(default)]
    pub titles: Vec<String>,
    /// ISO date.
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
}

/// A problem in a reference set: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceError {
    /// A path into the JSON, e.g. `incidents[kyiv-2025-04-24].figures[2].reports[0].value`.
    pub path: String,
    pub problem: String,
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "reference set: {}", self.problem)
        } else {
            write!(f, "reference set: {}: {}", self.path, self.problem)
        }
    }
}

impl std::error::Error for ReferenceError {}

impl Reference {
    /// The bundled reference set, parsed without the checks a user's set gets: it is compiled
    /// in, and the tests validate this very text (`tests/reference.rs`), so the checks would
    /// only add to every start.
    pub fn bundled() -> Reference {
        // Display, not the Debug `expect` would link in for serde_json's error.
        serde_json::from_str(BUNDLED_JSON)
            .unwrap_or_else(|e| panic!("the bundled reference set does not parse: {e}"))
    }

    /// Parses and validates a reference set.
    pub fn from_json(json: &str) -> Result<Reference, Vec<ReferenceError>> {
        let reference: Reference =
            serde_json::from_str(json).map_err(|e| vec![type_error(json, e)])?;
        let errors = validate::validate(&reference);
        if errors.is_empty() {
            Ok(reference)
        } else {
            Err(errors)
        }
    }

    pub fn incident(&self, id: &str) -> Option<&Incident> {
        self.incidents.iter().find(|i| i.id == id)
    }
}

/// A parse or type error, named by its path ("incidents[kyiv-2025-04-24].figures[0].reports[1]")
/// when the JSON is well formed, by line and column when it is not.
fn type_error(json: &str, e: serde_json::Error) -> ReferenceError {
    let message = e.to_string();
    if e.is_syntax() || e.is_eof() {
        return ReferenceError {
            path: format!("line {}, column {}", e.line(), e.column()),
            problem: message,
        };
    }
    // The path replaces serde_json's " at line L column C".
    let position = format!(" at line {} column {}", e.line(), e.column());
    let problem = message
        .strip_suffix(&position)
        .unwrap_or(&message)
        .to_string();
    let path = json_path::path_at(json, json_path::offset_of(json, e.line(), e.column()));
    ReferenceError {
        path: name_incidents(&path, json),
        problem,
    }
}

/// "incidents[0].date" becomes "incidents[kyiv-2025-04-24].date" when the incident has an id.
fn name_incidents(path: &str, json: &str) -> String {
    let Some(rest) = path.strip_prefix("incidents[") else {
        return path.to_string();
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return path.to_string();
    };
    // The id is read from the text: the set did not deserialize, but the JSON is well formed.
    let id = index.parse::<usize>().ok().and_then(|i| {
        #[derive(Deserialize)]
        struct Ids {
            incidents: Vec<IdOnly>,
        }
        #[derive(Deserialize)]
        struct IdOnly {
            id: Option<String>,
        }
        let ids: Ids = serde_json::from_str(json).ok()?;
        ids.incidents.into_iter().nth(i)?.id
    });
    match id {
        Some(id) => format!("incidents[{id}]{tail}"),
        None => path.to_string(),
    }
}

impl FigureSeries {
    /// The highest order among the reports: the latest values have it.
    pub fn latest_order(&self) -> u32 {
        self.reports.iter().map(|r| r.order).max().unwrap_or(0)
    }
}
