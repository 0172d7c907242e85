//! Fluent bundles per locale: the UI strings and every sentence that combines
//! values. Lookups fall back to the default locale; a message missing
//! everywhere is an error, never a silent placeholder. Errors carry the
//! `.ftl` file, line and column of the message they concern.

mod compiled;
mod load;
pub(crate) use load::{marker_of, message_id};

use crate::diagnostics::Diagnostic;
use crate::site::Locale;
use compiled::{Compiled, fluent_args, format_plain};
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// An argument passed to a message; borrowed where it can be, since messages
/// with arguments are formatted on every page.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, inserted as is.
    Str(Cow<'a, str>),
    /// A number, formatted as Fluent formats numbers.
    Num(f64),
}

/// Where a message is defined, and its lines as written.
#[derive(Debug, Clone)]
pub struct MessageSite {
    /// The `.ftl` file as shown to users.
    pub path: PathBuf,
    /// 1-based line of `id =`.
    pub line: usize,
    /// 1-based column (always 1: messages start a line).
    pub col: usize,
    /// The message's lines as written, for staleness and text checks.
    pub source: String,
    /// Which English message a translation was made from, when its file says.
    pub from: Option<String>,
}

/// The marker line a translated message carries just above it: the hash of
/// the default locale's message it was translated from (`codeatlas
/// translated` writes it), or `none` for a message still in the default
/// locale's words (`codeatlas l10n add` writes it; such a message counts as
/// untranslated and pages fall back to the default locale's).
pub const FROM_MARKER: &str = "# translated-from: ";

struct LocaleBundle {
    bundle: FluentBundle<FluentResource>,
    /// Messages marked `translated-from: none`: left out of the bundle.
    untranslated: BTreeMap<String, MessageSite>,
    /// Message id → where it is defined.
    sites: BTreeMap<String, MessageSite>,
    /// Message id → how it is formatted.
    compiled: BTreeMap<String, Compiled>,
}

/// Every locale's messages.
pub struct I18n {
    default: Locale,
    bundles: BTreeMap<Locale, LocaleBundle>,
}

/// A formatted message and whether it came from the default locale instead.
#[derive(Debug)]
pub struct Formatted {
    /// The text.
    pub text: String,
    /// Whether the locale lacks the message and the default locale's was used.
    pub fallback: bool,
}

/// Why a message could not be formatted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The message id.
    pub id: String,
    /// The locale whose message was used (the default one after a fallback).
    pub locale: Locale,
    /// What went wrong.
    pub kind: FormatErrorKind,
}

/// The ways formatting fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// Neither the locale nor the default locale defines the message.
    Missing {
        /// The default locale, which was looked in too.
        default: Locale,
    },
    /// The message has only attributes.
    NoValue,
    /// Fluent's resolver reported a problem (a variable not supplied, …).
    Fluent(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (id, locale) = (&self.id, &self.locale);
        match &self.kind {
            FormatErrorKind::Missing { default } => write!(
                f,
                "Fluent message `{id}` is not defined in locale `{locale}` nor in the default locale `{default}`"
            ),
            FormatErrorKind::NoValue => write!(f, "Fluent message `{id}` has no value (only attributes)"),
            FormatErrorKind::Fluent(e) => {
                write!(f, "Fluent message `{id}` in locale `{locale}` could not be formatted: {e}")
            }
        }
    }
}

impl std::error::Error for FormatError {}

impl I18n {
    /// No messages at all: lets `check` compile templates (and report their
    /// syntax errors) when the Fluent files themselves do not load.
    pub fn empty(default: &Locale) -> I18n {
        I18n { default: default.clone(), bundles: BTreeMap::new() }
    }

    /// The locale messages fall back to.
    pub fn default_locale(&self) -> &Locale {
        &self.default
    }

    /// Message ids defined in `locale` (for checks and coverage).
    pub fn ids(&self, locale: &Locale) -> impl Iterator<Item = &str> {
        self.bundles.get(locale).into_iter().flat_map(|b| b.sites.keys().map(String::as_str))
    }

    /// Messages `locale` lists but marks untranslated (`translated-from: none`).
    pub fn untranslated(&self, locale: &Locale) -> impl Iterator<Item = (&str, &MessageSite)> {
        self.bundles.get(locale).into_iter().flat_map(|b| b.untranslated.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// Whether `locale`'s `id` was translated from an older version of the
    /// default locale's message: its marker names another hash. (Messages
    /// marked `none` are untranslated and never in `site`.)
    pub fn is_stale(&self, locale: &Locale, id: &str) -> bool {
        let (Some(site), Some(source)) = (self.site(locale, id), self.site(&self.default, id)) else { return false };
        locale != &self.default && site.from.as_deref().is_some_and(|h| h != crate::site::source_hash(&source.source))
    }

    /// Where `locale`'s translation of the default locale's message `id` stands.
    pub fn state(&self, locale: &Locale, id: &str) -> crate::site::TextState {
        use crate::site::TextState;
        match self.site(locale, id) {
            _ if locale == &self.default => TextState::Translated,
            None => TextState::Missing,
            Some(_) if self.is_stale(locale, id) => TextState::Stale,
            Some(_) => TextState::Translated,
        }
    }

    /// Where message `id` is defined in `locale`.
    pub fn site(&self, locale: &Locale, id: &str) -> Option<&MessageSite> {
        self.bundles.get(locale).and_then(|b| b.sites.get(id))
    }

    /// Whether `locale` defines `id` itself.
    pub fn has(&self, locale: &Locale, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.sites.contains_key(id))
    }

    /// The text of an argument-free message of `locale` (falling back to the
    /// default locale), formatted once when the bundles loaded.
    pub fn fixed(&self, locale: &Locale, id: &str) -> Option<&Arc<str>> {
        let (b, _) = self.bundle_for(locale, id)?;
        match b.compiled.get(id)? {
            Compiled::Fixed(text) => Some(text),
            _ => None,
        }
    }

    /// Formats `id` in `locale`, falling back to the default locale.
    pub fn format(&self, locale: &Locale, id: &str, args: &[(&str, Arg)]) -> Result<Formatted, FormatError> {
        let error = |l: &Locale, kind| FormatError { id: id.to_string(), locale: l.clone(), kind };
        let Some((bundle, fallback)) = self.bundle_for(locale, id) else {
            return Err(error(locale, FormatErrorKind::Missing { default: self.default.clone() }));
        };
        let used = if fallback { &self.default } else { locale };
        match bundle.compiled.get(id) {
            Some(Compiled::Fixed(text)) => return Ok(Formatted { text: text.to_string(), fallback }),
            Some(Compiled::Plain(pieces)) => {
                if let Some(text) = format_plain(pieces, args) {
                    return Ok(Formatted { text, fallback });
                }
            }
            _ => {}
        }
        let pattern =
            bundle.bundle.get_message(id).and_then(|m| m.value()).ok_or(error(used, FormatErrorKind::NoValue))?;
        let fargs = fluent_args(args);
        let mut errors = Vec::new();
        let text = bundle.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        match errors.first() {
            Some(e) => Err(error(used, FormatErrorKind::Fluent(e.to_string()))),
            None => Ok(Formatted { text, fallback }),
        }
    }

    /// The bundle that defines `id` for `locale`: its own, or the default
    /// locale's (then `true`).
    fn bundle_for(&self, locale: &Locale, id: &str) -> Option<(&LocaleBundle, bool)> {
        match self.bundles.get(locale).filter(|b| b.sites.contains_key(id)) {
            Some(b) => Some((b, false)),
            None => {
                let b = self.bundles.get(&self.default).filter(|b| b.sites.contains_key(id))?;
                Some((b, locale != &self.default))
            }
        }
    }

    /// A formatting error as a diagnostic at the message's place in its `.ftl`
    /// file; a message missing everywhere is reported at `fallback_site`
    /// (where it was asked for) instead.
    pub fn diagnostic(&self, e: &FormatError, fallback_site: (PathBuf, usize, usize)) -> Diagnostic {
        match self.site(&e.locale, &e.id) {
            Some(s) if !matches!(e.kind, FormatErrorKind::Missing { .. }) => {
                Diagnostic::new(&s.path, s.line, s.col, e.to_string())
            }
            _ => Diagnostic::new(fallback_site.0, fallback_site.1, fallback_site.2, e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests;
