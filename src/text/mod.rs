//! Spans and sentences. Everything inside the engine counts in bytes of the UTF-8 text;
//! only the report converts to UTF-16.

mod lexicon;
mod sentences;

pub use lexicon::{words, Hit, Lexicon, WordMap};
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
        let mut text = String::with_capacity(original.len());
        let mut changed = Vec::new();
        let mut rest = original;
        while !rest.is_empty() {
            let ascii = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            let from = text.len();
            text.push_str(&rest[..ascii]);
            text[from..].make_ascii_lowercase();
            let Some(c) = rest[ascii..].chars().next() else {
                break;
            };
            let before = text.len();
            match c {
                '’' | '‘' => text.push('\''),
                c => text.extend(c.to_lowercase()),
            }
            changed.push(Changed {
                folded: before,
                original: original.len() - rest.len() + ascii,
                folded_len: text.len() - before,
                original_len: c.len_utf8(),
            });
            rest = &rest[ascii + c.len_utf8()..];
        }
        Folded { text, changed }
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

    /// The span of the folded text that a span of the original (on char boundaries) became.
    pub fn folded(&self, span: Span) -> Span {
        Span::new(self.folded_at(span.start), self.folded_at(span.end))
    }

    /// The phrases of `lexicon` in the stretch `within` of the original, with spans in the
    /// original: the same as folding that stretch alone and scanning it.
    pub fn scan<T: Copy>(&self, lexicon: &Lexicon<T>, within: Span) -> Vec<Hit<T>> {
        let at = self.folded(within);
        let mut hits = lexicon.scan(at.of(&self.text));
        for h in &mut hits {
            h.span = self.original(Span::new(at.start + h.span.start, at.start + h.span.end));
        }
        hits
    }
}

/// `s` folded: lowercase, apostrophes straight.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// Every place `needle` stands in `hay` as whole words (not inside a longer word), left to
/// right. Both are expected in the same case.
pub fn find_words<'h>(hay: &'h str, needle: &'h str) -> impl Iterator<Item = Span> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        while let Some(i) = hay[from..].find(needle) {
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

/// The letters and digits `s` starts with.
fn first_word(s: &str) -> &str {
    let end = if s.is_ascii() {
        s.bytes().position(|b| !b.is_ascii_alphanumeric())
    } else {
        s.find(|c: char| !c.is_alphanumeric())
    };
    &s[..end.unwrap_or(s.len())]
}

/// The words of a text (runs of letters and digits), sorted, so that looking up many cue words
/// or names in one sentence costs a binary search each instead of a scan of the sentence each.
/// A sorted vector rather than a hash map: one allocation per sentence, and a sentence has few
/// enough words that a search is as quick as hashing.
pub struct WordIndex<'t> {
    text: &'t str,
    /// Each word with where it starts, by word then by position.
    words: Vec<(&'t str, usize)>,
    /// A bit per word's hash: most needles asked for are not in the sentence, and this says so
    /// without a search.
    seen: u128,
}

/// The bit a word sets in [`WordIndex::seen`] (FNV-1a).
fn bit_of(word: &str) -> u128 {
    let hash = word.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    1 << (hash % 128)
}

impl<'t> WordIndex<'t> {
    /// Indexes `text`, expected folded like the needles it will be asked for.
    pub fn new(text: &'t str) -> Self {
        let mut words = Vec::with_capacity(text.len() / 5);
        let mut start = None;
        // Called at every character with whether it is a letter or digit.
        let mut step = |at: usize, in_word: bool| match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                words.push((&text[s..at], s));
                start = None;
            }
            _ => {}
        };
        if text.is_ascii() {
            text.bytes()
                .enumerate()
                .for_each(|(at, b)| step(at, b.is_ascii_alphanumeric()));
        } else {
            text.char_indices()
                .for_each(|(at, c)| step(at, c.is_alphanumeric()));
        }
        step(text.len(), false);
        words.sort_unstable();
        let seen = words.iter().fold(0, |seen, &(w, _)| seen | bit_of(w));
        WordIndex { text, words, seen }
    }

    /// Every place `needle` stands as whole words, as [`find_words`] finds them.
    pub fn find<'s>(&'s self, needle: &'s str) -> impl Iterator<Item = Span> + 's {
        let indexed = Some(first_word(needle)).filter(|w| !w.is_empty());
        let at_words = indexed
            .map(|w| self.starting_with(w))
            .unwrap_or_default()
            .iter()
            .filter_map(move |&(_, start)| {
                let end = start + needle.len();
                let fits = self.text[start..].starts_with(needle)
                    && !self.text[end..].starts_with(char::is_alphanumeric);
                fits.then_some(Span::new(start, end))
            });
        // A needle that starts with punctuation is not indexed: scan for it.
        let scanned = indexed
            .is_none()
            .then(|| find_words(self.text, needle))
            .into_iter()
            .flatten();
        at_words.chain(scanned)
    }

    /// The places the word `word` stands, by position.
    fn starting_with(&self, word: &str) -> &[(&'t str, usize)] {
        if self.seen & bit_of(word) == 0 {
            return &[];
        }
        let from = self.words.partition_point(|&(w, _)| w < word);
        let to = from + self.words[from..].partition_point(|&(w, _)| w == word);
        &self.words[from..to]
    }

    /// The distinct words of the text.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        let mut last = None;
        self.words.iter().filter_map(move |&(w, _)| {
            let new = last != Some(w);
            last = Some(w);
            new.then_some(w)
        })
    }

    pub fn has(&self, needle: &str) -> bool {
        self.find(needle).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_index_finds_what_a_scan_finds() {
        let text =
            "kyiv's mayor said: the state emergency service, in kyiv, said 'record-breaking'";
        let index = WordIndex::new(text);
        for needle in [
            "kyiv",
            "said",
            "state emergency service",
            "record-breaking",
            "'record",
            "emergency",
            "mayor said",
            "kyi",
            "s",
        ] {
            let indexed: Vec<Span> = index.find(needle).collect();
            let scanned: Vec<Span> = find_words(text, needle).collect();
            assert_eq!(indexed, scanned, "{needle}");
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
        let boundaries: Vec<usize> = original
            .char_indices()
            .map(|(i, _)| i)
            .chain([original.len()])
            .collect();
        for &a in &boundaries {
            for &b in boundaries.iter().filter(|&&b| b >= a) {
                let at = folded.folded(Span::new(a, b));
                assert_eq!(at.of(&folded.text), Folded::new(&original[a..b]).text);
                assert_eq!(folded.original(at), Span::new(a, b));
            }
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
