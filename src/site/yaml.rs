//! YAML parsing with diagnostics people can act on. serde-saphyr reports
//! positions; this module turns its wording into "found …, expected …", keeps
//! the position in our `path:line:col` form, and turns spanned scalars into
//! `Text`s that remember where they are.

use super::text::Text;
use crate::diagnostics::Diagnostic;
use crate::source::MAX_FILE_BYTES;
use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;
use std::path::Path;

/// An error at the position of a spanned value.
pub(super) fn at<T>(shown: &Path, s: &Spanned<T>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(shown, s.referenced.line() as usize, s.referenced.column() as usize, msg)
}

/// A spanned string as a `Text`. A quoted scalar's first character is one
/// column after its quote.
pub(super) fn text(s: Spanned<String>, source: &str) -> Text {
    let offset = s.referenced.span().byte_offset().and_then(|o| usize::try_from(o).ok());
    let quoted = offset.is_some_and(|o| matches!(source.as_bytes().get(o), Some(b'"' | b'\'')));
    Text {
        source: s.value,
        line: s.referenced.line() as usize,
        col: s.referenced.column() as usize + usize::from(quoted),
    }
}

/// Parses `source` as `T`, mapping errors to a diagnostic at the reported position.
pub(crate) fn parse<T: DeserializeOwned>(shown: &Path, source: &str) -> Result<T, Diagnostic> {
    if source.trim().is_empty() {
        return Err(Diagnostic::file(shown, "the file is empty, expected a YAML mapping"));
    }
    if source.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Err(Diagnostic::file(shown, "the file holds only comments, expected a YAML mapping"));
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_aliases: 32,
            max_anchors: 32,
            max_depth: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_documents: 1,
            max_total_scalar_bytes: MAX_FILE_BYTES as usize * 4,
        },
    };
    serde_saphyr::from_str_with_options::<T>(source, options).map_err(|e| {
        let (line, col) = e.location().map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
        let found = token_at(source, line, col);
        Diagnostic::new(shown, line, col, friendly(&e.without_snippet().to_string(), found))
    })
}

const MAX_DEPTH: usize = 16;
const MAX_NODES: usize = 20_000;

/// The plain scalar starting at (line, col), for "found `…`" in messages.
fn token_at(source: &str, line: usize, col: usize) -> &str {
    let Some(l) = source.lines().nth(line.saturating_sub(1)) else { return "" };
    let start = l.char_indices().nth(col.saturating_sub(1)).map_or(l.len(), |(i, _)| i);
    let rest = &l[start..];
    let end = rest.find(" #").unwrap_or(rest.len());
    let token = rest[..end].trim();
    // Keys come with their colon: `x: provisional` → `x`.
    match token.find(": ") {
        Some(i) => &token[..i],
        None => token.trim_end_matches(':'),
    }
}

/// Rewrites the parser's wording into "found …, expected …" where we can.
fn friendly(raw: &str, found: &str) -> String {
    if let Some(i) = raw.find("budget breached: ") {
        let what = &raw[i + "budget breached: ".len()..];
        return match what.split([' ', '{']).next().unwrap_or("") {
            "Documents" => "found a second YAML document (`---`), expected one document per file".to_string(),
            "Aliases" | "Anchors" | "Nodes" => format!(
                "found a document that expands past {MAX_NODES} values (YAML anchors and aliases that multiply content are refused), expected a plain record"
            ),
            "Depth" => format!("found values nested deeper than {MAX_DEPTH} levels, expected a flat record"),
            _ => "found a document too large to read safely, expected a record of a few kilobytes".to_string(),
        };
    }
    let msg = match raw.find(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    };
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return format!("found the key `{key}` a second time, expected each key once");
    }
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let options: Vec<&str> = expected.trim_start_matches(", expected one of ").split(", ").map(str::trim).collect();
        return match crate::diagnostics::suggest(field, &options) {
            Some(s) => {
                format!("found unknown field `{field}`, did you mean `{s}`? (expected one of: {})", options.join(", "))
            }
            None => format!("found unknown field `{field}`, expected one of: {}", options.join(", ")),
        };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let options = expected.trim_start_matches(", expected one of ").replace('`', "");
        return format!("found `{value}`, expected one of: {options}");
    }
    if msg.starts_with("missing field") {
        return format!("{msg}, expected it to be present");
    }
    if msg.contains("recursion limit exceeded") {
        return format!("found values nested deeper than {MAX_DEPTH} levels, expected a flat record");
    }
    if msg.contains("illegal placement") || msg.contains("did not find expected") {
        return format!("{msg} (is a closing `]` or `}}` or a quote missing on an earlier line?)");
    }
    match msg {
        "expected string scalar" => "found a list or mapping, expected text".to_string(),
        "expected sequence start" => {
            "found a single value or a mapping, expected a list such as [\"RFC 3261 §21.1.5\"]".to_string()
        }
        "expected mapping start" => "found a single value or a list, expected a mapping of keys".to_string(),
        m if m.starts_with("invalid i") || m.starts_with("invalid u") || m.starts_with("invalid type: string") => {
            format!("found `{found}`, expected a whole number")
        }
        m => m.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        a: String,
    }

    #[test]
    fn duplicate_keys_are_errors_with_position() {
        let e = parse::<T>(Path::new("f.yaml"), "a: x\na: y\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 1));
        assert!(e.message.contains("`a` a second time"), "{}", e.message);
    }

    #[test]
    fn alias_bombs_hit_the_budget() {
        let mut src = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for i in 1..40 {
            src.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n", p = i - 1));
        }
        src.push_str("a: x\n");
        assert!(parse::<T>(Path::new("f.yaml"), &src).is_err());
    }

    #[test]
    fn empty_file_is_explained() {
        let e = parse::<T>(Path::new("f.yaml"), "  \n").unwrap_err();
        assert!(e.message.contains("empty"));
    }
}
