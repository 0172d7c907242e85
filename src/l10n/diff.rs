//! What changed in a source text since a translation was made from it, word
//! by word (through `similar`): for people as `[-removed-]{+added+}` inline
//! markup, and for tools as a list of operations.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// One run of words: kept, removed or added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    /// The words, with the spaces between them.
    pub text: String,
}

/// The word diff from `old` to `new`, adjacent runs of one kind merged.
pub fn words(old: &str, new: &str) -> Vec<Change> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Change> = Vec::new();
    for c in diff.iter_all_changes() {
        let op = match c.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(c.value()),
            _ => out.push(Change { op, text: c.value().to_string() }),
        }
    }
    out
}

/// The diff for a terminal: unchanged text shortened to a few words around
/// each change, removals as `[-…-]`, additions as `{+…+}`.
pub fn for_people(changes: &[Change]) -> String {
    const CONTEXT: usize = 6;
    let mut out = String::new();
    for (i, c) in changes.iter().enumerate() {
        match c.op {
            "delete" => out.push_str(&format!("[-{}-]", c.text)),
            "insert" => out.push_str(&format!("{{+{}+}}", c.text)),
            _ => {
                let words: Vec<&str> = c.text.split_inclusive(char::is_whitespace).collect();
                let (first, last) = (i == 0, i + 1 == changes.len());
                if words.len() <= 2 * CONTEXT || (first && words.len() <= CONTEXT) || (last && words.len() <= CONTEXT) {
                    out.push_str(&c.text);
                    continue;
                }
                if !first {
                    out.push_str(&words[..CONTEXT].concat());
                }
                out.push('…');
                if !last {
                    out.push(' ');
                    out.push_str(&words[words.len() - CONTEXT..].concat());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_removed_and_added_words() {
        let c = words("It may indicate a better time.", "It SHOULD indicate a better time.");
        assert_eq!(for_people(&c), "It [-may-]{+SHOULD+} indicate a better time.");
        assert!(c.iter().any(|x| x.op == "delete" && x.text == "may"));
    }
}
