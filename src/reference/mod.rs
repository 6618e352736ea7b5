//! The reference set: what later and official reports said about each incident, figure by
//! figure, with the source of every value and its order in time.
//!
//! The bundled set (`incidents.json`, built from the seed articles and later reports) is
//! compiled into the binary; a user's own set in the same schema can be loaded with
//! [`Reference::from_json`], which validates it and names the path of every problem.
//!
//! Each struct of the schema is declared with how its fields are read from JSON
//! (`read::schema!`): the struct and its reader come from that one declaration.

mod edit;
mod read;
mod upgrade;
mod validate;

pub use edit::Proposal;

use crate::figures::{Category, Qualifier};
use read::Parser;
use serde::{Serialize, Serializer};
use std::fmt;

/// The bundled reference set, as JSON: `incidents.json` without its whitespace
/// (`build.rs` beside it).
pub const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/incidents.min.json"));

read::schema! {
    /// The whole reference set.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Reference, then end {
        /// Schema version: 2 (sources with who said them, outlet, headline, time and tier),
        /// or 1, read as 2 (`upgrade.rs`).
        pub schema: u32 = required(count),
        pub incidents: Vec<Incident> = required(list(Incident::read)),
        /// People the texts name, with their roles over time.
        pub people: Vec<Person> = default(list(Person::read)),
    }
}

read::schema! {
    /// One strike, with everything that identifies it and every figure reported about it.
    /// Paths in errors name it by its id once that has been read: `incidents[kyiv-2025-04-24]`,
    /// else by its index.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Incident, named by id {
        /// Fixed id, e.g. `kyiv-2025-04-24`.
        pub id: String = required(text),
        pub title: String = required(text),
        /// The date of the morning after the night of the strike, ISO `YYYY-MM-DD`.
        pub date: String = required(text),
        /// The night of the strike in words, e.g. "night of 23 to 24 April 2025".
        pub night_of: String = required(text),
        /// The weekday of `date`, e.g. "Thursday".
        pub weekday: String = required(text),
        /// Cities and districts hit, each with its other spellings.
        pub places: Vec<Named> = default(list(Named::read)),
        /// Named damaged buildings.
        pub buildings: Vec<Named> = default(list(Named::read)),
        /// What the strike followed or answered (e.g. Operation Spiderweb, a Trump–Putin call).
        pub context: Vec<Named> = default(list(Named::read)),
        pub figures: Vec<FigureSeries> = required(list(FigureSeries::read)),
        pub quotes: Vec<Quote> = default(list(Quote::read)),
        /// Earlier events the texts compare this one with ("the deadliest since last year's July 8
        /// attack, which left 34 dead"): figures about them are judged against them, never
        /// against this incident.
        pub related: Vec<RelatedEvent> = default(list(RelatedEvent::read)),
    }
}

read::schema! {
    /// An earlier event that texts about an incident compare it with.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct RelatedEvent {
        /// e.g. `kyiv-2024-07-08`.
        pub id: String = required(text),
        pub title: String = required(text),
        pub date: String = required(text),
        /// How texts refer to it: "last year's July 8 attack", "July 2024", "last Saturday's".
        pub aliases: Vec<String> = default(list(Parser::text)),
        pub figures: Vec<FigureSeries> = default(list(FigureSeries::read)),
    }
}

read::schema! {
    /// A name with the other ways texts write it.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Named {
        pub name: String = required(text),
        /// "city", "district", "building", "operation", "event", ...
        #[serde(skip_serializing_if = "Option::is_none")]
        pub kind: Option<String> = optional(optional_text),
        pub aliases: Vec<String> = default(list(Parser::text)),
    }
}

read::schema! {
    /// Every reported value of one quantity (e.g. killed in Kyiv), in time order.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct FigureSeries {
        pub category: Category = required(variant(Category::NAMES)),
        /// "Kyiv", "Ukraine" (nationwide), or a named city; see [`crate::verdict`] for the default
        /// scope of a figure that names none.
        pub scope: String = required(text),
        /// A sub-count's group: "children", "emergency workers".
        pub group: Option<String> = optional(optional_text),
        /// A weapon type: "ballistic", "cruise", "Kinzhal", "Iskander-M", "Kh-101", "Shahed", or
        /// "drones"/"missiles" for the intercepted and breached counts.
        pub subtype: Option<String> = optional(optional_text),
        /// Ordered by `order`; those with the highest order are the latest.
        pub reports: Vec<Report> = required(list(Report::read)),
    }
}

read::schema! {
    /// One reported value.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Report {
        #[serde(serialize_with = "whole_or_decimal")]
        pub value: f64 = required(number),
        pub qualifier: Qualifier = default(variant(Qualifier::NAMES), Qualifier::Exact),
        /// Position in time, from 1; equal orders are versions given at the same time by
        /// different sources.
        pub order: u32 = required(count),
        pub source: Source = required(object(Source::read)),
        /// Why the value moved, or how sources disagree.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub note: Option<String> = optional(optional_text),
    }
}

crate::named::named_enum! {
    /// How close a source stands to whoever said a value, the closest first: the order in which
    /// explanations cite the sources of one value.
    #[derive(PartialOrd, Ord)]
    pub enum Tier {
        /// The body or person who counts: a ministry, the city's military administration, the
        /// Air Force, the mayor, on their own channel.
        Official = "official",
        /// A news agency: Reuters, AP, AFP, Ukrinform, Interfax-Ukraine.
        Wire = "wire",
        /// A newspaper, broadcaster or news site reporting it.
        Outlet = "outlet",
        /// A repost, blog or aggregator: it never becomes the latest value of a series on its own.
        Aggregator = "aggregator",
    }
}

read::schema! {
    /// Where a value comes from: who said it, the report that carried it (an outlet, its URL and
    /// headline), when, and how close that report stands to the speaker; or a seed article and
    /// its exact sentence.
    #[derive(Debug, Clone, PartialEq, Default, Serialize)]
    pub struct Source {
        /// Who said it: "Ukrainian Air Force", "Kyiv City Military Administration", "Vitali
        /// Klitschko"; none when the outlet speaks for itself.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub said_by: Option<String> = optional(optional_text),
        /// The outlet that carried it: "Kyiv Independent", "RBC-Ukraine".
        #[serde(skip_serializing_if = "Option::is_none")]
        pub outlet: Option<String> = optional(optional_text),
        #[serde(skip_serializing_if = "Option::is_none")]
        pub url: Option<String> = optional(optional_text),
        #[serde(skip_serializing_if = "Option::is_none")]
        pub headline: Option<String> = optional(optional_text),
        /// The date of the report, ISO `YYYY-MM-DD`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub date: Option<String> = optional(optional_text),
        /// The time of the report with its zone, `HH:MM` then `Z` or `+HH:MM`/`-HH:MM`
        /// ("06:06+03:00"), so that two reports of one day keep their order.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub time: Option<String> = optional(optional_text),
        #[serde(skip_serializing_if = "Option::is_none")]
        pub tier: Option<Tier> = optional(optional_variant(Tier::NAMES)),
        /// A seed article's file name, e.g. `000_07d0504bfaebc798.txt`.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub seed: Option<String> = optional(optional_text),
        /// The exact sentence that states the value: the seed's, or that of the source text
        /// `factcheck reference add` read.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub sentence: Option<String> = optional(optional_text),
        /// Schema version 1's short name for the source: a version 1 set has it read into
        /// `outlet` (`upgrade.rs`); version 2 refuses it.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub name: Option<String> = optional(optional_text),
    }
}

read::schema! {
    /// A quotation as it was said.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Quote {
        /// The speaker's name as in [`Person::name`].
        pub speaker: String = required(text),
        pub text: String = required(text),
        pub source: Source = required(object(Source::read)),
    }
}

read::schema! {
    /// A person the texts name.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Person {
        pub name: String = required(text),
        /// Other spellings and short forms: "Zelenskyy", "Zelensky", "Mr. Zelenskyy".
        pub aliases: Vec<String> = default(list(Parser::text)),
        pub roles: Vec<Role> = required(list(Role::read)),
    }
}

read::schema! {
    /// A role held from one date to another (`to` is `None` while it is held).
    #[derive(Debug, Clone, PartialEq, Serialize)]
    pub struct Role {
        /// "President of the United States".
        pub role: String = required(text),
        /// Words texts use for the role: "US President", "President", "U.S. President".
        pub titles: Vec<String> = default(list(Parser::text)),
        /// ISO date.
        pub from: String = required(text),
        pub to: Option<String> = optional(optional_text),
    }
}

/// A count as JSON writes it by hand: 9, not 9.0.
fn whole_or_decimal<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}

/// A set the loader accepted, with what it says about how it read it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Loaded {
    pub reference: Reference,
    /// e.g. "schema version 1, read as version 2: …", or
    /// "`incidents[x].figures[3]`: every value comes from an aggregator; …".
    pub notes: Vec<String>,
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
    /// Every series of the set in one fixed order: each incident's, then its related events'.
    fn series_lists(&self) -> impl Iterator<Item = &[FigureSeries]> {
        self.incidents.iter().flat_map(|i| {
            std::iter::once(i.figures.as_slice())
                .chain(i.related.iter().map(|r| r.figures.as_slice()))
        })
    }

    /// How many series the set holds: the size of a table indexed by [`Reference::series_index`].
    pub fn series_count(&self) -> usize {
        self.series_lists().map(<[_]>::len).sum()
    }

    /// The place of `series`, one of this set's own, in that order. It is found by where it is
    /// stored, not by comparing contents: two series may read alike.
    pub fn series_index(&self, series: &FigureSeries) -> Option<usize> {
        let mut before = 0;
        for list in self.series_lists() {
            if list.as_ptr_range().contains(&std::ptr::from_ref(series)) {
                return Some(before + list.iter().position(|s| std::ptr::eq(s, series))?);
            }
            before += list.len();
        }
        None
    }

    /// The bundled reference set, parsed without the checks a user's set gets: it is compiled
    /// in, and the tests validate this very text (`tests/reference.rs`), so the checks would
    /// only add to every start.
    pub fn bundled() -> Reference {
        read::reference(BUNDLED_JSON)
            .unwrap_or_else(|e| panic!("the bundled reference set does not parse: {e}"))
    }

    /// A set with no incident and no person, in the current schema: where `factcheck reference
    /// new` starts a file.
    pub fn empty() -> Reference {
        Reference {
            schema: upgrade::CURRENT,
            incidents: Vec::new(),
            people: Vec::new(),
        }
    }

    /// Parses and validates a reference set (a version 1 set read as version 2).
    pub fn from_json(json: &str) -> Result<Reference, Vec<ReferenceError>> {
        Reference::read_json(json).map(|(reference, _)| reference)
    }

    /// As [`Reference::from_json`], and says how it read the set: a version 1 set read as
    /// version 2, and each series whose values all come from aggregators. (The wasm takes sets
    /// by `from_json`, so that these notes stay out of it.)
    pub fn load(json: &str) -> Result<Loaded, Vec<ReferenceError>> {
        let (reference, mut notes) = Reference::read_json(json)?;
        notes.extend(validate::cautions(&reference));
        Ok(Loaded { reference, notes })
    }

    /// The set read, upgraded and validated, with the upgrade's notes.
    fn read_json(json: &str) -> Result<(Reference, Vec<String>), Vec<ReferenceError>> {
        let mut reference = read::reference(json).map_err(|e| vec![e])?;
        let notes = upgrade::upgrade(&mut reference);
        let errors = validate::validate(&reference);
        if errors.is_empty() {
            Ok((reference, notes))
        } else {
            Err(errors)
        }
    }

    /// The set as JSON, written as `incidents.json` is: two spaces an indent, each struct's
    /// fields in the schema's order, absent optional values left out; so that a set written
    /// again after a change differs only where it changed.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).expect("a reference set serialises");
        json.push('\n');
        json
    }

    pub fn incident(&self, id: &str) -> Option<&Incident> {
        self.incident_at(id).map(|k| &self.incidents[k])
    }

    /// The city struck by the incident `id`, or when there is none, by the set's first incident:
    /// where a casualty count applies when a text names no place.
    pub fn city_of(&self, id: Option<&str>) -> &str {
        (id.and_then(|id| self.incident(id)))
            .or(self.incidents.first())
            .map_or("", Incident::city)
    }

    /// The place of the incident `id` in `incidents`.
    pub fn incident_at(&self, id: &str) -> Option<usize> {
        self.incidents.iter().position(|i| i.id == id)
    }
}

impl FigureSeries {
    /// What it counts, for people: "killed in Kyiv (children)", "missiles in Ukraine, Kinzhal".
    pub fn label(&self) -> String {
        let mut label = format!("{} in {}", self.category.name(), self.scope);
        if let Some(g) = &self.group {
            label.push_str(&format!(" ({g})"));
        }
        if let Some(s) = &self.subtype {
            label.push_str(&format!(", {s}"));
        }
        label
    }

    /// The highest order among the reports: the latest values have it.
    pub fn latest_order(&self) -> u32 {
        self.reports.iter().map(|r| r.order).max().unwrap_or(0)
    }

    /// The report a verdict cites for the latest value: of the latest reports, the closest to
    /// whoever said it (`Tier`).
    pub fn latest(&self) -> Option<&Report> {
        let order = self.latest_order();
        (self.reports.iter())
            .filter(|r| r.order == order)
            .min_by_key(|r| r.source.rank())
    }
}

impl Incident {
    /// The city struck: the first of its places of kind "city" (e.g. "Kyiv"), where a casualty
    /// count applies when a text names no place; empty when it names none.
    pub fn city(&self) -> &str {
        (self.places.iter())
            .find(|p| p.kind.as_deref() == Some("city"))
            .map_or("", |p| p.name.as_str())
    }

    /// Whether `weekday` names the strike's day: "Thursday" for a strike on the night of
    /// Thursday to Friday, or "Friday".
    pub fn is_strike_weekday(&self, weekday: &str) -> bool {
        weekday.eq_ignore_ascii_case(&self.weekday)
            || crate::calendar::weekday_before(&self.weekday)
                .is_some_and(|w| weekday.eq_ignore_ascii_case(w))
    }
}

impl Source {
    /// How explanations cite it, who said it first: "Volodymyr Zelensky, via RBC-Ukraine,
    /// 29 Aug 2025"; else its outlet, seed file or URL, with its date and time when known.
    pub fn short_name(&self) -> String {
        // Written into one string, as `concat` joins explanations: every figure's verdict cites
        // one or two, and `format!` with its clones took a tenth of judging (V8's profile).
        let carrier = (self.outlet.as_deref().map(|o| ("", o)))
            .or_else(|| self.seed.as_deref().map(|s| ("seed article ", s)))
            .or_else(|| self.url.as_deref().map(|u| ("", u)));
        let mut name = String::with_capacity(64);
        match (&self.said_by, carrier) {
            (Some(who), Some((kind, carrier))) => {
                name.extend([who.as_str(), ", via ", kind, carrier]);
            }
            (Some(who), None) => name.push_str(who),
            (None, Some((kind, carrier))) => name.extend([kind, carrier]),
            (None, None) => name.push_str("unnamed source"),
        }
        if let Some(d) = &self.date {
            name.push_str(", ");
            crate::calendar::push_short_date(&mut name, d);
        }
        if let Some(t) = &self.time {
            name.push(' ');
            name.push_str(t);
        }
        name
    }

    /// Its tier; a source without one (a version 1 set's) counts as an outlet's.
    pub fn rank(&self) -> Tier {
        self.tier.unwrap_or(Tier::Outlet)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_series_has_its_own_index_found_by_where_it_is_stored() {
        let reference = Reference::bundled();
        let all: Vec<&FigureSeries> = reference.series_lists().flatten().collect();
        assert_eq!(all.len(), reference.series_count());
        let related = reference.incidents.iter().flat_map(|i| &i.related);
        assert!(
            related.flat_map(|r| &r.figures).count() > 0,
            "related events' series count"
        );
        for (k, series) in all.iter().enumerate() {
            assert_eq!(reference.series_index(series), Some(k));
        }
        // A copy reads alike but is not one of the set's own.
        assert_eq!(reference.series_index(&all[0].clone()), None);
    }
}
