//! What a text says, as the content checks see it: the parts of a Markdown
//! text that are prose (to check words and typography in), and the parts that
//! are not (inline code, URLs, link targets, reason phrases, quotations); its
//! inline code spans; and the RFC sections it cites.

use pulldown_cmark::{Event, Options, Parser, Tag};
use std::collections::BTreeSet;
use std::ops::Range;

/// A text split into what the checks look at and what they leave alone.
pub(super) struct Prose<'a> {
    /// The text as written.
    pub(super) source: &'a str,
    /// Byte ranges that are not prose (sorted, possibly overlapping).
    excluded: Vec<Range<usize>>,
    /// Inline code spans: (range with the backticks, content).
    pub(super) code: Vec<(Range<usize>, String)>,
}

/// Which parts of a text are not checked as prose.
pub(super) struct Exempt<'a> {
    /// Reason phrases of the registry ("Busy Here"): written in English everywhere.
    pub(super) phrases: &'a [&'a str],
    /// Whether text in double quotes is a quotation (English texts quote RFCs).
    pub(super) quotations: bool,
}

impl<'a> Prose<'a> {
    /// Splits a Markdown text.
    pub(super) fn markdown(source: &'a str, exempt: &Exempt) -> Prose<'a> {
        let mut excluded = Vec::new();
        let mut code = Vec::new();
        for (event, range) in Parser::new_ext(source, Options::ENABLE_TABLES).into_offset_iter() {
            match event {
                Event::Code(c) => {
                    code.push((range.clone(), c.into_string()));
                    excluded.push(range);
                }
                Event::Html(_) | Event::InlineHtml(_) => excluded.push(range),
                Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                    // The target is written after the link text: `[text](target)`.
                    if let Some(at) = source[range.clone()].rfind(dest_url.as_ref()) {
                        excluded.push(range.start + at..range.start + at + dest_url.len());
                    }
                }
                _ => {}
            }
        }
        Self::finish(source, excluded, code, exempt)
    }

    /// A Fluent message as written (`id = …` and its lines): the id, variant
    /// keys (`[one]`, `*[other]`), placeables (`{ $code }`) and the
    /// selector of a select (`{ $n ->` … `}`) are not prose; variant texts are.
    pub(super) fn fluent(source: &'a str, exempt: &Exempt) -> Prose<'a> {
        let mut excluded = Vec::new();
        let mut offset = 0;
        for line in source.split_inclusive('\n') {
            let body = line.trim_start();
            let lead = offset + line.len() - body.len();
            if offset == 0 {
                if let Some(eq) = line.find('=') {
                    excluded.push(0..eq + 1);
                }
            } else if let Some(key_end) = body.find(']').filter(|_| body.starts_with('[') || body.starts_with("*[")) {
                excluded.push(lead..lead + key_end + 1);
            }
            offset += line.len();
        }
        for (open, _) in source.match_indices('{') {
            let Some(close) = matching_brace(source, open) else { continue };
            match source[open..close].find("->") {
                Some(arrow) => {
                    excluded.push(open..open + arrow + 2);
                    excluded.push(close..close + 1);
                }
                None => excluded.push(open..close + 1),
            }
        }
        Self::finish(source, excluded, Vec::new(), exempt)
    }

    fn finish(
        source: &'a str,
        mut excluded: Vec<Range<usize>>,
        code: Vec<(Range<usize>, String)>,
        exempt: &Exempt,
    ) -> Prose<'a> {
        excluded.extend(urls(source));
        for phrase in exempt.phrases.iter().filter(|p| !p.is_empty()) {
            excluded.extend(source.match_indices(phrase).map(|(i, p)| i..i + p.len()));
        }
        if exempt.quotations {
            excluded.extend(quotations(source));
        }
        excluded.sort_by_key(|r| (r.start, r.end));
        Prose { source, excluded, code }
    }

    /// Whether any byte of `range` is outside the prose.
    pub(super) fn is_excluded(&self, range: &Range<usize>) -> bool {
        self.excluded.iter().any(|e| e.start < range.end && range.start < e.end)
    }

    /// The code span that starts or ends exactly at byte `at`, if any.
    pub(super) fn code_at(&self, at: usize) -> Option<&Range<usize>> {
        self.code.iter().map(|(r, _)| r).find(|r| r.start == at || r.end == at)
    }

    /// The inline code spans' contents.
    pub(super) fn code_spans(&self) -> BTreeSet<&str> {
        self.code.iter().map(|(_, c)| c.as_str()).collect()
    }
}

/// The `}` that closes the `{` at `open`.
fn matching_brace(source: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in source[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `http://…` and `https://…` written out in the text.
fn urls(source: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for scheme in ["https://", "http://"] {
        for (i, _) in source.match_indices(scheme) {
            let end = source[i..]
                .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '」' | '）' | '、' | '。'))
                .map_or(source.len(), |e| i + e);
            out.push(i..end);
        }
    }
    out
}

/// Text between ASCII or typographic double quotes.
fn quotations(source: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (open, close) in [('"', '"'), ('“', '”')] {
        let mut from = 0;
        while let Some(s) = source[from..].find(open).map(|s| from + s) {
            let body = s + open.len_utf8();
            let Some(e) = source[body..].find(close).map(|e| body + e) else { break };
            out.push(s..e + close.len_utf8());
            from = e + close.len_utf8();
        }
    }
    out
}

/// One cited RFC, with a section when one is cited: `RFC 3261 §16.7`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Citation {
    /// The RFC's number.
    pub(crate) rfc: u32,
    /// The section, as written.
    pub(crate) section: Option<String>,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.section {
            Some(s) => write!(f, "RFC {} §{s}", self.rfc),
            None => write!(f, "RFC {}", self.rfc),
        }
    }
}

/// Every RFC a text cites, with the byte offset of each citation. `RFC 3261
/// §13.2.2.1, §13.2.2.3` cites two sections of RFC 3261; a `§` with no RFC
/// before it belongs to the RFC last named.
pub(crate) fn citations(text: &str) -> Vec<(usize, Citation)> {
    let mut out = Vec::new();
    // The RFC a bare `§` continues, and where the last citation ended.
    let mut current: Option<(u32, usize)> = None;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some((n, len)) = rfc_number(rest) {
            if !text[i + len..].trim_start_matches(' ').starts_with('§') {
                out.push((i, Citation { rfc: n, section: None }));
            }
            current = Some((n, i + len));
            i += len;
            continue;
        }
        if let Some(after) = rest.strip_prefix('§') {
            let section: String =
                after.trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '.').collect();
            let section = section.trim_end_matches('.').to_string();
            let len = '§'.len_utf8() + (after.len() - after.trim_start().len()) + section.len();
            // A `§` continues the last RFC only across a list separator: `RFC
            // 3261 §9.2, §15`. `MS-SIPRE §3.7` or `TS 24.229 §5.2` cite other documents.
            match current {
                Some((rfc, end)) if !section.is_empty() && only_separators(&text[end..i]) => {
                    out.push((i, Citation { rfc, section: Some(section) }));
                    current = Some((rfc, i + len));
                }
                _ => current = None,
            }
            i += len.max(1);
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// `RFC 3261` at the start of `s`: the number and the bytes it takes.
fn rfc_number(s: &str) -> Option<(u32, usize)> {
    let after = s.strip_prefix("RFC")?;
    let spaces = after.len() - after.trim_start().len();
    let digits: String = after.trim_start().chars().take_while(char::is_ascii_digit).collect();
    Some((digits.parse().ok()?, 3 + spaces + digits.len()))
}

/// Whether `gap` holds nothing but list separators between two citations.
fn only_separators(gap: &str) -> bool {
    let words = gap.replace(['、', ',', '，', '(', ')', '（', '）'], " ");
    words.split_whitespace().all(|w| matches!(w, "and" | "or" | "と" | "や" | "および" | "及び" | "または"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited(s: &str) -> Vec<String> {
        citations(s).into_iter().map(|(_, c)| c.to_string()).collect()
    }

    #[test]
    fn citations_with_lists_and_bare_sections() {
        assert_eq!(
            cited("(RFC 3261 §13.2.2.1, §13.2.2.3 and §21.1.5) and RFC 6026 §6. Also §16.7."),
            ["RFC 3261 §13.2.2.1", "RFC 3261 §13.2.2.3", "RFC 3261 §21.1.5", "RFC 6026 §6"]
        );
        assert_eq!(cited("RFC 5626 says so; MS-SIPRE §3.7.5.3.4 too (RFC 3261 §8)"), ["RFC 5626", "RFC 3261 §8"]);
        assert_eq!(cited("（RFC 3261 §9.2、§15、RFC 6026 §6）"), ["RFC 3261 §9.2", "RFC 3261 §15", "RFC 6026 §6"]);
        assert_eq!(cited("RFC 3398 maps it; see RFC 9110 §B.1."), ["RFC 3398", "RFC 9110 §B.1"]);
    }

    #[test]
    fn code_urls_links_phrases_and_quotes_are_not_prose() {
        let src = "Send `Retry-After` (see [RFC](https://x.example/a) or https://y.example/b). \"recognize\" Busy Here";
        let p = Prose::markdown(src, &Exempt { phrases: &["Busy Here"], quotations: true });
        let at = |w: &str| src.find(w).unwrap()..src.find(w).unwrap() + w.len();
        for w in ["Retry-After", "x.example", "y.example", "recognize", "Busy"] {
            assert!(p.is_excluded(&at(w)), "{w}");
        }
        for w in ["Send", "see", "RFC"] {
            assert!(!p.is_excluded(&at(w)), "{w}");
        }
        assert_eq!(p.code_spans().into_iter().collect::<Vec<_>>(), ["Retry-After"]);
    }

    #[test]
    fn fluent_ids_keys_placeables_and_selectors_are_not_prose() {
        let src = "line = { $code } は { $n ->\n    [one] 1件\n   *[other] { $n }件\n}です";
        let p = Prose::fluent(src, &Exempt { phrases: &[], quotations: false });
        let at = |w: &str| src.find(w).unwrap()..src.find(w).unwrap() + w.len();
        for w in ["line", "$code", "$n ->", "[one]", "*[other]", "{ $n }"] {
            assert!(p.is_excluded(&at(w)), "{w}");
        }
        for w in ["は", "1件", "です"] {
            assert!(!p.is_excluded(&at(w)), "{w}");
        }
    }
}
