//! `codeatlas check`: everything a build validates, and more, without writing
//! anything: every problem in one run, then a translation-coverage table.

use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::i18n::I18n;
use crate::plan::{self, Page, Route};
use crate::render::{self, Renderer};
use crate::site::{self, Field, Locale, PairField, Site, SiteConfig};
use serde::Serialize;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

/// Translation status of one locale.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Coverage {
    pub locale: String,
    /// Records with every field translated and none stale.
    pub records_complete: usize,
    pub records: usize,
    /// Fields (records and curated pairs) translated and current.
    pub translated: usize,
    /// Translated from an older version of the source.
    pub stale: usize,
    /// Shown in the default locale instead.
    pub missing: usize,
}

impl Coverage {
    pub fn fields(&self) -> usize {
        self.translated + self.stale + self.missing
    }
    pub fn percent(&self) -> f64 {
        if self.fields() == 0 { 100.0 } else { 100.0 * self.translated as f64 / self.fields() as f64 }
    }
}

/// A stale translation, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct StaleField {
    pub path: String,
    pub locale: String,
    pub field: &'static str,
}

impl StaleField {
    fn new(path: &Path, locale: &Locale, field: &'static str) -> StaleField {
        StaleField { path: path.display().to_string(), locale: locale.to_string(), field }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    pub coverage: Vec<Coverage>,
    pub stale: Vec<StaleField>,
}

/// Runs every check under `root`.
pub fn check(root: &Path) -> CheckReport {
    let mut diags = Diagnostics::default();
    let config = match site::load_config(root) {
        Ok(c) => c,
        Err(ds) => return CheckReport { diagnostics: ds, ..Default::default() },
    };
    let site = site::load(root).map_err(|ds| ds.into_iter().for_each(|d| diags.push(d))).ok();
    let i18n = I18n::load(root, &config).map_err(|ds| ds.into_iter().for_each(|d| diags.push(d))).ok().map(Arc::new);
    let sources = render::read_templates(root).map_err(|ds| ds.into_iter().for_each(|d| diags.push(d))).ok();

    // Rendering samples would report an undefined message again, once per locale.
    let mut messages_ok = true;
    if let Some(i18n) = &i18n {
        message_parity(&config, i18n, &mut diags);
        if let Some(sources) = &sources {
            let before = diags.len();
            template_messages(root, &config, i18n, sources, &mut diags);
            messages_ok = diags.len() == before;
        }
    }
    let tera = match (&i18n, &sources) {
        (None, Some(s)) => {
            // Still find template syntax errors; nothing is rendered without messages.
            let empty = Arc::new(I18n::empty(&config.default_locale));
            let _ = render::compile_templates(root, s, empty, &config.locales)
                .map_err(|ds| ds.into_iter().for_each(|d| diags.push(d)));
            None
        }
        (Some(i), Some(s)) => render::compile_templates(root, s, i.clone(), &config.locales)
            .map_err(|ds| ds.into_iter().for_each(|d| diags.push(d)))
            .ok(),
        _ => None,
    };
    let mut report = CheckReport::default();
    if let (Some(site), Some(i18n)) = (&site, &i18n)
        && let Err(ds) = crate::build::class_messages(site, i18n)
    {
        messages_ok = false;
        ds.into_iter().for_each(|d| diags.push(d));
    }
    if let Some(site) = &site {
        markdown_links(root, site, &mut diags);
        (report.coverage, report.stale) = coverage(site);
        if let (Some(i18n), Some(tera), true) = (&i18n, tera, messages_ok) {
            match Renderer::new(site, i18n, tera) {
                Ok(r) => render_samples(root, site, &r, &mut diags),
                Err(ds) => ds.into_iter().for_each(|d| diags.push(d)),
            }
        }
    }
    report.diagnostics = diags.into_sorted();
    report
}

/// Every message of the default locale exists in each other locale, and no
/// locale defines messages the default locale lacks (they could never be used).
fn message_parity(config: &SiteConfig, i18n: &I18n, diags: &mut Diagnostics) {
    let default = &config.default_locale;
    let base: HashSet<&str> = i18n.ids(default).collect();
    for l in config.locales.iter().filter(|l| *l != default) {
        let other: HashSet<&str> = i18n.ids(l).collect();
        for id in base.difference(&other) {
            if let Some((p, line, col)) = i18n.position(default, id) {
                diags.push(Diagnostic::new(p, *line, *col, format!("message `{id}` is missing in locale `{l}` (locales/{l}/*.ftl), expected every message of `{default}` to be translated")));
            }
        }
        for id in other.difference(&base) {
            if let Some((p, line, col)) = i18n.position(l, id) {
                diags.push(Diagnostic::new(p, *line, *col, format!("found message `{id}` that the default locale `{default}` does not define, expected the same ids in every locale")));
            }
        }
    }
}

/// Messages a template names but no locale defines.
fn template_messages(
    root: &Path,
    config: &SiteConfig,
    i18n: &I18n,
    sources: &[(String, String)],
    diags: &mut Diagnostics,
) {
    for (name, src) in sources {
        for (id, line, col) in render::message_keys(src) {
            if !config.locales.iter().any(|l| i18n.has(l, &id)) {
                let path = display_path(root, &root.join("templates").join(name));
                diags.push(Diagnostic::new(
                    path,
                    line,
                    col,
                    format!(
                        "template uses message `{id}`, which no locale defines; expected it in locales/{}/*.ftl",
                        config.default_locale
                    ),
                ));
            }
        }
    }
}

/// Links in contributors' Markdown that point inside the site must lead to a page.
fn markdown_links(root: &Path, site: &Site, diags: &mut Diagnostics) {
    let base = site.config.base_url.path();
    let mut known: HashSet<String> = HashSet::new();
    for l in &site.config.locales {
        for route in plan::routes(site) {
            known.insert(plan::dir_of(site, l, route));
        }
    }
    let static_dir = root.join("static");
    for (ri, reg) in site.registries.iter().enumerate() {
        let mut check_text = |path: &Path, locale: &Locale, page_dir: String, text: &str| {
            for dest in crate::markdown::link_destinations(text) {
                let Some(target) = resolve(base, &format!("{base}{page_dir}"), &dest) else { continue };
                let rel = target.trim_start_matches(base);
                let ok = known.contains(rel)
                    || known.contains(&format!("{rel}/"))
                    || (!rel.is_empty() && static_dir.join(rel).is_file());
                if !ok {
                    let src = std::fs::read_to_string(root.join(path)).unwrap_or_default();
                    let off = src.find(&dest).unwrap_or(0);
                    diags.push(Diagnostic::at_offset(
                        path,
                        &src,
                        off,
                        format!(
                            "link `{dest}` (in the `{locale}` text) leads to {target}, which is not a page of the site"
                        ),
                    ));
                }
            }
        };
        for rec in &reg.records {
            for (l, t) in &rec.texts {
                for f in Field::ALL {
                    if let Some(text) = t.get(f) {
                        check_text(&rec.path, l, plan::dir_of(site, l, Route::Code { reg: ri, code: rec.code }), text);
                    }
                }
            }
        }
        for pair in reg.curated.values() {
            for (l, t) in &pair.texts {
                for f in PairField::ALL {
                    if let Some(text) = t.get(f) {
                        check_text(&pair.path, l, plan::dir_of(site, l, plan::pair(ri, pair.a, pair.b)), text);
                    }
                }
            }
        }
    }
}

/// Resolves a link found on the page at `page` (a root-relative folder URL) to a
/// root-relative path; `None` for external links and fragments.
fn resolve(base: &str, page: &str, dest: &str) -> Option<String> {
    let dest = dest.split(['#', '?']).next().unwrap_or("");
    if dest.is_empty() || dest.contains(':') || dest.starts_with("//") {
        return None;
    }
    let mut parts: Vec<&str> =
        if dest.starts_with('/') { vec![] } else { page.split('/').filter(|s| !s.is_empty()).collect() };
    for seg in dest.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let trailing = if dest.ends_with('/') { "/" } else { "" };
    let joined = format!("/{}{trailing}", parts.join("/"));
    Some(if joined.starts_with(base) || base == "/" {
        joined
    } else {
        format!("{}{}", base.trim_end_matches('/'), joined)
    })
}

/// Renders one page of each kind in every locale, catching template errors that
/// only show at render time (undefined variables, messages missing everywhere).
fn render_samples(root: &Path, site: &Site, renderer: &Renderer, diags: &mut Diagnostics) {
    let mut buf = Vec::new();
    for locale in 0..site.config.locales.len() {
        let mut routes = vec![Route::Home];
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
        for route in routes {
            if let Err(e) = renderer.render_page(Page { locale, route }, &mut buf) {
                render::template_errors(root, &e, Some(render::page_template(route)))
                    .into_iter()
                    .for_each(|d| diags.push(d));
            }
        }
    }
    for t in ["root.html", "404.html"] {
        if let Err(e) = renderer.render_special(t, &mut buf) {
            render::template_errors(root, &e, Some(t)).into_iter().for_each(|d| diags.push(d));
        }
    }
}

fn coverage(site: &Site) -> (Vec<Coverage>, Vec<StaleField>) {
    let default = &site.config.default_locale;
    let mut stale_list = Vec::new();
    let cov = site
        .config
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
            };
            for reg in &site.registries {
                for rec in &reg.records {
                    c.records += 1;
                    let mut complete = true;
                    for f in Field::ALL {
                        if rec.text(l, f).is_none() {
                            c.missing += 1;
                            complete = false;
                        } else if rec.is_stale(l, default, f) {
                            c.stale += 1;
                            complete = false;
                            stale_list.push(StaleField::new(&rec.path, l, f.key()));
                        } else {
                            c.translated += 1;
                        }
                    }
                    c.records_complete += usize::from(complete);
                }
                for pair in reg.curated.values() {
                    let source = pair.texts.get(default);
                    for f in PairField::ALL {
                        let src = source.and_then(|t| t.get(f));
                        match pair.texts.get(l) {
                            Some(t) if t.get(f).is_some() => {
                                if t.is_stale(f, src) {
                                    c.stale += 1;
                                    stale_list.push(StaleField::new(&pair.path, l, f.key()));
                                } else {
                                    c.translated += 1;
                                }
                            }
                            _ if src.is_some() => c.missing += 1,
                            _ => {}
                        }
                    }
                }
            }
            c
        })
        .collect();
    (cov, stale_list)
}

/// The human-readable coverage table.
pub fn coverage_table(cov: &[Coverage]) -> String {
    let mut out = String::from("locale  records complete  fields translated  stale  missing  translated %\n");
    for c in cov {
        out.push_str(&format!(
            "{:<7} {:>7}/{:<8} {:>8}/{:<8} {:>5}  {:>7}  {:>11.1}\n",
            c.locale,
            c.records_complete,
            c.records,
            c.translated,
            c.fields(),
            c.stale,
            c.missing,
            c.percent()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_and_absolute_links() {
        assert_eq!(resolve("/", "/en/sip/183/", "../437/").as_deref(), Some("/en/sip/437/"));
        assert_eq!(resolve("/repo/", "/repo/en/sip/183/", "../../http/404/#x").as_deref(), Some("/repo/en/http/404/"));
        assert_eq!(resolve("/", "/en/sip/183/", "https://x.example/"), None);
        assert_eq!(resolve("/", "/en/sip/183/", "#top"), None);
        assert_eq!(resolve("/", "/en/sip/183/", "/en/sip/").as_deref(), Some("/en/sip/"));
    }
}
