//! What every page of a locale shares: the `site` variable (registries,
//! locales), the registry navigation, and structured-data breadcrumbs.

use crate::json;
use crate::plan::{self, Route};
use crate::site::{Locale, Registry, Site};
use serde::Serialize;
use tera::Value;

#[derive(Serialize)]
struct RegistryNav<'a> {
    id: &'a str,
    name: &'a str,
    term: &'static str,
    url: String,
    count: usize,
    pairs: usize,
    /// The registry's Q.850 page, when it has a cause mapping.
    causes_url: Option<String>,
}

/// A locale as the language switcher and the root chooser list it.
#[derive(Serialize)]
pub(super) struct LangLink<'a> {
    pub(super) lang: &'a str,
    pub(super) name: &'a str,
    pub(super) url: String,
    pub(super) abs_url: String,
    pub(super) current: bool,
    pub(super) indexable: bool,
}

#[derive(Serialize)]
struct SiteView<'a> {
    base_path: &'a str,
    base_url: &'a str,
    default_locale: &'a str,
    registries: Vec<Value>,
    locales: Vec<LangLink<'a>>,
    /// The locale's translation status page.
    translation_url: String,
}

/// A registry's entry in the navigation (`registry` on its pages, an item of `site.registries`).
pub(super) fn registry_nav(site: &Site, locale: &Locale, reg: usize, r: &Registry) -> Value {
    Value::from_serializable(&RegistryNav {
        id: &r.id,
        name: &r.name,
        term: r.term.key(),
        url: plan::url_of(site, locale, Route::Registry { reg }),
        count: r.records.len(),
        pairs: r.pair_count(),
        causes_url: r.causes.as_ref().map(|_| plan::url_of(site, locale, Route::Causes { reg })),
    })
}

/// The `site` variable of `locale`'s pages.
pub(super) fn site_view(site: &Site, locale: &Locale, navs: Vec<Value>, language_names: &[String]) -> Value {
    let locales = site
        .config
        .locales
        .iter()
        .zip(language_names)
        .map(|(l, n)| LangLink {
            lang: l.as_str(),
            name: n,
            url: plan::url_of(site, l, Route::Home),
            abs_url: plan::abs_url_of(site, l, Route::Home),
            current: l == locale,
            indexable: true,
        })
        .collect();
    Value::from_serializable(&SiteView {
        base_path: site.config.base_url.path(),
        base_url: site.config.base_url.full(),
        default_locale: site.config.default_locale.as_str(),
        registries: navs,
        locales,
        translation_url: plan::url_of(site, locale, Route::Translation),
    })
}

/// Structured-data breadcrumbs shared by many pages, as JSON text: the home
/// crumb, and per registry the home and registry crumbs.
pub(super) struct Crumbs {
    pub(super) home: String,
    pub(super) registries: Vec<String>,
}

impl Crumbs {
    pub(super) fn new(site: &Site, locale: &Locale, home_label: &str) -> Crumbs {
        let mut home = String::new();
        push_crumb(&mut home, 1, home_label, &plan::abs_url_of(site, locale, Route::Home));
        let registries = (0..site.registries.len())
            .map(|reg| {
                let mut c = format!("{home},");
                let url = plan::abs_url_of(site, locale, Route::Registry { reg });
                push_crumb(&mut c, 2, &site.registries[reg].name, &url);
                c
            })
            .collect();
        Crumbs { home, registries }
    }
}

/// One `ListItem` of a structured-data breadcrumb trail.
pub(super) fn push_crumb(out: &mut String, position: usize, name: &str, url: &str) {
    out.push_str(r#"{"@type":"ListItem","item":"#);
    json::push_string(out, url);
    out.push_str(r#","name":"#);
    json::push_string(out, name);
    out.push_str(r#","position":"#);
    out.push_str(&position.to_string());
    out.push('}');
}
