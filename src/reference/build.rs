//! Minifies the bundled reference set into OUT_DIR: the JSON in `src/reference/` stays
//! readable for people, while the copy compiled into the binary and the wasm drops the
//! whitespace between tokens (about 40% of its bytes, and of the time to parse it).

use std::{env, fs, path::Path};

fn main() {
    let source = "src/reference/incidents.json"; // paths are from the package root
    println!("cargo:rerun-if-changed={source}");
    let json = fs::read_to_string(source).expect("src/reference/incidents.json is readable");
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            (in_string, escaped) = match (escaped, c) {
                (true, _) => (true, false),
                (false, '\\') => (true, true),
                (false, '"') => (false, false),
                _ => (true, false),
            };
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    let target =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("incidents.min.json");
    fs::write(target, out).expect("OUT_DIR is writable");
}
