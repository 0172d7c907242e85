//! Which pages exist and where they live. Pure functions of the site model: no
//! rendering, no I/O. Every URL the site links to is made here, so links and the
//! files written can never disagree.

use crate::site::{Locale, Registry, Site};

/// A localized page, independent of the locale it is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Registry { reg: usize },
    Code { reg: usize, code: u16 },
    Pair { reg: usize, a: u16, b: u16 },
}

/// One page to render: a route in a locale (index into `site.config.locales`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page {
    pub locale: usize,
    pub route: Route,
}

/// Every localized page, in a stable order: per locale, home, then each registry's
/// index, code pages and pair pages. Cheap to hold even at 100k pages (24 bytes each).
pub fn pages(site: &Site) -> Vec<Page> {
    let mut out = Vec::with_capacity(page_count(site));
    for locale in 0..site.config.locales.len() {
        for route in routes(site) {
            out.push(Page { locale, route });
        }
    }
    out
}

/// The routes of one locale.
pub fn routes(site: &Site) -> impl Iterator<Item = Route> + '_ {
    std::iter::once(Route::Home).chain(site.registries.iter().enumerate().flat_map(|(reg, r)| registry_routes(reg, r)))
}

/// The routes of one registry: its index, every code, every unordered pair.
pub fn registry_routes(reg: usize, r: &Registry) -> impl Iterator<Item = Route> + '_ {
    let codes = r.records.iter().map(move |rec| Route::Code { reg, code: rec.code });
    let pairs = r
        .records
        .iter()
        .enumerate()
        .flat_map(move |(i, x)| r.records[i + 1..].iter().map(move |y| Route::Pair { reg, a: x.code, b: y.code }));
    std::iter::once(Route::Registry { reg }).chain(codes).chain(pairs)
}

/// The routes a change to one record touches: its code page and its pairs.
pub fn routes_of_code(reg: usize, r: &Registry, code: u16) -> impl Iterator<Item = Route> + '_ {
    std::iter::once(Route::Code { reg, code }).chain(
        r.records.iter().filter(move |o| o.code != code).map(move |o| Route::Pair {
            reg,
            a: code.min(o.code),
            b: code.max(o.code),
        }),
    )
}

/// Pages per locale.
pub fn page_count_per_locale(site: &Site) -> usize {
    1 + site.registries.iter().map(|r| 1 + r.records.len() + r.pair_count()).sum::<usize>()
}

pub fn page_count(site: &Site) -> usize {
    page_count_per_locale(site) * site.config.locales.len()
}

/// Path of a route relative to the site root, ending with `/` (the folder whose
/// `index.html` holds the page).
pub fn dir_of(site: &Site, locale: &Locale, route: Route) -> String {
    match route {
        Route::Home => format!("{locale}/"),
        Route::Registry { reg } => format!("{locale}/{}/", site.registries[reg].id),
        Route::Code { reg, code } => format!("{locale}/{}/{code}/", site.registries[reg].id),
        Route::Pair { reg, a, b } => format!("{locale}/{}/{a}-vs-{b}/", site.registries[reg].id),
    }
}

/// The file a route is written to, relative to the output folder.
pub fn file_of(site: &Site, locale: &Locale, route: Route) -> String {
    format!("{}index.html", dir_of(site, locale, route))
}

/// Root-relative URL (starts with the base path), for links inside the site.
pub fn url_of(site: &Site, locale: &Locale, route: Route) -> String {
    format!("{}{}", site.config.base_url.path(), dir_of(site, locale, route))
}

/// Absolute URL, for canonical links, hreflang and the sitemap.
pub fn abs_url_of(site: &Site, locale: &Locale, route: Route) -> String {
    format!("{}{}", site.config.base_url.full(), dir_of(site, locale, route))
}

/// The pair route for two codes in either order.
pub fn pair(reg: usize, x: u16, y: u16) -> Route {
    Route::Pair { reg, a: x.min(y), b: x.max(y) }
}

/// Whether a page has its own text in `locale` (not mostly fallback): such pages are
/// announced to search engines in that language; the others carry `noindex`.
pub fn is_translated(site: &Site, locale: &Locale, route: Route) -> bool {
    if locale == &site.config.default_locale {
        return true;
    }
    let code_ok = |reg: usize, code: u16| {
        site.registries[reg].record(code).is_some_and(|r| {
            crate::site::Field::ALL.iter().filter(|f| r.text(locale, **f).is_some()).count() * 2
                > crate::site::Field::ALL.len()
        })
    };
    match route {
        Route::Home | Route::Registry { .. } => true,
        Route::Code { reg, code } => code_ok(reg, code),
        Route::Pair { reg, a, b } => code_ok(reg, a) && code_ok(reg, b),
    }
}
