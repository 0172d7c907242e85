//! YAML parsing with diagnostics people can act on. serde-saphyr already reports
//! positions; this module turns its wording into "found …, expected …" and keeps
//! the position in our `path:line:col` form.

use crate::diagnostics::Diagnostic;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Largest content file we read. A record is a few KiB; anything near this is a
/// mistake or an attack, and we refuse it before parsing.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Reads a UTF-8 text file with the size limit, stripping a BOM. `shown` is the
/// path as reported to the user.
pub fn read_text(path: &Path, shown: &Path) -> Result<String, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| Diagnostic::file(shown, format!("cannot read file: {e}")))?;
    if !meta.is_file() {
        return Err(Diagnostic::file(shown, "found a directory, expected a file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::file(
            shown,
            format!("file is {} bytes, over the limit of {} bytes for a content file", meta.len(), MAX_FILE_BYTES),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::file(shown, format!("cannot read file: {e}")))?;
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let off = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..off]).into_owned();
            Err(Diagnostic::at_offset(shown, &valid, off, "found bytes that are not UTF-8, expected UTF-8 text"))
        }
    }
}

/// Parses `source` as `T`, mapping errors to a diagnostic at the reported position.
pub fn parse<T: DeserializeOwned>(shown: &Path, source: &str) -> Result<T, Diagnostic> {
    if source.trim().is_empty() {
        return Err(Diagnostic::file(shown, "the file is empty, expected a YAML mapping"));
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_aliases: 32,
            max_anchors: 32,
            max_depth: 16,
            max_nodes: 20_000,
            max_documents: 1,
            max_total_scalar_bytes: MAX_FILE_BYTES as usize * 4,
        },
    };
    serde_saphyr::from_str_with_options::<T>(source, options).map_err(|e| {
        let (line, col) = e.location().map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
        Diagnostic::new(shown, line, col, friendly(&e.without_snippet().to_string()))
    })
}

/// Rewrites the parser's wording into "found …, expected …" where we can.
fn friendly(raw: &str) -> String {
    let msg = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    };
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return format!("found the key `{key}` a second time, expected each key once");
    }
    if msg.starts_with("unknown field") {
        return msg.replacen("unknown field", "found unknown field", 1).replacen(
            ", expected one of",
            ", expected one of:",
            1,
        );
    }
    if msg.starts_with("missing field") {
        return format!("{msg}, expected it to be present");
    }
    match msg {
        "expected string scalar" => "found a list or mapping, expected text".to_string(),
        "expected sequence start" => "found a single value, expected a list such as [\"RFC 3261 §21.1.5\"]".to_string(),
        "expected mapping start" => "found a single value or a list, expected a mapping of keys".to_string(),
        m if m.starts_with("invalid i64") || m.starts_with("invalid u") => {
            "found a number that does not fit, expected a small whole number".to_string()
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
