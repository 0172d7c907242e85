//! Structured data for search engines: a breadcrumb trail on every page, and
//! the code as a `DefinedTerm` on code pages. Written directly as text (it was
//! 15% of build instructions as a `serde_json` tree), with keys in the order
//! `serde_json` sorts them, and safe inside a `<script>` element.

use super::Views;
use super::locale::push_crumb;
use super::page::index_of;
use crate::json;
use crate::plan::{self, Page, Route};
use crate::site::Site;

impl Views {
    /// The page's structured data; `url` is its absolute address.
    pub(super) fn json_ld(&self, site: &Site, page: Page, url: &str) -> String {
        let lv = &self.locales[page.locale];
        let mut out = String::with_capacity(640);
        out.push_str(r#"{"@context":"https://schema.org","@graph":["#);
        if let Route::Code { reg, code } = page.route {
            self.push_defined_term(&mut out, site, page, (reg, code), url);
        }
        out.push_str(r#"{"@type":"BreadcrumbList","itemListElement":["#);
        match page.route {
            Route::Home => out.push_str(&lv.crumbs.home),
            Route::Translation => {
                out.push_str(&lv.crumbs.home);
                out.push(',');
                push_crumb(&mut out, 2, &lv.translation_title, url);
            }
            Route::Registry { reg } => out.push_str(&lv.crumbs.registries[reg]),
            Route::Code { reg, code } => {
                out.push_str(&lv.crumbs.registries[reg]);
                out.push(',');
                push_crumb(&mut out, 3, &code.to_string(), url);
            }
            Route::Pair { reg, a, b } => {
                out.push_str(&lv.crumbs.registries[reg]);
                out.push(',');
                // The visible breadcrumb's words; Views::build proved the message formats.
                let name = super::pair_name(&self.i18n, &site.config.locales[page.locale], a, b);
                push_crumb(&mut out, 3, &name.unwrap_or_else(|_| format!("{a} {b}")), url);
            }
            Route::Causes { reg } => {
                out.push_str(&lv.crumbs.registries[reg]);
                out.push(',');
                push_crumb(&mut out, 3, "Q.850", url);
            }
        }
        out.push_str("]}]}");
        out
    }

    /// A code as a schema.org `DefinedTerm` of its registry's `DefinedTermSet`.
    fn push_defined_term(&self, out: &mut String, site: &Site, page: Page, (reg, code): (usize, u16), url: &str) {
        let locale = &site.config.locales[page.locale];
        let r = &site.registries[reg];
        let i = index_of(r, code);
        out.push_str(r#"{"@type":"DefinedTerm","description":"#);
        json::push_string(out, &self.locales[page.locale].registries[reg].summaries[i]);
        out.push_str(r#","inDefinedTermSet":{"@type":"DefinedTermSet","name":"#);
        json::push_string(out, &r.name);
        out.push_str(r#","url":"#);
        json::push_string(out, &plan::abs_url_of(site, locale, Route::Registry { reg }));
        out.push_str(r#"},"inLanguage":"#);
        json::push_string(out, locale.as_str());
        out.push_str(r#","name":"#);
        json::push_string(out, &format!("{} {} {}", r.name, code, r.records[i].reason));
        out.push_str(r#","termCode":"#);
        json::push_string(out, &code.to_string());
        out.push_str(r#","url":"#);
        json::push_string(out, url);
        out.push_str("},");
    }
}
