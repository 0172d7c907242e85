//! Parity between languages, and references that agree with the text.
//!
//! For each text, every RFC citation and every inline code span of the
//! default locale's version appears in each translation, and a translation
//! has none the default locale's lacks. And every RFC section a record's
//! texts cite is in its `references` list.

use super::prose::{Citation, Prose, citations};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{Locale, Localized, Record, Reference, Text, TextKey};
use std::collections::BTreeSet;
use std::path::Path;

/// What parity compares in one text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Anchors {
    /// The RFCs and sections it cites.
    pub(crate) citations: BTreeSet<Citation>,
    /// Its inline code spans.
    pub(crate) code: BTreeSet<String>,
}

impl Anchors {
    /// The citations and code spans of a text split into prose.
    pub(crate) fn of(prose: &Prose) -> Anchors {
        let citations = citations(prose.source)
            .into_iter()
            .filter(|(at, _)| prose.code_at(*at).is_none() && !in_code(prose, *at))
            .map(|(_, c)| c)
            .collect();
        Anchors { citations, code: prose.code_spans().into_iter().map(str::to_string).collect() }
    }
}

fn in_code(prose: &Prose, at: usize) -> bool {
    prose.code.iter().any(|(r, _)| r.contains(&at))
}

/// Compares every translation of one file's texts with the default locale's.
pub(crate) fn parity(
    path: &Path,
    texts: &Localized,
    default: &Locale,
    anchors: impl Fn(&Text) -> Anchors,
    diags: &mut Diagnostics,
) {
    for (locale, block) in texts.0.iter().filter(|(l, _)| *l != default) {
        for (key, text) in &block.texts {
            let Some(source) = texts.text(default, key) else { continue };
            let (want, have) = (anchors(source), anchors(text));
            let missing_c = want.citations.difference(&have.citations).map(ToString::to_string);
            let missing_k = want.code.difference(&have.code).map(|c| format!("`{c}`"));
            let missing: Vec<String> = missing_c.chain(missing_k).collect();
            let extra_c = have.citations.difference(&want.citations).map(ToString::to_string);
            let extra_k = have.code.difference(&want.code).map(|c| format!("`{c}`"));
            let extra: Vec<String> = extra_c.chain(extra_k).collect();
            if missing.is_empty() && extra.is_empty() {
                continue;
            }
            diags.push(Diagnostic::new(
                path,
                text.line,
                text.col,
                parity_message(locale, default, key, &missing, &extra),
            ));
        }
    }
}

fn parity_message(locale: &Locale, default: &Locale, key: &TextKey, missing: &[String], extra: &[String]) -> String {
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("lacks {} of the `{default}` text", missing.join(", ")));
    }
    if !extra.is_empty() {
        parts.push(format!("has {} that the `{default}` text lacks", extra.join(", ")));
    }
    format!(
        "`{locale}.{}` {}, expected the same RFC citations and code spans in every language",
        key.key(),
        parts.join(" and ")
    )
}

/// Where a text cites `c`: its `§` when a section is cited, else the text's start.
fn citation_offset(text: &Text, c: &Citation) -> usize {
    c.section.as_deref().and_then(|s| text.source.find(&format!("§{s}"))).unwrap_or(0)
}

/// Every RFC section a record's texts cite is in its references (a bare
/// `RFC 3398` needs any reference to RFC 3398).
pub(crate) fn references(record: &Record, anchors: impl Fn(&Text) -> Anchors, diags: &mut Diagnostics) {
    let cited_rfc = |c: &Citation| {
        record.references.iter().any(|r| match r {
            Reference::Rfc { number, section } => {
                *number == c.rfc && (c.section.is_none() || section.as_deref() == c.section.as_deref())
            }
            _ => false,
        })
    };
    let mut reported = BTreeSet::new();
    let texts = record.texts.0.values().flat_map(|b| b.texts.values());
    for text in texts {
        for c in anchors(text).citations.into_iter().filter(|c| !cited_rfc(c)) {
            if reported.insert(c.clone()) {
                let (line, col) = text.position(citation_offset(text, &c));
                let msg = format!("the text cites {c}, expected `{c}` in this record's references too");
                diags.push(Diagnostic::new(&record.path, line, col, msg));
            }
        }
    }
}
