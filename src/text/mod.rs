//! Spans and sentences. Everything inside the engine counts in bytes of the UTF-8 text;
//! only the report converts to UTF-16.

mod bytes;
pub mod decimal;
mod lexicon;
mod lowercase;
mod sentences;

pub use bytes::{ascii_lowercase, char_at, find, rfind, Stops};
use lexicon::Word;
pub use lexicon::{hash as word_hash, words, Hit, Lexicon, Shapes, WordHasher, WordMap};
pub use sentences::sentences;

/// A half-open byte range `[start, end)` into the checked text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The slice of `text` this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Text in the one form names, cues and quotes are compared in: lowercase, curly apostrophes
/// straight. Folding can change byte lengths ("’" is three bytes, "'" one), so it keeps the
/// way back to the original's offsets: ASCII folds byte for byte, so only the other characters
/// are noted, and most news text has few.
pub struct Folded {
    pub text: String,
    /// Each character that is not ASCII, in order: where it stands in both texts and how long
    /// it is in each. Between two of them, offsets differ by a constant.
    changed: Vec<Changed>,
    /// The words of `text`, hashed once here: every lexicon scan reads them, not the text.
    words: Vec<Word>,
}

#[derive(Debug, Clone, Copy)]
struct Changed {
    folded: usize,
    original: usize,
    folded_len: usize,
    original_len: usize,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let (text, changed) = fold_noting_changes(original);
        let words = lexicon::hashed_words(&text);
        Folded {
            text,
            changed,
            words,
        }
    }

    /// The span of the original text that a span of the folded text came from.
    pub fn original(&self, span: Span) -> Span {
        Span::new(self.original_at(span.start), self.original_at(span.end))
    }

    /// A folded offset in the original; inside a folded character, that character's start.
    fn original_at(&self, k: usize) -> usize {
        match self.changed.partition_point(|c| c.folded <= k) {
            0 => k,
            n => {
                let c = self.changed[n - 1];
                if k < c.folded + c.folded_len {
                    c.original
                } else {
                    c.original + c.original_len + (k - c.folded - c.folded_len)
                }
            }
        }
    }

    /// An original offset (on a char boundary) in the folded text.
    fn folded_at(&self, o: usize) -> usize {
        match self.changed.partition_point(|c| c.original < o) {
            0 => o,
            n => {
                let c = self.changed[n - 1];
                c.folded + c.folded_len + o.saturating_sub(c.original + c.original_len)
            }
        }
    }

    /// Where each character of the original that is not ASCII starts in it, and its length in
    /// bytes, in order.
    pub fn non_ascii(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.changed.iter().map(|c| (c.original, c.original_len))
    }

    /// The words of the folded text, left to right, with their spans there and their
    /// [`word_hash`]es.
    pub fn words(&self) -> impl Iterator<Item = (Span, u64)> + '_ {
        self.words.iter().map(|w| (w.span, w.hash))
    }

    /// The span of the folded text that a span of the original (on char boundaries) became.
    pub fn folded(&self, span: Span) -> Span {
        Span::new(self.folded_at(span.start), self.folded_at(span.end))
    }

    /// The phrases of `lexicon` in the stretch `within` of the original, with spans in the
    /// original: the same as folding that stretch alone and scanning it.
    pub fn scan<T: Copy>(&self, lexicon: &Lexicon<T>, within: Span) -> Vec<Hit<T>> {
        lexicon.tagged(self.ranked(lexicon.phrases(), within))
    }

    /// [`Folded::scan`] without the tags, so that its code is in the wasm once, not once per
    /// tag type (11 KB).
    fn ranked(&self, phrases: &lexicon::Phrases, within: Span) -> Vec<(Span, usize)> {
        let at = self.folded(within);
        let first = self.words.partition_point(|w| w.span.end <= at.start);
        let inside = &self.words[first..];
        let inside = &inside[..inside.partition_point(|w| w.span.start < at.end)];
        // A word the stretch cuts is, for the stretch alone, only its part inside: only the
        // first and the last can be.
        let words = inside.iter().enumerate().map(|(k, &w)| {
            if k != 0 && k + 1 != inside.len() {
                return w;
            }
            let span = Span::new(w.span.start.max(at.start), w.span.end.min(at.end));
            match span == w.span {
                true => w,
                false => Word {
                    span,
                    hash: lexicon::hash(span.of(&self.text)),
                },
            }
        });
        let mut hits = phrases.scan(&self.text, at, words);
        for (span, _) in &mut hits {
            *span = self.original(*span);
        }
        hits
    }
}

/// `original` folded, with each character that is not ASCII noted (see [`Folded`]).
fn fold_noting_changes(original: &str) -> (String, Vec<Changed>) {
    let mut text = String::with_capacity(original.len());
    let mut changed = Vec::new();
    let mut rest = original;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        text.push_str(&rest[..ascii]);
        let Some(c) = rest[ascii..].chars().next() else {
            break;
        };
        let before = text.len();
        match c {
            '’' | '‘' => text.push('\''),
            c => lowercase::push_lowercase(&mut text, c),
        }
        changed.push(Changed {
            folded: before,
            original: original.len() - rest.len() + ascii,
            folded_len: text.len() - before,
            original_len: c.len_utf8(),
        });
        rest = &rest[ascii + c.len_utf8()..];
    }
    // What lowercasing gave beyond ASCII is lowercase already: ASCII is lowercased at once.
    (ascii_lowercase(text), changed)
}

/// Sorts `items` by `key`, keeping equal keys in their order. Every caller shares the one
/// sort of `(key, index)` triples it makes: the standard library's sort, built again for each
/// item type and key, took a seventh of the wasm. Keys are pairs of `u64`, wide enough for
/// offsets and for the bits of a non-negative `f64`, which order as the numbers do.
pub fn sort_stably<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (u64, u64)) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<(u64, u64, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (a, b) = key(item);
            (a, b, i)
        })
        .collect();
    if !sort_order(&mut order) {
        return;
    }
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&(_, _, i)| slots[i].take()));
}

/// Sorts the `(key, index)` triples of [`sort_stably`]; false when they were in order already
/// and the items need not move, as is often so (figures in text order, reports in time
/// order). Kept out of line: once in the wasm, not once per item type.
///
/// No two triples are equal (the index is in them), so every sort gives the same order: here
/// runs of eight sorted in place, then merged in pairs, for the few hundred triples a check
/// sorts. `sort_unstable` was 4.6 KB of the wasm (1.6 KB gzip) for this one call.
#[inline(never)]
fn sort_order(order: &mut [(u64, u64, usize)]) -> bool {
    if order.is_sorted() {
        return false;
    }
    const RUN: usize = 8;
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && run[j] < run[j - 1] {
                run.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut merged = Vec::with_capacity(order.len());
    let mut width = RUN;
    while width < order.len() {
        merged.clear();
        for start in (0..order.len()).step_by(2 * width) {
            let mid = (start + width).min(order.len());
            let end = (start + 2 * width).min(order.len());
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if order[j] < order[i] {
                    merged.push(order[j]);
                    j += 1;
                } else {
                    merged.push(order[i]);
                    i += 1;
                }
            }
            merged.extend_from_slice(&order[i..mid]);
            merged.extend_from_slice(&order[j..end]);
        }
        order.copy_from_slice(&merged);
        width *= 2;
    }
    true
}

/// `s` folded: lowercase, apostrophes straight.
pub fn fold(s: &str) -> String {
    fold_noting_changes(s).0
}

/// Whether `hay` ends with `word` as a whole word: no letter or digit right before it. The last
/// byte is compared first: most candidates are turned away by it without a call to compare
/// bytes (memcmp is a call in the wasm).
pub fn ends_with_word(hay: &str, word: &str) -> bool {
    hay.as_bytes().last() == word.as_bytes().last()
        && hay.ends_with(word)
        && !hay[..hay.len() - word.len()].ends_with(char::is_alphanumeric)
}

/// `a.eq_ignore_ascii_case(b)`, out of line: inlined into a search over a table of words, it
/// was unrolled into a byte loop per word (`calendar::weekday_before` alone took 2 KB of the
/// wasm; 2026-12-06).
#[inline(never)]
pub fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Whether `word` is one of `words`, out of line for the same reason: each word table's
/// search was unrolled into a comparison per word at every place it is asked.
#[inline(never)]
pub fn is_one_of(word: &str, words: &[&str]) -> bool {
    words.contains(&word)
}

/// Whether `hay` begins with `word` as a whole word: no letter or digit right after it.
pub fn starts_with_word(hay: &str, word: &str) -> bool {
    hay.as_bytes().first() == word.as_bytes().first()
        && hay.starts_with(word)
        && !hay[word.len()..].starts_with(char::is_alphanumeric)
}

/// Phrases looked for where a word of a text starts ([`Needles::in_text`],
/// [`Needles::each_in`]), with the bytes they start with as a 256-bit table made at compile
/// time, so that several lists are looked for in one pass over a sentence.
pub struct Needles {
    phrases: &'static [&'static str],
    starts: [u64; 4],
}

impl Needles {
    /// `phrases` must not be empty strings.
    pub const fn new(phrases: &'static [&'static str]) -> Needles {
        let mut starts = [0u64; 4];
        let mut k = 0;
        while k < phrases.len() {
            let b = phrases[k].as_bytes()[0];
            starts[(b / 64) as usize] |= 1 << (b % 64);
            k += 1;
        }
        Needles { phrases, starts }
    }

    pub fn phrases(&self) -> &'static [&'static str] {
        self.phrases
    }

    /// Whether byte `b` is set in a table of start bytes.
    #[inline(always)]
    fn holds(starts: &[u64; 4], b: u8) -> bool {
        starts[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }

    /// Whether any of the phrases stands in `hay` where a word starts ("since" in "sincere"
    /// too, not in "insincere"). One pass that tries the phrases only at the bytes they start
    /// with: a `contains` per phrase sets up a searcher and reads the whole of `hay` each time.
    pub fn in_text(&self, hay: &str) -> bool {
        Needles::each_in(hay, &[self]) != 0
    }

    /// Which of `lists` (at most 32) have a phrase that stands in `hay`, as the bits of the
    /// result (bit `k` for `lists[k]`): one pass for all of them, where a pass per list costs
    /// about 1 ns a byte of the text in the wasm. Inlined at each caller: out of line, the seeds'
    /// checks took 4.5% longer, for 0.45 KB less gzip (2026-12-06; the ledger).
    #[inline(always)]
    pub fn each_in(hay: &str, lists: &[&Needles]) -> u32 {
        let bytes = hay.as_bytes();
        let mut starts = [0u64; 4];
        for list in lists {
            for (all, its) in starts.iter_mut().zip(list.starts) {
                *all |= its;
            }
        }
        let mut found = 0;
        for i in 0..bytes.len() {
            let b = bytes[i];
            // A phrase starts a word: the lists are tried at a twentieth of the bytes, not at
            // every letter some phrase starts with (a quarter of them).
            if !Needles::holds(&starts, b) || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
                continue;
            }
            for (k, list) in lists.iter().enumerate() {
                // A list found already, or with no phrase starting with the byte, is passed.
                let has = found & (1 << k) == 0
                    && Needles::holds(&list.starts, b)
                    && (list.phrases.iter()).any(|n| {
                        // The first byte before the rest: a call to compare bytes in the wasm.
                        let n = n.as_bytes();
                        n[0] == b && bytes[i..].starts_with(n)
                    });
                found |= u32::from(has) << k;
            }
        }
        found
    }
}

/// Every place `needle` stands in `hay` as whole words (not inside a longer word), left to
/// right. Both are expected in the same case.
pub fn find_words<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = Span> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        while let Some(i) = find(&hay[from..], needle) {
            let start = from + i;
            let end = start + needle.len();
            from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
            let before = hay[..start].chars().next_back();
            let after = hay[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                return Some(Span::new(start, end));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needles_are_found_where_a_word_starts_with_one_of_them() {
        const NEEDLES: Needles = Needles::new(&["since", "last year's", "compared with"]);
        let needles = NEEDLES.phrases;
        for hay in [
            "",
            "the deadliest since",
            "sincere",
            "compared to",
            "last year’s",
            "x compared with",
            "comparedwith",
        ] {
            let each = needles.iter().any(|n| hay.contains(n));
            assert_eq!(NEEDLES.in_text(hay), each, "{hay}");
        }
        assert!(!NEEDLES.in_text("insincere"), "only where a word starts");
        assert!(!Needles::new(&[]).in_text("anything"));
    }

    #[test]
    fn sorting_stably_keeps_equal_keys_in_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_stably(&mut items, |&(k, _)| (k, 0));
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        // Non-negative floats by their bits, as reference values are sorted.
        let mut values = vec![(2, 8.5), (1, 13.0), (2, 0.5), (1, 9.0)];
        sort_stably(&mut values, |&(order, v): &(u64, f64)| (order, v.to_bits()));
        assert_eq!(values, [(1, 9.0), (1, 13.0), (2, 0.5), (2, 8.5)]);
    }

    #[test]
    fn sorting_stably_gives_the_standard_stable_sort_at_every_length() {
        // Keys from a linear congruential sequence, few of them so that many repeat.
        let mut seed = 7u64;
        for len in 0..=300 {
            let keys: Vec<(u64, u64)> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (seed >> 61, (seed >> 40) % 5)
                })
                .collect();
            let mut ours: Vec<(usize, (u64, u64))> = keys.iter().copied().enumerate().collect();
            let mut std = ours.clone();
            sort_stably(&mut ours, |&(_, key)| key);
            std.sort_by_key(|&(_, key)| key);
            assert_eq!(ours, std, "{len} items");
        }
    }

    #[test]
    fn folded_spans_map_back_to_the_original_across_curly_apostrophes() {
        let original = "Ukraine’s State Emergency Service said";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "ukraine's state emergency service said");
        let at = find_words(&folded.text, "state emergency service")
            .next()
            .unwrap();
        assert_eq!(folded.original(at).of(original), "State Emergency Service");
        let said = find_words(&folded.text, "said").next().unwrap();
        assert_eq!(folded.original(said).of(original), "said");
    }

    #[test]
    fn a_stretch_folded_alone_is_the_same_stretch_of_the_text_folded_whole() {
        let original = "😀 Київ’s İSTANBUL “Said” — ‘ÉTÉ’ 23";
        let folded = Folded::new(original);
        for (a, b) in every_stretch(original) {
            let at = folded.folded(Span::new(a, b));
            assert_eq!(at.of(&folded.text), Folded::new(&original[a..b]).text);
            assert_eq!(folded.original(at), Span::new(a, b));
        }
    }

    /// Every `(start, end)` of a stretch of `text` between character boundaries.
    fn every_stretch(text: &str) -> Vec<(usize, usize)> {
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        boundaries
            .iter()
            .flat_map(|&a| {
                boundaries
                    .iter()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| (a, b))
            })
            .collect()
    }

    #[test]
    fn a_stretch_scanned_is_the_stretch_folded_alone_and_scanned() {
        // Stretches that cut words ("yiv", "Sai") must find only what the cut text holds.
        let original = "Київ’s mayor Said: “the State Emergency said 'record'” in Kyiv";
        let phrases = [
            "київ",
            "said",
            "state emergency",
            "'record",
            "s",
            "mayor said",
            "yiv",
        ];
        let lexicon = Lexicon::new(phrases.iter().map(|p| (p.to_string(), *p)));
        let folded = Folded::new(original);
        for (a, b) in every_stretch(original) {
            let alone = &original[a..b];
            let expected: Vec<(Span, &str)> = Folded::new(alone)
                .scan(&lexicon, Span::new(0, alone.len()))
                .iter()
                .map(|h| (Span::new(a + h.span.start, a + h.span.end), h.tag))
                .collect();
            let scanned: Vec<(Span, &str)> = folded
                .scan(&lexicon, Span::new(a, b))
                .iter()
                .map(|h| (h.span, h.tag))
                .collect();
            assert_eq!(scanned, expected, "{alone:?}");
        }
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(
            find_words("the toll rose", "toll").next(),
            Some(Span::new(4, 8))
        );
        assert_eq!(find_words("tolls rose", "toll").next(), None);
        assert_eq!(find_words("kyiv and kyiv's", "kyiv").count(), 2);
        assert_eq!(find_words("київ", "").next(), None);
    }
}
