//! A registry (`content/<id>/registry.yaml`) with its records and curated pairs.

use super::pair::CuratedPair;
use super::record::Record;
use super::yaml::at;
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A class key such as `provisional` or `client-failure`: it names the Fluent
/// message `class-<key>` that gives the class's localized name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClassKey(String);

impl ClassKey {
    /// For tests and generated sites; loaded keys are validated by the loader.
    pub fn new(key: &str) -> ClassKey {
        ClassKey(key.to_string())
    }
    /// The key as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The Fluent message id holding the localized class name.
    pub fn message_id(&self) -> String {
        format!("class-{}", self.0)
    }
}

/// True for ids we accept for registries and class keys: `[a-z0-9-]+`, which
/// keeps them safe in URLs, file names and message ids.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// One registry: its classes, records and curated pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    /// Folder name, used in URLs: `sip`, `http`.
    pub id: String,
    /// Display name: `SIP`, `HTTP`.
    pub name: String,
    /// What the registry calls its codes.
    pub term: CodeTerm,
    /// The protocol its example messages speak.
    pub wire: Option<crate::wire::Wire>,
    /// First digit → class.
    pub classes: BTreeMap<u8, ClassKey>,
    /// Sorted by code.
    pub records: Vec<Record>,
    /// Keyed by (a, b), a < b.
    pub curated: BTreeMap<(u16, u16), CuratedPair>,
    /// `registry.yaml` as shown to users.
    pub path: PathBuf,
    /// Where each class key is written in `registry.yaml` (line, column).
    pub class_positions: BTreeMap<u8, (usize, usize)>,
    /// The IANA registry's snapshot (`iana.yaml`), when the registry has one.
    pub iana: Option<super::IanaSnapshot>,
    /// `q850.yaml`: the SIP ↔ ISUP cause mapping, when the registry has one.
    pub causes: Option<super::CauseMapping>,
    /// `libraries.yaml`: the names libraries give the codes, when it has one.
    pub libraries: Option<super::LibraryNames>,
}

impl Registry {
    /// The record of `code`, if the registry has one.
    pub fn record(&self, code: u16) -> Option<&Record> {
        self.index_of(code).map(|i| &self.records[i])
    }
    /// The position of `code` among the records.
    pub fn index_of(&self, code: u16) -> Option<usize> {
        self.records.binary_search_by_key(&code, |r| r.code).ok()
    }
    /// The class digit of a code: its first digit.
    pub fn class_digit(code: u16) -> u8 {
        (code / 100) as u8
    }
    /// Every code's class is declared: the loader refuses records outside them.
    pub fn class_of(&self, code: u16) -> &ClassKey {
        &self.classes[&Self::class_digit(code)]
    }
    /// Number of pair pages per locale: N(N-1)/2.
    pub fn pair_count(&self) -> usize {
        let n = self.records.len();
        n * n.saturating_sub(1) / 2
    }
    /// Every file of translatable texts: the records (by code), then the
    /// curated pairs. What translators, `check` and the status page walk.
    pub fn text_files(&self) -> impl Iterator<Item = TextFile<'_>> {
        let records = self.records.iter().map(|r| TextFile {
            code: r.code,
            other: None,
            reason: Some(&r.reason),
            path: &r.path,
            texts: &r.texts,
        });
        let pairs = self.curated.values().map(|p| TextFile {
            code: p.a,
            other: Some(p.b),
            reason: None,
            path: &p.path,
            texts: &p.texts,
        });
        records.chain(pairs)
    }
}

/// A record or a curated pair as a file of translatable texts.
#[derive(Debug, Clone, Copy)]
pub struct TextFile<'a> {
    /// The record's code, or the pair's lower code.
    pub code: u16,
    /// The pair's higher code; none for a record.
    pub other: Option<u16>,
    /// The record's reason phrase; none for a pair.
    pub reason: Option<&'a str>,
    /// The file, as shown to users.
    pub path: &'a Path,
    /// Its texts in every locale.
    pub texts: &'a super::Localized,
}

impl TextFile<'_> {
    /// How URLs and PO contexts name it: `486`, `183-vs-437`.
    pub fn name(&self) -> String {
        match self.other {
            Some(b) => format!("{}-vs-{b}", self.code),
            None => self.code.to_string(),
        }
    }
    /// Whether it is a record (not a curated pair).
    pub fn is_record(&self) -> bool {
        self.other.is_none()
    }
    /// Its prose keys in page order.
    pub fn prose(&self) -> &'static [super::TextKey] {
        if self.is_record() { &super::TextKey::RECORD } else { &super::TextKey::PAIR }
    }
}

/// What a registry calls its codes: HTTP has status codes (RFC 9110 §15),
/// SIP response codes (RFC 3261 §21). Messages select their wording on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeTerm {
    /// "response codes"
    #[default]
    Response,
    /// "status codes"
    Status,
}

impl CodeTerm {
    /// The term as written in YAML and given to messages as `$term`.
    pub fn key(self) -> &'static str {
        match self {
            CodeTerm::Response => "response",
            CodeTerm::Status => "status",
        }
    }
}

/// What `registry.yaml` declares: the display name and the classes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryHeader {
    /// Display name.
    pub name: String,
    /// What the registry calls its codes.
    pub term: CodeTerm,
    /// The protocol its example messages speak.
    pub wire: Option<crate::wire::Wire>,
    /// First digit → class.
    pub classes: BTreeMap<u8, ClassKey>,
    /// Where each class key is written (line, column).
    pub class_positions: BTreeMap<u8, (usize, usize)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegistry {
    name: Spanned<String>,
    #[serde(default)]
    term: CodeTerm,
    #[serde(default)]
    wire: Option<crate::wire::Wire>,
    classes: BTreeMap<u8, Spanned<String>>,
}

/// Parses `registry.yaml`: the name and the class table.
pub(crate) fn parse_registry(shown: &Path, source: &str) -> Result<RegistryHeader, Vec<Diagnostic>> {
    let raw: RawRegistry = super::yaml::parse(shown, source).map_err(|mut d| {
        if d.message.ends_with("expected a whole number") {
            d.message.push_str(" (a class's first digit, 1 to 9)");
        }
        vec![d]
    })?;
    let mut diags = Diagnostics::default();
    let name = raw.name.value.trim().to_string();
    if name.is_empty() || name.len() > 40 || name.contains(['\n', '<', '>', '&', '"']) {
        diags.push(at(shown, &raw.name, "found an empty or unusual name, expected a short display name such as `SIP`"));
    }
    let mut classes = BTreeMap::new();
    let mut class_positions = BTreeMap::new();
    for (digit, key) in raw.classes {
        class_positions.insert(digit, (key.referenced.line() as usize, key.referenced.column() as usize));
        if !(1..=9).contains(&digit) {
            diags.push(at(shown, &key, format!("found class digit {digit}, expected a first digit from 1 to 9")));
        } else if !is_slug(&key.value) {
            let msg = format!("found class key `{}`, expected lowercase letters, digits and hyphens", key.value);
            diags.push(at(shown, &key, msg));
        } else {
            classes.insert(digit, ClassKey(key.value));
        }
    }
    if classes.is_empty() && diags.is_empty() {
        diags.push(Diagnostic::file(
            shown,
            "found no classes, expected a mapping such as `{1: provisional, 2: success}`",
        ));
    }
    diags.finish(RegistryHeader { name, term: raw.term, wire: raw.wire, classes, class_positions })
}
