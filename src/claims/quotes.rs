//! Quotations: found in straight or curly quotes, compared with the reference's quotes word by
//! word. A quote is `exact` when its words stand, in order and unbroken, in a recorded quote
//! of the same speaker, or across two of that speaker's quotes the set records one right after
//! the other (a post quoted whole, recorded in pieces); `altered` when most of its words do
//! (the explanation names what changed) or when the words are right but the speaker is not;
//! `unknown` otherwise. Apostrophes are spelling, not words: "Lets" is the "Let's" of a
//! recorded quote.

use super::ClaimVerdict;
use crate::reference::{Quote, Reference};
use crate::text::Span;
use crate::text::{char_at, fold, word_hash, Stops};
use std::borrow::Cow;

/// Quotes shorter than this are titles or scare quotes ("The Week"), not quotations.
const MIN_WORDS: usize = 2;

/// Two-word quotations count only with a speaker ("Vladimir, STOP!" he wrote), since without
/// one they are mostly names and scare quotes ("Crimea declaration").
pub const MIN_WORDS_WITHOUT_SPEAKER: usize = 3;

/// Whether a quotation is a name ("Wall Street Journal", "The Week", "Operation Spiderweb"):
/// a few words, each capitalised, the way mastheads and titles are quoted. Said by nobody, it
/// is not a quotation.
pub fn is_a_name(quoted: &str) -> bool {
    let mut words = quoted.split_whitespace();
    let names = words.by_ref().take(6).all(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    names && words.next().is_none()
}

/// Share of a quote's words that must appear, in order, in a recorded quote for it to count as
/// an altered version of it; the same share of its words that carry meaning (not in
/// [`FUNCTION_WORDS`]) must appear in that quote at all: "at a very bad time" shares "a",
/// "very" and "time" with a long quote of JD Vance's, and is not a version of it.
const ALTERED_AT: f64 = 0.6;

/// Words that carry little meaning of their own, folded: a quotation sharing only these with a
/// recorded quote has not been taken from it.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "as",
    "is", "it", "that", "very",
];

/// A quotation this short whose words stand, or nearly, in a quote of someone other than its
/// speaker ("massive strike") is a common phrase, not that person's words.
const WRONG_SPEAKER_MIN_WORDS: usize = 4;

/// The spans of the quotations in `text`, without their quote marks: in double quotes, or in
/// single ones as headlines quote ("‘Vladimir, STOP!’ Trump says"), where a single quote
/// opens only after a space or a line's start and before a letter, and closes only before a
/// space, punctuation or the line's end, so that apostrophes ("Russia’s", "drones’") do not.
pub fn find(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Only quote marks and line breaks matter, so the text is read byte by byte, not decoded:
    // '“', '”', '‘' and '’' begin with the byte 0xE2, which stands only at the start of a
    // character.
    const STOPS: Stops = Stops::new(&[b'"', b'\'', b'\n', 0xE2]);
    let mut from = 0;
    while let Some((i, c)) = STOPS.next(text, from) {
        from = i + c.len_utf8();
        let before = text[..i].chars().next_back();
        let after = text[from..].chars().next();
        let opens_single = before.is_none_or(|b| b.is_whitespace() || b == '(')
            && after.is_some_and(char::is_alphanumeric);
        let closes_single = before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(|a| a.is_whitespace() || (a.is_ascii_punctuation() && a != '\''));
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i + c.len_utf8(), c)),
            (None, '‘') | (None, '\'') if opens_single => open = Some((i + c.len_utf8(), c)),
            (Some((start, '“')), '”')
            | (Some((start, '"')), '"')
            | (Some((start, '‘' | '\'')), '’' | '\'') => {
                if matches!(c, '’' | '\'') && !closes_single {
                    continue;
                }
                let inner = Span::new(start, i);
                if has_words(inner.of(text), MIN_WORDS) {
                    out.push(inner);
                }
                open = None;
            }
            // A paragraph break closes nothing: an unbalanced quote mark is dropped.
            (Some(_), '\n') => open = None,
            _ => {}
        }
    }
    out
}

/// Whether `s` has at least `least` [`words`], counted without folding or allocating, and
/// only as far as that takes.
fn has_words(s: &str, least: usize) -> bool {
    let mut count = 0;
    // Whether the current run of word characters has a letter or digit: apostrophes alone
    // are no word.
    let mut letters = false;
    for c in s.chars().chain([' ']) {
        if c.is_alphanumeric() {
            letters = true;
        } else if !matches!(c, '\'' | '’' | '‘') {
            count += usize::from(letters);
            if count >= least {
                return true;
            }
            letters = false;
        }
    }
    false
}

/// The words of a folded text (see [`crate::text::fold`]), punctuation and apostrophes
/// dropped, borrowed from it where it has no apostrophe: a quotation's are read from the text
/// folded once for the whole check.
pub fn words<'a>(folded: &'a str) -> Vec<QuoteWord<'a>> {
    let mut out = Vec::new();
    let mut push = |w: &'a str| {
        let text = match w.contains('\'') {
            true => Cow::Owned(w.replace('\'', "")),
            false => Cow::Borrowed(w),
        };
        if !text.is_empty() {
            out.push(QuoteWord {
                hash: word_hash(&text),
                text,
            });
        }
    };
    // Read byte by byte, decoding only what is not ASCII: a quotation is mostly ASCII.
    let (mut start, mut at) = (0, 0);
    while let Some(c) = char_at(folded, at) {
        let next = at + c.len_utf8();
        if !(c.is_alphanumeric() || c == '\'') {
            push(&folded[start..at]);
            start = next;
        }
        at = next;
    }
    push(&folded[start..]);
    out
}

/// A word of a quotation with its hash. Words are compared by hash first: the word-by-word
/// alignments compare every word of a quotation with every word of each recorded quote, and
/// the hashes settle nearly all of those comparisons without reading the words.
#[derive(Debug, Clone)]
pub struct QuoteWord<'a> {
    hash: u64,
    text: Cow<'a, str>,
}

impl PartialEq for QuoteWord<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.text == other.text
    }
}

impl std::fmt::Display for QuoteWord<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// How a quotation compares with the reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub verdict: ClaimVerdict,
    pub explanation: String,
}

/// The words of every quote of a reference set, incident by incident, split once per set
/// rather than once per quotation.
pub struct Recorded(Vec<RecordedQuote>);

struct RecordedQuote {
    words: Vec<QuoteWord<'static>>,
    /// The words' hashes, sorted: which of a quotation's words the quote holds.
    hashes: Vec<u64>,
}

impl Recorded {
    pub fn new(reference: &Reference) -> Self {
        Recorded(
            quotes_of(reference)
                .map(|q| {
                    let words: Vec<QuoteWord<'static>> = words(&fold(&q.text))
                        .into_iter()
                        .map(|w| QuoteWord {
                            hash: w.hash,
                            text: Cow::Owned(w.text.into_owned()),
                        })
                        .collect();
                    let mut hashes: Vec<u64> = words.iter().map(|w| w.hash).collect();
                    crate::text::sort_stably(&mut hashes, |&h| (h, 0));
                    RecordedQuote { words, hashes }
                })
                .collect(),
        )
    }
}

impl RecordedQuote {
    /// At most this many words in common with `said`: the quote's length, and how many of
    /// the quotation's words it holds at all.
    fn most_in_common(&self, said: &[QuoteWord]) -> usize {
        let held = said
            .iter()
            .filter(|w| self.hashes.binary_search(&w.hash).is_ok())
            .count();
        held.min(self.words.len())
    }
}

fn quotes_of(reference: &Reference) -> impl Iterator<Item = &Quote> {
    reference.incidents.iter().flat_map(|i| &i.quotes)
}

/// Compares the quotation whose [`words`] are `said_words`, by `speaker`, with every quote
/// in `reference`, whose words are `recorded`.
pub fn compare(
    said_words: &[QuoteWord],
    speaker: Option<&str>,
    reference: &Reference,
    recorded: &Recorded,
) -> Comparison {
    // The quote before, for quotations across two quotes of one speaker that the set records
    // one right after the other: the pieces a post was recorded in ("Vladimir, STOP!", "5000
    // soldiers a week are dying…") hold its words too.
    let mut before: Option<(&Quote, &[QuoteWord])> = None;
    for (q, recorded) in quotes_of(reference).zip(&recorded.0) {
        let words = recorded.words.as_slice();
        let across = before.is_some_and(|(b, ending)| {
            b.speaker == q.speaker
                && (1..said_words.len()).any(|cut| {
                    ending.ends_with(&said_words[..cut]) && words.starts_with(&said_words[cut..])
                })
        });
        before = Some((q, words));
        if !(across || contains_run(words, said_words)) {
            continue;
        }
        let other_speaker = speaker.filter(|&s| s != q.speaker);
        if other_speaker.is_some() && said_words.len() < WRONG_SPEAKER_MIN_WORDS {
            continue;
        }
        return match other_speaker {
            Some(s) => Comparison {
                verdict: ClaimVerdict::Altered,
                explanation: format!(
                    "These words were said by {}, not {s} ({}).",
                    q.speaker,
                    source(q)
                ),
            },
            None => Comparison {
                verdict: ClaimVerdict::Exact,
                explanation: format!("Word for word what {} said ({}).", q.speaker, source(q)),
            },
        };
    }
    let closest = closest(said_words, recorded).and_then(|(common, k)| {
        let q = quotes_of(reference).nth(k)?;
        Some((q, recorded.0[k].words.as_slice(), common))
    });
    let meaning_held = |recorded: &[QuoteWord]| {
        let meaning = said_words
            .iter()
            .filter(|w| !crate::text::is_one_of(&w.text, FUNCTION_WORDS));
        let (held, all) = meaning.fold((0, 0), |(h, a), w| {
            (h + usize::from(recorded.contains(w)), a + 1)
        });
        held as f64 >= ALTERED_AT * all as f64
    };
    match closest {
        Some((q, recorded, common))
            if common as f64 >= ALTERED_AT * said_words.len() as f64
                && meaning_held(recorded)
                // Words only before or after a whole recorded quote are more of what was
                // said, not a change to it ("Not necessary, and very bad timing. … DONE!").
                && !contains_run(said_words, recorded)
                // A short one, only from its speaker and with all its words in the quote:
                // "harsh, sleepless night", not "I don't know" for "I don't think …".
                && (said_words.len() >= WRONG_SPEAKER_MIN_WORDS
                    || (speaker == Some(q.speaker.as_str()) && common == said_words.len())) =>
        {
            let (_, changes) = align(said_words, recorded);
            Comparison {
                verdict: ClaimVerdict::Altered,
                explanation: format!(
                    "Close to, but not what {} said: {} ({}): “{}”",
                    q.speaker,
                    changes.join("; "),
                    source(q),
                    q.text.trim()
                ),
            }
        }
        _ => Comparison {
            verdict: ClaimVerdict::Unknown,
            explanation: "The reference set has no record of this quotation.".into(),
        },
    }
}

/// The recorded quote closest to `said`, as (words in common, its index): the most words in
/// common, the first in the reference's order among equals. Counting them costs a table per
/// quote, so quotes are taken by an upper bound, highest first, and those that can no longer
/// win are not counted at all.
fn closest(said: &[QuoteWord], recorded: &Recorded) -> Option<(usize, usize)> {
    let mut order: Vec<(usize, usize)> = recorded
        .0
        .iter()
        .enumerate()
        .map(|(k, r)| (r.most_in_common(said), k))
        .collect();
    crate::text::sort_stably(&mut order, |&(most, k)| (u64::MAX - most as u64, k as u64));
    let mut best: Option<(usize, usize)> = None;
    for (most, k) in order {
        if best.is_some_and(|(c, b)| most < c || (most == c && k > b)) {
            continue;
        }
        let common = common_words(said, &recorded.0[k].words);
        if best.is_none_or(|(c, b)| common > c || (common == c && k < b)) {
            best = Some((common, k));
        }
    }
    best
}

fn source(q: &Quote) -> String {
    q.source.short_name()
}

/// Whether `part` stands in `whole` as an unbroken run of words.
fn contains_run(whole: &[QuoteWord], part: &[QuoteWord]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

/// The length of the longest common subsequence of words, in one row of memory: what
/// [`lcs_table`] has at `[0][0]`, for ranking the recorded quotes.
fn common_words(said: &[QuoteWord], recorded: &[QuoteWord]) -> usize {
    let mut row = vec![0usize; recorded.len() + 1];
    for w in said {
        let mut diagonal = 0;
        for (j, r) in recorded.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if w == r {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[recorded.len()]
}

/// Word-level alignment of a quotation with a recorded quote (longest common subsequence):
/// the number of words in common and what changed, at most three changes, over the stretch of
/// the recorded quote the quotation covers.
/// `lcs[i][j]`: the longest common run of words of `said[i..]` and `recorded[j..]`.
fn lcs_table(said: &[QuoteWord], recorded: &[QuoteWord]) -> Vec<Vec<usize>> {
    let (n, m) = (said.len(), recorded.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if said[i] == recorded[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    lcs
}

fn align(said: &[QuoteWord], recorded: &[QuoteWord]) -> (usize, Vec<String>) {
    let (n, m) = (said.len(), recorded.len());
    let lcs = lcs_table(said, recorded);
    let common = lcs[0][0];
    // Start the walk where the quotation's first shared word sits in the recorded quote.
    let mut changes = Vec::new();
    let (mut i, mut j) = (0, 0);
    let mut started = false;
    let mut pending_removed: Vec<&str> = Vec::new();
    while i < n && j < m {
        if said[i] == recorded[j] {
            if !pending_removed.is_empty() {
                changes.push(format!("leaves out ‘{}’", pending_removed.join(" ")));
                pending_removed.clear();
            }
            started = true;
            i += 1;
            j += 1;
        } else if started && lcs[i][j] == lcs[i + 1][j + 1] {
            changes.push(format!(
                "‘{}’ where the source has ‘{}’",
                said[i], recorded[j]
            ));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            changes.push(format!("adds ‘{}’", said[i]));
            i += 1;
        } else {
            if started {
                pending_removed.push(&recorded[j].text);
            }
            j += 1;
        }
    }
    if i < n {
        let rest: Vec<&str> = said[i..].iter().map(|w| w.text.as_ref()).collect();
        changes.push(format!("adds ‘{}’", rest.join(" ")));
    }
    changes.truncate(3);
    (common, changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_they_are_split() {
        for s in [
            "Russia’s ‘choice’ - it's ' a ''  “test” of 23,000 words",
            "'",
            "",
            "’tis Київ",
            "a ' b",
        ] {
            let count = words(&fold(s)).len();
            for least in 0..=count + 1 {
                assert_eq!(has_words(s, least), count >= least, "{s} {least}");
            }
        }
    }

    #[test]
    fn quotations_are_found_in_straight_and_curly_quotes_without_the_marks() {
        let text = "He said “No diplomatic mission should be a target.” and \"All designated objects were hit,\" but \"Kyiv\".";
        let found: Vec<&str> = find(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(
            found,
            [
                "No diplomatic mission should be a target.",
                "All designated objects were hit,"
            ]
        );
    }

    #[test]
    fn single_quotes_quote_as_headlines_do_but_apostrophes_do_not() {
        let text = "‘Vladimir, STOP!’ Trump says after Russia’s drones’ worst night\n\
                    'Not necessary, and very bad timing' he wrote. It's the '80s' era, isn't it.";
        let found: Vec<&str> = find(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(
            found,
            ["Vladimir, STOP!", "Not necessary, and very bad timing"]
        );
    }

    #[test]
    fn a_few_capitalised_words_are_a_name_not_a_quotation() {
        for name in [
            "Wall Street Journal",
            "The Week",
            "Morning Star",
            "Operation Spiderweb",
        ] {
            assert!(is_a_name(name), "{name}");
        }
        for quote in [
            "Russia has launched a massive combined strike on Kyiv",
            "Vladimir Putin Must Stop Now Or Face Us All",
            "harsh, sleepless night",
        ] {
            assert!(!is_a_name(quote), "{quote}");
        }
    }

    #[test]
    fn an_unbalanced_quote_mark_does_not_swallow_the_next_paragraph() {
        let text = "He said “this never closes\nNext paragraph “has a real quote here” too.";
        let found: Vec<&str> = find(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(found, ["has a real quote here"]);
    }

    #[test]
    fn the_one_row_count_agrees_with_the_full_table() {
        let said = words("the strike killed many people in kyiv last night");
        let recorded = words("last night the russian strike on kyiv killed many people");
        assert_eq!(
            common_words(&said, &recorded),
            lcs_table(&said, &recorded)[0][0]
        );
        assert_eq!(common_words(&said, &[]), 0);
    }

    #[test]
    fn the_closest_quote_is_the_one_a_count_of_every_quote_finds() {
        let reference = Reference::bundled();
        let recorded = Recorded::new(&reference);
        let mut said: Vec<String> = quotes_of(&reference).map(|q| q.text.clone()).collect();
        // Each quote cut, changed and mixed with the next, as quotations get altered.
        for k in 0..said.len() {
            let (a, b) = (&said[k], &said[(k + 1) % said.len()]);
            let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
            let mixed = [&a[..a.len() / 2], &["not"], &b[b.len() / 2..]]
                .concat()
                .join(" ");
            said.push(mixed);
        }
        said.extend(["the", "", "we will not stop", "Kyiv Kyiv Kyiv"].map(String::from));
        for s in &said {
            let folded = fold(s);
            let words = words(&folded);
            let counted = recorded
                .0
                .iter()
                .enumerate()
                .map(|(k, r)| (common_words(&words, &r.words), k))
                .fold(None, |best: Option<(usize, usize)>, (c, k)| match best {
                    Some((b, _)) if b >= c => best,
                    _ => Some((c, k)),
                });
            assert_eq!(closest(&words, &recorded), counted, "{s}");
        }
    }

    #[test]
    fn alignment_names_a_replaced_word() {
        let (said, recorded) = (
            fold("Russia is choosing ballistics instead of the negotiating table"),
            fold("Russia chooses ballistics instead of the negotiating table."),
        );
        let said = words(&said);
        let recorded = words(&recorded);
        let (common, changes) = align(&said, &recorded);
        assert_eq!(common, 7);
        assert_eq!(
            changes.first().map(String::as_str),
            Some("‘is’ where the source has ‘chooses’")
        );
    }
}
