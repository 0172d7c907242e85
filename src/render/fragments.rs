//! The one "render once" mechanism: templates whose output depends on less
//! than a page are rendered once for what they depend on and handed to every
//! page that shows them as ready-made (safe) HTML variables.
//!
//! - `partials/*.html` depend only on the locale (they see `lang`, `site`
//!   and `home_url`): the header, the search form, the footer. Each is
//!   rendered once per locale and given to pages as `chrome.<name>`
//!   (`partials/top.html` → `chrome.top`).
//! - `pair-side.html`, `pair-which.html` and `pair-flow.html` depend on one
//!   code (as `c`): a code appears on N−1 pair pages. Each is rendered once
//!   per code and locale and given to pair pages as `a_side`/`b_side`,
//!   `a_which`/`b_which`, `a_flow`/`b_flow`.
//!
//! Profiling showed the page chrome's message lookups and loops, and the pair
//! sides, as the largest shares of page rendering before this.

use super::templates::Templates;
use super::views::Views;
use crate::diagnostics::Diagnostic;
use crate::site::Site;
use rayon::prelude::*;
use tera::Value;

/// Per-code fragments: (template, the `<a|b>_<name>` variable suffix).
pub const CODE_FRAGMENTS: [(&str, &str); 3] =
    [("pair-side.html", "side"), ("pair-which.html", "which"), ("pair-flow.html", "flow")];

/// A code's fragments in one locale, in `CODE_FRAGMENTS` order.
pub(super) type CodeFragments = [Value; 3];

/// Every fragment of a build.
pub(super) struct Fragments {
    /// Per locale: the `chrome` variable (a map of rendered partials).
    chrome: Vec<Value>,
    /// Per locale, per registry, per record.
    codes: Vec<Vec<Vec<CodeFragments>>>,
}

impl Fragments {
    /// Renders every fragment of every locale.
    pub(super) fn render(site: &Site, views: &Views, templates: &Templates) -> Result<Fragments, Vec<Diagnostic>> {
        let mut chrome = Vec::new();
        let mut codes = Vec::new();
        for locale in 0..site.config.locales.len() {
            chrome.push(render_chrome(views, templates, locale)?);
            let per_registry = site
                .registries
                .iter()
                .enumerate()
                .map(|(reg, r)| {
                    // Collected in order first, so an error is always the first code's.
                    (0..r.records.len())
                        .into_par_iter()
                        .map(|idx| render_code(views, templates, locale, reg, idx))
                        .collect::<Vec<_>>()
                        .into_iter()
                        .collect()
                })
                .collect::<Result<Vec<Vec<CodeFragments>>, _>>()?;
            codes.push(per_registry);
        }
        Ok(Fragments { chrome, codes })
    }

    /// The `chrome` variable of the `locale`-th locale.
    pub(super) fn chrome(&self, locale: usize) -> &Value {
        &self.chrome[locale]
    }

    /// A code's fragments in a locale.
    pub(super) fn code(&self, locale: usize, reg: usize, idx: usize) -> &CodeFragments {
        &self.codes[locale][reg][idx]
    }
}

/// Renders `name` with `vars` into a safe string, or its errors.
fn render_one(templates: &Templates, locale: usize, name: &str, ctx: &tera::Context) -> Result<Value, Vec<Diagnostic>> {
    let mut buf = Vec::new();
    templates
        .render_to(locale, name, ctx, &mut buf)
        .map(|()| Value::safe_string(&String::from_utf8_lossy(&buf)))
        .map_err(|e| templates.errors(&e, name))
}

fn render_chrome(views: &Views, templates: &Templates, locale: usize) -> Result<Value, Vec<Diagnostic>> {
    let ctx = views.locale_vars(locale).into_context();
    let mut map = tera::Map::new();
    for name in templates.sources().partials() {
        let key = name.trim_start_matches("partials/").trim_end_matches(".html").replace('-', "_");
        map.insert(key.into(), render_one(templates, locale, name, &ctx)?);
    }
    Ok(Value::from(map))
}

fn render_code(
    views: &Views,
    templates: &Templates,
    locale: usize,
    reg: usize,
    idx: usize,
) -> Result<CodeFragments, Vec<Diagnostic>> {
    let ctx = views.code_vars(locale, reg, idx).into_context();
    let [(side, _), (which, _), (flow, _)] = CODE_FRAGMENTS;
    Ok([
        render_one(templates, locale, side, &ctx)?,
        render_one(templates, locale, which, &ctx)?,
        render_one(templates, locale, flow, &ctx)?,
    ])
}
