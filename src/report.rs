//! The report, schema v1: what the CLI prints and the JavaScript API returns.
//!
//! This is the one place where byte offsets become UTF-16 code-unit offsets, so that in
//! JavaScript `text.slice(start, end) === figure.text`.

use crate::claims::{Claim, ClaimKind, ClaimVerdict};
use crate::document::Document;
use crate::figures::{Bound, Category, Qualifier};
use crate::incident::{Evidence, Identified};
use crate::reference::{Reference, Tier};
use crate::text::{decimal, Span};
use crate::verdict::{Cited, Judged, Verdict};
use serde::Serialize;
use std::sync::{Arc, OnceLock};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema: u32,
    pub incident: Option<IncidentReport>,
    pub figures: Vec<FigureReport>,
    pub claims: Vec<ClaimReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentReport {
    pub id: String,
    pub title: String,
    pub date: String,
    pub confidence: f64,
    pub evidence: Vec<EvidenceReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceReport {
    pub kind: &'static str,
    pub text: String,
    pub weight: f64,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The interval in mathematical notation, e.g. "[23, ∞)" or "(70, ∞)".
    pub interval: String,
    pub qualifier: Qualifier,
    pub category: Category,
    pub group: Option<String>,
    pub subtype: Option<String>,
    /// The scope the figure was judged in (the text's, or the category's default).
    pub scope: String,
    pub date: Option<String>,
    pub incident: Option<String>,
    pub verdict: Verdict,
    pub explanation: String,
    /// What the figure was read as, in words: "missiles shot down, across Ukraine (from 'shot
    /// down', 'across Ukraine')".
    pub read_as: String,
    /// The words the reading rests on: what set its category, its scope and its event.
    pub cues: Vec<CueReport>,
    /// How much of the reading rests on the text's own words rather than defaults, from 0 to 1.
    pub confidence: f64,
    /// The values of the series the figure was judged against, in the reference set's order.
    /// Figures of one series share it, in every report of a [`crate::Checker`]: it is built,
    /// and crosses into JavaScript, once.
    pub reference: Arc<[ReferenceValue]>,
}

/// A word or phrase of the text that a figure's reading rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CueReport {
    /// "category", "scope" or "event".
    pub role: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A reference value with its source: who said it, the outlet that carried it and its URL,
/// when, and its tier; or a seed's file and sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferenceValue {
    pub value: f64,
    /// How the report hedged it, and the interval it was judged as: a report open above ("at
    /// least 9") reaches only as far as the series ever went.
    pub qualifier: Qualifier,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub order: u32,
    pub latest: bool,
    /// How explanations cite it: "Volodymyr Zelensky, via RBC-Ukraine, 29 Aug 2025".
    pub source: String,
    pub said_by: Option<String>,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub tier: Option<Tier>,
    pub seed: Option<String>,
    pub sentence: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub time: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kinds: Vec<ClaimKind>,
    pub score: f64,
    pub reasons: Vec<String>,
    pub speaker: Option<String>,
    pub verdict: Option<ClaimVerdict>,
    pub explanation: Option<String>,
    /// Indices into `figures`.
    pub figures: Vec<usize>,
    /// Every person given a title in the sentence, each checked on its own; `verdict` is the
    /// first mismatch among them, or the first.
    pub roles: Vec<RoleReport>,
}

/// One person's title as the text gives it, compared with the roles they held on the
/// incident's date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleReport {
    /// The person's name in the reference set.
    pub person: String,
    /// The title and the name as written: "US President Donald Trump".
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub verdict: ClaimVerdict,
    pub explanation: String,
}

/// Assembles the report of `doc`, converting every span to UTF-16 offsets. The figures'
/// reference values come from `histories`, kept for the set `reference`. What the report keeps
/// of `judged` and `claims` is moved into it, not copied. Without `texts`, the texts of
/// figures, cues, claims and roles are left empty, for JavaScript to slice from the text it
/// holds: copied here, they were built only to be cleared (1.4% of a check in the wasm,
/// 2026-12-05).
pub fn build(
    doc: &Document,
    incident: Option<Identified>,
    judged: Vec<Judged>,
    claims: Vec<Claim>,
    reference: &Reference,
    histories: &Histories,
    texts: bool,
) -> Report {
    let text = doc.text;
    let evidence_count = incident.as_ref().map_or(0, |i| i.evidence.len());
    let mut offsets = Vec::with_capacity(2 * (judged.len() + claims.len() + evidence_count));
    let mut note = |s: Span| offsets.extend([s.start, s.end]);
    judged.iter().for_each(|j| note(j.figure.span));
    claims.iter().for_each(|c| {
        note(c.span);
        c.roles.iter().for_each(|r| note(r.span));
    });
    if let Some(i) = &incident {
        i.evidence.iter().for_each(|e| note(e.span));
    }
    // The clue that names the incident best is the event cue of every figure about it.
    let event = incident
        .as_ref()
        .filter(|i| i.confidence >= crate::verdict::SURE_OF_INCIDENT)
        .and_then(|i| {
            let best = i
                .evidence
                .iter()
                .max_by(|a, b| a.weight.total_cmp(&b.weight))?;
            Some((i.id.clone(), best.span))
        });
    judged.iter().for_each(|j| {
        let b = j.figure.basis;
        [b.category, b.scope]
            .into_iter()
            .flatten()
            .for_each(&mut note)
    });
    if let Some((_, s)) = &event {
        note(*s);
    }
    let utf16 = Utf16Offsets::new(offsets, doc.folded.non_ascii());
    let text_of = |span: Span| match texts {
        true => span.of(text).to_string(),
        false => String::new(),
    };
    let event = event.as_ref().map(|(id, s)| (id.as_str(), *s));
    let city = reference.city_of(incident.as_ref().map(|i| i.id.as_str()));

    Report {
        schema: SCHEMA_VERSION,
        incident: incident.map(|i| IncidentReport {
            id: i.id,
            title: i.title,
            date: i.date,
            confidence: i.confidence,
            evidence: i
                .evidence
                .into_iter()
                .map(|e| evidence(e, &utf16))
                .collect(),
        }),
        figures: (judged.into_iter())
            .map(|j| {
                let values = histories.of(reference, &j);
                figure(text, &text_of, j, &utf16, event, values, city)
            })
            .collect(),
        claims: claims
            .into_iter()
            .map(|c| ClaimReport {
                text: text_of(c.span),
                start: utf16.get(c.span.start),
                end: utf16.get(c.span.end),
                kinds: c.kinds,
                score: c.score,
                reasons: c.reasons,
                speaker: c.speaker,
                verdict: c.verdict,
                explanation: c.explanation,
                figures: c.figures,
                roles: c
                    .roles
                    .into_iter()
                    .map(|r| RoleReport {
                        text: text_of(r.span),
                        start: utf16.get(r.span.start),
                        end: utf16.get(r.span.end),
                        person: r.person,
                        verdict: r.verdict,
                        explanation: r.explanation,
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn evidence(e: Evidence, utf16: &Utf16Offsets) -> EvidenceReport {
    EvidenceReport {
        kind: e.kind,
        text: e.text,
        weight: (e.weight * 100.0).round() / 100.0,
        start: utf16.get(e.span.start),
        end: utf16.get(e.span.end),
    }
}

/// The reference values of every series of a set, each built at its first citation and then
/// shared by every report over the set: the figures of one series, in one report or in many,
/// hold one array, and in JavaScript one frozen array (`wasm.rs`).
pub struct Histories {
    /// By [`Reference::series_index`].
    series: Box<[OnceLock<Arc<[ReferenceValue]>>]>,
    /// Of every figure judged against no series.
    none: Arc<[ReferenceValue]>,
}

impl Histories {
    pub fn new(reference: &Reference) -> Self {
        Histories {
            series: (0..reference.series_count())
                .map(|_| OnceLock::new())
                .collect(),
            none: Arc::new([]),
        }
    }

    /// The values `judged` was compared with, as the report gives them.
    fn of(&self, reference: &Reference, judged: &Judged) -> Arc<[ReferenceValue]> {
        let Some(k) = judged.series.and_then(|s| reference.series_index(s)) else {
            return Arc::clone(&self.none);
        };
        Arc::clone(
            self.series[k].get_or_init(|| judged.reference.iter().map(reference_value).collect()),
        )
    }
}

fn reference_value(c: &Cited) -> ReferenceValue {
    ReferenceValue {
        value: c.value,
        qualifier: c.qualifier,
        low: c.interval.low.map(|b| b.value),
        high: c.interval.high.map(|b| b.value),
        order: c.order,
        latest: c.latest,
        source: c.source.short_name(),
        said_by: c.source.said_by.clone(),
        outlet: c.source.outlet.clone(),
        headline: c.source.headline.clone(),
        tier: c.source.tier,
        seed: c.source.seed.clone(),
        sentence: c.source.sentence.clone(),
        url: c.source.url.clone(),
        date: c.source.date.clone(),
        time: c.source.time.clone(),
        note: c.note.map(str::to_string),
    }
}

fn figure(
    text: &str,
    text_of: &impl Fn(Span) -> String,
    j: Judged,
    utf16: &Utf16Offsets,
    event: Option<(&str, Span)>,
    reference: Arc<[ReferenceValue]>,
    city: &str,
) -> FigureReport {
    let f = j.figure;
    let scope = crate::verdict::scope_in(f, city);
    let mut cues: Vec<(&'static str, Span)> = Vec::with_capacity(3);
    if f.category != Category::Date {
        f.basis
            .category
            .into_iter()
            .for_each(|s| cues.push(("category", s)));
        f.basis
            .scope
            .into_iter()
            .for_each(|s| cues.push(("scope", s)));
    }
    let event = event.filter(|(id, _)| j.incident == Some(*id));
    event.into_iter().for_each(|(_, s)| cues.push(("event", s)));
    let confidence = [
        (f.basis.settled, 0.5),
        (f.basis.scope.is_some(), 0.75),
        (event.is_some(), 0.75),
    ]
    .iter()
    .map(|&(sure, otherwise)| if sure { 1.0 } else { otherwise })
    .product::<f64>();
    FigureReport {
        text: text_of(f.span),
        start: utf16.get(f.span.start),
        end: utf16.get(f.span.end),
        value: f.value,
        low: f.interval.low.map(|b| b.value),
        high: f.interval.high.map(|b| b.value),
        interval: interval_notation(f.interval.low, f.interval.high),
        qualifier: f.qualifier,
        category: f.category,
        group: f.group.clone(),
        subtype: f.subtype.clone(),
        scope: scope.to_string(),
        date: f.date.clone(),
        incident: j.incident.map(str::to_string),
        verdict: j.verdict,
        explanation: j.explanation,
        read_as: read_as(text, f, scope, &cues),
        cues: (cues.into_iter())
            .map(|(role, span)| CueReport {
                role,
                text: text_of(span),
                start: utf16.get(span.start),
                end: utf16.get(span.end),
            })
            .collect(),
        confidence: (confidence * 100.0).round() / 100.0,
        reference,
    }
}

/// "missiles shot down, across Ukraine (from 'shot down', 'across Ukraine')".
fn read_as(text: &str, f: &crate::figures::Figure, scope: &str, cues: &[(&str, Span)]) -> String {
    let mut s = String::with_capacity(64);
    if let Some(g) = &f.group {
        s.push_str(g);
        s.push(' ');
    }
    if let Some(t) = &f.subtype {
        s.push_str(t);
        s.push(' ');
    }
    let weapons = matches!(
        f.category,
        Category::Drones | Category::Missiles | Category::Weapons
    );
    s.push_str(match f.category {
        Category::Intercepted => "shot down",
        Category::Other => "not a count",
        c => c.word(),
    });
    if weapons {
        s.push_str(match f.basis.settled {
            true => " launched",
            false => ", launched or shot down",
        });
    }
    if !matches!(f.category, Category::Date | Category::Other) {
        s.push_str(if scope == "Ukraine" {
            ", across "
        } else {
            ", in "
        });
        s.push_str(scope);
    }
    if !cues.is_empty() {
        s.push_str(" (from ");
        for (k, (_, span)) in cues.iter().enumerate() {
            // A word that set two things is quoted once: "drones" says launched, and so
            // counted for the country.
            if cues[..k].iter().any(|(_, earlier)| earlier == span) {
                continue;
            }
            if k > 0 {
                s.push_str(", ");
            }
            s.push('\'');
            s.push_str(span.of(text));
            s.push('\'');
        }
        s.push(')');
    }
    s
}

/// "[23, ∞)", "(70, ∞)", "[0, 150]", "[18, 22]".
pub fn interval_notation(low: Option<Bound>, high: Option<Bound>) -> String {
    let mut out = String::with_capacity(16);
    let number = |out: &mut String, v: f64| decimal::push(out, (v * 100.0).round() / 100.0);
    match low {
        Some(b) => {
            out.push(if b.inclusive { '[' } else { '(' });
            number(&mut out, b.value);
        }
        None => out.push_str("(-∞"),
    }
    out.push_str(", ");
    match high {
        Some(b) => {
            number(&mut out, b.value);
            out.push(if b.inclusive { ']' } else { ')' });
        }
        None => out.push_str("∞)"),
    }
    out
}

/// Byte offsets mapped to UTF-16 offsets, from where the text's characters beyond ASCII stand
/// ([`Folded::non_ascii`](crate::text::Folded::non_ascii)): not a walk over the text's bytes,
/// which took 1.5% of a check in the wasm, but over those few characters.
pub struct Utf16Offsets {
    /// Sorted, unique (byte, utf16) pairs.
    map: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    /// `non_ascii`: where each character of the text that is not ASCII starts, and its length
    /// in bytes, in order.
    pub fn new(bytes: Vec<usize>, non_ascii: impl Iterator<Item = (usize, usize)>) -> Self {
        let bytes = in_order_once(&bytes);
        let mut map = Vec::with_capacity(bytes.len());
        let mut non_ascii = non_ascii.peekable();
        // How many more bytes than UTF-16 units the text has before the offset: a character
        // of two or three bytes is one unit, one of four bytes two.
        let mut more_bytes = 0;
        for b in bytes {
            while let Some((_, len)) = non_ascii.next_if(|&(at, _)| at < b) {
                more_bytes += len - if len == 4 { 2 } else { 1 };
            }
            map.push((b, b - more_bytes));
        }
        Utf16Offsets { map }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Offsets::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.map.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.map[i].1,
            Err(_) => panic!("byte offset {byte} was not registered for UTF-16 conversion"),
        }
    }
}

/// `bytes` in increasing order, each once: a bit for each offset marks it, and the bits read
/// back word by word come in order, at a fraction of the cost of a sort.
fn in_order_once(bytes: &[usize]) -> Vec<usize> {
    let Some(&last) = bytes.iter().max() else {
        return Vec::new();
    };
    let mut marked = vec![0u64; last / 64 + 1];
    for &b in bytes {
        marked[b / 64] |= 1 << (b % 64);
    }
    let mut out = Vec::with_capacity(bytes.len());
    for (word, &bits) in marked.iter().enumerate() {
        let mut rest = bits;
        while rest != 0 {
            out.push(word * 64 + rest.trailing_zeros() as usize);
            rest &= rest - 1; // the lowest bit, done
        }
    }
    out
}

/// What must hold of any report, whatever the text: each figure's and claim's offsets select
/// its text (in UTF-16, as JavaScript slices), `low <= high`, and each figure's verdict agrees
/// with the values it cites. Returns what is broken; empty when all holds. The fuzz targets
/// and the property tests assert it.
pub fn broken_invariants(text: &str, report: &Report) -> Vec<String> {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let selects = |start: usize, end: usize, what: &str| {
        start <= end
            && end <= utf16.len()
            && String::from_utf16(&utf16[start..end]).is_ok_and(|s| s == what)
    };
    let mut broken = Vec::new();
    for f in &report.figures {
        if !selects(f.start, f.end, &f.text) {
            broken.push(format!(
                "figure {:?} at {}..{}: offsets do not select it",
                f.text, f.start, f.end
            ));
        }
        if let (Some(low), Some(high)) = (f.low, f.high) {
            if low > high {
                broken.push(format!("figure {:?}: low {low} > high {high}", f.text));
            }
        }
        if f.category != Category::Date {
            if let Some(problem) = verdict_disagrees(f) {
                broken.push(format!("figure {:?}: {problem}", f.text));
            }
        }
    }
    for c in &report.claims {
        if !selects(c.start, c.end, &c.text) {
            broken.push(format!(
                "claim {:?} at {}..{}: offsets do not select it",
                c.text, c.start, c.end
            ));
        }
    }
    broken
}

/// The verdict rules seen from outside, on the report alone: a verdict that a report agrees
/// must have a report whose interval's closure meets the figure's; one that no report agrees
/// must have none whose interval's interior meets the figure's.
fn verdict_disagrees(f: &FigureReport) -> Option<String> {
    let closed = |low: Option<f64>, high: Option<f64>| {
        (
            low.unwrap_or(f64::NEG_INFINITY),
            high.unwrap_or(f64::INFINITY),
        )
    };
    let (low, high) = closed(f.low, f.high);
    let meets = |r: &ReferenceValue| {
        let (l, h) = closed(r.low, r.high);
        l.max(low) <= h.min(high)
    };
    let meets_inside = |r: &ReferenceValue| {
        let (l, h) = closed(r.low, r.high);
        let (from, to) = (l.max(low), h.min(high));
        from < to || (from == to && l == h && low == high)
    };
    let ok = match f.verdict {
        Verdict::Consistent => f
            .reference
            .iter()
            .any(|r| meets(r) && (r.latest || r.value == f.value)),
        Verdict::Outdated => f.reference.iter().any(|r| !r.latest && meets(r)),
        Verdict::Conflicting => !f.reference.iter().any(meets_inside),
        Verdict::Unverified => true,
    };
    (!ok).then(|| {
        format!(
            "{:?} does not agree with the cited values {:?}",
            f.verdict,
            f.reference.iter().map(|r| r.value).collect::<Vec<_>>()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_emoji_as_two_units_and_cyrillic_as_one() {
        let text = "😀 Київ: 23";
        let byte = text.find("23").unwrap();
        let folded = crate::text::Folded::new(text);
        let map = Utf16Offsets::new(vec![byte, text.len()], folded.non_ascii());
        assert_eq!(map.get(byte), 9);
        assert_eq!(map.get(text.len()), 11);
    }

    #[test]
    fn utf16_offsets_are_what_encoding_the_text_before_them_counts() {
        let text = "a😀 Київ’s “x” 𝄞 — é 23 İSTANBUL, plain ASCII text 😀😀 end";
        let bytes: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        let folded = crate::text::Folded::new(text);
        let map = Utf16Offsets::new(bytes.clone(), folded.non_ascii());
        for b in bytes {
            assert_eq!(map.get(b), text[..b].encode_utf16().count(), "at byte {b}");
        }
    }

    #[test]
    fn offsets_come_in_order_once_each() {
        assert_eq!(in_order_once(&[130, 5, 64, 5, 0, 63]), [0, 5, 63, 64, 130]);
        assert!(in_order_once(&[]).is_empty());
    }

    #[test]
    fn interval_notation_shows_open_and_closed_ends() {
        let b = |value, inclusive| Some(Bound { value, inclusive });
        assert_eq!(interval_notation(b(23.0, true), None), "[23, ∞)");
        assert_eq!(interval_notation(b(70.0, false), None), "(70, ∞)");
        assert_eq!(interval_notation(b(0.0, true), b(150.0, true)), "[0, 150]");
    }
}
