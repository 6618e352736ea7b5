//! Lexicons: many phrases looked up in one pass over a text.
//!
//! Asking a sentence for each cue phrase in turn costs a search per phrase, and the engine has
//! hundreds (attribution verbs, superlatives, names and their aliases). A lexicon indexes its
//! phrases by their first word once; a scan then walks the text's words once, looks each up,
//! and checks only the phrases that start with it. A text of n words costs n lookups whatever
//! the number of phrases.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{find_words, sort_stably, Span};

/// FxHash, as rustc uses: words are a few bytes, and SipHash's guard against chosen keys buys
/// nothing here, since the keys are the lexicon's own phrases and the text only looks them up.
#[derive(Default)]
pub struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    /// Eight, four, two bytes at a time, as rustc's FxHasher: a word takes a few rounds, not
    /// one per byte.
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some((eight, rest)) = bytes.split_first_chunk() {
            self.mix(u64::from_le_bytes(*eight));
            bytes = rest;
        }
        if let Some((four, rest)) = bytes.split_first_chunk() {
            self.mix(u64::from(u32::from_le_bytes(*four)));
            bytes = rest;
        }
        if let Some((two, rest)) = bytes.split_first_chunk() {
            self.mix(u64::from(u16::from_le_bytes(*two)));
            bytes = rest;
        }
        if let Some(&b) = bytes.first() {
            self.mix(u64::from(b));
        }
    }

    /// The end marker `str`'s hash appends, mixed in at once rather than as a slice of one.
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    /// Keys of a `WordMap<u64, _>` are hashes already: mixed in once.
    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word's hash, as lexicons index their phrases by: a text's words are hashed once, when it
/// is folded, and every lexicon looks them up by it.
pub fn hash(word: &str) -> u64 {
    let mut h = WordHasher::default();
    h.write(word.as_bytes());
    h.finish()
}

/// A word of a folded text (a run of letters and digits) and its [`hash`].
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub span: Span,
    pub hash: u64,
}

/// A map keyed by words, hashed with `WordHasher`.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A phrase found by [`Folded::scan`](super::Folded::scan).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit<T> {
    /// Where it stands in the scanned text.
    pub span: Span,
    pub tag: T,
    /// The phrase's place in the lexicon, for callers that rank phrases by their order.
    pub rank: usize,
}

/// Phrases, folded like the texts they are looked up in, each with a tag.
pub struct Lexicon<T> {
    phrases: Phrases,
    /// The tag of each phrase, by rank.
    tags: Vec<T>,
}

impl<T: Copy> Lexicon<T> {
    /// A lexicon of `phrases`, expected folded; their order is their rank.
    pub fn new(phrases: impl IntoIterator<Item = (String, T)>) -> Self {
        let (texts, tags) = phrases.into_iter().filter(|(p, _)| !p.is_empty()).unzip();
        Lexicon {
            phrases: Phrases::new(texts),
            tags,
        }
    }

    /// The lexicon's phrases, without their tags: what is scanned for.
    pub(super) fn phrases(&self) -> &Phrases {
        &self.phrases
    }

    /// Phrases found, with their spans and ranks, as hits with their tags.
    pub(super) fn tagged(&self, found: Vec<(Span, usize)>) -> Vec<Hit<T>> {
        found
            .into_iter()
            .map(|(span, rank)| Hit {
                span,
                tag: self.tags[rank],
                rank,
            })
            .collect()
    }
}

/// A lexicon's phrases without their tags: the scan is built once, not once per tag type.
pub(super) struct Phrases {
    texts: Vec<String>,
    /// Phrase indices by the [`hash`] of their first word, ascending. Two words with one hash
    /// only cost a comparison: a phrase counts where the text starts with all of it.
    by_first_word: WordMap<u64, Vec<usize>>,
    /// The first words' hashes as bits, by their top bits: most words of a text start no
    /// phrase, and one bit tells so for nearly all of them, sooner than the map.
    first_word_bits: [u64; FIRST_WORD_BITS / 64],
    /// Where each phrase's first word starts in it: 0, or the length of the punctuation it
    /// opens with (`"steel porcupine" security guarantees`).
    lead: Vec<usize>,
    /// Phrases without a letter or digit, with no word to be indexed by: searched for.
    unindexed: Vec<usize>,
}

impl Phrases {
    fn new(texts: Vec<String>) -> Self {
        let mut by_first_word: WordMap<u64, Vec<usize>> = WordMap::default();
        let mut first_word_bits = [0; FIRST_WORD_BITS / 64];
        let mut lead = Vec::with_capacity(texts.len());
        let mut unindexed = Vec::new();
        for (k, phrase) in texts.iter().enumerate() {
            let first = words(phrase).next();
            lead.push(first.map_or(0, |w| w.start));
            match first {
                None => unindexed.push(k),
                Some(w) => {
                    let h = hash(w.of(phrase));
                    let bit = first_word_bit(h);
                    first_word_bits[bit / 64] |= 1 << (bit % 64);
                    by_first_word.entry(h).or_default().push(k);
                }
            }
        }
        Phrases {
            texts,
            by_first_word,
            first_word_bits,
            lead,
            unindexed,
        }
    }

    /// Every place a phrase stands as whole words in the stretch `within` of `text`, with its
    /// rank, by position, then by rank: the same as scanning that stretch alone. `words` are
    /// the words of the stretch, left to right.
    pub(super) fn scan(
        &self,
        text: &str,
        within: Span,
        words: impl Iterator<Item = Word>,
    ) -> Vec<(Span, usize)> {
        let mut hits = Vec::new();
        let stretch = &text[..within.end];
        // A phrase that opens with punctuation starts before its first word: its hits can come
        // after a later-starting one of the same word, and are put in order at the end.
        let mut out_of_order = false;
        for word in words {
            let bit = first_word_bit(word.hash);
            if self.first_word_bits[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            let Some(candidates) = self.by_first_word.get(&word.hash) else {
                continue;
            };
            for &k in candidates {
                let (phrase, lead) = (&self.texts[k], self.lead[k]);
                let Some(start) = word.span.start.checked_sub(lead) else {
                    continue;
                };
                let end = start + phrase.len();
                // Compared as bytes: `start` is a character boundary only where it matches.
                let whole = start >= within.start
                    && stretch.as_bytes()[start..].starts_with(phrase.as_bytes())
                    && !stretch[end..].starts_with(char::is_alphanumeric)
                    && (lead == 0
                        || start == within.start
                        || !stretch[..start].ends_with(char::is_alphanumeric));
                if whole {
                    hits.push((Span::new(start, end), k));
                    out_of_order |= lead != 0;
                }
            }
        }
        if out_of_order || !self.unindexed.is_empty() {
            let alone = within.of(text);
            for &k in &self.unindexed {
                hits.extend(
                    find_words(alone, &self.texts[k])
                        .map(|at| (Span::new(within.start + at.start, within.start + at.end), k)),
                );
            }
            sort_stably(&mut hits, |&(span, rank)| (span.start as u64, rank as u64));
        }
        hits
    }
}

/// The words of `text` (runs of letters and digits), left to right. ASCII is read byte by
/// byte; only other characters are decoded.
pub fn words(text: &str) -> impl Iterator<Item = Span> + '_ {
    // Where the run of characters from `at` that are (or are not) letters and digits ends.
    let run = move |mut at: usize, in_word: bool| {
        while let Some(&b) = text.as_bytes().get(at) {
            let (is_word, len) = match b.is_ascii() {
                true => (b.is_ascii_alphanumeric(), 1),
                false => decoded_at(text, at),
            };
            if is_word != in_word {
                break;
            }
            at += len;
        }
        at
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = run(at, false);
        at = run(start, true);
        (start < at).then(|| Span::new(start, at))
    })
}

/// A few words (the number words, say) by their shapes: first letter, second letter and
/// length. Most words of a text have no shape of so small a set, and a bit tells so before the
/// word is hashed and looked up. Lowercase ASCII letters are told apart, any other byte is one
/// class, and lengths from 31 up share a bit.
pub struct Shapes {
    /// A bit per length, for each pair of classes.
    lengths: Box<[u32; CLASSES * CLASSES]>,
}

const CLASSES: usize = 27;

impl Shapes {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut lengths = Box::new([0; CLASSES * CLASSES]);
        for word in words {
            let (slot, bit) = Shapes::shape(word.as_bytes());
            lengths[slot] |= bit;
        }
        Shapes { lengths }
    }

    /// Whether `word` may be one of the words: false only when none has its shape.
    pub fn may_hold(&self, word: &[u8]) -> bool {
        let (slot, bit) = Shapes::shape(word);
        self.lengths[slot] & bit != 0
    }

    fn shape(word: &[u8]) -> (usize, u32) {
        let class = |b: Option<&u8>| match b {
            Some(&b @ b'a'..=b'z') => usize::from(b - b'a'),
            _ => CLASSES - 1,
        };
        let slot = class(word.first()) * CLASSES + class(word.get(1));
        (slot, 1 << word.len().min(31))
    }
}

/// Whether the character at byte `at` of `text` (not ASCII) is a letter or digit, and its
/// length. Out of line: inlined into the byte loop of [`words`], it made a check take 4% more
/// instructions.
#[inline(never)]
fn decoded_at(text: &str, at: usize) -> (bool, usize) {
    let c = text[at..].chars().next().unwrap_or_default();
    (c.is_alphanumeric(), c.len_utf8())
}

/// How many bits [`Phrases`] keeps of its first words' hashes.
const FIRST_WORD_BITS: usize = 4096;

/// The bit of [`Phrases::first_word_bits`] a word's hash sets: its top bits, which FxHash's
/// last multiplication mixes best.
fn first_word_bit(hash: u64) -> usize {
    (hash >> (64 - FIRST_WORD_BITS.trailing_zeros())) as usize
}

/// The [`words`] of `text` with their [`hash`]es: the index every lexicon scan of a folded
/// text looks words up in.
pub fn hashed_words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 6);
    out.extend(words(text).map(|span| Word {
        span,
        hash: hash(span.of(text)),
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_words_are_the_words_each_hashed() {
        for text in ["", "kyiv's 23 mayor", "  київ—İSTANBUL’s 9a ✓ x", "end."] {
            let expected: Vec<(Span, u64)> = words(text).map(|w| (w, hash(w.of(text)))).collect();
            let hashed: Vec<(Span, u64)> = hashed_words(text)
                .iter()
                .map(|w| (w.span, w.hash))
                .collect();
            assert_eq!(hashed, expected, "{text:?}");
        }
    }

    #[test]
    fn a_scan_finds_what_a_search_per_phrase_finds() {
        let text =
            "kyiv's mayor said: the state emergency service, in kyiv, said 'record-breaking' ✓ київ";
        let phrases = [
            "kyiv",
            "said",
            "state emergency service",
            "record-breaking",
            "'record",
            "emergency",
            "mayor said",
            "kyi",
            "s",
            "київ",
        ];
        let lexicon = Lexicon::new(phrases.iter().map(|p| (p.to_string(), *p)));
        let hits = crate::text::Folded::new(text).scan(&lexicon, Span::new(0, text.len()));
        for p in phrases {
            let scanned: Vec<Span> = hits.iter().filter(|h| h.tag == p).map(|h| h.span).collect();
            let searched: Vec<Span> = find_words(text, p).collect();
            assert_eq!(scanned, searched, "{p}");
        }
        assert!(hits.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    }

    #[test]
    fn phrases_opening_with_punctuation_are_found_by_their_first_word_in_order() {
        let text = "\"steel porcupine\" talks, a\"steel porcupine\" and “steel porcupine” \"steel porcupine\"";
        let phrases = ["steel porcupine", "\"steel porcupine\"", "\"steel", ", a"];
        let lexicon = Lexicon::new(phrases.iter().map(|p| (p.to_string(), *p)));
        let folded = crate::text::Folded::new(text);
        // The whole text, and stretches that start inside, before and at a phrase's punctuation.
        for within in [(0, text.len()), (1, text.len()), (24, text.len()), (25, 60)] {
            let within = Span::new(within.0, within.1);
            let hits = folded.scan(&lexicon, within);
            for p in phrases {
                let scanned: Vec<Span> =
                    hits.iter().filter(|h| h.tag == p).map(|h| h.span).collect();
                let searched: Vec<Span> = find_words(within.of(text), p)
                    .map(|s| Span::new(within.start + s.start, within.start + s.end))
                    .collect();
                assert_eq!(scanned, searched, "{p} in {within:?}");
            }
            let order: Vec<(usize, usize)> = hits.iter().map(|h| (h.span.start, h.rank)).collect();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        }
    }

    #[test]
    fn shapes_turn_away_only_words_of_no_shape_in_the_set() {
        let set = [
            "ten",
            "twenty",
            "a",
            "bn",
            "київ",
            "a-very-long-word-of-more-than-31-bytes",
        ];
        let shapes = Shapes::new(set);
        for word in set {
            assert!(shapes.may_hold(word.as_bytes()), "{word}");
        }
        for word in ["the", "tenth", "two", "", "b", "кит", "Ten"] {
            assert!(!shapes.may_hold(word.as_bytes()), "{word}");
        }
        // Same shape, another word: the lookup after the shape decides.
        assert!(shapes.may_hold(b"tea"));
        assert!(shapes.may_hold(b"a-very-long-word-of-more-than-31-bytes, longer"));
    }

    #[test]
    fn words_are_what_splitting_at_every_other_character_leaves() {
        let text = "At 4:00, 23 killed; Kyiv’s 2,000-strong (UAVs) ~ x_y`z@A[Z{0/9: київ-😀a 12345678 abcdefgh.";
        for from in (0..text.len()).filter(|&k| text.is_char_boundary(k)) {
            let part = &text[from..];
            let one_at_a_time: Vec<&str> = part
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let found: Vec<&str> = words(part).map(|w| w.of(part)).collect();
            assert_eq!(found, one_at_a_time, "{part:?}");
        }
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_in_any_script() {
        let of = |t: &'static str| words(t).map(|s| s.of(t)).collect::<Vec<_>>();
        assert_eq!(
            of("at least 23, in kyiv's"),
            ["at", "least", "23", "in", "kyiv", "s"]
        );
        assert_eq!(of("“київ” — 5"), ["київ", "5"]);
        assert_eq!(of(" ,. "), Vec::<&str>::new());
    }
}
