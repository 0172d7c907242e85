//! A snapshot of the IANA registry a registry mirrors,
//! `content/<registry>/iana.yaml`: every code with IANA's description
//! (reason phrase and marker), references and, for temporary registrations,
//! when they expire.

use super::reference::Reference;
use super::yaml::at;
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// IANA's snapshot of one registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IanaSnapshot {
    /// The registry's name at IANA.
    pub name: String,
    /// Where IANA publishes it.
    pub url: String,
    /// When this snapshot was taken (YYYY-MM-DD).
    pub taken: String,
    /// Code → entry.
    pub entries: BTreeMap<u16, IanaEntry>,
    /// The file as shown to users.
    pub path: PathBuf,
}

/// One code as IANA lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IanaEntry {
    /// IANA's description: the reason phrase, with a marker such as
    /// "(Deprecated)" where IANA gives one.
    pub description: String,
    /// The documents IANA cites.
    pub references: Vec<Reference>,
    /// For a temporary registration, when it expires (YYYY-MM-DD).
    pub expires: Option<String>,
    /// Where the entry is written (line, column).
    pub at: (usize, usize),
}

/// IANA's markers and the `status` each stands for; "(Unused)" is a whole
/// description, the others follow the reason phrase.
pub(crate) const MARKERS: [(&str, super::Status); 4] = [
    (" (Deprecated)", super::Status::Deprecated),
    (" (TEMPORARY)", super::Status::Temporary),
    (" (OBSOLETED)", super::Status::Obsoleted),
    ("(Unused)", super::Status::Unused),
];

impl IanaEntry {
    /// The reason phrase and the status IANA's description gives.
    pub fn reason_and_status(&self) -> (&str, Option<super::Status>) {
        if self.description == "(Unused)" {
            return ("(Unused)", Some(super::Status::Unused));
        }
        for (marker, status) in MARKERS {
            if let Some(reason) = self.description.strip_suffix(marker) {
                return (reason, Some(status));
            }
        }
        (&self.description, None)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSnapshot {
    name: String,
    url: String,
    taken: String,
    source: String,
    codes: BTreeMap<u16, Spanned<RawEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    description: String,
    #[serde(default)]
    references: Vec<Spanned<String>>,
    #[serde(default)]
    expires: Option<String>,
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Parses `iana.yaml`.
pub(super) fn parse_iana(shown: &Path, source: &str) -> Result<IanaSnapshot, Vec<Diagnostic>> {
    let raw: RawSnapshot = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    let mut diags = Diagnostics::default();
    if !is_date(&raw.taken) {
        diags.push(Diagnostic::file(
            shown,
            format!("found taken: {}, expected the date the snapshot was taken, YYYY-MM-DD", raw.taken),
        ));
    }
    let _ = raw.source;
    let mut entries = BTreeMap::new();
    for (code, e) in raw.codes {
        let position = (e.referenced.line() as usize, e.referenced.column() as usize);
        let e = e.value;
        let mut references = Vec::new();
        for r in &e.references {
            match Reference::parse(&r.value) {
                Some(parsed) => references.push(parsed),
                None => diags.push(at(
                    shown,
                    r,
                    format!(
                        "found reference `{}`, expected `RFC <number>` with an optional `§<section>`, or a draft name",
                        r.value
                    ),
                )),
            }
        }
        if let Some(d) = e.expires.as_deref().filter(|d| !is_date(d)) {
            diags.push(Diagnostic::new(
                shown,
                position.0,
                position.1,
                format!("found expires: {d}, expected YYYY-MM-DD"),
            ));
        }
        entries.insert(code, IanaEntry { description: e.description, references, expires: e.expires, at: position });
    }
    diags.finish(IanaSnapshot { name: raw.name, url: raw.url, taken: raw.taken, entries, path: shown.to_path_buf() })
}
