//! The native half of `npm run bench`: checks each input many times and prints, per input, the
//! median and p95 time of one check in microseconds, as JSON lines. Run by www/bench.mjs with
//! `cargo bench --bench native -- FILE...`; with `--once` it checks each file once (for
//! callgrind, which counts instructions repeatably on a busy machine).
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let once = args.iter().any(|a| a == "--once");
    // As the widget checks: one checker over the bundled set, its lexicons built at its first
    // check (the warm-up's).
    let checker = factcheck::Checker::new(factcheck::Reference::bundled());
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        if once {
            std::hint::black_box(checker.check(&text));
            continue;
        }
        // Warm up, then time enough runs for about a second, at least 5.
        let t0 = Instant::now();
        std::hint::black_box(checker.check(&text));
        let one = t0.elapsed().as_secs_f64().max(1e-7);
        let runs = ((1.0 / one) as usize).clamp(5, 20_000);
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(checker.check(&text));
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "{{\"file\":{:?},\"bytes\":{},\"runs\":{},\"median_us\":{:.3},\"p95_us\":{:.3}}}",
            path,
            text.len(),
            runs,
            at(0.5),
            at(0.95)
        );
    }
}
