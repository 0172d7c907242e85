//! Templates: the built-in set (the repository's `templates/`, compiled into
//! the binary), overridden file by file by a site's own `templates/`, then
//! compiled once as written (for validation, exact error positions and the
//! site-level pages) and once per locale with argument-free messages put in
//! place (see `specialize.rs`).

use super::errors::template_errors;
use super::functions::{self, EscapedMessages};
use super::specialize::specialize;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::site::Locale;
use crate::source::SiteRoot;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use tera::Tera;

/// The built-in templates: what a site without its own `templates/` renders with.
pub const BUILT_IN: [(&str, &str); 21] = [
    ("404.html", include_str!("../../templates/404.html")),
    ("base.html", include_str!("../../templates/base.html")),
    ("code-isup.html", include_str!("../../templates/code-isup.html")),
    ("code-protocol.html", include_str!("../../templates/code-protocol.html")),
    ("code.html", include_str!("../../templates/code.html")),
    ("field.html", include_str!("../../templates/field.html")),
    ("flow.html", include_str!("../../templates/flow.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("meta.html", include_str!("../../templates/meta.html")),
    ("pair-flow.html", include_str!("../../templates/pair-flow.html")),
    ("pair-side.html", include_str!("../../templates/pair-side.html")),
    ("pair-which.html", include_str!("../../templates/pair-which.html")),
    ("pair.html", include_str!("../../templates/pair.html")),
    ("partials/assets.html", include_str!("../../templates/partials/assets.html")),
    ("partials/footer.html", include_str!("../../templates/partials/footer.html")),
    ("partials/search.html", include_str!("../../templates/partials/search.html")),
    ("partials/top.html", include_str!("../../templates/partials/top.html")),
    ("q850.html", include_str!("../../templates/q850.html")),
    ("registry.html", include_str!("../../templates/registry.html")),
    ("root.html", include_str!("../../templates/root.html")),
    ("translation.html", include_str!("../../templates/translation.html")),
];

/// Every template by name, with where it comes from.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Name → (source, whether the site overrides the built-in one).
    templates: BTreeMap<String, (String, bool)>,
    /// `templates/` as shown to users.
    dir: PathBuf,
}

impl Sources {
    /// The built-in templates with the site's own on top.
    pub fn read(root: &SiteRoot) -> Result<Sources, Vec<Diagnostic>> {
        let dir = root.path().join("templates");
        let mut templates: BTreeMap<String, (String, bool)> =
            BUILT_IN.iter().map(|(n, s)| (n.to_string(), (s.to_string(), false))).collect();
        let mut diags = Diagnostics::default();
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name().follow_links(false) {
            let entry = match entry {
                Ok(e) => e,
                // No templates/ folder: the built-in set.
                Err(e) if e.io_error().is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound) => break,
                Err(e) => {
                    diags.push(Diagnostic::file(root.shown(&dir), format!("cannot read templates: {e}")));
                    continue;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') || entry.file_type().is_dir() {
                continue;
            }
            let name = entry.path().strip_prefix(&dir).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
            match root.read_text(entry.path()) {
                Ok(src) => {
                    templates.insert(name, (src, true));
                }
                // A template that is there but unreadable is an error, not a fallback.
                Err(e) => diags.push(e),
            }
        }
        diags.finish(Sources { templates, dir: root.shown(&dir) })
    }

    /// A template's source.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.templates.get(name).map(|(s, _)| s.as_str())
    }

    /// Every template: (name, source).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.templates.iter().map(|(n, (s, _))| (n.as_str(), s.as_str()))
    }

    /// The templates' folder as shown to users.
    pub fn dir(&self) -> PathBuf {
        self.dir.clone()
    }

    /// Names of the per-locale partials (`partials/*.html`).
    pub fn partials(&self) -> impl Iterator<Item = &str> {
        self.templates.keys().map(String::as_str).filter(|n| n.starts_with("partials/"))
    }
}

/// Compiled templates: as written, and specialized per locale (site order).
pub struct Templates {
    written: Tera,
    per_locale: Vec<Tera>,
    sources: Sources,
}

impl Templates {
    /// Compiles the templates as written (which validates them) and once per
    /// locale with argument-free messages put in place.
    pub fn compile(sources: Sources, i18n: Arc<I18n>, locales: &[Locale]) -> Result<Templates, Vec<Diagnostic>> {
        let escaped = Arc::new(functions::escaped_messages(&i18n, locales));
        let as_written: Vec<(String, String)> = sources.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect();
        let written = compile(&sources, &as_written, &i18n, locales, &escaped)?;
        let mut per_locale = Vec::with_capacity(locales.len());
        for texts in escaped.iter() {
            let replace = |id: &str| texts.get(id).and_then(|v| v.as_str()).map(str::to_string);
            let specialized: Vec<(String, String)> =
                as_written.iter().map(|(name, src)| (name.clone(), specialize(src, replace))).collect();
            per_locale.push(compile(&sources, &specialized, &i18n, locales, &escaped)?);
        }
        Ok(Templates { written, per_locale, sources })
    }

    /// The templates as written: their errors have the true positions.
    pub fn written(&self) -> &Tera {
        &self.written
    }

    /// The sources the templates were compiled from.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// Renders `name` with the `locale`-th locale's templates; on an error,
    /// renders it again as written, so the error names the place in the file
    /// the user edits.
    pub fn render_to(&self, locale: usize, name: &str, ctx: &tera::Context, buf: &mut Vec<u8>) -> tera::TeraResult<()> {
        let tera = self.per_locale.get(locale).unwrap_or(&self.written);
        match tera.render_to(name, ctx, &mut *buf) {
            Ok(()) => Ok(()),
            Err(e) => {
                buf.clear();
                self.written.render_to(name, ctx, &mut *buf)?;
                Err(e)
            }
        }
    }

    /// A rendering error as diagnostics.
    pub fn errors(&self, e: &tera::Error, rendering: &str) -> Vec<Diagnostic> {
        template_errors(&self.sources, e, Some(rendering))
    }
}

/// One set of templates, with `t` registered.
fn compile(
    sources: &Sources,
    templates: &[(String, String)],
    i18n: &Arc<I18n>,
    locales: &[Locale],
    escaped: &Arc<EscapedMessages>,
) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::new();
    tera.register_function("t", functions::Translate::new(i18n.clone(), locales.to_vec(), escaped.clone()));
    tera.add_raw_templates(templates.iter().map(|(n, s)| (n.as_str(), s.as_str())))
        .map_err(|e| template_errors(sources, &e, None))?;
    Ok(tera)
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
                let (line, col) = crate::source::line_col(source, start);
                out.push((source[start..start + len].to_string(), line, col));
            }
            from = start + len;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file of the repository's `templates/` is built in, and nothing else.
    #[test]
    fn the_built_in_set_is_the_templates_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut on_disk: Vec<String> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/"))
            .collect();
        on_disk.sort();
        let built_in: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
        assert_eq!(on_disk, built_in);
    }
}
