//! The translation status page (`/<locale>/translation/`): per locale the
//! texts and messages translated, stale or missing, and for a translation
//! what is left to do, each item linked to its page and, when site.yaml
//! names a repository, to its source file.

use crate::i18n::I18n;
use crate::plan::{self, Route};
use crate::site::{Locale, Localized, Site, TextFile, TextKey, TextState};
use serde::Serialize;
use std::path::Path;
use tera::Value;

/// Texts (or messages) by where their translation stands. `total` and
/// `percent` are derived when serialized, so they can never disagree.
#[derive(Default, Clone, Copy)]
struct Counts {
    translated: usize,
    stale: usize,
    missing: usize,
}

impl Counts {
    fn add(&mut self, state: TextState) {
        match state {
            TextState::Translated => self.translated += 1,
            TextState::Stale => self.stale += 1,
            TextState::Missing => self.missing += 1,
        }
    }
    fn merge(&mut self, other: Counts) {
        self.translated += other.translated;
        self.stale += other.stale;
        self.missing += other.missing;
    }
}

impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let total = self.translated + self.stale + self.missing;
        let mut st = s.serialize_struct("Counts", 5)?;
        st.serialize_field("translated", &self.translated)?;
        st.serialize_field("stale", &self.stale)?;
        st.serialize_field("missing", &self.missing)?;
        st.serialize_field("total", &total)?;
        // Whole per cent, rounded down; nothing to translate is complete.
        st.serialize_field("percent", &(self.translated * 100).checked_div(total).unwrap_or(100))?;
        st.end()
    }
}

/// One translation's totals (a row of the summary table).
#[derive(Serialize)]
pub(super) struct LocaleTotals<'a> {
    lang: &'a str,
    name: &'a str,
    url: String,
    texts: Counts,
    messages: Counts,
}

/// One kind of text in one registry: `description`, `headers`, `differences`…
#[derive(Serialize)]
struct KindRow {
    kind: &'static str,
    counts: Counts,
    /// Whether the registry has texts of this kind at all.
    #[serde(skip)]
    seen: bool,
}

/// A record or pair file with texts left to translate.
#[derive(Serialize)]
struct Todo {
    /// "486 Busy Here" or "183 vs 437" (codes and reason phrases are not translated).
    code: u16,
    reason: Option<String>,
    other: Option<u16>,
    url: String,
    source_url: Option<String>,
    /// Kinds of text (as in `KindRow`), stale ones and missing ones.
    stale: Vec<&'static str>,
    missing: Vec<&'static str>,
}

#[derive(Serialize)]
struct RegistryStatus<'a> {
    name: &'a str,
    term: &'static str,
    totals: Counts,
    kinds: Vec<KindRow>,
    todo: Vec<Todo>,
}

#[derive(Serialize)]
struct MessageTodo<'a> {
    id: &'a str,
    file: String,
    source_url: Option<String>,
    stale: bool,
}

/// The `translation` variable of the status page.
#[derive(Serialize)]
pub(super) struct StatusView<'a> {
    /// Every locale but the default, for the summary table (the same on
    /// every locale's page: made once, by `totals`).
    locales: Value,
    /// This locale's details; none on the default locale's own page.
    registries: Vec<RegistryStatus<'a>>,
    messages: Vec<MessageTodo<'a>>,
    /// Whether source links exist (site.yaml names a repository).
    repository: bool,
}

/// The kind a text key belongs to on the status page (a `heading-<kind>` message).
fn kind(key: &TextKey) -> &'static str {
    match key {
        TextKey::Description => "description",
        TextKey::AppearsWhen => "appears_when",
        TextKey::Resolution => "resolution",
        TextKey::Differences => "differences",
        TextKey::WhichToUse => "which_to_use",
        TextKey::Caption => "example",
        TextKey::HeaderNote(_) => "headers",
        TextKey::FlowNote(_) => "flow",
    }
}

const KINDS: [&str; 8] =
    ["description", "appears_when", "resolution", "example", "headers", "flow", "differences", "which_to_use"];

/// Every translation's totals, for the summary table every status page shows.
pub(super) fn totals<'a>(site: &'a Site, i18n: &I18n, names: &'a [String]) -> Vec<LocaleTotals<'a>> {
    let default = &site.config.default_locale;
    let files: Vec<TextFile> = site.registries.iter().flat_map(|r| r.text_files()).collect();
    site.config
        .locales
        .iter()
        .zip(names)
        .filter(|(l, _)| *l != default)
        .map(|(l, name)| {
            let mut texts = Counts::default();
            for f in &files {
                for key in f.texts.0.get(default).into_iter().flat_map(|b| b.texts.keys()) {
                    texts.add(f.texts.state(l, default, key));
                }
            }
            let url = plan::url_of(site, l, Route::Translation);
            LocaleTotals { lang: l.as_str(), name, url, texts, messages: message_counts(i18n, l) }
        })
        .collect()
}

/// The status page's data in `locale`: the shared `totals`, and for a
/// translation what is left to do.
pub(super) fn status_view<'a>(site: &'a Site, i18n: &'a I18n, locale: &Locale, totals: Value) -> StatusView<'a> {
    let own = locale != &site.config.default_locale;
    let registries =
        if own { (0..site.registries.len()).map(|r| registry_status(site, r, locale)).collect() } else { Vec::new() };
    let messages = if own { message_todo(site, i18n, locale) } else { Vec::new() };
    StatusView { locales: totals, registries, messages, repository: site.config.repository.is_some() }
}

fn message_counts(i18n: &I18n, locale: &Locale) -> Counts {
    let mut c = Counts::default();
    for id in i18n.ids(i18n.default_locale()) {
        c.add(i18n.state(locale, id));
    }
    c
}

fn message_todo<'a>(site: &Site, i18n: &'a I18n, locale: &Locale) -> Vec<MessageTodo<'a>> {
    let mut out: Vec<MessageTodo> = i18n
        .ids(i18n.default_locale())
        .filter_map(|id| {
            let state = i18n.state(locale, id);
            if state == TextState::Translated {
                return None;
            }
            // A missing message is added to the file the default locale keeps it in.
            let file = match i18n.site(locale, id) {
                Some(s) => s.path.clone(),
                None => {
                    let en = i18n.site(i18n.default_locale(), id)?;
                    let name = en.path.file_name()?;
                    Path::new("locales").join(locale.as_str()).join(name)
                }
            };
            let source_url = site.config.repository.as_ref().map(|r| r.view_url(&file));
            Some(MessageTodo { id, file: file.display().to_string(), source_url, stale: state == TextState::Stale })
        })
        .collect();
    out.sort_by(|a, b| (&a.file, a.id).cmp(&(&b.file, b.id)));
    out
}

fn registry_status<'a>(site: &'a Site, reg: usize, locale: &Locale) -> RegistryStatus<'a> {
    let r = &site.registries[reg];
    let mut kinds: Vec<KindRow> =
        KINDS.iter().map(|k| KindRow { kind: k, counts: Counts::default(), seen: false }).collect();
    let mut todo = Vec::new();
    for f in r.text_files() {
        let (stale, missing) = file_status(site, locale, f.texts, &mut kinds);
        if stale.is_empty() && missing.is_empty() {
            continue;
        }
        let route = match f.other {
            Some(b) => plan::pair(reg, f.code, b),
            None => Route::Code { reg, code: f.code },
        };
        let url = plan::url_of(site, locale, route);
        let source_url = site.config.repository.as_ref().map(|repo| repo.edit_url(f.path));
        let reason = f.reason.map(str::to_string);
        todo.push(Todo { code: f.code, reason, other: f.other, url, source_url, stale, missing });
    }
    kinds.retain(|k| k.seen);
    let mut totals = Counts::default();
    kinds.iter().for_each(|k| totals.merge(k.counts));
    RegistryStatus { name: &r.name, term: r.term.key(), totals, kinds, todo }
}

/// Counts one file's texts into `kinds`; returns the kinds it has stale and missing.
fn file_status(
    site: &Site,
    locale: &Locale,
    texts: &Localized,
    kinds: &mut [KindRow],
) -> (Vec<&'static str>, Vec<&'static str>) {
    let default = &site.config.default_locale;
    let (mut stale, mut missing) = (Vec::new(), Vec::new());
    let Some(source) = texts.0.get(default) else { return (stale, missing) };
    for key in source.texts.keys() {
        let state = texts.state(locale, default, key);
        let k = kind(key);
        if let Some(row) = kinds.iter_mut().find(|r| r.kind == k) {
            row.counts.add(state);
            row.seen = true;
        }
        let list = match state {
            TextState::Stale => &mut stale,
            TextState::Missing => &mut missing,
            TextState::Translated => continue,
        };
        if !list.contains(&k) {
            list.push(k);
        }
    }
    (stale, missing)
}
