//! Tera: templates compiled once, per-record views built once (Markdown rendered
//! once and shared by every page that shows the record), pages rendered on demand
//! into a buffer the writer streams to disk.

mod escape;
mod functions;
mod views;

use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::i18n::I18n;
use crate::plan::{self, Route};
use crate::site::{Locale, Site};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;
use tera::{Tera, Value};

pub use views::Views;

/// Templates every site must provide, and the page kind each renders.
pub const REQUIRED_TEMPLATES: [&str; 8] = [
    "home.html",
    "registry.html",
    "code.html",
    "pair.html",
    "pair-side.html",
    "pair-which.html",
    "root.html",
    "404.html",
];

pub struct Renderer<'a> {
    site: &'a Site,
    tera: Tera,
    views: Views,
    /// [locale][registry][record]: `pair-side.html` and `pair-which.html`
    /// rendered once per code; a code appears on N-1 pair pages.
    fragments: Vec<Vec<Vec<(Value, Value)>>>,
}

/// Reads every template under `templates/`: (name, source), sorted by name.
pub fn read_templates(root: &Path) -> Result<Vec<(String, String)>, Vec<Diagnostic>> {
    let dir = root.join("templates");
    let root_canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut diags = Diagnostics::default();
    let mut sources = Vec::new();
    let mut seen = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().follow_links(false) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::file(display_path(root, &dir), format!("cannot read templates: {e}")));
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') || entry.file_type().is_dir() {
            continue;
        }
        let shown = display_path(root, entry.path());
        let name = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        // A template that is there but unreadable has its own error: not "missing".
        seen.push(name.clone());
        if let Err(d) = crate::site::yaml::inside_root(entry.path(), &root_canon, &shown) {
            diags.push(d);
            continue;
        }
        match crate::site::yaml::read_text(entry.path(), &shown) {
            Ok(src) => sources.push((name, src)),
            Err(d) => diags.push(d),
        }
    }
    for required in REQUIRED_TEMPLATES {
        if !seen.iter().any(|n| n == required) {
            diags.push(Diagnostic::file(
                display_path(root, &dir.join(required)),
                "missing template, expected it to exist (every site renders this page kind)",
            ));
        }
    }
    diags.finish(sources)
}

/// Compiles templates once, with the `t` function registered first.
pub fn compile_templates(
    root: &Path,
    sources: &[(String, String)],
    i18n: Arc<I18n>,
    locales: &[Locale],
) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::new();
    tera.set_escape_fn(escape::escape_html);
    tera.register_function("t", functions::Translate::new(i18n, locales.to_vec()));
    let compiled = Arc::new(std::sync::OnceLock::new());
    tera.register_function("once", functions::Once::new(compiled.clone()));
    tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
        .map_err(|e| template_errors(root, &e, None))?;
    // `once` renders with the finished set, in which it may not be called again.
    let mut inner = tera.clone();
    inner.register_function("once", functions::nested_once);
    let _ = compiled.set(inner);
    Ok(tera)
}

/// Reads and compiles every template under `templates/`.
pub fn load_templates(root: &Path, i18n: Arc<I18n>, locales: &[Locale]) -> Result<Tera, Vec<Diagnostic>> {
    let sources = read_templates(root)?;
    compile_templates(root, &sources, i18n, locales)
}

/// Message ids a template names literally, `t(key="…")`, with (line, column).
pub fn message_keys(source: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for pat in ["t(key=\"", "t(key='"] {
        let quote = if pat.ends_with('"') { '"' } else { '\'' };
        let mut from = 0;
        while let Some(i) = source[from..].find(pat) {
            let start = from + i + pat.len();
            let Some(len) = source[start..].find(quote) else { break };
            // `"heading-" ~ f.key` builds the id at render time: not a literal.
            if !source[start + len + 1..].trim_start().starts_with('~') {
                let (line, col) = crate::diagnostics::line_col(source, start);
                out.push((source[start..start + len].to_string(), line, col));
            }
            from = start + len;
        }
    }
    out
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
                    if let Ok(src) = std::fs::read_to_string(root.join("templates").join(r.filename())) {
                        if let Some(word) =
                            src.get(s.range.clone()).map(str::trim).filter(|w| !w.is_empty() && w.len() < 60)
                        {
                            if !message.contains(word) {
                                message = format!("{message}: found `{word}`");
                            }
                        }
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
    pub fn new(site: &'a Site, i18n: &I18n, tera: Tera) -> Result<Renderer<'a>, Vec<Diagnostic>> {
        Renderer::with_cache(site, i18n, tera, &crate::markdown::Cache::default())
    }

    /// As `new`, reusing Markdown rendered by earlier builds.
    pub fn with_cache(
        site: &'a Site,
        i18n: &I18n,
        tera: Tera,
        cache: &crate::markdown::Cache,
    ) -> Result<Renderer<'a>, Vec<Diagnostic>> {
        let views = Views::build(site, i18n, cache).map_err(|m| vec![Diagnostic::file(Path::new("locales"), m)])?;
        let mut fragments = Vec::new();
        for locale in 0..site.config.locales.len() {
            let mut per_registry = Vec::new();
            for (reg, r) in site.registries.iter().enumerate() {
                let rendered: Result<Vec<(Value, Value)>, Vec<Diagnostic>> = (0..r.records.len())
                    .into_par_iter()
                    .map(|idx| {
                        let ctx = views.fragment_context(locale, reg, idx);
                        let render = |name: &str| {
                            tera.render(name, &ctx)
                                .map(|html| Value::safe_string(&html))
                                .map_err(|e| template_errors(site_root(site), &e, Some(name)))
                        };
                        Ok((render("pair-side.html")?, render("pair-which.html")?))
                    })
                    .collect();
                per_registry.push(rendered?);
            }
            fragments.push(per_registry);
        }
        Ok(Renderer { site, tera, views, fragments })
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
        self.tera.render_to(template, &ctx, &mut *buf)
    }

    /// Renders a site-level page: `root.html` or `404.html`.
    pub fn render_special(&self, template: &str, buf: &mut Vec<u8>) -> Result<(), tera::Error> {
        let ctx = self.views.special_context(self.site, template);
        buf.clear();
        self.tera.render_to(template, &ctx, &mut *buf)
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
