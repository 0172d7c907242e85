//! Tera: templates compiled once, per-record views built once (Markdown rendered
//! once and shared by every page that shows the record), pages rendered on demand
//! into a buffer the writer streams to disk.

mod escape;
mod functions;
mod templates;
mod views;

use crate::diagnostics::{Diagnostic, display_path};
use crate::i18n::I18n;
use crate::plan::{self, Route};
use crate::site::Site;
use rayon::prelude::*;
use std::path::Path;
use tera::Value;

pub use templates::{REQUIRED_TEMPLATES, Templates, compile_templates, load_templates, message_keys, read_templates};
pub use views::Views;

pub struct Renderer<'a> {
    site: &'a Site,
    templates: Templates,
    views: Views,
    /// [locale][registry][record]: `pair-side.html` and `pair-which.html`
    /// rendered once per code; a code appears on N-1 pair pages.
    fragments: Vec<Vec<Vec<(Value, Value)>>>,
}

/// A Tera error as `templates/<file>:line:col: message` diagnostics (several
/// when Tera reports several). `rendering` names the template being rendered,
/// for errors that carry no position of their own.
pub fn template_errors(root: &Path, e: &tera::Error, rendering: Option<&str>) -> Vec<Diagnostic> {
    let dir = display_path(root, &root.join("templates"));
    let at_file = |name: &str, msg: String| {
        let (line, col) = position_of(root, name, None);
        Diagnostic::new(dir.join(name), line, col, msg)
    };
    let mut err: &dyn std::error::Error = e;
    loop {
        if let Some(te) = err.downcast_ref::<tera::Error>() {
            match te.kind() {
                tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => {
                    let s = r.span();
                    // An error inside a template that `once` rendered arrives as that
                    // template's own report: show it at its place, and say who printed it.
                    if r.message().contains("\n --> ") {
                        let mut inner = parse_reports(&dir, r.message());
                        if inner.iter().all(|d| d.line > 0) {
                            let at =
                                format!("{}:{}:{}", dir.join(r.filename()).display(), s.start_line, s.start_col + 1);
                            inner.iter_mut().for_each(|d| d.message.push_str(&format!(" (printed by `once` at {at})")));
                            return inner;
                        }
                    }
                    let mut message = r.message().to_string();
                    // Tera's message names the kind of problem ("Unknown tag"); add the
                    // word it points at so the reader sees what was found.
                    if let Ok(src) = std::fs::read_to_string(root.join("templates").join(r.filename()))
                        && let Some(word) =
                            src.get(s.range.clone()).map(str::trim).filter(|w| !w.is_empty() && w.len() < 60)
                        && !message.contains(word)
                    {
                        message = format!("{message}: found `{word}`");
                    }
                    return vec![Diagnostic::new(dir.join(r.filename()), s.start_line, s.start_col + 1, message)];
                }
                tera::ErrorKind::CircularExtend { tpl, inheritance_chain } => {
                    let (line, col) = position_of(root, tpl, Some("extends"));
                    let chain = inheritance_chain.join(" → ");
                    return vec![Diagnostic::new(
                        dir.join(tpl),
                        line,
                        col,
                        format!("found a circular extends ({chain}), expected a chain that ends"),
                    )];
                }
                tera::ErrorKind::CircularInclude { tpl, include_chain } => {
                    // The template that includes an earlier one again closes the cycle.
                    let includer =
                        include_chain.len().checked_sub(2).map_or(tpl.as_str(), |i| include_chain[i].as_str());
                    let last = include_chain.last().map_or(tpl.as_str(), String::as_str);
                    let (line, col) = position_of(root, includer, Some(last));
                    let chain = include_chain.join(" → ");
                    return vec![Diagnostic::new(
                        dir.join(includer),
                        line,
                        col,
                        format!("found a circular include ({chain}), expected includes that end"),
                    )];
                }
                tera::ErrorKind::MissingParent { current, parent } => {
                    let (line, col) = position_of(root, current, Some(parent));
                    return vec![Diagnostic::new(
                        dir.join(current),
                        line,
                        col,
                        format!("found `extends \"{parent}\"`, expected an existing template"),
                    )];
                }
                tera::ErrorKind::Msg(m) if m.contains("\n --> ") => return parse_reports(&dir, m),
                _ => {}
            }
        }
        match err.source() {
            Some(next) => err = next,
            None => break,
        }
    }
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    match rendering {
        Some(name) => vec![at_file(name, format!("while rendering: {msg}"))],
        None => vec![Diagnostic::file(dir, msg)],
    }
}

/// Tera's rendered reports (`error: …` then ` --> file:line:col`), one diagnostic each.
fn parse_reports(dir: &Path, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut message: Option<&str> = None;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            message = Some(m);
        } else if let (Some(loc), Some(m)) = (line.trim_start().strip_prefix("--> "), message.take()) {
            let mut parts = loc.rsplitn(3, ':');
            let col = parts.next().and_then(|c| c.parse().ok()).unwrap_or(1);
            let line_no = parts.next().and_then(|c| c.parse().ok()).unwrap_or(1);
            let file = parts.next().unwrap_or("");
            out.push(Diagnostic::new(dir.join(file), line_no, col, m.to_string()));
        }
    }
    if out.is_empty() {
        out.push(Diagnostic::file(dir, text.lines().next().unwrap_or(text).to_string()));
    }
    out
}

/// Where `name` mentions `target` (an included/extended template name, or a
/// keyword), as (line, col); 1:1 when it cannot be found.
fn position_of(root: &Path, name: &str, target: Option<&str>) -> (usize, usize) {
    let Ok(src) = std::fs::read_to_string(root.join("templates").join(name)) else { return (1, 1) };
    let Some(t) = target else { return (1, 1) };
    let found = [format!("\"{t}\""), format!("'{t}'"), t.to_string()].iter().find_map(|pat| src.find(pat.as_str()));
    found.map_or((1, 1), |off| crate::diagnostics::line_col(&src, off))
}

impl<'a> Renderer<'a> {
    pub fn new(site: &'a Site, i18n: &I18n, templates: Templates) -> Result<Renderer<'a>, Vec<Diagnostic>> {
        Renderer::with_cache(site, i18n, templates, &crate::markdown::Cache::default())
    }

    /// As `new`, reusing Markdown rendered by earlier builds.
    pub fn with_cache(
        site: &'a Site,
        i18n: &I18n,
        mut templates: Templates,
        cache: &crate::markdown::Cache,
    ) -> Result<Renderer<'a>, Vec<Diagnostic>> {
        let views = Views::build(site, i18n, cache).map_err(|m| vec![Diagnostic::file(Path::new("locales"), m)])?;
        templates.specialize(site_root(site), |locale| views.locale_context(locale))?;
        let mut fragments = Vec::new();
        for locale in 0..site.config.locales.len() {
            let mut per_registry = Vec::new();
            for (reg, r) in site.registries.iter().enumerate() {
                let rendered: Result<Vec<(Value, Value)>, Vec<Diagnostic>> = (0..r.records.len())
                    .into_par_iter()
                    .map(|idx| {
                        let ctx = views.fragment_context(locale, reg, idx);
                        let render = |name: &str| {
                            let mut buf = Vec::new();
                            templates
                                .render_to(locale, name, &ctx, &mut buf)
                                .map(|()| Value::safe_string(&String::from_utf8_lossy(&buf)))
                                .map_err(|e| template_errors(site_root(site), &e, Some(name)))
                        };
                        Ok((render("pair-side.html")?, render("pair-which.html")?))
                    })
                    .collect();
                per_registry.push(rendered?);
            }
            fragments.push(per_registry);
        }
        Ok(Renderer { site, templates, views, fragments })
    }

    pub fn views(&self) -> &Views {
        &self.views
    }

    /// Renders one localized page into `buf` (cleared first).
    pub fn render_page(&self, page: plan::Page, buf: &mut Vec<u8>) -> Result<(), tera::Error> {
        let (template, mut ctx) = self.views.page_context(self.site, page);
        if let Route::Pair { reg, a, b } = page.route {
            let records = &self.site.registries[reg].records;
            let frag = |code: u16| {
                let idx = records.binary_search_by_key(&code, |r| r.code).unwrap_or(0);
                &self.fragments[page.locale][reg][idx]
            };
            let (a_side, a_which) = frag(a);
            let (b_side, b_which) = frag(b);
            ctx.insert_value("a_side", a_side.clone());
            ctx.insert_value("b_side", b_side.clone());
            ctx.insert_value("a_which", a_which.clone());
            ctx.insert_value("b_which", b_which.clone());
        }
        buf.clear();
        self.templates.render_to(page.locale, template, &ctx, buf)
    }

    /// Renders a site-level page: `root.html` or `404.html`.
    pub fn render_special(&self, template: &str, buf: &mut Vec<u8>) -> Result<(), tera::Error> {
        let ctx = self.views.special_context(self.site, template);
        buf.clear();
        self.templates.written().render_to(template, &ctx, &mut *buf)
    }

    pub fn site(&self) -> &Site {
        self.site
    }
}

pub fn page_template(route: Route) -> &'static str {
    match route {
        Route::Home => "home.html",
        Route::Registry { .. } => "registry.html",
        Route::Code { .. } => "code.html",
        Route::Pair { .. } => "pair.html",
    }
}

fn site_root(site: &Site) -> &Path {
    &site.root
}
