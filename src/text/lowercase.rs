//! `char::to_lowercase` from a table of runs: the standard library's table pairs each
//! character with its lowercase, 11.5 KB of the wasm (4.5 KB gzip); most of its pairs follow
//! a few runs (A–Z, À–Þ: each plus 32; Ā, Ă, Ą…: each plus 1, every other character).

/// Each run of characters that lowercase by adding one number: `start << 8 | length << 1`,
/// plus 1 when the run takes every other character; then what is added. Sorted by start.
/// `RUNS` is checked against the standard library's lowercase, which the test below writes
/// out when a new Unicode version changes it.
#[rustfmt::skip]
const RUNS: [(u32, i32); 185] = [
    (0x00004134, 32), (0x0000c02e, 32), (0x0000d80e, 32), (0x00010031, 1), (0x00013207, 1),
    (0x00013911, 1), (0x00014a2f, 1), (0x00017802, -121), (0x00017907, 1), (0x00018102, 210),
    (0x00018205, 1), (0x00018602, 206), (0x00018702, 1), (0x00018904, 205), (0x00018b02, 1),
    (0x00018e02, 79), (0x00018f02, 202), (0x00019002, 203), (0x00019102, 1), (0x00019302, 205),
    (0x00019402, 207), (0x00019602, 211), (0x00019702, 209), (0x00019802, 1), (0x00019c02, 211),
    (0x00019d02, 213), (0x00019f02, 214), (0x0001a007, 1), (0x0001a602, 218), (0x0001a702, 1),
    (0x0001a902, 218), (0x0001ac02, 1), (0x0001ae02, 218), (0x0001af02, 1), (0x0001b104, 217),
    (0x0001b305, 1), (0x0001b702, 219), (0x0001b802, 1), (0x0001bc02, 1), (0x0001c402, 2),
    (0x0001c502, 1), (0x0001c702, 2), (0x0001c802, 1), (0x0001ca02, 2), (0x0001cb13, 1),
    (0x0001de13, 1), (0x0001f102, 2), (0x0001f205, 1), (0x0001f602, -97), (0x0001f702, -56),
    (0x0001f829, 1), (0x00022002, -130), (0x00022213, 1), (0x00023a02, 10795), (0x00023b02, 1),
    (0x00023d02, -163), (0x00023e02, 10792), (0x00024102, 1), (0x00024302, -195), (0x00024402, 69),
    (0x00024502, 71), (0x0002460b, 1), (0x00037005, 1), (0x00037602, 1), (0x00037f02, 116),
    (0x00038602, 38), (0x00038806, 37), (0x00038c02, 64), (0x00038e04, 63), (0x00039122, 32),
    (0x0003a312, 32), (0x0003cf02, 8), (0x0003d819, 1), (0x0003f402, -60), (0x0003f702, 1),
    (0x0003f902, -7), (0x0003fa02, 1), (0x0003fd06, -130), (0x00040020, 80), (0x00041040, 32),
    (0x00046023, 1), (0x00048a37, 1), (0x0004c002, 15), (0x0004c10f, 1), (0x0004d061, 1),
    (0x0005314c, 48), (0x0010a04c, 7264), (0x0010c702, 7264), (0x0010cd02, 7264),
    (0x0013a0a0, 38864), (0x0013f00c, 8), (0x001c8902, 1), (0x001c9056, -3008), (0x001cbd06, -3008),
    (0x001e0097, 1), (0x001e9e02, -7615), (0x001ea061, 1), (0x001f0810, -8), (0x001f180c, -8),
    (0x001f2810, -8), (0x001f3810, -8), (0x001f480c, -8), (0x001f5909, -8), (0x001f6810, -8),
    (0x001f8810, -8), (0x001f9810, -8), (0x001fa810, -8), (0x001fb804, -8), (0x001fba04, -74),
    (0x001fbc02, -9), (0x001fc808, -86), (0x001fcc02, -9), (0x001fd804, -8), (0x001fda04, -100),
    (0x001fe804, -8), (0x001fea04, -112), (0x001fec02, -7), (0x001ff804, -128), (0x001ffa04, -126),
    (0x001ffc02, -9), (0x00212602, -7517), (0x00212a02, -8383), (0x00212b02, -8262),
    (0x00213202, 28), (0x00216020, 16), (0x00218302, 1), (0x0024b634, 26), (0x002c0060, 48),
    (0x002c6002, 1), (0x002c6202, -10743), (0x002c6302, -3814), (0x002c6402, -10727),
    (0x002c6707, 1), (0x002c6d02, -10780), (0x002c6e02, -10749), (0x002c6f02, -10783),
    (0x002c7002, -10782), (0x002c7202, 1), (0x002c7502, 1), (0x002c7e04, -10815), (0x002c8065, 1),
    (0x002ceb05, 1), (0x002cf202, 1), (0x00a6402f, 1), (0x00a6801d, 1), (0x00a7220f, 1),
    (0x00a7323f, 1), (0x00a77905, 1), (0x00a77d02, -35332), (0x00a77e0b, 1), (0x00a78b02, 1),
    (0x00a78d02, -42280), (0x00a79005, 1), (0x00a79615, 1), (0x00a7aa02, -42308),
    (0x00a7ab02, -42319), (0x00a7ac02, -42315), (0x00a7ad02, -42305), (0x00a7ae02, -42308),
    (0x00a7b002, -42258), (0x00a7b102, -42282), (0x00a7b202, -42261), (0x00a7b302, 928),
    (0x00a7b411, 1), (0x00a7c402, -48), (0x00a7c502, -42307), (0x00a7c602, -35384), (0x00a7c705, 1),
    (0x00a7cb02, -42343), (0x00a7cc11, 1), (0x00a7dc02, -42561), (0x00a7f502, 1), (0x00ff2134, 32),
    (0x01040050, 40), (0x0104b048, 40), (0x01057016, 39), (0x01057c1e, 39), (0x01058c0e, 39),
    (0x01059404, 39), (0x010c8066, 64), (0x010d502c, 32), (0x0118a040, 32), (0x016e4040, 32),
    (0x016ea032, 27), (0x01e90044, 34),
];

/// Pushes `c` lowercased onto `text`, as `text.extend(c.to_lowercase())` does.
pub fn push_lowercase(text: &mut String, c: char) {
    // The one character whose lowercase is two.
    if c == 'İ' {
        text.push_str("i\u{307}");
        return;
    }
    let code = u32::from(c);
    let after = RUNS.partition_point(|&(run, _)| run >> 8 <= code);
    let lower = after.checked_sub(1).and_then(|k| {
        let (run, add) = RUNS[k];
        let (offset, step) = (code - (run >> 8), (run & 1) + 1);
        let in_run = offset % step == 0 && offset / step < (run >> 1) & 0x7f;
        in_run.then(|| char::from_u32(code.wrapping_add_signed(add)))?
    });
    text.push(lower.unwrap_or(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs of the standard library's lowercase, as `RUNS` writes them.
    fn runs_from_std() -> Vec<(u32, i32)> {
        // (start, length, step, what is added)
        let mut runs: Vec<(u32, u32, u32, i32)> = Vec::new();
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| c != 'İ')
        {
            let mut lower = c.to_lowercase();
            let (Some(l), None) = (lower.next(), lower.next()) else {
                panic!("{c:?} lowercases to more than one character");
            };
            if l == c {
                continue;
            }
            let (code, add) = (u32::from(c), u32::from(l) as i32 - u32::from(c) as i32);
            match runs.last_mut() {
                Some((start, len, step, a))
                    if *a == add
                        && (code == *start + *len * *step || (*len == 1 && code == *start + 2)) =>
                {
                    *step = (code - *start) / *len;
                    *len += 1;
                }
                _ => runs.push((code, 1, 1, add)),
            }
        }
        runs.iter()
            .map(|&(start, len, step, add)| {
                assert!(len < 128 && step <= 2);
                (start << 8 | len << 1 | (step - 1), add)
            })
            .collect()
    }

    #[test]
    fn the_runs_are_the_standard_librarys_lowercase() {
        let runs = runs_from_std();
        let written: Vec<String> = runs
            .iter()
            .map(|(r, a)| format!("(0x{r:08x}, {a}),"))
            .collect();
        assert!(
            RUNS[..] == runs[..],
            "RUNS is now ({}):\n{}",
            runs.len(),
            written.join(" ")
        );
    }

    #[test]
    fn every_character_is_lowercased_as_the_standard_library_lowercases_it() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let (mut ours, mut std) = (String::new(), String::new());
            push_lowercase(&mut ours, c);
            std.extend(c.to_lowercase());
            assert_eq!(ours, std, "{c:?}");
        }
    }
}
