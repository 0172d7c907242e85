//! Locale blocks (`en:`, `ja:` …) of record and pair files: telling them apart
//! from misspelt fields, reading their texts with positions, and checking
//! their `translated_from` records.

use super::config::{Locale, SiteConfig};
use super::text::{LocaleTexts, Localized, Text, TextKey};
use super::yaml::{at, text};
use crate::diagnostics::{Diagnostic, Diagnostics, suggest};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Every name a record or pair file may hold, for "did you mean".
const ALL_NAMES: [&str; 14] = [
    "code",
    "reason",
    "status",
    "references",
    "related",
    "methods",
    "headers",
    "example",
    "flow",
    "description",
    "appears_when",
    "resolution",
    "differences",
    "which_to_use",
];

/// The names that only a locale block may hold.
const TEXT_NAMES: [&str; 5] = ["description", "appears_when", "resolution", "differences", "which_to_use"];

/// A locale block of a record file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RecordBlock {
    description: Option<Spanned<String>>,
    appears_when: Option<Spanned<String>>,
    resolution: Option<Spanned<String>>,
    /// The caption of the example exchange.
    example: Option<Spanned<String>>,
    /// Notes on header fields, by field name.
    headers: Option<BTreeMap<String, Spanned<String>>>,
    /// The texts of the flow's notes, by note id.
    flow: Option<BTreeMap<String, Spanned<String>>>,
    translated_from: Option<BTreeMap<String, String>>,
}

/// A locale block of a pair file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PairBlock {
    differences: Option<Spanned<String>>,
    which_to_use: Option<Spanned<String>>,
    /// The texts of the pair flow's notes, by note id.
    flow: Option<BTreeMap<String, Spanned<String>>>,
    translated_from: Option<BTreeMap<String, String>>,
}

/// A block's texts by key, and its `translated_from` mapping as written.
pub(super) type Split = (Vec<(TextKey, Spanned<String>)>, Option<BTreeMap<String, String>>);

/// What both kinds of block give: their texts and `translated_from`.
pub(super) trait RawBlock {
    /// The block's parts.
    fn split(self) -> Split;
}

impl RawBlock for RecordBlock {
    fn split(self) -> Split {
        let texts = [
            (TextKey::Description, self.description),
            (TextKey::AppearsWhen, self.appears_when),
            (TextKey::Resolution, self.resolution),
            (TextKey::Caption, self.example),
        ];
        let mut out: Vec<(TextKey, Spanned<String>)> = texts.into_iter().filter_map(|(k, v)| Some((k, v?))).collect();
        out.extend(self.headers.into_iter().flatten().map(|(f, t)| (TextKey::HeaderNote(f), t)));
        out.extend(self.flow.into_iter().flatten().map(|(n, t)| (TextKey::FlowNote(n), t)));
        (out, self.translated_from)
    }
}

impl RawBlock for PairBlock {
    fn split(self) -> Split {
        let texts = [(TextKey::Differences, self.differences), (TextKey::WhichToUse, self.which_to_use)];
        let mut out: Vec<(TextKey, Spanned<String>)> = texts.into_iter().filter_map(|(k, v)| Some((k, v?))).collect();
        out.extend(self.flow.into_iter().flatten().map(|(n, t)| (TextKey::FlowNote(n), t)));
        (out, self.translated_from)
    }
}

/// A locale block, or something else found where a locale block could be.
pub(super) enum Block<T> {
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

/// Top-level keys that are not fixed fields, with what they hold.
pub(super) type Keyed<T> = Vec<(Spanned<String>, Block<T>)>;

/// What the caller needs to read a file's locale blocks.
pub(super) struct BlockContext<'a> {
    pub shown: &'a Path,
    pub source: &'a str,
    pub config: &'a SiteConfig,
    /// Names the file's fixed fields, for "expected … or a locale block".
    pub fixed: &'a str,
    /// The prose keys a block of this file may hold.
    pub keys: &'a [TextKey],
    /// Whether blocks may hold an example caption and header notes (records do).
    pub notes: bool,
}

impl BlockContext<'_> {
    /// Whether a block of this file may hold the text `key`.
    fn allows(&self, key: &TextKey) -> bool {
        match key {
            TextKey::FlowNote(_) => true,
            TextKey::Caption | TextKey::HeaderNote(_) => self.notes,
            prose => self.keys.contains(prose),
        }
    }
}

/// Sorts the non-fixed keys of a file into locale blocks, reporting keys that
/// are neither a locale nor a known field (with a suggestion), blocks that are
/// not mappings, and `translated_from` entries that name no text.
pub(super) fn locale_blocks<T: RawBlock>(cx: &BlockContext, others: Keyed<T>, diags: &mut Diagnostics) -> Localized {
    let mut out = BTreeMap::new();
    for (key, block) in others {
        let Some(locale) = cx.config.is_locale(&key.value) else {
            diags.push(at(cx.shown, &key, unknown_key_message(cx, &key.value)));
            continue;
        };
        match block {
            Block::Map(raw) => {
                out.insert(locale.clone(), locale_texts(cx, locale, &key, raw, diags));
            }
            Block::NotAMap(what) => diags.push(at(
                cx.shown,
                &key,
                format!("found {what} under `{}`, expected a mapping of texts", key.value),
            )),
        }
    }
    Localized(out)
}

/// What to say about a top-level key that is not a locale of the site.
fn unknown_key_message(cx: &BlockContext, key: &str) -> String {
    let locale_list: Vec<&str> = cx.config.locales.iter().map(Locale::as_str).collect();
    match suggest(key, &ALL_NAMES) {
        Some(s) if s == key && TEXT_NAMES.contains(&s) => format!(
            "found field `{s}` at the top level, expected it inside a locale block such as `{}:`",
            cx.config.default_locale
        ),
        Some(s) if s == key => format!(
            "found field `{key}`, which this kind of file does not take; expected {} or a locale block",
            cx.fixed
        ),
        Some(s) => format!("found unknown field `{key}`, did you mean `{s}`?"),
        None if Locale::parse(key).is_some() => {
            format!("found locale block `{key}`, expected one of the site's locales: {}", locale_list.join(", "))
        }
        None => {
            format!("found unknown field `{key}`, expected {} or a locale block ({})", cx.fixed, locale_list.join(", "))
        }
    }
}

/// One block's texts (empty ones dropped: they fall back like missing ones)
/// and its checked `translated_from`.
fn locale_texts<T: RawBlock>(
    cx: &BlockContext,
    locale: &Locale,
    key: &Spanned<String>,
    raw: T,
    diags: &mut Diagnostics,
) -> LocaleTexts {
    let (texts, translated_from) = raw.split();
    let texts: BTreeMap<TextKey, Text> =
        texts.into_iter().map(|(k, v)| (k, text(v, cx.source))).filter(|(_, t)| t.non_empty().is_some()).collect();
    let mut hashes = BTreeMap::new();
    if let Some(map) = translated_from {
        if locale == &cx.config.default_locale {
            diags.push(at(
                cx.shown,
                key,
                format!("found `{locale}.translated_from`, expected it only in translations (the default locale is the source)"),
            ));
        }
        // Every text a block of this file may hold, in the words of `allows`.
        let mut names: Vec<String> = cx.keys.iter().map(|k| k.key().into_owned()).collect();
        if cx.notes {
            names.extend(["example".to_string(), "headers.<field>".to_string()]);
        }
        names.push("flow.<note>".to_string());
        for (k, hash) in map {
            match TextKey::parse(&k).filter(|t| cx.allows(t)) {
                Some(t) => {
                    hashes.insert(t, hash);
                }
                None => diags.push(at(
                    cx.shown,
                    key,
                    format!("found `{locale}.translated_from.{k}`, expected one of: {}", names.join(", ")),
                )),
            }
        }
    }
    LocaleTexts { texts, translated_from: hashes }
}

/// The default locale's block must exist; `check` names what is missing.
pub(super) fn require_default(cx: &BlockContext, texts: &Localized, all: bool, diags: &mut Diagnostics) {
    let default = &cx.config.default_locale;
    let Some(block) = texts.0.get(default) else {
        let what = if all {
            format!("expected the default locale's texts (`{default}:` with description, appears_when, resolution)")
        } else {
            "expected the default locale's texts".to_string()
        };
        diags.push(Diagnostic::file(cx.shown, format!("missing the `{default}` block, {what}")));
        return;
    };
    if all {
        for k in cx.keys.iter().filter(|k| block.get(k).is_none()) {
            diags.push(Diagnostic::file(
                cx.shown,
                format!(
                    "missing `{default}.{}`, expected text in the default locale (other locales fall back to it)",
                    k.key()
                ),
            ));
        }
    } else if block.texts.is_empty() {
        diags.push(Diagnostic::file(
            cx.shown,
            format!("found an empty `{default}` block, expected `differences` and/or `which_to_use`"),
        ));
    }
}
