//! Where in a JSON text an error stands, as a path ("incidents[0].figures[2].value"), worked
//! out by scanning the text up to the error's offset. serde_json names only the line and
//! column; a second, path-tracking deserializer would double the deserialising code in the
//! wasm, so the path is read from the text instead, and only when there is an error.

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// A container being scanned: an array with the index of the element being read, or an
/// object with the key whose value is being read (`None` before its first key and after each
/// comma).
struct Frame {
    step: Option<Step>,
}

/// The path of the value being read at byte `offset` of `json`, in the dotted form the
/// reference set's errors use: `incidents[0].figures[2].reports[0].value`. Empty at the top.
pub fn path_at(json: &str, offset: usize) -> String {
    let mut frames: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let bytes = json.as_bytes();
    let mut at = 0;
    while at < offset.min(bytes.len()) {
        match bytes[at] {
            b'{' | b'[' => {
                frames.push(Frame {
                    step: (bytes[at] == b'[').then_some(Step::Index(0)),
                });
                expect_key = bytes[at] == b'{';
            }
            b'}' | b']' => {
                frames.pop();
                expect_key = false;
            }
            b',' => match frames.last_mut() {
                Some(Frame {
                    step: Some(Step::Index(i)),
                    ..
                }) => *i += 1,
                Some(object) => {
                    object.step = None;
                    expect_key = true;
                }
                None => {}
            },
            b'"' => {
                let end = string_end(bytes, at);
                if expect_key {
                    if let Some(frame) = frames.last_mut() {
                        let key = &json[at + 1..end.saturating_sub(1).max(at + 1)];
                        frame.step = Some(Step::Key(key.to_string()));
                    }
                    expect_key = false;
                }
                at = end;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    let mut path = String::new();
    for step in frames.iter().filter_map(|f| f.step.as_ref()) {
        match step {
            Step::Key(k) if path.is_empty() => path.push_str(k),
            Step::Key(k) => {
                path.push('.');
                path.push_str(k);
            }
            Step::Index(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}

/// The offset just past the string that opens at `start`, escapes skipped.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// The byte offset of a 1-based line and a column counted as serde_json counts it (bytes
/// into the line).
pub fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let line_start = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    (line_start + column).min(json.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_before(json: &str, marker: &str) -> String {
        path_at(json, json.find(marker).expect("marker in the text"))
    }

    #[test]
    fn keys_and_indices_make_the_path() {
        let json = r#"{"incidents": [{"id": "a"}, {"figures": [1, {"value": "nine"}]}]}"#;
        assert_eq!(
            path_before(json, "\"nine\""),
            "incidents[1].figures[1].value"
        );
        assert_eq!(path_before(json, "\"a\""), "incidents[0].id");
        assert_eq!(path_before(json, "1,"), "incidents[1].figures[0]");
    }

    #[test]
    fn a_closed_object_is_named_by_where_it_stands() {
        let json = r#"{"reports": [{"value": 9}], "x": 1}"#;
        assert_eq!(path_at(json, json.find("],").unwrap()), "reports[0]");
    }

    #[test]
    fn braces_and_quotes_inside_strings_are_text() {
        let json = r#"{"a": "}{\",[", "b": 2}"#;
        assert_eq!(path_before(json, "2}"), "b");
    }

    #[test]
    fn lines_and_columns_become_offsets() {
        assert_eq!(offset_of("ab\ncd", 2, 1), 4);
        assert_eq!(offset_of("ab\ncd", 1, 0), 0);
    }
}
