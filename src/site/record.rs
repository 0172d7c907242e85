//! One response code (`content/<registry>/<code>.yaml`) and one curated pair
//! (`content/<registry>/pairs/<a>-vs-<b>.yaml`), parsed from YAML into typed values.

use super::config::{Locale, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics, suggest};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The three texts every record has, per locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Description,
    AppearsWhen,
    Resolution,
}

impl Field {
    pub const ALL: [Field; 3] = [Field::Description, Field::AppearsWhen, Field::Resolution];
    pub fn key(self) -> &'static str {
        match self {
            Field::Description => "description",
            Field::AppearsWhen => "appears_when",
            Field::Resolution => "resolution",
        }
    }
}

/// The two texts of a curated comparison, per locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PairField {
    Differences,
    WhichToUse,
}

impl PairField {
    pub const ALL: [PairField; 2] = [PairField::Differences, PairField::WhichToUse];
    pub fn key(self) -> &'static str {
        match self {
            PairField::Differences => "differences",
            PairField::WhichToUse => "which_to_use",
        }
    }
}

/// A record's Markdown texts in one locale; a missing field falls back to the default locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldTexts {
    pub description: Option<String>,
    pub appears_when: Option<String>,
    pub resolution: Option<String>,
    /// Field → hash of the default locale's text this translation was made from.
    pub translated_from: Option<BTreeMap<String, String>>,
}

impl FieldTexts {
    pub fn get(&self, f: Field) -> Option<&str> {
        match f {
            Field::Description => self.description.as_deref(),
            Field::AppearsWhen => self.appears_when.as_deref(),
            Field::Resolution => self.resolution.as_deref(),
        }
        .filter(|s| !s.trim().is_empty())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairTexts {
    pub differences: Option<String>,
    pub which_to_use: Option<String>,
    pub translated_from: Option<BTreeMap<String, String>>,
}

impl PairTexts {
    /// Whether this translation of `f` was made from an older `source` text.
    pub fn is_stale(&self, f: PairField, source: Option<&str>) -> bool {
        self.get(f).is_some() && is_stale(&self.translated_from, f.key(), source)
    }

    pub fn get(&self, f: PairField) -> Option<&str> {
        match f {
            PairField::Differences => self.differences.as_deref(),
            PairField::WhichToUse => self.which_to_use.as_deref(),
        }
        .filter(|s| !s.trim().is_empty())
    }
}

/// A short, stable fingerprint of a source text. Translations record the
/// fingerprint of the default-locale text they were made from, so a later change
/// to the source shows up as a stale translation. (FNV-1a: no dependency, stable
/// across platforms and versions, and collisions only ever hide a note.)
pub fn source_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.trim().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

/// Whether a translated field's recorded source hash no longer matches the
/// default locale's text. Untracked translations are not stale.
fn is_stale(translated_from: &Option<BTreeMap<String, String>>, key: &str, source: Option<&str>) -> bool {
    match (translated_from.as_ref().and_then(|m| m.get(key)), source) {
        (Some(h), Some(src)) => *h != source_hash(src),
        _ => false,
    }
}

/// How the IANA registry marks an entry; absent for ordinary assigned codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Deprecated,
    Obsoleted,
    Temporary,
    Unused,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Deprecated => "deprecated",
            Status::Obsoleted => "obsoleted",
            Status::Temporary => "temporary",
            Status::Unused => "unused",
        }
    }
}

/// A citation: an RFC (optionally a section), an Internet-Draft, or a
/// document of another body that the site knows how to name (and link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Rfc { number: u32, section: Option<String> },
    Draft { name: String },
    Document { family: DocFamily, id: String, section: Option<String> },
}

/// Standards bodies and publishers cited besides the IETF. Each has a fixed
/// spelling (so citations are uniform) and, where a stable address exists, a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFamily {
    /// `3GPP TS 24.229`
    ThreeGpp,
    /// `ITU-T Q.850`
    ItuT,
    /// `ATIS-1000074`
    Atis,
    /// `GSMA IR.92`
    Gsma,
    /// `MS-SIPRE` (Microsoft Open Specifications)
    Microsoft,
    /// `WHATWG HTML`, `WHATWG Fetch`
    Whatwg,
}

/// The forms a non-IETF citation can take, for error messages.
pub const DOCUMENT_FORMS: &str =
    "`3GPP TS 24.229 §5.1.2`, `ITU-T Q.850`, `ATIS-1000074 §5.3`, `GSMA IR.92 §2.4`, `MS-SIPRE §3.1`, `WHATWG HTML`";

/// A section such as `21.4.24`, `B.1` or `5.1.2A`: dot-separated alphanumerics.
fn parse_section(sec: Option<&str>) -> Option<Option<String>> {
    match sec {
        None => Some(None),
        Some(sec)
            if !sec.is_empty()
                && sec.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric())) =>
        {
            Some(Some(sec.to_string()))
        }
        Some(_) => None,
    }
}

impl DocFamily {
    /// The document id if `s` (without a section) names one of this family's documents.
    fn parse(s: &str) -> Option<(DocFamily, String)> {
        let digits_dots = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if let Some(n) = s.strip_prefix("3GPP TS ") {
            return (digits_dots(n) && n.contains('.')).then(|| (DocFamily::ThreeGpp, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("ITU-T ") {
            let ok = n.len() >= 2 && n.as_bytes()[0].is_ascii_uppercase() && n.as_bytes()[1] == b'.';
            return (ok && digits_dots(&n[2..])).then(|| (DocFamily::ItuT, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("ATIS-") {
            return (n.len() == 7 && n.bytes().all(|b| b.is_ascii_digit())).then(|| (DocFamily::Atis, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("GSMA ") {
            let ok = n.len() > 3 && n.split_once('.').is_some_and(|(a, b)| {
                !a.is_empty() && a.bytes().all(|c| c.is_ascii_uppercase()) && digits_dots(b)
            });
            return ok.then(|| (DocFamily::Gsma, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("MS-") {
            let ok = (3..=12).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            return ok.then(|| (DocFamily::Microsoft, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("WHATWG ") {
            return matches!(n, "HTML" | "Fetch" | "URL").then(|| (DocFamily::Whatwg, n.to_string()));
        }
        None
    }
}

impl Reference {
    pub fn parse(s: &str) -> Option<Reference> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("RFC ") {
            let (num, section) = match rest.split_once('§') {
                Some((n, sec)) => (n.trim(), Some(sec.trim())),
                None => (rest.trim(), None),
            };
            let number: u32 = num.parse().ok().filter(|n| *n > 0 && *n < 100_000)?;
            let section = parse_section(section)?;
            return Some(Reference::Rfc { number, section });
        }
        let (doc, section) = match s.split_once('§') {
            Some((d, sec)) => (d.trim(), Some(sec.trim())),
            None => (s, None),
        };
        if let Some((family, id)) = DocFamily::parse(doc) {
            let section = parse_section(section)?;
            return Some(Reference::Document { family, id, section });
        }
        let draft_ok = s.starts_with("draft-")
            && s.len() < 120
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        draft_ok.then(|| Reference::Draft { name: s.to_string() })
    }

    /// Where readers can read the cited text; `None` for documents that have
    /// no stable public address (ATIS and GSMA publish through member portals).
    pub fn url(&self) -> Option<String> {
        Some(match self {
            Reference::Rfc { number, section: Some(sec) } => {
                let kind = if sec.starts_with(|c: char| c.is_ascii_alphabetic()) { "appendix" } else { "section" };
                format!("https://www.rfc-editor.org/rfc/rfc{number}.html#{kind}-{sec}")
            }
            Reference::Rfc { number, section: None } => format!("https://www.rfc-editor.org/rfc/rfc{number}.html"),
            Reference::Draft { name } => format!("https://datatracker.ietf.org/doc/{name}/"),
            Reference::Document { family, id, .. } => match family {
                DocFamily::ThreeGpp => format!("https://www.3gpp.org/DynaReport/{}.htm", id.replace('.', "")),
                DocFamily::ItuT => format!("https://www.itu.int/rec/T-REC-{id}"),
                DocFamily::Microsoft => {
                    format!("https://learn.microsoft.com/en-us/openspecs/office_protocols/ms-{}/", id.to_lowercase())
                }
                DocFamily::Whatwg => format!("https://{}.spec.whatwg.org/", id.to_lowercase()),
                DocFamily::Atis | DocFamily::Gsma => return None,
            },
        })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Rfc { number, section: Some(s) } => write!(f, "RFC {number} §{s}"),
            Reference::Rfc { number, section: None } => write!(f, "RFC {number}"),
            Reference::Draft { name } => f.write_str(name),
            Reference::Document { family, id, section } => {
                let prefix = match family {
                    DocFamily::ThreeGpp => "3GPP TS ",
                    DocFamily::ItuT => "ITU-T ",
                    DocFamily::Atis => "ATIS-",
                    DocFamily::Gsma => "GSMA ",
                    DocFamily::Microsoft => "MS-",
                    DocFamily::Whatwg => "WHATWG ",
                };
                write!(f, "{prefix}{id}")?;
                match section {
                    Some(s) => write!(f, " §{s}"),
                    None => Ok(()),
                }
            }
        }
    }
}

/// One response code, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub code: u16,
    pub reason: String,
    pub status: Option<Status>,
    pub references: Vec<Reference>,
    /// Only locales that have a block; see `text` for fallback.
    pub texts: BTreeMap<Locale, FieldTexts>,
    /// As shown to users in diagnostics.
    pub path: PathBuf,
}

impl Record {
    /// The text of `field` in `locale`, if that locale has it (no fallback).
    pub fn text(&self, locale: &Locale, field: Field) -> Option<&str> {
        self.texts.get(locale).and_then(|t| t.get(field))
    }

    /// Whether `locale`'s translation of `field` was made from an older version of
    /// the default locale's text.
    pub fn is_stale(&self, locale: &Locale, default: &Locale, field: Field) -> bool {
        self.text(locale, field).is_some()
            && self
                .texts
                .get(locale)
                .is_some_and(|t| is_stale(&t.translated_from, field.key(), self.text(default, field)))
    }
}

const RECORD_KEYS: [&str; 4] = ["code", "reason", "status", "references"];
const ALL_NAMES: [&str; 9] = [
    "code",
    "reason",
    "status",
    "references",
    "description",
    "appears_when",
    "resolution",
    "differences",
    "which_to_use",
];

/// A locale block, or something else found where a locale block could be.
enum Block<T> {
    Map(T),
    NotAMap(&'static str),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Block<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        macro_rules! other {
            ($name:ident, $t:ty, $what:expr) => {
                fn $name<E: de::Error>(self, _: $t) -> Result<Block<T>, E> {
                    Ok(Block::NotAMap($what))
                }
            };
        }
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Block<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Block<T>, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Block::Map)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Block<T>, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Block::NotAMap("a list"))
            }
            other!(visit_str, &str, "text");
            other!(visit_i64, i64, "a number");
            other!(visit_u64, u64, "a number");
            other!(visit_f64, f64, "a number");
            other!(visit_bool, bool, "a boolean");
            fn visit_unit<E: de::Error>(self) -> Result<Block<T>, E> {
                Ok(Block::NotAMap("nothing"))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

type Keyed<T> = Vec<(Spanned<String>, Block<T>)>;

/// A record file as written, before validation.
struct RawRecord {
    code: Option<Spanned<i64>>,
    reason: Option<Spanned<String>>,
    status: Option<Status>,
    references: Vec<Spanned<String>>,
    others: Keyed<FieldTexts>,
}

impl<'de> Deserialize<'de> for RawRecord {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawRecord;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping with code, reason, references and locale blocks")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawRecord, A::Error> {
                let mut r =
                    RawRecord { code: None, reason: None, status: None, references: Vec::new(), others: Vec::new() };
                while let Some(k) = m.next_key::<Spanned<String>>()? {
                    match k.value.as_str() {
                        "code" => r.code = Some(m.next_value()?),
                        "reason" => r.reason = Some(m.next_value()?),
                        "status" => r.status = Some(m.next_value()?),
                        "references" => r.references = m.next_value()?,
                        _ => r.others.push((k, m.next_value()?)),
                    }
                }
                Ok(r)
            }
        }
        d.deserialize_map(V)
    }
}

/// A pair file as written: only locale blocks.
struct RawPair {
    others: Keyed<PairTexts>,
}

impl<'de> Deserialize<'de> for RawPair {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawPair;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of locale blocks")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawPair, A::Error> {
                let mut others = Vec::new();
                while let Some(k) = m.next_key::<Spanned<String>>()? {
                    others.push((k, m.next_value()?));
                }
                Ok(RawPair { others })
            }
        }
        d.deserialize_map(V)
    }
}

fn at<T>(shown: &Path, s: &Spanned<T>, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::new(shown, s.referenced.line() as usize, s.referenced.column() as usize, msg)
}

/// Sorts the non-fixed keys of a file into locale blocks, reporting keys that are
/// neither a locale nor a known field (with a suggestion) and non-mapping values.
fn locale_blocks<T>(
    shown: &Path,
    config: &SiteConfig,
    others: Keyed<T>,
    fields: &str,
    diags: &mut Diagnostics,
) -> BTreeMap<Locale, T> {
    let mut out = BTreeMap::new();
    let locale_list: Vec<&str> = config.locales.iter().map(Locale::as_str).collect();
    for (key, block) in others {
        let Some(locale) = config.is_locale(&key.value) else {
            let msg = if let Some(s) = suggest(&key.value, &ALL_NAMES) {
                if s == key.value {
                    format!(
                        "found field `{s}` at the top level, expected it inside a locale block such as `{}:`",
                        config.default_locale
                    )
                } else {
                    format!("found unknown field `{}`, did you mean `{s}`?", key.value)
                }
            } else if super::config::Locale::parse(&key.value).is_some() {
                format!(
                    "found locale block `{}`, expected one of the site's locales: {}",
                    key.value,
                    locale_list.join(", ")
                )
            } else {
                format!(
                    "found unknown field `{}`, expected {fields} or a locale block ({})",
                    key.value,
                    locale_list.join(", ")
                )
            };
            diags.push(at(shown, &key, msg));
            continue;
        };
        match block {
            Block::Map(t) => {
                out.insert(locale.clone(), t);
            }
            Block::NotAMap(what) => {
                diags.push(at(shown, &key, format!("found {what} under `{}`, expected a mapping of texts", key.value)));
            }
        }
    }
    out
}

/// `translated_from` belongs to translations only and names known fields.
fn check_translated_from<'a>(
    shown: &Path,
    config: &SiteConfig,
    blocks: impl Iterator<Item = (&'a Locale, &'a Option<BTreeMap<String, String>>)>,
    fields: &[&str],
    diags: &mut Diagnostics,
) {
    for (locale, tf) in blocks {
        let Some(map) = tf else { continue };
        if locale == &config.default_locale {
            diags.push(Diagnostic::file(shown, format!("found `{locale}.translated_from`, expected it only in translations (the default locale is the source)")));
        }
        for k in map.keys().filter(|k| !fields.contains(&k.as_str())) {
            diags.push(Diagnostic::file(
                shown,
                format!("found `{locale}.translated_from.{k}`, expected one of: {}", fields.join(", ")),
            ));
        }
    }
}

/// Parses and validates a record file. Registry-level checks (classes, file name)
/// happen in the registry loader, which knows the context.
pub fn parse_record(
    shown: &Path,
    source: &str,
    config: &SiteConfig,
) -> Result<(Record, Spanned<i64>), Vec<Diagnostic>> {
    let raw: RawRecord = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    let mut diags = Diagnostics::default();
    let fixed = RECORD_KEYS.join(", ");
    let texts = locale_blocks(shown, config, raw.others, &fixed, &mut diags);
    let Some(code) = raw.code else {
        diags.push(Diagnostic::file(shown, "missing field `code`, expected the response code, e.g. `code: 183`"));
        return Err(diags.into_sorted());
    };
    if !(100..=999).contains(&code.value) {
        diags.push(at(
            shown,
            &code,
            format!("found code {}, expected a three-digit response code (100–999)", code.value),
        ));
    }
    let reason = match raw.reason {
        Some(r) if r.value.trim().is_empty() || r.value.contains('\n') || r.value.len() > 120 => {
            diags.push(at(shown, &r, "found an empty or multi-line reason, expected the one-line reason phrase"));
            String::new()
        }
        Some(r) => r.value.trim().to_string(),
        None => {
            diags.push(Diagnostic::file(shown, "missing field `reason`, expected the registry's reason phrase"));
            String::new()
        }
    };
    let mut references = Vec::new();
    for r in &raw.references {
        match Reference::parse(&r.value) {
            Some(parsed) => references.push(parsed),
            None => diags.push(at(
                shown,
                r,
                format!("found reference `{}`, expected `RFC <number>`, `RFC <number> §<section>`, an Internet-Draft name, or another body's document: {DOCUMENT_FORMS}", r.value),
            )),
        }
    }
    if !texts.contains_key(&config.default_locale) {
        diags.push(Diagnostic::file(
            shown,
            format!("missing the `{0}` block, expected the default locale's texts (`{0}:` with description, appears_when, resolution)", config.default_locale),
        ));
    } else if let Some(t) = texts.get(&config.default_locale) {
        for f in Field::ALL {
            if t.get(f).is_none() {
                diags.push(Diagnostic::file(
                    shown,
                    format!(
                        "missing `{}.{}`, expected text in the default locale (other locales fall back to it)",
                        config.default_locale,
                        f.key()
                    ),
                ));
            }
        }
    }
    let field_keys = Field::ALL.map(Field::key);
    check_translated_from(shown, config, texts.iter().map(|(l, t)| (l, &t.translated_from)), &field_keys, &mut diags);
    let record = Record {
        code: code.value.clamp(0, 999) as u16,
        reason,
        status: raw.status,
        references,
        texts,
        path: shown.to_path_buf(),
    };
    diags.finish((record, code))
}

/// Parses a curated pair's texts.
pub(super) fn parse_pair(
    shown: &Path,
    source: &str,
    config: &SiteConfig,
) -> Result<BTreeMap<Locale, PairTexts>, Vec<Diagnostic>> {
    let raw: RawPair = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    let mut diags = Diagnostics::default();
    let texts = locale_blocks(shown, config, raw.others, "differences or which_to_use inside", &mut diags);
    let field_keys = PairField::ALL.map(PairField::key);
    check_translated_from(shown, config, texts.iter().map(|(l, t)| (l, &t.translated_from)), &field_keys, &mut diags);
    check_translated_from(
        shown,
        config,
        texts.iter().map(|(l, t)| (l, &t.translated_from)),
        &PairField::ALL.map(PairField::key),
        &mut diags,
    );
    match texts.get(&config.default_locale) {
        None => diags.push(Diagnostic::file(
            shown,
            format!("missing the `{}` block, expected the default locale's texts", config.default_locale),
        )),
        Some(t) if PairField::ALL.iter().all(|f| t.get(*f).is_none()) => diags.push(Diagnostic::file(
            shown,
            format!("found an empty `{}` block, expected `differences` and/or `which_to_use`", config.default_locale),
        )),
        Some(_) => {}
    }
    diags.finish(texts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::config::BaseUrl;

    fn config() -> SiteConfig {
        SiteConfig {
            base_url: BaseUrl::parse("https://x/").unwrap(),
            default_locale: Locale::parse("en").unwrap(),
            locales: vec![Locale::parse("en").unwrap(), Locale::parse("ja").unwrap()],
        }
    }
    const OK: &str = "code: 183\nreason: Session Progress\nreferences: [\"RFC 3261 §21.1.5\"]\nen:\n  description: d\n  appears_when: a\n  resolution: r\n";

    #[test]
    fn parses_a_record() {
        let (r, _) = parse_record(Path::new("183.yaml"), OK, &config()).unwrap();
        assert_eq!(r.code, 183);
        assert_eq!(r.references[0].url().unwrap(), "https://www.rfc-editor.org/rfc/rfc3261.html#section-21.1.5");
        assert_eq!(r.text(&Locale::parse("en").unwrap(), Field::Resolution), Some("r"));
        assert!(r.text(&Locale::parse("ja").unwrap(), Field::Resolution).is_none());
    }

    #[test]
    fn misspelt_field_gets_a_suggestion_with_position() {
        let src = OK.replace("  description: d", "  descripton: d");
        let e = parse_record(Path::new("183.yaml"), &src, &config()).unwrap_err();
        assert_eq!((e[0].line, e[0].col), (5, 3), "{:?}", e);
        assert!(e[0].message.contains("descripton"), "{}", e[0].message);
    }

    #[test]
    fn unknown_locale_is_named() {
        let src = format!("{OK}fr:\n  description: x\n");
        let e = parse_record(Path::new("183.yaml"), &src, &config()).unwrap_err();
        assert_eq!((e[0].line, e[0].col), (8, 1));
        assert!(e[0].message.contains("en, ja"), "{}", e[0].message);
    }

    #[test]
    fn top_level_text_field_is_explained() {
        let src = format!("{OK}resolution: x\n");
        let e = parse_record(Path::new("183.yaml"), &src, &config()).unwrap_err();
        assert!(e[0].message.contains("inside a locale block"), "{}", e[0].message);
    }

    #[test]
    fn references_are_parsed_strictly() {
        assert!(Reference::parse("RFC 9110 §15.5.2").is_some());
        assert!(Reference::parse("RFC 2324").is_some());
        assert!(Reference::parse("draft-ietf-httpbis-resumable-upload").is_some());
        assert!(Reference::parse("RFC 9110 §\"><script>").is_none());
        assert!(Reference::parse("javascript:alert(1)").is_none());
        assert_eq!(
            Reference::parse("RFC 9110 §B.1").unwrap().url().unwrap(),
            "https://www.rfc-editor.org/rfc/rfc9110.html#appendix-B.1"
        );
        for (s, url) in [
            ("3GPP TS 24.229 §5.1.2A", Some("https://www.3gpp.org/DynaReport/24229.htm")),
            ("ITU-T Q.850", Some("https://www.itu.int/rec/T-REC-Q.850")),
            ("ATIS-1000074 §5.3.1", None),
            ("GSMA IR.92 §2.4", None),
            ("MS-SIPRE §3.1.5.4", Some("https://learn.microsoft.com/en-us/openspecs/office_protocols/ms-sipre/")),
            ("WHATWG Fetch", Some("https://fetch.spec.whatwg.org/")),
        ] {
            let r = Reference::parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(r.to_string(), s);
            assert_eq!(r.url().as_deref(), url, "{s}");
        }
        for bad in ["3GPP TS x", "ITU-T q850", "ATIS-12", "GSMA ir.92", "MS-sipre", "WHATWG CSS", "IEEE 802.11"] {
            assert!(Reference::parse(bad).is_none(), "{bad}");
        }
    }
}
