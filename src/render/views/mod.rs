//! Template data, built once per build: each record's view per locale
//! (texts rendered once, fallbacks marked), registry indexes, curated pairs
//! and the `site` variable. Per-page variables are then assembled from cheap
//! clones of these values (`page.rs`). `docs/templates.md` documents every
//! variable; a test keeps the two in step.

mod code;
mod isup;
mod jsonld;
mod locale;
mod page;
mod protocol;
mod status;

use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, I18n};
use crate::plan::{self, Route};
use crate::render::texts::RenderedTexts;
use crate::site::{Locale, Site};
use code::{At, ClassGroup, class_label, code_view, curated_view};
use locale::{Crumbs, registry_nav, site_view};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use tera::Value;

pub use page::Vars;

/// Messages the generator itself formats (beyond those templates name).
pub const CODE_MESSAGES: [&str; 6] =
    ["language-name", "class-label", "breadcrumb-home", "registry-codes", "translation-title", "pair-name"];

struct RegistryViews {
    /// Per record (registry order): the code's view.
    codes: Vec<Value>,
    /// Per record: the summary of its description (meta description, structured data).
    summaries: Vec<String>,
    /// The class groups of the registry index.
    index: Value,
    nav: Value,
    curated: HashMap<(u16, u16), Value>,
    /// The Q.850 page's data, when the registry has a cause mapping.
    causes: Value,
    /// The Q.850 page in words, when there is one (for the search index).
    causes_text: Option<CausesText>,
}

/// A registry's Q.850 page in words, for the search index.
pub struct CausesText {
    /// The page's title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Every cause value's name, in the locale.
    pub names: Vec<String>,
}

struct LocaleViews {
    /// Per registry: its codes by their right name, "HTTP status codes".
    titles: Vec<String>,
    lang: Value,
    home_url: Value,
    crumbs: Crumbs,
    site: Value,
    registries: Vec<RegistryViews>,
    /// The translation status page's data.
    translation: Value,
    /// Its title (for structured data).
    translation_title: String,
}

/// Everything templates are given, for every locale.
pub struct Views {
    locales: Vec<LocaleViews>,
    language_names: Vec<String>,
    /// For the few messages formatted per page (a pair's name).
    i18n: Arc<I18n>,
}

/// A message formatted with string arguments; errors point at the message.
fn msg(i18n: &I18n, locale: &Locale, id: &str, args: &[(&str, String)]) -> Result<String, Diagnostic> {
    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Str(v.as_str().into()))).collect();
    i18n.format(locale, id, &args).map(|f| f.text).map_err(|e| i18n.diagnostic(&e, default_dir(i18n)))
}

/// Where an error about a message no file position is known for points.
fn default_dir(i18n: &I18n) -> (PathBuf, usize, usize) {
    (PathBuf::from("locales").join(i18n.default_locale().as_str()), 1, 1)
}

/// "183 vs 437" as `locale` says it, with the codes as numbers, as templates pass them.
fn pair_name(i18n: &I18n, locale: &Locale, a: u16, b: u16) -> Result<String, crate::i18n::FormatError> {
    i18n.format(locale, "pair-name", &[("a", Arg::Num(a.into())), ("b", Arg::Num(b.into()))]).map(|f| f.text)
}

impl Views {
    /// Registry `reg`'s Q.850 page in words, in the `locale`-th locale.
    pub fn causes_text(&self, locale: usize, reg: usize) -> Option<&CausesText> {
        self.locales[locale].registries[reg].causes_text.as_ref()
    }

    /// Each registry's localized title in the `locale`-th locale.
    pub fn registry_titles(&self, locale: usize) -> &[String] {
        &self.locales[locale].titles
    }

    /// Builds every locale's views from the site and its rendered texts.
    pub fn build(site: &Site, i18n: &Arc<I18n>, texts: &RenderedTexts) -> Result<Views, Diagnostic> {
        // A language is named in itself: by its own bundle's `language-name`,
        // never by the default locale's (which would call it "English"); a
        // locale that has not named itself yet shows its tag.
        let language_names = site
            .config
            .locales
            .iter()
            .map(|l| if i18n.has(l, "language-name") { msg(i18n, l, "language-name", &[]) } else { Ok(l.to_string()) })
            .collect::<Result<Vec<_>, _>>()?;
        let totals = Value::from_serializable(&status::totals(site, i18n, &language_names));
        let locales = site
            .config
            .locales
            .iter()
            .map(|locale| locale_views(site, i18n, texts, locale, (&language_names, &totals)))
            .collect::<Result<_, _>>()?;
        Ok(Views { locales, language_names, i18n: i18n.clone() })
    }
}

/// One locale's views.
fn locale_views(
    site: &Site,
    i18n: &I18n,
    texts: &RenderedTexts,
    locale: &Locale,
    (language_names, totals): (&[String], &Value),
) -> Result<LocaleViews, Diagnostic> {
    let registries = (0..site.registries.len())
        .map(|reg| registry_views(site, i18n, texts, locale, reg))
        .collect::<Result<Vec<_>, _>>()?;
    let navs = registries.iter().map(|r| r.nav.clone()).collect();
    let home_label = msg(i18n, locale, "breadcrumb-home", &[])?;
    let titles = site
        .registries
        .iter()
        .map(|r| {
            msg(i18n, locale, "registry-codes", &[("registry", r.name.clone()), ("term", r.term.key().to_string())])
        })
        .collect::<Result<_, _>>()?;
    // Formatted per pair page later, where an error has nowhere to go: prove it here.
    pair_name(i18n, locale, 100, 101).map_err(|e| i18n.diagnostic(&e, default_dir(i18n)))?;
    Ok(LocaleViews {
        titles,
        lang: Value::from(locale.as_str()),
        home_url: Value::from(plan::url_of(site, locale, Route::Home)),
        crumbs: Crumbs::new(site, locale, &home_label),
        site: site_view(site, locale, navs, language_names),
        registries,
        translation: Value::from_serializable(&status::status_view(site, i18n, locale, totals.clone())),
        translation_title: msg(i18n, locale, "translation-title", &[])?,
    })
}

/// One registry's views in one locale: every code, the class index, the
/// navigation entry and the curated pairs.
fn registry_views(
    site: &Site,
    i18n: &I18n,
    texts: &RenderedTexts,
    locale: &Locale,
    reg: usize,
) -> Result<RegistryViews, Diagnostic> {
    let r = &site.registries[reg];
    let mut codes = Vec::with_capacity(r.records.len());
    let mut summaries = Vec::with_capacity(r.records.len());
    let mut groups: BTreeMap<u8, ClassGroup> = BTreeMap::new();
    for idx in 0..r.records.len() {
        let (view, link) = code_view(site, i18n, texts, locale, At { reg, idx })?;
        codes.push(view);
        summaries.push(link.summary.clone());
        let code = r.records[idx].code;
        let digit = crate::site::Registry::class_digit(code);
        if let std::collections::btree_map::Entry::Vacant(e) = groups.entry(digit) {
            e.insert(ClassGroup { digit, label: class_label(i18n, locale, r, code)?, codes: Vec::new() });
        }
        if let Some(g) = groups.get_mut(&digit) {
            g.codes.push(link);
        }
    }
    let curated = r
        .curated
        .keys()
        .map(|k| Ok((*k, curated_view(site, i18n, texts, locale, reg, *k)?)))
        .collect::<Result<_, Diagnostic>>()?;
    let causes = isup::Ctx { site, i18n, locale, reg }.page_view()?;
    let causes_text = match &r.causes {
        Some(map) => {
            let args = [("registry", r.name.clone())];
            Some(CausesText {
                title: msg(i18n, locale, "q850-title", &args)?,
                description: msg(i18n, locale, "q850-description", &args)?,
                names: map.causes.keys().map(|c| isup::cause_name(i18n, locale, *c)).collect::<Result<_, _>>()?,
            })
        }
        None => None,
    };
    Ok(RegistryViews {
        codes,
        summaries,
        index: Value::from_serializable(&groups.into_values().collect::<Vec<_>>()),
        nav: registry_nav(site, locale, reg, r),
        curated,
        causes: causes.map_or_else(Value::none, |c| Value::from_serializable(&c)),
        causes_text,
    })
}
