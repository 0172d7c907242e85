//! What a record says about the protocol itself, beyond its prose: the header
//! fields that go with the code, the request methods that can get it, codes a
//! reader also needs, and an example exchange as it appears on the wire.

use super::reference::Reference;
use super::text::Text;
use super::yaml::{at, text};
use crate::diagnostics::Diagnostics;
use crate::wire::is_token;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::path::Path;

/// How strongly the RFCs tie a header field to the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// MUST be present.
    Must,
    /// SHOULD be present.
    Should,
    /// MAY be present.
    May,
    /// MUST NOT be present.
    MustNot,
}

impl Level {
    /// The level as written in YAML and in message ids (`level-must`).
    pub fn key(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
            Level::May => "may",
            Level::MustNot => "must-not",
        }
    }
}

/// Which message a header rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The response with the code (the usual case).
    #[default]
    Response,
    /// The request that the code answers.
    Request,
}

impl Direction {
    /// As written in YAML.
    pub fn key(self) -> &'static str {
        match self {
            Direction::Response => "response",
            Direction::Request => "request",
        }
    }
}

/// One header field that goes with a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderRule {
    /// The field name as written on the wire: `Retry-After`.
    pub field: String,
    /// How strongly.
    pub level: Level,
    /// In the response (default) or the request it answers.
    pub direction: Direction,
    /// Where the rule is written in the RFCs.
    pub reference: Reference,
    /// Where the rule is written in the record (line, column).
    pub at: (usize, usize),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHeader {
    field: String,
    level: Level,
    #[serde(default, rename = "in")]
    direction: Direction,
    #[serde(rename = "ref")]
    reference: Spanned<String>,
}

/// The header rules, each checked for a field name and a reference.
pub(super) fn headers(shown: &Path, raw: Vec<Spanned<RawHeader>>, diags: &mut Diagnostics) -> Vec<HeaderRule> {
    let mut out: Vec<HeaderRule> = Vec::new();
    for h in raw {
        let pos = (h.referenced.line() as usize, h.referenced.column() as usize);
        let r = &h.value;
        if !is_token(&r.field) {
            diags.push(at(
                shown,
                &h,
                format!(
                    "found header field `{}`, expected a field name as written on the wire, e.g. `Retry-After`",
                    r.field
                ),
            ));
            continue;
        }
        if out.iter().any(|o| o.field.eq_ignore_ascii_case(&r.field) && o.direction == r.direction) {
            diags.push(at(
                shown,
                &h,
                format!("found `{}` twice in `headers`, expected each field once per message", r.field),
            ));
            continue;
        }
        let Some(reference) = Reference::parse(&r.reference.value) else {
            diags.push(at(
                shown,
                &r.reference,
                format!("found ref `{}`, expected a citation such as `RFC 3261 §20.33`", r.reference.value),
            ));
            continue;
        };
        out.push(HeaderRule { field: r.field.clone(), level: r.level, direction: r.direction, reference, at: pos });
    }
    out
}

/// The example exchange as texts with positions (each a whole message).
pub(super) fn example(raw: Vec<Spanned<String>>, source: &str) -> Vec<Text> {
    raw.into_iter().map(|m| text(m, source)).collect()
}

/// A method name: an uppercase token.
pub(super) fn methods(shown: &Path, raw: Vec<Spanned<String>>, diags: &mut Diagnostics) -> Vec<String> {
    let mut out = Vec::new();
    for m in raw {
        if is_token(&m.value) && m.value.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') {
            out.push(m.value.clone());
        } else {
            diags.push(at(
                shown,
                &m,
                format!("found method `{}`, expected a request method such as `INVITE` or `GET`", m.value),
            ));
        }
    }
    out
}
