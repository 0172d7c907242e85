//! Rendering: each text's Markdown rendered once (`texts`), the data
//! templates see (`views`), fragments rendered once and shared
//! (`fragments`), and Tera templates compiled once (`templates`). Pages are
//! rendered on demand, in parallel, into a buffer the writer streams to disk.

mod diagram;
mod errors;
mod escape;
mod fragments;
mod functions;
mod specialize;
mod templates;
mod texts;
mod views;

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::markdown::Cache;
use crate::plan::{self, Route};
use crate::site::Site;
use fragments::Fragments;
use std::sync::Arc;

pub use errors::template_errors;
pub use fragments::CODE_FRAGMENTS;
pub use templates::{BUILT_IN, Sources, Templates, message_keys};
pub use texts::{RenderedTexts, Shown};
pub use views::{CODE_MESSAGES, CausesText, Vars, Views};

/// Everything needed to render any page of one build.
pub struct Renderer<'a> {
    site: &'a Site,
    templates: Templates,
    texts: RenderedTexts,
    views: Views,
    fragments: Fragments,
}

impl<'a> Renderer<'a> {
    /// Renders every text and fragment of `site`, reusing Markdown from `cache`.
    pub fn new(
        site: &'a Site,
        i18n: &Arc<I18n>,
        templates: Templates,
        cache: &Cache,
    ) -> Result<Renderer<'a>, Vec<Diagnostic>> {
        let texts = RenderedTexts::render(site, cache);
        let views = Views::build(site, i18n, &texts).map_err(|d| vec![d])?;
        let fragments = Fragments::render(site, &views, &templates)?;
        Ok(Renderer { site, templates, texts, views, fragments })
    }

    /// Every text, rendered (for the JSON API and the search index).
    pub fn texts(&self) -> &RenderedTexts {
        &self.texts
    }

    /// The site being rendered.
    pub fn site(&self) -> &Site {
        self.site
    }

    /// The variables of one page, fragments included.
    pub fn page_vars(&self, page: plan::Page) -> Vars {
        let mut vars = self.views.page_vars(self.site, page);
        vars.set("chrome", self.fragments.chrome(page.locale).clone());
        if let Route::Pair { reg, a, b } = page.route {
            let r = &self.site.registries[reg];
            let [a_side, a_which, a_flow] = self.fragments.code(page.locale, reg, r.index_of(a).unwrap_or(0)).clone();
            let [b_side, b_which, b_flow] = self.fragments.code(page.locale, reg, r.index_of(b).unwrap_or(0)).clone();
            vars.set("a_side", a_side);
            vars.set("b_side", b_side);
            vars.set("a_which", a_which);
            vars.set("b_which", b_which);
            vars.set("a_flow", a_flow);
            vars.set("b_flow", b_flow);
        }
        vars
    }

    /// Renders one localized page into `buf` (cleared first).
    pub fn render_page(&self, page: plan::Page, buf: &mut Vec<u8>) -> Result<(), Vec<Diagnostic>> {
        let template = page_template(page.route);
        buf.clear();
        let ctx = self.page_vars(page).into_context();
        self.templates.render_to(page.locale, template, &ctx, buf).map_err(|e| self.templates.errors(&e, template))
    }

    /// Renders a site-level page: `root.html` or `404.html`.
    pub fn render_special(&self, template: &str, buf: &mut Vec<u8>) -> Result<(), Vec<Diagnostic>> {
        let mut vars = self.views.special_vars(self.site, template);
        vars.set("chrome", self.fragments.chrome(self.site.default_index()).clone());
        buf.clear();
        let ctx = vars.into_context();
        self.templates.written().render_to(template, &ctx, &mut *buf).map_err(|e| self.templates.errors(&e, template))
    }

    /// Registry `reg`'s Q.850 page in words, in the `locale`-th locale.
    pub fn causes_text(&self, locale: usize, reg: usize) -> Option<&CausesText> {
        self.views.causes_text(locale, reg)
    }

    /// Each registry's localized title ("HTTP status codes") in the `locale`-th locale.
    pub fn registry_titles(&self, locale: usize) -> &[String] {
        self.views.registry_titles(locale)
    }

    /// How many texts each locale shows in the default locale instead (site order).
    pub fn fallbacks(&self) -> Vec<usize> {
        self.site.config.locales.iter().map(|l| self.texts.fallbacks(l)).collect()
    }
}

/// The template that renders a kind of page.
pub fn page_template(route: Route) -> &'static str {
    match route {
        Route::Home => "home.html",
        Route::Translation => "translation.html",
        Route::Registry { .. } => "registry.html",
        Route::Code { .. } => "code.html",
        Route::Pair { .. } => "pair.html",
        Route::Causes { .. } => "q850.html",
    }
}

#[cfg(test)]
mod contract;
