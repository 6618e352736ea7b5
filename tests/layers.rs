//! The module graph stays acyclic: each module of the engine imports only from the layers
//! below its own, as the table in `src/lib.rs`'s module doc draws them. A new module or an
//! import that goes up a layer fails here, with the file and the line.

use std::fs;
use std::path::Path;

/// (module, layer), as in `src/lib.rs`.
const LAYERS: &[(&str, u32)] = &[
    ("text", 0),
    ("named", 0),
    ("calendar", 1),
    ("document", 1),
    ("figures", 2),
    ("reference", 3),
    ("incident", 4),
    ("event", 5),
    ("claims", 5),
    ("verdict", 6),
    ("report", 7),
    ("proposals", 7),
    ("prepared", 8),
    ("wasm", 9),
    ("editor", 9),
    ("crossing", 8),
    ("size_classes", 8),
];

fn layer(module: &str) -> Option<u32> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|&(_, l)| l)
}

/// The top-level module a source file belongs to: `src/figures/dates.rs` is `figures`.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix("src").ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "bin")).then(|| name.to_string())
}

/// Every `crate::name` a line names, outside comments.
fn crate_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let braced = rest.strip_prefix('{');
        let names: Vec<&str> = match braced {
            Some(inner) => inner
                .split('}')
                .next()
                .unwrap_or("")
                .split(',')
                .map(|n| n.trim().split("::").next().unwrap_or(""))
                .collect(),
            None => vec![rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("")],
        };
        out.extend(
            names
                .into_iter()
                .filter(|n| n.starts_with(|c: char| c.is_ascii_lowercase()))
                .map(str::to_string),
        );
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_imports_only_from_the_layers_below_it() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut wrong = Vec::new();
    for path in files {
        let Some(module) = module_of(&path) else {
            continue;
        };
        let Some(own) = layer(&module) else {
            wrong.push(format!(
                "{}: module `{module}` has no layer in tests/layers.rs and src/lib.rs",
                path.display()
            ));
            continue;
        };
        let source = fs::read_to_string(&path).expect("a source file");
        // Tests may reach anywhere: they are not part of the graph.
        let code = source
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or(&source);
        for (n, line) in code.lines().enumerate() {
            for target in crate_paths(line) {
                if target == module {
                    continue;
                }
                match layer(&target) {
                    Some(l) if l < own => {}
                    Some(l) => wrong.push(format!(
                        "{}:{}: `{module}` (layer {own}) imports `{target}` (layer {l})",
                        path.display(),
                        n + 1
                    )),
                    None => {} // a re-export at the crate's root, such as `crate::Document`
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that go up a layer:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn crate_paths_are_read_from_plain_and_braced_imports() {
    assert_eq!(
        crate_paths("use crate::figures::{Category, Figure};"),
        ["figures"]
    );
    assert_eq!(
        crate_paths("use crate::{claims, event};"),
        ["claims", "event"]
    );
    assert_eq!(
        crate_paths("let x = 1; // crate::verdict"),
        Vec::<String>::new()
    );
}
