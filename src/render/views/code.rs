//! The view of one code in one locale (`code` on code pages, `a` and `b` on
//! pair pages, `c` in per-code fragments), and of a curated pair's texts.

use super::{isup, msg, protocol};
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::markdown;
use crate::plan::{self, Route};
use crate::render::texts::{RenderedTexts, Shown};
use crate::site::{Locale, Registry, Site, TextKey};
use serde::Serialize;
use tera::Value;

/// Characters kept in a meta description.
pub(super) const SUMMARY_CHARS: usize = 160;

/// One text as a template shows it.
#[derive(Serialize)]
pub(super) struct TextView<'a> {
    /// The text's key (`description`, `differences`, …), also its heading's anchor.
    key: std::borrow::Cow<'static, str>,
    /// Safe HTML.
    html: &'a str,
    /// The locale the text is written in.
    lang: &'a str,
    /// Shown in the default locale because this locale lacks it.
    fallback: bool,
    /// Translated from an older version of the default locale's text.
    stale: bool,
    /// Where the current source text is (the default locale's page), when stale.
    source_url: Option<String>,
    /// Where to translate it (the file on the repository host), when it is
    /// a fallback and site.yaml names a repository.
    translate_url: Option<String>,
}

impl<'a> TextView<'a> {
    fn new(
        key: &TextKey,
        shown: Shown<'a>,
        stale: bool,
        source_url: impl FnOnce() -> String,
        edit_url: Option<&String>,
    ) -> TextView<'a> {
        TextView {
            translate_url: edit_url.filter(|_| shown.fallback).cloned(),
            key: key.key(),
            html: &shown.rendered.html,
            lang: shown.lang.as_str(),
            fallback: shown.fallback,
            stale,
            source_url: stale.then(|| format!("{}#{}", source_url(), key.key())),
        }
    }
}

#[derive(Serialize)]
struct RefView {
    label: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct CodeView<'a> {
    registry: &'a str,
    registry_name: &'a str,
    code: u16,
    reason: &'a str,
    status: Option<&'static str>,
    /// When a temporary IANA registration expires (YYYY-MM-DD).
    expires: Option<&'a str>,
    class_digit: u8,
    class_key: &'a str,
    class_label: &'a str,
    url: &'a str,
    references: Vec<RefView>,
    fields: Vec<TextView<'a>>,
    summary: &'a str,
    /// Fields shown in the default locale because this locale lacks them.
    fallbacks: usize,
    headers: Vec<protocol::HeaderView<'a>>,
    example: Option<protocol::ExampleView<'a>>,
    related: Vec<protocol::CodeRef<'a>>,
    libraries: Vec<protocol::LibraryView<'a>>,
    isup: Option<isup::IsupView<'a>>,
    flow: Option<protocol::FlowView>,
    /// The record's file on the repository host, when site.yaml names one.
    edit_url: Option<String>,
}

/// What the registry index lists for a code.
#[derive(Serialize)]
pub(super) struct CodeLink<'a> {
    code: u16,
    reason: &'a str,
    url: String,
    pub(super) summary: String,
    status: Option<&'static str>,
}

/// One class's codes on the registry index.
#[derive(Serialize)]
pub(super) struct ClassGroup<'a> {
    pub(super) digit: u8,
    pub(super) label: String,
    pub(super) codes: Vec<CodeLink<'a>>,
}

/// Where a record is: its registry and its position there.
#[derive(Clone, Copy)]
pub(super) struct At {
    pub(super) reg: usize,
    pub(super) idx: usize,
}

/// The view of one record in `locale`, and its entry on the registry index.
pub(super) fn code_view<'a>(
    site: &'a Site,
    i18n: &I18n,
    texts: &'a RenderedTexts,
    locale: &Locale,
    at: At,
) -> Result<(Value, CodeLink<'a>), Diagnostic> {
    let reg = &site.registries[at.reg];
    let rec = &reg.records[at.idx];
    let default = &site.config.default_locale;
    let shown =
        |k: &TextKey| texts.record(locale, at.reg, at.idx, k).expect("the default locale has every record text");
    let source_url = || plan::url_of(site, default, Route::Code { reg: at.reg, code: rec.code });
    let edit_url = site.config.repository.as_ref().map(|r| r.edit_url(&rec.path));
    let fields: Vec<TextView> = TextKey::RECORD
        .iter()
        .map(|k| TextView::new(k, shown(k), rec.texts.is_stale(locale, default, k), source_url, edit_url.as_ref()))
        .collect();
    let summary = markdown::summary(&shown(&TextKey::Description).rendered.text, SUMMARY_CHARS);
    let url = plan::url_of(site, locale, Route::Code { reg: at.reg, code: rec.code });
    let label = class_label(i18n, locale, reg, rec.code)?;
    let any = |k: &TextKey| texts.record(locale, at.reg, at.idx, k);
    let flow = match &rec.flow {
        Some(f) => {
            let title =
                msg(i18n, locale, "flow-title", &[("code", rec.code.to_string()), ("reason", rec.reason.clone())])?;
            let src = protocol::FlowSource {
                flow: f,
                codes: vec![rec.code],
                note: any,
                id: format!("flow-{}", rec.code),
                title,
            };
            Some(protocol::flow(i18n, locale, src)?)
        }
        None => None,
    };
    let isup = isup::Ctx { site, i18n, locale, reg: at.reg }.code_view(rec.code)?;
    let view = CodeView {
        registry: &reg.id,
        registry_name: &reg.name,
        code: rec.code,
        reason: &rec.reason,
        status: rec.status.map(|s| s.key()),
        expires: reg.iana.as_ref().and_then(|i| i.entries.get(&rec.code)).and_then(|e| e.expires.as_deref()),
        class_digit: Registry::class_digit(rec.code),
        class_key: reg.class_of(rec.code).as_str(),
        class_label: &label,
        url: &url,
        references: rec.references.iter().map(|r| RefView { label: r.to_string(), url: r.url() }).collect(),
        fallbacks: fields.iter().filter(|f| f.fallback).count(),
        fields,
        summary: &summary,
        headers: protocol::headers(rec, any),
        example: protocol::example(rec, any(&TextKey::Caption)),
        related: protocol::related(site, locale, at.reg, rec),
        libraries: protocol::libraries(site, at.reg, rec.code),
        isup,
        flow,
        edit_url,
    };
    let value = Value::from_serializable(&view);
    let link = CodeLink { code: rec.code, reason: &rec.reason, url, summary, status: rec.status.map(|s| s.key()) };
    Ok((value, link))
}

/// "4xx Client Error": the class digit and the class's localized name.
pub(super) fn class_label(i18n: &I18n, locale: &Locale, reg: &Registry, code: u16) -> Result<String, Diagnostic> {
    let digit = Registry::class_digit(code);
    let name = msg(i18n, locale, &reg.class_of(code).message_id(), &[])?;
    msg(i18n, locale, "class-label", &[("digit", digit.to_string()), ("name", name)])
}

/// A curated pair's texts in `locale`, keyed by text key, and its own flow
/// as `flow` (`curated` on pair pages).
pub(super) fn curated_view(
    site: &Site,
    i18n: &I18n,
    texts: &RenderedTexts,
    locale: &Locale,
    reg: usize,
    pair: (u16, u16),
) -> Result<Value, Diagnostic> {
    let default = &site.config.default_locale;
    let stored = &site.registries[reg].curated[&pair];
    let source_url = || plan::url_of(site, default, plan::pair(reg, pair.0, pair.1));
    let edit_url = site.config.repository.as_ref().map(|r| r.edit_url(&stored.path));
    let fields = TextKey::PAIR
        .iter()
        .filter_map(|k| {
            let shown = texts.pair(locale, reg, pair, k)?;
            let stale = !shown.fallback && stored.texts.is_stale(locale, default, k);
            Some((k.key().to_string(), TextView::new(k, shown, stale, source_url, edit_url.as_ref())))
        })
        .collect();
    let flow = match &stored.flow {
        None => None,
        Some(f) => {
            let args = [("a", pair.0.to_string()), ("b", pair.1.to_string())];
            let title = msg(i18n, locale, "flow-title-pair", &args)?;
            let note = |k: &TextKey| texts.pair(locale, reg, pair, k);
            let id = format!("flow-{}-{}", pair.0, pair.1);
            let src = protocol::FlowSource { flow: f, codes: vec![pair.0, pair.1], note, id, title };
            Some(protocol::flow(i18n, locale, src)?)
        }
    };
    Ok(Value::from_serializable(&CuratedView { texts: fields, edit_url, flow }))
}

/// A curated pair's texts (each under its key), where to edit it, and its flow.
#[derive(Serialize)]
struct CuratedView<'a> {
    #[serde(flatten)]
    texts: std::collections::BTreeMap<String, TextView<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    edit_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    flow: Option<protocol::FlowView>,
}
