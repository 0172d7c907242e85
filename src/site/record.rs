//! One response code, `content/<registry>/<code>.yaml`, parsed from YAML into
//! a typed `Record`.

use super::blocks::{BlockContext, Keyed, RecordBlock, locale_blocks, require_default};
use super::config::SiteConfig;
use super::flow::{Flow, RawFlow, parse_flow};
use super::protocol::{HeaderRule, RawHeader};
use super::reference::{DOCUMENT_FORMS, Reference};
use super::text::{Localized, Text, TextKey};
use super::yaml::at;
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;
use std::path::{Path, PathBuf};

/// How the IANA registry marks an entry; absent for ordinary assigned codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// "(Deprecated)"
    Deprecated,
    /// "(OBSOLETED)"
    Obsoleted,
    /// "(TEMPORARY)"
    Temporary,
    /// "(Unused)": reserved, not assigned.
    Unused,
}

impl Status {
    /// The status as written in YAML, in JSON and in message ids.
    pub fn key(self) -> &'static str {
        match self {
            Status::Deprecated => "deprecated",
            Status::Obsoleted => "obsoleted",
            Status::Temporary => "temporary",
            Status::Unused => "unused",
        }
    }
}

/// One response code, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The three-digit code.
    pub code: u16,
    /// The registry's reason phrase.
    pub reason: String,
    /// The registry's marker for the entry, if any.
    pub status: Option<Status>,
    /// The documents the record rests on.
    pub references: Vec<Reference>,
    /// Only locales that have a block; see `Localized::text` for fallback.
    pub texts: Localized,
    /// As shown to users in diagnostics.
    pub path: PathBuf,
    /// Where the fixed fields are written, for diagnostics about them.
    pub at: FieldPositions,
    /// Codes of the same registry a reader of this one also needs.
    pub related: Vec<(u16, (usize, usize))>,
    /// The header fields that go with the code.
    pub headers: Vec<HeaderRule>,
    /// The request methods that can get this code; empty: any.
    pub methods: Vec<String>,
    /// An example exchange, message by message, as on the wire.
    pub example: Vec<Text>,
    /// The message flow in which the code arises.
    pub flow: Option<Flow>,
}

/// Where a record's fixed fields are written: (line, column) of each key, or
/// 1:1 when the field is absent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldPositions {
    /// `code:`
    pub code: (usize, usize),
    /// `reason:`
    pub reason: (usize, usize),
    /// `status:`
    pub status: (usize, usize),
    /// `references:`
    pub references: (usize, usize),
}

impl Record {
    /// The text of `key` in `locale`, if that locale has it (no fallback).
    pub fn text(&self, locale: &super::Locale, key: &TextKey) -> Option<&Text> {
        self.texts.text(locale, key)
    }
}

impl FieldPositions {
    /// Remembers where a fixed field's key is written.
    fn note(&mut self, key: &Spanned<String>) {
        let pos = (key.referenced.line() as usize, key.referenced.column() as usize);
        match key.value.as_str() {
            "code" => self.code = pos,
            "reason" => self.reason = pos,
            "status" => self.status = pos,
            "references" => self.references = pos,
            _ => {}
        }
    }
}

/// The fixed top-level fields of a record file.
const RECORD_KEYS: [&str; 9] =
    ["code", "reason", "status", "references", "related", "headers", "methods", "example", "flow"];

/// A record file as written, before validation.
struct RawRecord {
    at: FieldPositions,
    code: Option<Spanned<i64>>,
    reason: Option<Spanned<String>>,
    status: Option<Status>,
    references: Vec<Spanned<String>>,
    related: Vec<Spanned<u16>>,
    headers: Vec<Spanned<RawHeader>>,
    methods: Vec<Spanned<String>>,
    example: Vec<Spanned<String>>,
    flow: Option<Spanned<RawFlow>>,
    others: Keyed<RecordBlock>,
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
                let mut r = RawRecord {
                    at: FieldPositions { code: (1, 1), reason: (1, 1), status: (1, 1), references: (1, 1) },
                    code: None,
                    reason: None,
                    status: None,
                    references: Vec::new(),
                    related: Vec::new(),
                    headers: Vec::new(),
                    methods: Vec::new(),
                    example: Vec::new(),
                    flow: None,
                    others: Vec::new(),
                };
                while let Some(k) = m.next_key::<Spanned<String>>()? {
                    r.at.note(&k);
                    match k.value.as_str() {
                        "code" => r.code = Some(m.next_value()?),
                        "reason" => r.reason = Some(m.next_value()?),
                        "status" => r.status = Some(m.next_value()?),
                        "references" => r.references = m.next_value()?,
                        "related" => r.related = m.next_value()?,
                        "headers" => r.headers = m.next_value()?,
                        "methods" => r.methods = m.next_value()?,
                        "example" => r.example = m.next_value()?,
                        "flow" => r.flow = Some(m.next_value()?),
                        _ => r.others.push((k, m.next_value()?)),
                    }
                }
                Ok(r)
            }
        }
        d.deserialize_map(V)
    }
}

/// Parses a record file. Returns the record and where its `code` is written
/// (the loader reports file-name and class problems there).
pub fn parse_record(
    shown: &Path,
    source: &str,
    config: &SiteConfig,
) -> Result<(Record, Spanned<i64>), Vec<Diagnostic>> {
    let raw: RawRecord = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    let mut diags = Diagnostics::default();
    let fixed = RECORD_KEYS.join(", ");
    let cx = BlockContext { shown, source, config, fixed: &fixed, keys: &TextKey::RECORD, notes: true };
    let texts = locale_blocks(&cx, raw.others, &mut diags);
    let Some(code) = raw.code else {
        diags.push(Diagnostic::file(shown, "missing field `code`, expected the response code, e.g. `code: 183`"));
        return Err(diags.into_sorted());
    };
    if !(100..=999).contains(&code.value) {
        let msg = format!("found code {}, expected a three-digit response code (100–999)", code.value);
        diags.push(at(shown, &code, msg));
    }
    let reason = reason(shown, raw.reason, &mut diags);
    let references = references(shown, &raw.references, &mut diags);
    require_default(&cx, &texts, true, &mut diags);
    let related =
        raw.related.iter().map(|r| (r.value, (r.referenced.line() as usize, r.referenced.column() as usize))).collect();
    let headers = super::protocol::headers(shown, raw.headers, &mut diags);
    let methods = super::protocol::methods(shown, raw.methods, &mut diags);
    let example = super::protocol::example(raw.example, source);
    let flow = raw.flow.and_then(|f| parse_flow(shown, f, &mut diags));
    let record = Record {
        code: code.value.clamp(0, 999) as u16,
        reason,
        status: raw.status,
        references,
        texts,
        path: shown.to_path_buf(),
        at: raw.at,
        related,
        headers,
        methods,
        example,
        flow,
    };
    diags.finish((record, code))
}

/// The reason phrase: one line of text.
fn reason(shown: &Path, raw: Option<Spanned<String>>, diags: &mut Diagnostics) -> String {
    match raw {
        Some(r) if r.value.trim().is_empty() || r.value.contains('\n') || r.value.len() > 120 => {
            diags.push(at(shown, &r, "found an empty or multi-line reason, expected the one-line reason phrase"));
            String::new()
        }
        Some(r) => r.value.trim().to_string(),
        None => {
            diags.push(Diagnostic::file(shown, "missing field `reason`, expected the registry's reason phrase"));
            String::new()
        }
    }
}

/// The references, each in one of the known forms.
fn references(shown: &Path, raw: &[Spanned<String>], diags: &mut Diagnostics) -> Vec<Reference> {
    let mut out = Vec::new();
    for r in raw {
        match Reference::parse(&r.value) {
            Some(parsed) => out.push(parsed),
            None => diags.push(at(
                shown,
                r,
                format!(
                    "found reference `{}`, expected `RFC <number>`, `RFC <number> §<section>`, an Internet-Draft name, or another body's document: {DOCUMENT_FORMS}",
                    r.value
                ),
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::config::{BaseUrl, Locale};

    fn config() -> SiteConfig {
        SiteConfig {
            base_url: BaseUrl::parse("https://x/").unwrap(),
            default_locale: Locale::parse("en").unwrap(),
            locales: vec![Locale::parse("en").unwrap(), Locale::parse("ja").unwrap()],
            repository: None,
        }
    }
    const OK: &str = "code: 183\nreason: Session Progress\nreferences: [\"RFC 3261 §21.1.5\"]\nen:\n  description: d\n  appears_when: |\n    a\n  resolution: \"r\"\n";

    #[test]
    fn parses_a_record_with_text_positions() {
        let (r, _) = parse_record(Path::new("183.yaml"), OK, &config()).unwrap();
        assert_eq!(r.code, 183);
        assert_eq!(r.references[0].url().unwrap(), "https://www.rfc-editor.org/rfc/rfc3261.html#section-21.1.5");
        let en = Locale::parse("en").unwrap();
        let pos = |k| r.text(&en, k).map(|t| (t.source.as_str(), t.line, t.col));
        assert_eq!(pos(&TextKey::Description), Some(("d", 5, 16)));
        assert_eq!(pos(&TextKey::AppearsWhen), Some(("a\n", 7, 5)));
        assert_eq!(pos(&TextKey::Resolution), Some(("r", 8, 16)));
        assert!(r.text(&Locale::parse("ja").unwrap(), &TextKey::Resolution).is_none());
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
        assert_eq!((e[0].line, e[0].col), (9, 1));
        assert!(e[0].message.contains("en, ja"), "{}", e[0].message);
    }

    #[test]
    fn top_level_text_field_is_explained() {
        let src = format!("{OK}resolution: x\n");
        let e = parse_record(Path::new("183.yaml"), &src, &config()).unwrap_err();
        assert!(e[0].message.contains("inside a locale block"), "{}", e[0].message);
    }
}
