//! The translation status page (`/<locale>/translation/`): per locale the
//! texts and messages translated, stale or missing, and for a translation
//! what is left to do, each item linked to its page and, when site.yaml
//! names a repository, to its source file.

use crate::i18n::I18n;
use crate::plan::{self, Route};
use crate::site::{Locale, Localized, Site, TextKey, TextState};
use serde::Serialize;
use std::path::Path;

#[derive(Serialize, Default, Clone, Copy)]
struct Counts {
    translated: usize,
    stale: usize,
    missing: usize,
    total: usize,
    /// Share translated from the current text, in whole per cent (rounded down).
    percent: usize,
}

impl Counts {
    fn add(&mut self, state: TextState) {
        match state {
            TextState::Translated => self.translated += 1,
            TextState::Stale => self.stale += 1,
            TextState::Missing => self.missing += 1,
        }
        self.total += 1;
        self.percent = (self.translated * 100).checked_div(self.total).unwrap_or(100);
    }
    fn merge(&mut self, other: Counts) {
        self.translated += other.translated;
        self.stale += other.stale;
        self.missing += other.missing;
        self.total += other.total;
        self.percent = (self.translated * 100).checked_div(self.total).unwrap_or(100);
    }
}

/// One translation's totals (a row of the summary table).
#[derive(Serialize)]
struct LocaleTotals<'a> {
    lang: &'a str,
    name: &'a str,
    url: String,
    current: bool,
    texts: Counts,
    messages: Counts,
}

/// One kind of text in one registry: `description`, `headers`, `differences`…
#[derive(Serialize)]
struct KindRow {
    kind: &'static str,
    counts: Counts,
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
    /// Every locale but the default, for the summary table.
    locales: Vec<LocaleTotals<'a>>,
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

/// The status page's data in `locale`.
pub(super) fn status_view<'a>(site: &'a Site, i18n: &'a I18n, locale: &Locale, names: &'a [String]) -> StatusView<'a> {
    let default = &site.config.default_locale;
    let locales = site
        .config
        .locales
        .iter()
        .zip(names)
        .filter(|(l, _)| *l != default)
        .map(|(l, name)| {
            let mut texts = Counts::default();
            for reg in (0..site.registries.len()).map(|r| registry_status(site, r, l)) {
                texts.merge(reg.totals);
            }
            LocaleTotals {
                lang: l.as_str(),
                name,
                url: plan::url_of(site, l, Route::Translation),
                current: l == locale,
                texts,
                messages: message_counts(i18n, l),
            }
        })
        .collect();
    let own = locale != default;
    let registries =
        if own { (0..site.registries.len()).map(|r| registry_status(site, r, locale)).collect() } else { Vec::new() };
    let messages = if own { message_todo(site, i18n, locale) } else { Vec::new() };
    StatusView { locales, registries, messages, repository: site.config.repository.is_some() }
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
    let mut kinds: Vec<KindRow> = KINDS.iter().map(|k| KindRow { kind: k, counts: Counts::default() }).collect();
    let mut todo = Vec::new();
    let files = r
        .records
        .iter()
        .map(|rec| (rec.code, None, Some(rec.reason.clone()), &rec.path, &rec.texts))
        .chain(r.curated.values().map(|p| (p.a, Some(p.b), None, &p.path, &p.texts)));
    for (code, other, reason, path, texts) in files {
        let (stale, missing) = file_status(site, locale, texts, &mut kinds);
        if stale.is_empty() && missing.is_empty() {
            continue;
        }
        let route = match other {
            Some(b) => plan::pair(reg, code, b),
            None => Route::Code { reg, code },
        };
        let url = plan::url_of(site, locale, route);
        let source_url = site.config.repository.as_ref().map(|repo| repo.edit_url(path));
        todo.push(Todo { code, reason, other, url, source_url, stale, missing });
    }
    kinds.retain(|k| k.counts.total > 0);
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
