//! Tera: templates compiled once, per-record views built once (Markdown rendered
//! once and shared by every page that shows the record), pages rendered on demand
//! into a buffer the writer streams to disk.

mod views;

use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::i18n::{Arg, I18n};
use crate::plan::{self, Route};
use crate::site::{Locale, Site};
use std::path::Path;
use std::sync::Arc;
use tera::{Kwargs, State, Tera};

pub use views::Views;

/// Templates every site must provide, and the page kind each renders.
pub const REQUIRED_TEMPLATES: [&str; 6] =
    ["home.html", "registry.html", "code.html", "pair.html", "root.html", "404.html"];

pub struct Renderer<'a> {
    site: &'a Site,
    tera: Tera,
    views: Views,
}

/// Reads every template under `templates/`: (name, source), sorted by name.
pub fn read_templates(root: &Path) -> Result<Vec<(String, String)>, Vec<Diagnostic>> {
    let dir = root.join("templates");
    let mut diags = Diagnostics::default();
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().follow_links(false) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::file(display_path(root, &dir), format!("cannot read templates: {e}")));
                continue;
            }
        };
        if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let name = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        match crate::site::yaml::read_text(entry.path(), &display_path(root, entry.path())) {
            Ok(src) => sources.push((name, src)),
            Err(d) => diags.push(d),
        }
    }
    for required in REQUIRED_TEMPLATES {
        if !sources.iter().any(|(n, _)| n == required) {
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
    register_t(&mut tera, i18n, locales.to_vec());
    tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
        .map_err(|e| vec![template_error(root, &e)])?;
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

/// A Tera error as `templates/<file>:line:col: message`.
pub fn template_error(root: &Path, e: &tera::Error) -> Diagnostic {
    let dir = display_path(root, &root.join("templates"));
    let mut err: &dyn std::error::Error = e;
    loop {
        if let Some(te) = err.downcast_ref::<tera::Error>() {
            if let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = te.kind() {
                let s = r.span();
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
                return Diagnostic::new(dir.join(r.filename()), s.start_line, s.start_col + 1, message);
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
    Diagnostic::file(dir, msg)
}

/// `t(key="…", name=value, …)`: a Fluent message in the page's locale (`lang`),
/// or in `locale="…"` when given.
fn register_t(tera: &mut Tera, i18n: Arc<I18n>, locales: Vec<Locale>) {
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        let key: String = kwargs.must_get("key")?;
        // `locale=` renders one message in another locale (the root language chooser).
        let lang: String = match kwargs.get::<String>("locale")? {
            Some(l) => l,
            None => {
                state.get("lang")?.ok_or_else(|| tera::Error::message("`t` needs a `lang` variable in the context"))?
            }
        };
        let locale = locales.iter().find(|l| l.as_str() == lang).unwrap_or(i18n.default_locale());
        let mut args = Vec::new();
        for (k, v) in kwargs.iter() {
            let k = k.to_string();
            if k == "key" || k == "locale" {
                continue;
            }
            let arg = match v.as_f64().or_else(|| v.as_i64().map(|n| n as f64)).or_else(|| v.as_u64().map(|n| n as f64))
            {
                Some(n) if v.is_number() => Arg::Num(n),
                _ => Arg::Str(v.as_str().map(str::to_string).unwrap_or_else(|| format!("{v}"))),
            };
            args.push((k, arg));
        }
        i18n.format(locale, &key, &args).map(|f| f.text).map_err(tera::Error::message)
    });
}

impl<'a> Renderer<'a> {
    pub fn new(site: &'a Site, i18n: &I18n, tera: Tera) -> Result<Renderer<'a>, Vec<Diagnostic>> {
        let views = Views::build(site, i18n).map_err(|m| vec![Diagnostic::file(Path::new("locales"), m)])?;
        Ok(Renderer { site, tera, views })
    }

    pub fn views(&self) -> &Views {
        &self.views
    }

    /// Renders one localized page into `buf` (cleared first).
    pub fn render_page(&self, page: plan::Page, buf: &mut Vec<u8>) -> Result<(), tera::Error> {
        let (template, ctx) = self.views.page_context(self.site, page);
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

pub(crate) fn page_template(route: Route) -> &'static str {
    match route {
        Route::Home => "home.html",
        Route::Registry { .. } => "registry.html",
        Route::Code { .. } => "code.html",
        Route::Pair { .. } => "pair.html",
    }
}
