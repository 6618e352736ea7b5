//! Reading text by its bytes, without decoding: most news text is ASCII, and the tokenizer,
//! the sentence splitter and the quotation finder only look for a few ASCII or lead bytes.
//!
//! One reader goes eight bytes at a time ([`ascii_lowercase`]): the wasm, without SIMD, runs
//! the standard library's byte loop as written. See the ledger, `www/bench-profile.md` ("byte
//! scans"), for what it gains and when to give it back. The search for the next stop byte reads
//! a byte at a time through a table of the stops: eight bytes at a time gained no time in the
//! wasm, and comparing each byte with every stop cost 6% of a check's native instructions
//! (callgrind, 2026-12-05): [`Stops`] is a table made at compile time.

/// The character at byte `at` of `text` (a character boundary), `None` at the end: ASCII, most
/// of news text, without decoding. The tokenizer and the word index read text through it.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[at..].chars().next(),
    }
}

/// A few bytes a reader stops at, as a table of all 256 bytes, made at compile time: one lookup
/// per byte. Comparing each byte with every stop cost 6% of a check's native instructions, and
/// a table made at each search a 256-byte fill per search in the wasm (2026-12-05).
pub struct Stops([bool; 256]);

impl Stops {
    pub const fn new(stops: &[u8]) -> Stops {
        let mut table = [false; 256];
        let mut k = 0;
        while k < stops.len() {
            table[stops[k] as usize] = true;
            k += 1;
        }
        Stops(table)
    }

    /// The first character at or after byte `from` of `text` whose first byte is a stop, and
    /// where it stands: the bytes before it are passed over without being decoded. For readers
    /// that only care about a few marks (terminators, quotation marks), found by their first
    /// byte.
    pub fn next(&self, text: &str, from: usize) -> Option<(usize, char)> {
        let at = from
            + text.as_bytes()[from..]
                .iter()
                .position(|&b| self.0[usize::from(b)])?;
        Some((at, char_at(text, at)?))
    }
}

/// Where `needle` first stands in `hay`, as `str::find` finds it. The standard library's
/// searcher (two-way, set up at each search, and its reverse) was 0.9 KB gzip of the wasm
/// (2026-12-06). What it does that pays on a long text is kept: the last byte of each window
/// is looked up in a set of the needle's bytes, and a window ending in a byte the needle does
/// not hold is passed over whole (tried a byte at a time, the 1 MB document took 8% longer).
/// A match of valid UTF-8 in valid UTF-8 starts on a character boundary, so bytes suffice.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&last) = needle.last() else {
        return Some(0);
    };
    let set = (needle.iter()).fold(0u64, |set, &b| set | 1 << (b & 63));
    let mut k = 0;
    while let Some(&end) = hay.get(k + needle.len() - 1) {
        if end == last && hay[k..].starts_with(needle) {
            return Some(k);
        }
        k += match set >> (end & 63) & 1 {
            0 => needle.len(),
            _ => 1,
        };
    }
    None
}

/// Where `needle` last stands in `hay`, as `str::rfind` finds it: a byte at a time, for its
/// callers search the few words before a figure.
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    (0..(hay.len() + 1).saturating_sub(needle.len()))
        .rev()
        .find(|&k| needle.first().is_none_or(|&b| hay[k] == b) && hay[k..].starts_with(needle))
}

/// Eight bytes of 0x01 and of 0x80, for reading a `u64` of eight bytes at a time.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
const HIGHS: u64 = ONES * 0x80;

/// `text` with its ASCII letters lowercased, as `str::to_ascii_lowercase` gives it, eight bytes
/// at a time: the standard library goes a byte at a time, which the wasm, without SIMD, runs as
/// written (1.6 µs for a seed article). In a `u64` of bytes below 0x80, adding 0x25 to each sets
/// its top bit when it is above `Z`, and adding 0x3F when it is `A` or above; the top bits of
/// the capitals, moved down two, are the 0x20 that lowercases them.
pub fn ascii_lowercase(text: impl Into<String>) -> String {
    let mut bytes = text.into().into_bytes();
    let mut chunks = bytes.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes((&*chunk).try_into().expect("eight bytes"));
        let low = x & !HIGHS;
        let above_z = low + ONES * (0x80 - 0x5B);
        let from_a = low + ONES * (0x80 - 0x41);
        let capitals = from_a & !above_z & !x & HIGHS;
        chunk.copy_from_slice(&(x | capitals >> 2).to_le_bytes());
    }
    chunks.into_remainder().make_ascii_lowercase();
    // Only ASCII bytes changed, each to an ASCII byte: the text is as valid as it was.
    String::from_utf8(bytes).unwrap_or_else(|_| unreachable!("lowercasing ASCII keeps UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_stop_is_the_first_stop_byte_from_where_the_search_starts() {
        let stops = Stops::new(&[b'\n', b'.', b'!', b'?', 0xE2]);
        assert_eq!(stops.next("", 0), None);
        assert_eq!(stops.next("no stop here", 0), None);
        assert_eq!(stops.next("a. b!", 0), Some((1, '.')));
        assert_eq!(stops.next("a. b!", 2), Some((4, '!')));
        assert_eq!(stops.next("said “yes”", 0), Some((5, '“')));
    }

    #[test]
    fn searches_find_what_the_standard_library_finds() {
        let hay = "the toll rose overnight; overnight, Київ’s toll rose to 23";
        for needle in [
            "",
            "toll",
            "overnight",
            "Київ",
            "’s",
            "23",
            "rose to 23",
            "x",
            hay,
        ] {
            assert_eq!(find(hay, needle), hay.find(needle), "{needle:?}");
            assert_eq!(rfind(hay, needle), hay.rfind(needle), "{needle:?}");
        }
        assert_eq!(find("ab", "abc"), None);
        // Windows passed over whole, and not: every offset of a needle in a longer text.
        let long = "abcabd xyz abcabcabd zz".repeat(3);
        for needle in ["abcabd", "zz", "d x", "zz abc", "q"] {
            assert_eq!(find(&long, needle), long.find(needle), "{needle:?}");
            assert_eq!(
                find(&long[5..], needle),
                long[5..].find(needle),
                "{needle:?}"
            );
        }
        assert_eq!(rfind("", ""), Some(0));
    }

    #[test]
    fn ascii_is_lowercased_as_the_standard_library_lowercases_it() {
        let every_byte: Vec<u8> = (0..=127).collect();
        let every_ascii = String::from_utf8(every_byte).unwrap();
        for text in [
            "",
            "AZaz@[`{ 09",
            "Київ’s İSTANBUL “SAID” ÉTÉ",
            &every_ascii,
            &every_ascii[3..],
            "KYIV: AT LEAST 23 KILLED IN THE CAPITAL, 😀 MORE",
        ] {
            assert_eq!(ascii_lowercase(text), text.to_ascii_lowercase(), "{text:?}");
        }
    }
}
