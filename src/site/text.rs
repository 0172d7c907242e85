//! Localized texts: which texts a record or pair has (`TextKey`), one text as
//! written with where it is in its file (`Text`), a locale's block of texts
//! with the record of what each translation was made from (`LocaleTexts`),
//! and all locales of one file (`Localized`).

use super::config::Locale;
use std::collections::BTreeMap;

/// Which localized text of a record or curated pair. Also the key in YAML,
/// in `translated_from` and in exported translation files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextKey {
    /// A record's meaning: what the code says and who sends it.
    Description,
    /// A record's practice: when people see the code.
    AppearsWhen,
    /// A record's advice: what to do about it.
    Resolution,
    /// A curated pair's list of differences.
    Differences,
    /// A curated pair's advice on which to use.
    WhichToUse,
    /// The caption of a record's example messages (`example:` in a locale block).
    Caption,
    /// The note on one header field of a record (`headers: {Retry-After: …}`).
    HeaderNote(String),
    /// One note of a message flow (`flow: {busy: …}`).
    FlowNote(String),
}

impl TextKey {
    /// The prose texts of a record, in page order.
    pub const RECORD: [TextKey; 3] = [TextKey::Description, TextKey::AppearsWhen, TextKey::Resolution];
    /// The prose texts of a curated pair, in page order.
    pub const PAIR: [TextKey; 2] = [TextKey::Differences, TextKey::WhichToUse];

    /// The key as written in YAML (`description`, `example`,
    /// `headers.Retry-After`, `flow.busy`).
    pub fn key(&self) -> std::borrow::Cow<'static, str> {
        match self {
            TextKey::Description => "description".into(),
            TextKey::AppearsWhen => "appears_when".into(),
            TextKey::Resolution => "resolution".into(),
            TextKey::Differences => "differences".into(),
            TextKey::WhichToUse => "which_to_use".into(),
            TextKey::Caption => "example".into(),
            TextKey::HeaderNote(f) => format!("headers.{f}").into(),
            TextKey::FlowNote(n) => format!("flow.{n}").into(),
        }
    }

    /// The key written as `s`, if it names one.
    pub fn parse(s: &str) -> Option<TextKey> {
        if let Some(f) = s.strip_prefix("headers.") {
            return Some(TextKey::HeaderNote(f.to_string()));
        }
        if let Some(n) = s.strip_prefix("flow.") {
            return Some(TextKey::FlowNote(n.to_string()));
        }
        if s == "example" {
            return Some(TextKey::Caption);
        }
        Self::RECORD.into_iter().chain(Self::PAIR).find(|k| k.key() == s)
    }
}

/// One text as written in a YAML file, and where its first character is, so
/// findings inside it (a rejected term, a malformed line) get their own
/// `line:col`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The text itself (Markdown for the prose fields).
    pub source: String,
    /// 1-based line of the text's first character in its file.
    pub line: usize,
    /// 1-based column of that character; later lines of a block scalar start
    /// at the same column.
    pub col: usize,
}

impl Text {
    /// The file position of byte `offset` of the text. Exact for block
    /// scalars (`|`) and single-line scalars, which is how texts are written.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let (l, c) = crate::source::line_col(&self.source, offset);
        (self.line + l - 1, self.col + c - 1)
    }

    /// The text when it holds more than whitespace.
    pub fn non_empty(&self) -> Option<&str> {
        Some(self.source.as_str()).filter(|s| !s.trim().is_empty())
    }
}

/// A short, stable fingerprint of a source text. Translations record the
/// fingerprint of the default-locale text they were made from, so a later
/// change to the source shows up as a stale translation. (FNV-1a: no
/// dependency, stable across platforms and versions, and collisions only ever
/// hide a note.)
pub fn source_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.trim().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

/// One locale's block of a record or pair file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocaleTexts {
    /// The texts the block has (empty ones left out).
    pub texts: BTreeMap<TextKey, Text>,
    /// Per text: the hash of the default locale's text it was translated from.
    pub translated_from: BTreeMap<TextKey, String>,
}

impl LocaleTexts {
    /// The text of `key`, when the block has it.
    pub fn get(&self, key: &TextKey) -> Option<&Text> {
        self.texts.get(key)
    }
}

/// Where a translation stands: the one vocabulary `check`, the coverage
/// table and the translation status page share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextState {
    /// Translated from the current default-locale text.
    Translated,
    /// Translated from an older version of it.
    Stale,
    /// Not translated: pages show the default locale's text.
    Missing,
}

/// Every locale's texts of one record or pair file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Localized(pub BTreeMap<Locale, LocaleTexts>);

impl Localized {
    /// The text of `key` in `locale`, if that locale has it (no fallback).
    pub fn text(&self, locale: &Locale, key: &TextKey) -> Option<&Text> {
        self.0.get(locale).and_then(|t| t.get(key))
    }

    /// Whether `locale`'s text of `key` was translated from an older version
    /// of the default locale's text. Translations without a recorded hash are
    /// not stale (nothing says what they were made from).
    pub fn is_stale(&self, locale: &Locale, default: &Locale, key: &TextKey) -> bool {
        let (Some(block), Some(source)) = (self.0.get(locale), self.text(default, key)) else { return false };
        block.get(key).is_some() && block.translated_from.get(key).is_some_and(|h| *h != source_hash(&source.source))
    }

    /// Where `locale`'s translation of `key` stands.
    pub fn state(&self, locale: &Locale, default: &Locale, key: &TextKey) -> TextState {
        match self.text(locale, key) {
            None => TextState::Missing,
            Some(_) if self.is_stale(locale, default, key) => TextState::Stale,
            Some(_) => TextState::Translated,
        }
    }

    /// The locales that have a block.
    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.0.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_inside_block_scalars() {
        let t = Text { source: "one\n\nthree x".into(), line: 5, col: 5 };
        assert_eq!(t.position(0), (5, 5));
        assert_eq!(t.position(t.source.find('x').unwrap()), (7, 11));
    }

    #[test]
    fn staleness_follows_the_source_hash() {
        let en = Locale::parse("en").unwrap();
        let ja = Locale::parse("ja").unwrap();
        let text = |s: &str| Text { source: s.into(), line: 1, col: 1 };
        let mut l = Localized::default();
        l.0.insert(en.clone(), LocaleTexts { texts: [(TextKey::Description, text("A"))].into(), ..Default::default() });
        let mut ja_block = LocaleTexts { texts: [(TextKey::Description, text("エー"))].into(), ..Default::default() };
        l.0.insert(ja.clone(), ja_block.clone());
        assert!(!l.is_stale(&ja, &en, &TextKey::Description), "no hash: not stale");
        ja_block.translated_from.insert(TextKey::Description, source_hash("A"));
        l.0.insert(ja.clone(), ja_block.clone());
        assert!(!l.is_stale(&ja, &en, &TextKey::Description));
        ja_block.translated_from.insert(TextKey::Description, source_hash("old"));
        l.0.insert(ja.clone(), ja_block);
        assert!(l.is_stale(&ja, &en, &TextKey::Description));
    }
}
