//! Which pages exist and where they live. Pure functions of the site model: no
//! rendering, no I/O. Every URL the site links to is made here, so links and the
//! files written can never disagree.

use crate::site::{Locale, Registry, Site};

/// A localized page, independent of the locale it is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// A locale's home page.
    Home,
    /// A locale's translation status: what is translated, stale or missing.
    Translation,
    /// A registry's index (`reg` indexes `site.registries`).
    Registry {
        /// The registry.
        reg: usize,
    },
    /// One code's page.
    Code {
        /// The registry.
        reg: usize,
        /// The code.
        code: u16,
    },
    /// The registry's mapping to ISDN cause values (RFC 3398), when it has
    /// one (`q850.yaml`).
    Causes {
        /// The registry.
        reg: usize,
    },
    /// The comparison of two codes of one registry, `a < b`.
    Pair {
        /// The registry.
        reg: usize,
        /// The lower code.
        a: u16,
        /// The higher code.
        b: u16,
    },
}

/// One page to render: a route in a locale (index into `site.config.locales`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page {
    /// Index into `site.config.locales`.
    pub locale: usize,
    /// Which page.
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
    [Route::Home, Route::Translation]
        .into_iter()
        .chain(site.registries.iter().enumerate().flat_map(|(reg, r)| registry_routes(reg, r)))
}

/// The routes of one registry: its index, its cause mapping if it has one,
/// every code, every unordered pair.
pub fn registry_routes(reg: usize, r: &Registry) -> impl Iterator<Item = Route> + '_ {
    let codes = r.records.iter().map(move |rec| Route::Code { reg, code: rec.code });
    let pairs = r
        .records
        .iter()
        .enumerate()
        .flat_map(move |(i, x)| r.records[i + 1..].iter().map(move |y| Route::Pair { reg, a: x.code, b: y.code }));
    let causes = r.causes.as_ref().map(|_| Route::Causes { reg });
    std::iter::once(Route::Registry { reg }).chain(causes).chain(codes).chain(pairs)
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
    2 + site
        .registries
        .iter()
        .map(|r| 1 + usize::from(r.causes.is_some()) + r.records.len() + r.pair_count())
        .sum::<usize>()
}

/// Pages in all locales.
pub fn page_count(site: &Site) -> usize {
    page_count_per_locale(site) * site.config.locales.len()
}

/// Path of a route relative to the site root, ending with `/` (the folder whose
/// `index.html` holds the page).
pub fn dir_of(site: &Site, locale: &Locale, route: Route) -> String {
    let mut out = String::with_capacity(32);
    push_dir(&mut out, site, locale, route);
    out
}

/// Appends `dir_of(…)` to `out`. Pages make ten or so URLs each, so this
/// writes the pieces directly instead of going through `format!`.
pub fn push_dir(out: &mut String, site: &Site, locale: &Locale, route: Route) {
    out.push_str(locale.as_str());
    out.push('/');
    let reg = match route {
        Route::Home => return,
        Route::Translation => {
            out.push_str("translation/");
            return;
        }
        Route::Registry { reg } | Route::Causes { reg } | Route::Code { reg, .. } | Route::Pair { reg, .. } => reg,
    };
    out.push_str(&site.registries[reg].id);
    out.push('/');
    match route {
        Route::Code { code, .. } => push_code(out, code),
        Route::Causes { .. } => out.push_str("q850"),
        Route::Pair { a, b, .. } => {
            push_code(out, a);
            out.push_str("-vs-");
            push_code(out, b);
        }
        Route::Home | Route::Translation | Route::Registry { .. } => return,
    }
    out.push('/');
}

/// Appends a code's decimal digits.
fn push_code(out: &mut String, code: u16) {
    let mut digits = [0u8; 5];
    let mut n = code;
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[i..].iter().for_each(|d| out.push(char::from(*d)));
}

/// The file a route is written to, relative to the output folder.
pub fn file_of(site: &Site, locale: &Locale, route: Route) -> String {
    let mut out = dir_of(site, locale, route);
    out.push_str("index.html");
    out
}

/// `prefix` followed by the route's folder.
fn prefixed(prefix: &str, site: &Site, locale: &Locale, route: Route) -> String {
    let mut out = String::with_capacity(prefix.len() + 32);
    out.push_str(prefix);
    push_dir(&mut out, site, locale, route);
    out
}

/// Root-relative URL (starts with the base path), for links inside the site.
pub fn url_of(site: &Site, locale: &Locale, route: Route) -> String {
    prefixed(site.config.base_url.path(), site, locale, route)
}

/// Absolute URL, for canonical links, hreflang and the sitemap.
pub fn abs_url_of(site: &Site, locale: &Locale, route: Route) -> String {
    prefixed(site.config.base_url.full(), site, locale, route)
}

/// The pair route for two codes in either order.
pub fn pair(reg: usize, x: u16, y: u16) -> Route {
    Route::Pair { reg, a: x.min(y), b: x.max(y) }
}

/// Whether a page has its own text in `locale` (not mostly fallback): such pages are
/// announced to search engines in that language; the others carry `noindex`.
pub fn is_translated(site: &Site, locale: &Locale, route: Route) -> bool {
    let code_ok = |reg: usize, code: u16| {
        site.registries[reg].record(code).is_some_and(|r| {
            let keys = crate::site::TextKey::RECORD;
            keys.iter().filter(|k| r.text(locale, k).is_some()).count() * 2 > keys.len()
        })
    };
    match route {
        // The status page is for translators, not for search engines.
        Route::Translation => false,
        _ if locale == &site.config.default_locale => true,
        Route::Home | Route::Registry { .. } | Route::Causes { .. } => true,
        Route::Code { reg, code } => code_ok(reg, code),
        Route::Pair { reg, a, b } => code_ok(reg, a) && code_ok(reg, b),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_written_as_their_decimal_digits() {
        for code in 0..=u16::MAX {
            let mut s = String::from("x");
            super::push_code(&mut s, code);
            assert_eq!(s, format!("x{code}"));
        }
    }
}
