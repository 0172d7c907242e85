//! `codeatlas check`: everything a build validates, and more, without writing
//! anything: every problem in one run (errors, and warnings such as stale
//! translations), then a translation-coverage table.

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::I18n;
use crate::l10n::diff;
use crate::plan::{Page, Route};
use crate::render::{Renderer, Sources, Templates};
use crate::site::{self, Locale, Localized, Site, SiteConfig, TextState};
use crate::source::SiteRoot;
use crate::validate;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// Translation status of one locale.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Coverage {
    /// The locale.
    pub locale: String,
    /// Records with every field translated and none stale.
    pub records_complete: usize,
    /// Records in all.
    pub records: usize,
    /// Texts (records and curated pairs) translated and current.
    pub translated: usize,
    /// Translated from an older version of the source.
    pub stale: usize,
    /// Shown in the default locale instead.
    pub missing: usize,
    /// Fluent messages translated and current.
    pub messages_translated: usize,
    /// Fluent messages translated from an older version of the source message.
    pub messages_stale: usize,
    /// Fluent messages missing or marked untranslated (shown in the default locale).
    pub messages_untranslated: usize,
}

impl Coverage {
    /// Texts in all.
    pub fn fields(&self) -> usize {
        self.translated + self.stale + self.missing
    }
    /// Share of texts translated and current.
    pub fn percent(&self) -> f64 {
        if self.fields() == 0 { 100.0 } else { 100.0 * self.translated as f64 / self.fields() as f64 }
    }
}

/// Everything `check` found.
#[derive(Debug, Default, Serialize)]
pub struct CheckReport {
    /// Errors and warnings, sorted by place.
    pub diagnostics: Vec<Diagnostic>,
    /// Per locale.
    pub coverage: Vec<Coverage>,
}

impl CheckReport {
    /// How many problems fail the check.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// What loaded, stage by stage; each stage that fails reports and is skipped.
struct Loaded {
    config: SiteConfig,
    site: Option<Site>,
    i18n: Option<Arc<I18n>>,
    sources: Option<Sources>,
}

/// Runs every check under `root`.
pub fn check(root: &Path) -> CheckReport {
    let mut diags = Diagnostics::default();
    let root = match SiteRoot::open(root) {
        Ok(r) => r,
        Err(e) => return CheckReport { diagnostics: vec![e.into()], ..Default::default() },
    };
    let Some(loaded) = load(&root, &mut diags) else {
        return CheckReport { diagnostics: diags.into_sorted(), ..Default::default() };
    };
    let messages_ok = check_messages(&loaded, &mut diags);
    let templates = compile(&loaded, &mut diags);
    let mut report = CheckReport::default();
    if let Some(site) = &loaded.site {
        validate::markdown_links(root.path(), site, &mut diags);
        if let Some(i18n) = &loaded.i18n
            && let Err(ds) = validate::content(&root, site, i18n)
        {
            diags.extend(ds);
        }
        let store = crate::l10n::sources::Sources::load(&root).unwrap_or_else(|d| {
            diags.push(d);
            crate::l10n::sources::Sources::default()
        });
        report.coverage = coverage(site, &store, &mut diags);
        if let Some(i18n) = &loaded.i18n {
            message_coverage(&loaded.config, i18n, &store, &mut report.coverage, &mut diags);
        }
        if let (Some(i18n), Some(templates), true) = (&loaded.i18n, templates, messages_ok) {
            match Renderer::new(site, i18n, templates, &crate::markdown::Cache::default()) {
                Ok(r) => render_samples(site, &r, &mut diags),
                Err(ds) => diags.extend(ds),
            }
        }
    }
    report.diagnostics = diags.into_sorted();
    report
}

/// Loads each input on its own, so a broken one does not hide the others' problems.
fn load(root: &SiteRoot, diags: &mut Diagnostics) -> Option<Loaded> {
    let config = match site::load_config(root) {
        Ok(c) => c,
        Err(ds) => {
            diags.extend(ds);
            return None;
        }
    };
    let site = keep(site::load(root), diags);
    let i18n = keep(I18n::load(root, &config), diags).map(Arc::new);
    let sources = keep(Sources::read(root), diags);
    Some(Loaded { config, site, i18n, sources })
}

/// The value, or nothing after reporting its problems.
fn keep<T>(r: Result<T, Vec<Diagnostic>>, diags: &mut Diagnostics) -> Option<T> {
    r.map_err(|ds| diags.extend(ds)).ok()
}

/// Message checks; `false` when a message is missing (rendering samples would
/// report it again, once per locale).
fn check_messages(loaded: &Loaded, diags: &mut Diagnostics) -> bool {
    let Some(i18n) = &loaded.i18n else { return true };
    validate::message_parity(&loaded.config, i18n, diags);
    let parity_found = diags.len();
    if let Some(sources) = &loaded.sources {
        validate::template_messages(&loaded.config, i18n, sources, diags);
    }
    let mut ok = diags.len() == parity_found;
    if let Err(ds) = validate::code_messages(&loaded.config, i18n) {
        diags.extend(ds);
        ok = false;
    }
    if let Some(site) = &loaded.site
        && let Err(ds) = validate::class_messages(site, i18n)
    {
        diags.extend(ds);
        ok = false;
    }
    ok
}

/// Compiles the templates; without messages, still finds their syntax errors.
fn compile(loaded: &Loaded, diags: &mut Diagnostics) -> Option<Templates> {
    let sources = loaded.sources.clone()?;
    let locales = &loaded.config.locales;
    match &loaded.i18n {
        None => {
            let empty = Arc::new(I18n::empty(&loaded.config.default_locale));
            let _ = Templates::compile(sources, empty, locales).map_err(|ds| diags.extend(ds));
            None
        }
        Some(i18n) => Templates::compile(sources, i18n.clone(), locales).map_err(|ds| diags.extend(ds)).ok(),
    }
}

/// Renders one page of each kind in every locale, catching template errors
/// that only show at render time (undefined variables, messages missing everywhere).
fn render_samples(site: &Site, renderer: &Renderer, diags: &mut Diagnostics) {
    let mut buf = Vec::new();
    for locale in 0..site.config.locales.len() {
        for route in sample_routes(site) {
            if let Err(ds) = renderer.render_page(Page { locale, route }, &mut buf) {
                diags.extend(ds);
            }
        }
    }
    for t in ["root.html", "404.html"] {
        if let Err(ds) = renderer.render_special(t, &mut buf) {
            diags.extend(ds);
        }
    }
}

/// One page of each kind: home, translation status, and per registry its index, a code, a
/// curated pair and a generated pair.
fn sample_routes(site: &Site) -> Vec<Route> {
    let mut routes = vec![Route::Home, Route::Translation];
    for (reg, r) in site.registries.iter().enumerate() {
        routes.push(Route::Registry { reg });
        if let Some(first) = r.records.first() {
            routes.push(Route::Code { reg, code: first.code });
        }
        if let Some((a, b)) = r.curated.keys().next() {
            routes.push(Route::Pair { reg, a: *a, b: *b });
        }
        let generated = r
            .records
            .iter()
            .enumerate()
            .flat_map(|(i, x)| r.records[i + 1..].iter().map(move |y| (x.code, y.code)))
            .find(|k| !r.curated.contains_key(k));
        if let Some((a, b)) = generated {
            routes.push(Route::Pair { reg, a, b });
        }
    }
    routes
}

/// Per-locale coverage, with a warning at every stale translation showing
/// what changed in the source since.
fn coverage(site: &Site, store: &crate::l10n::sources::Sources, diags: &mut Diagnostics) -> Vec<Coverage> {
    let default = &site.config.default_locale;
    site.config
        .locales
        .iter()
        .map(|l| {
            let mut c = Coverage {
                locale: l.to_string(),
                records_complete: 0,
                records: 0,
                translated: 0,
                stale: 0,
                missing: 0,
                messages_translated: 0,
                messages_stale: 0,
                messages_untranslated: 0,
            };
            for file in site.registries.iter().flat_map(|r| r.text_files()) {
                let before = (c.stale, c.missing);
                count(&mut c, file.path, file.texts, (l, default), store, diags);
                if file.is_record() {
                    c.records += 1;
                    c.records_complete += usize::from(before == (c.stale, c.missing));
                }
            }
            c
        })
        .collect()
}

/// Counts one file's texts in locale `l`: every text the default locale has
/// (prose, captions, notes).
fn count(
    c: &mut Coverage,
    path: &Path,
    texts: &Localized,
    (l, default): (&Locale, &Locale),
    store: &crate::l10n::sources::Sources,
    diags: &mut Diagnostics,
) {
    let Some(source) = texts.0.get(default) else { return };
    for (k, now) in &source.texts {
        match (texts.state(l, default, k), texts.text(l, k)) {
            (TextState::Missing, _) | (_, None) => c.missing += 1,
            (TextState::Stale, Some(t)) => {
                c.stale += 1;
                let msg = format!(
                    "`{l}.{}` was translated from an older version of the `{default}` text, expected a translation of the current one (then run `codeatlas translated {} {l}`)",
                    k.key(),
                    path.display()
                );
                let old = texts.0.get(l).and_then(|b| b.translated_from.get(k)).and_then(|h| store.get(h));
                let d = Diagnostic::new(path, t.line, t.col, msg).with_severity(Severity::Warning);
                diags.push(d.with_detail(what_changed(default, old, now.source.trim(), path)));
            }
            (TextState::Translated, Some(_)) => c.translated += 1,
        }
    }
}

/// A stale translation's detail: the words that changed in the source since
/// `old`, or where to look when the store does not have `old`.
fn what_changed(default: &Locale, old: Option<&str>, now: &str, path: &Path) -> String {
    match old {
        Some(old) => format!("what changed in `{default}`: {}", diff::for_people(&diff::words(old, now))),
        None => format!(
            "the `{default}` text it was made from is not in {}; compare with the history of {}",
            crate::l10n::sources::PATH,
            path.display()
        ),
    }
}

/// Fluent messages per locale: translated, stale (with what changed), or
/// untranslated; a warning at every stale one.
fn message_coverage(
    config: &SiteConfig,
    i18n: &I18n,
    store: &crate::l10n::sources::Sources,
    cov: &mut [Coverage],
    diags: &mut Diagnostics,
) {
    let default = &config.default_locale;
    for c in cov.iter_mut() {
        let Some(l) = Locale::parse(&c.locale) else { continue };
        for id in i18n.ids(default) {
            let state = i18n.state(&l, id);
            if state == TextState::Translated {
                c.messages_translated += 1;
            } else if let (TextState::Stale, Some(site)) = (state, i18n.site(&l, id)) {
                c.messages_stale += 1;
                let now = i18n.site(default, id).map(|s| s.source.as_str()).unwrap_or("");
                let msg = format!(
                    "message `{id}` of `{l}` was translated from an older version of the `{default}` message, expected a translation of the current one (then run `codeatlas translated {} {l}`)",
                    site.path.display()
                );
                let old = site.from.as_deref().and_then(|h| store.get(h));
                let d = Diagnostic::new(&site.path, site.line, site.col, msg).with_severity(Severity::Warning);
                diags.push(d.with_detail(what_changed(default, old, now, &site.path)));
            } else {
                c.messages_untranslated += 1;
            }
        }
    }
}

/// The human-readable coverage table.
pub fn coverage_table(cov: &[Coverage]) -> String {
    let mut out = String::from(
        "locale   records complete  texts translated  stale  missing  translated %  messages translated  stale  untranslated\n",
    );
    for c in cov {
        let messages = c.messages_translated + c.messages_stale + c.messages_untranslated;
        out.push_str(&format!(
            "{:<8} {:>7}/{:<8} {:>7}/{:<8} {:>5}  {:>7}  {:>11.1}  {:>10}/{:<8} {:>5}  {:>12}\n",
            c.locale,
            c.records_complete,
            c.records,
            c.translated,
            c.fields(),
            c.stale,
            c.missing,
            c.percent(),
            c.messages_translated,
            messages,
            c.messages_stale,
            c.messages_untranslated
        ));
    }
    out
}
