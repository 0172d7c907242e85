//! Byte-careful edits of record and pair files: setting one text of one
//! locale block, and rewriting a block's `translated_from`. Everything else
//! in the file (comments, key order, quoting, other locales) stays as it was.

use crate::site::{Locale, TextKey};

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Replaces (or adds) `<locale>.translated_from` with `hashes` (text key →
/// hash of the source text), every other byte kept.
pub(crate) fn with_hashes(src: &str, locale: &Locale, hashes: &[(String, String)]) -> Result<String, String> {
    let nl = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = src.lines().collect();
    let head = format!("{locale}:");
    let start = lines
        .iter()
        .position(|l| l.trim_end() == head || l.starts_with(&format!("{head} #")))
        .ok_or_else(|| format!("found no `{locale}:` block, expected a block translated into `{locale}`"))?;
    let end = (start + 1..lines.len())
        .find(|&i| !lines[i].trim().is_empty() && !lines[i].starts_with(' '))
        .unwrap_or(lines.len());
    let body: Vec<&str> = lines[start + 1..end].to_vec();
    let indent = body.iter().find(|l| !l.trim().is_empty()).map(|l| indent_of(l)).filter(|n| *n > 0).unwrap_or(2);
    // Drop an existing translated_from and everything nested under it.
    let mut kept = Vec::new();
    let mut skipping: Option<usize> = None;
    for l in body {
        if let Some(depth) = skipping {
            if l.trim().is_empty() || indent_of(l) > depth {
                continue;
            }
            skipping = None;
        }
        if l.trim_start().starts_with("translated_from:") {
            skipping = Some(indent_of(l));
            continue;
        }
        kept.push(l);
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    let pad = " ".repeat(indent);
    let mut block: Vec<String> = kept.iter().map(|s| s.to_string()).collect();
    if !hashes.is_empty() {
        block.push(format!("{pad}translated_from:"));
        for (key, hash) in hashes {
            block.push(format!("{pad}{pad}{key}: \"{hash}\""));
        }
    }
    let mut out: Vec<String> = lines[..=start].iter().map(|s| s.to_string()).collect();
    out.extend(block);
    if end < lines.len() && lines[start + 1..end].last().is_some_and(|l| l.trim().is_empty()) {
        out.push(String::new()); // keep the blank line before what follows
    }
    out.extend(lines[end..].iter().map(|s| s.to_string()));
    Ok(out.join(nl) + nl)
}

/// Lines of `src` with their byte ranges.
fn lines(src: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for l in src.split_inclusive('\n') {
        out.push((at, l));
        at += l.len();
    }
    out
}

fn is_blank(l: &str) -> bool {
    l.trim().is_empty()
}

/// Whether a line is the key `key` (plain or quoted) at exactly `indent`.
fn is_key(line: &str, indent: usize, key: &str) -> bool {
    if indent_of(line) != indent {
        return false;
    }
    let t = line[indent..].trim_end();
    [key.to_string(), format!("\"{key}\""), format!("'{key}'")].iter().any(|k| {
        t.strip_prefix(k.as_str())
            .is_some_and(|rest| rest.starts_with(':') && (rest.len() == 1 || rest[1..].starts_with([' ', '\t'])))
    })
}

/// The index one past the last non-blank line of the entry starting at
/// `start` (the lines indented deeper than it).
fn entry_end(ls: &[(usize, &str)], start: usize, limit: usize) -> usize {
    let indent = indent_of(ls[start].1);
    let mut end = start + 1;
    for (i, (_, l)) in ls.iter().enumerate().take(limit).skip(start + 1) {
        if is_blank(l) {
            continue;
        }
        if indent_of(l) <= indent {
            break;
        }
        end = i + 1;
    }
    end
}

/// `key: value` for `text` at `indent`: double-quoted on one line, or a
/// literal block (with an indentation indicator when the text starts with
/// a space).
pub(crate) fn render(indent: usize, key: &str, text: &str, nl: &str) -> String {
    let pad = " ".repeat(indent);
    let text = text.trim_end();
    if !text.contains('\n') {
        let esc = text.replace('\\', "\\\\").replace('"', "\\\"").replace('\t', "\\t");
        return format!("{pad}{key}: \"{esc}\"{nl}");
    }
    let indicator = if text.starts_with(' ') { "2" } else { "" };
    let mut out = format!("{pad}{key}: |{indicator}{nl}");
    for line in text.lines() {
        if line.is_empty() {
            out.push_str(nl);
        } else {
            out.push_str(&format!("{pad}  {line}{nl}"));
        }
    }
    out
}

/// `src` with `locale`'s text of `key` set to `text`: the entry replaced
/// where it exists, added (with its `headers:`/`flow:` map, or the whole
/// locale block) where it does not.
pub(crate) fn set_text(src: &str, locale: &Locale, key: &TextKey, text: &str) -> Result<String, String> {
    let nl = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let ls = lines(src);
    let head = locale.as_str();
    let (path, leaf) = match key {
        TextKey::HeaderNote(f) => (Some("headers"), f.as_str()),
        TextKey::FlowNote(n) => (Some("flow"), n.as_str()),
        _ => (None, ""),
    };
    let key_name = key.key();
    let top_key: &str = path.unwrap_or(key_name.as_ref());
    let Some(block) = ls.iter().position(|(_, l)| is_key(l, 0, head)) else {
        // No block yet: a new one at the end of the file.
        let mut out = src.to_string();
        if !out.ends_with('\n') {
            out.push_str(nl);
        }
        out.push_str(&format!("{head}:{nl}"));
        out.push_str(&nested(2, path, top_key, leaf, text, nl));
        return Ok(out);
    };
    let block_end = (block + 1..ls.len())
        .find(|&i| !is_blank(ls[i].1) && indent_of(ls[i].1) == 0 && !ls[i].1.starts_with('#'))
        .unwrap_or(ls.len());
    let child = (block + 1..block_end).map(|i| ls[i].1).find(|l| !is_blank(l)).map_or(2, indent_of).max(1);
    let at = |i: usize| ls.get(i).map_or(src.len(), |(o, _)| *o);
    let existing = (block + 1..block_end).find(|&i| is_key(ls[i].1, child, top_key));
    let (start, end, replacement) = match (existing, path) {
        (Some(i), None) => (i, entry_end(&ls, i, block_end), render(child, top_key, text, nl)),
        (Some(i), Some(_)) => {
            let map_end = entry_end(&ls, i, block_end);
            let inner = (i + 1..map_end).map(|j| ls[j].1).find(|l| !is_blank(l)).map_or(child + 2, indent_of);
            match (i + 1..map_end).find(|&j| is_key(ls[j].1, inner, leaf)) {
                Some(j) => (j, entry_end(&ls, j, map_end), render(inner, &yaml_key(leaf), text, nl)),
                None => (map_end, map_end, render(inner, &yaml_key(leaf), text, nl)),
            }
        }
        (None, _) => {
            // Before `translated_from:` when the block has it, else at its end.
            let tf = (block + 1..block_end).find(|&i| is_key(ls[i].1, child, "translated_from"));
            let last = (block + 1..block_end).rev().find(|&i| !is_blank(ls[i].1)).map_or(block + 1, |i| i + 1);
            let i = tf.unwrap_or(last);
            (i, i, nested(child, path, top_key, leaf, text, nl))
        }
    };
    let mut out = String::with_capacity(src.len() + replacement.len());
    out.push_str(&src[..at(start)]);
    if start > 0 && !out.ends_with('\n') {
        out.push_str(nl);
    }
    out.push_str(&replacement);
    out.push_str(&src[at(end)..]);
    Ok(out)
}

/// A key as YAML needs it: plain when it can be, quoted otherwise.
fn yaml_key(k: &str) -> String {
    if k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        k.to_string()
    } else {
        format!("\"{k}\"")
    }
}

/// A top-level entry, or a map holding one entry.
fn nested(indent: usize, path: Option<&str>, top: &str, leaf: &str, text: &str, nl: &str) -> String {
    match path {
        None => render(indent, top, text, nl),
        Some(map) => format!("{}{map}:{nl}{}", " ".repeat(indent), render(indent + 2, &yaml_key(leaf), text, nl)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ko() -> Locale {
        Locale::parse("ko").unwrap()
    }

    const SRC: &str = "code: 1\n# keep me\nen:\n  description: |\n    Hello.\n\n    More.\n  example: \"Cap\"\n  headers:\n    Allow: Methods\nko:\n  description: |\n    Old.\n  headers:\n    Allow: 'x'\n  translated_from:\n    description: \"1\"\n";

    #[test]
    fn replaces_only_the_text_it_sets() {
        let out = set_text(SRC, &ko(), &TextKey::Description, "새 설명.\n\n둘째.").unwrap();
        assert_eq!(
            out,
            SRC.replace(
                "  description: |\n    Old.\n  headers",
                "  description: |\n    새 설명.\n\n    둘째.\n  headers"
            )
        );
        let out = set_text(SRC, &ko(), &TextKey::HeaderNote("Allow".into()), "메서드 \"목록\"").unwrap();
        assert_eq!(out, SRC.replace("    Allow: 'x'\n", "    Allow: \"메서드 \\\"목록\\\"\"\n"));
    }

    #[test]
    fn adds_missing_entries_maps_and_blocks() {
        let out = set_text(SRC, &ko(), &TextKey::Caption, "캡션").unwrap();
        assert!(out.contains("    Allow: 'x'\n  example: \"캡션\"\n  translated_from:"), "{out}");
        let out = set_text(SRC, &ko(), &TextKey::FlowNote("busy".into()), "통화 중").unwrap();
        assert!(out.contains("  flow:\n    busy: \"통화 중\"\n  translated_from:"), "{out}");
        let fr = Locale::parse("fr").unwrap();
        let out = set_text(SRC, &fr, &TextKey::Description, "Bonjour.").unwrap();
        assert!(out.starts_with(SRC) && out.ends_with("fr:\n  description: \"Bonjour.\"\n"), "{out}");
    }

    #[test]
    fn what_is_written_parses_back_to_the_text() {
        for text in ["a: b # c", "\"quoted\" \\ back", "  - indented list\n  - two", "line\n\n  code\nend"] {
            let out = set_text(SRC, &ko(), &TextKey::Description, text).unwrap();
            let v: serde_json::Value = serde_saphyr::from_str(&out).unwrap();
            assert_eq!(v["ko"]["description"].as_str().unwrap().trim_end(), text, "{out}");
        }
    }
}
