//! One term per concept: `locales/<locale>/glossary.yaml` names each concept's
//! preferred term and the variants to reject. Every rejected variant in a
//! prose text is a finding, with the preferred term.

use super::prose::Prose;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::Locale;
use crate::source::SiteRoot;
use serde::Deserialize;
use std::ops::Range;
use std::path::PathBuf;

/// One concept's term.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Term {
    /// The concept in English, for translators.
    #[serde(default)]
    en: Option<String>,
    /// The preferred term.
    #[serde(rename = "use")]
    preferred: String,
    /// Variants that are findings. Latin variants match whole words, ignoring
    /// case; a trailing `*` matches any ending.
    reject: Vec<String>,
    /// Registries whose texts the term applies to; all when absent.
    #[serde(default)]
    registries: Option<Vec<String>>,
    /// Why, or how to use the term.
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    terms: Vec<Term>,
}

/// A locale's glossary.
#[derive(Debug, Clone, Default)]
pub(crate) struct Glossary {
    terms: Vec<Term>,
}

impl Glossary {
    /// The glossary as (preferred term, its English concept) pairs, for
    /// search: a reader who types 話中 finds the codes whose reason phrase says
    /// "busy". The English loses its parenthesised qualifier.
    pub(crate) fn search_terms(&self) -> Vec<(String, String)> {
        self.terms
            .iter()
            .filter_map(|t| {
                let en = t.en.as_deref()?;
                let en = en.split(" (").next().unwrap_or(en).trim().to_lowercase();
                (!en.is_empty()).then(|| (t.preferred.clone(), en))
            })
            .collect()
    }

    /// `locales/<locale>/glossary.yaml`, or an empty glossary when the locale has none.
    pub(crate) fn load(root: &SiteRoot, locale: &Locale) -> Result<Glossary, Diagnostic> {
        let path = root.path().join("locales").join(locale.as_str()).join("glossary.yaml");
        let shown = root.shown(&path);
        if !path.exists() {
            return Ok(Glossary { terms: Vec::new() });
        }
        let source = root.read_text(&path)?;
        let raw: RawGlossary = crate::site::parse_yaml(&shown, &source)?;
        for t in &raw.terms {
            if t.reject.iter().any(|v| v.trim().is_empty() || v == &t.preferred) {
                let msg = format!(
                    "found an empty variant or the preferred term itself among the variants of `{}`, expected other spellings",
                    t.preferred
                );
                return Err(Diagnostic::file(&shown, msg));
            }
        }
        Ok(Glossary { terms: raw.terms })
    }

    /// Every rejected variant in `prose` (a text of `registry`, if any):
    /// (byte range, message).
    pub(crate) fn findings(&self, prose: &Prose, registry: Option<&str>) -> Vec<(Range<usize>, String)> {
        // Preferred terms of this registry's entries: a variant that overlaps
        // one is part of another word (响应 + 该 in 响应该), not a variant.
        // Lowered once per text, not once per variant.
        let hay = Haystack { text: prose.source, lower: prose.source.to_ascii_lowercase() };
        let preferred: Vec<Range<usize>> =
            self.terms.iter().filter(|t| applies(t, registry)).flat_map(|t| occurrences(&hay, &t.preferred)).collect();
        let mut out = Vec::new();
        for term in self.terms.iter().filter(|t| applies(t, registry)) {
            let hits = term.reject.iter().flat_map(|v| occurrences(&hay, v));
            for r in hits.filter(|r| {
                // Inside a preferred term, or straddling one's edge (`应该` in
                // `响应该`); a variant that contains a whole preferred term
                // (ヘッダーフィールド) is still a variant.
                let inside_preferred = preferred
                    .iter()
                    .any(|p| p.start < r.end && r.start < p.end && !(r.start <= p.start && p.end <= r.end && r != p));
                !prose.is_excluded(r) && !inside_preferred && !is_gloss(prose.source, r, &term.preferred)
            }) {
                let msg = message(term, &prose.source[r.clone()]);
                out.push((r, msg));
            }
        }
        out.sort_by_key(|(r, _)| r.start);
        out
    }

    /// Reports `findings` of a text at their positions.
    pub(crate) fn report(
        &self,
        prose: &Prose,
        registry: Option<&str>,
        at: impl Fn(usize) -> (PathBuf, usize, usize),
        diags: &mut Diagnostics,
    ) {
        for (r, msg) in self.findings(prose, registry) {
            let (path, line, col) = at(r.start);
            diags.push(Diagnostic::new(path, line, col, msg));
        }
    }
}

/// What to say about a rejected variant.
fn message(term: &Term, found: &str) -> String {
    let about = term.en.as_deref().map(|e| format!(" ({e})")).unwrap_or_default();
    let note = term.note.as_deref().map(|n| format!("; {n}")).unwrap_or_default();
    format!("found `{found}`, expected `{}`{about} as the glossary says{note}", term.preferred)
}

fn applies(t: &Term, registry: Option<&str>) -> bool {
    match (&t.registries, registry) {
        (None, _) => true,
        (Some(list), Some(r)) => list.iter().any(|x| x == r),
        (Some(_), None) => false,
    }
}

/// A variant given in parentheses right after the preferred term, as a gloss:
/// 理由フレーズ（Reason-Phrase）, reason phrase (Reason-Phrase).
fn is_gloss(text: &str, r: &Range<usize>, preferred: &str) -> bool {
    let before = &text[..r.start];
    let after = &text[r.end..];
    (before.ends_with(&format!("{preferred}（")) && after.starts_with('）'))
        || (before.ends_with(&format!("{preferred} (")) && after.starts_with(')'))
}

/// A text and its ASCII-lowercased copy (same byte offsets).
struct Haystack<'a> {
    text: &'a str,
    lower: String,
}

/// Where `variant` occurs in the text. Latin variants match whole words,
/// ignoring ASCII case; a trailing `*` lets the word go on.
fn occurrences(hay: &Haystack, variant: &str) -> Vec<Range<usize>> {
    let text = hay.text;
    let (pattern, open_end) = match variant.strip_suffix('*') {
        Some(p) => (p, true),
        None => (variant, false),
    };
    let latin_start = pattern.starts_with(|c: char| c.is_ascii_alphanumeric());
    let latin_end = pattern.ends_with(|c: char| c.is_ascii_alphanumeric());
    let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let needle = pattern.to_ascii_lowercase();
    let mut out = Vec::new();
    for (i, _) in hay.lower.match_indices(&needle) {
        let mut end = i + needle.len();
        if latin_start && text[..i].chars().next_back().is_some_and(word) {
            continue;
        }
        if open_end {
            end += text[end..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len() - end);
        } else if latin_end && text[end..].chars().next().is_some_and(word) {
            continue;
        }
        out.push(i..end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::prose::Exempt;

    fn glossary(yaml: &str) -> Glossary {
        let raw: RawGlossary = crate::site::parse_yaml(std::path::Path::new("g.yaml"), yaml).unwrap();
        Glossary { terms: raw.terms }
    }

    fn found(g: &Glossary, text: &str, registry: Option<&str>) -> Vec<String> {
        let p = Prose::markdown(text, &Exempt { phrases: &["Not Found"], quotations: true });
        g.findings(&p, registry).into_iter().map(|(r, _)| text[r].to_string()).collect()
    }

    #[test]
    fn variants_are_found_outside_code_phrases_quotes_and_the_preferred_term() {
        let g = glossary(
            "terms:\n  - {use: べき等, reject: [冪等]}\n  - {use: ヘッダー, reject: [ヘッダ, ヘッダーフィールド]}\n  - {use: 理由フレーズ, reject: [Reason-Phrase]}\n  - {use: recognise, reject: [recogniz*]}\n  - {use: status code, reject: [response code*], registries: [http]}\n",
        );
        assert_eq!(
            found(&g, "冪等で `冪等` なヘッダとヘッダーとヘッダーフィールド", None),
            ["冪等", "ヘッダ", "ヘッダーフィールド"]
        );
        assert_eq!(found(&g, "理由フレーズ（Reason-Phrase）と Reason-Phrase", None), ["Reason-Phrase"]);
        assert_eq!(found(&g, "Unrecognized, recognizes \"recognize\" recognise", None), ["recognizes"]);
        assert_eq!(
            found(&g, "A response code, response codes, Not Found", Some("http")),
            ["response code", "response codes"]
        );
        assert!(found(&g, "A response code", Some("sip")).is_empty());
    }
}
