//! Reading and compiling `templates/`. Each build compiles the templates as
//! written, and once more per locale with every `{{ t(key="…") }}` of a message
//! without arguments replaced by its text: profiling showed those calls (about
//! 15 per page) as a fifth of all rendering work, for text that never changes
//! within a locale. Errors are always reported against the templates as written.

use super::{functions, template_errors};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::i18n::I18n;
use crate::site::Locale;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tera::Tera;

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

/// Compiled templates: as written, and specialized per locale (site order).
pub struct Templates {
    written: Tera,
    per_locale: Vec<Tera>,
}

impl Templates {
    /// The templates as written: their errors have the true positions.
    pub fn written(&self) -> &Tera {
        &self.written
    }

    /// The templates to render pages of the `locale`-th locale with.
    pub fn for_locale(&self, locale: usize) -> &Tera {
        self.per_locale.get(locale).unwrap_or(&self.written)
    }

    /// Renders `name` with the locale's templates; on an error, renders it again
    /// as written, so the error names the place in the file the user edits.
    pub fn render_to(&self, locale: usize, name: &str, ctx: &tera::Context, buf: &mut Vec<u8>) -> tera::TeraResult<()> {
        match self.for_locale(locale).render_to(name, ctx, &mut *buf) {
            Ok(()) => Ok(()),
            Err(e) => {
                buf.clear();
                self.written.render_to(name, ctx, &mut *buf)?;
                Err(e)
            }
        }
    }
}

/// Compiles the templates: once as written (which validates them) and once per locale.
pub fn compile_templates(
    root: &Path,
    sources: &[(String, String)],
    i18n: Arc<I18n>,
    locales: &[Locale],
) -> Result<Templates, Vec<Diagnostic>> {
    let fixed = Arc::new(functions::fixed_messages(&i18n, locales));
    let compile = |sources: &[(String, String)]| {
        let mut tera = Tera::new();
        tera.register_function("t", functions::Translate::new(i18n.clone(), locales.to_vec(), fixed.clone()));
        let compiled = Arc::new(OnceLock::new());
        tera.register_function("once", functions::Once::new(compiled.clone()));
        tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| template_errors(root, &e, None))?;
        // `once` renders with the finished set, in which it may not be called again.
        let mut inner = tera.clone();
        inner.register_function("once", functions::nested_once);
        let _ = compiled.set(inner);
        Ok::<Tera, Vec<Diagnostic>>(tera)
    };
    let written = compile(sources)?;
    let per_locale = fixed
        .iter()
        .map(|texts| {
            let specialized: Vec<(String, String)> = sources
                .iter()
                .map(|(name, src)| (name.clone(), specialize(src, |id| texts.get(id).map(String::as_str))))
                .collect();
            compile(&specialized)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Templates { written, per_locale })
}

/// Reads and compiles every template under `templates/`.
pub fn load_templates(root: &Path, i18n: Arc<I18n>, locales: &[Locale]) -> Result<Templates, Vec<Diagnostic>> {
    let sources = read_templates(root)?;
    compile_templates(root, &sources, i18n, locales)
}

/// `source` with each `{{ t(key="id") }}` replaced by `text_of(id)` (the
/// message's text, HTML-escaped as `t` prints it) where that is known. Left as
/// they are: calls with other arguments or whitespace control, anything inside
/// comments, raw blocks and other tags, and texts holding a Tera delimiter.
fn specialize<'t>(source: &str, text_of: impl Fn(&str) -> Option<&'t str>) -> String {
    let mut out = String::with_capacity(source.len());
    let mut copied = 0;
    let mut pos = 0;
    while let Some(off) = source[pos..].find('{') {
        let at = pos + off;
        let rest = &source[at..];
        let end = if rest.starts_with("{#") {
            rest.find("#}").map_or(source.len(), |e| at + e + 2)
        } else if rest.starts_with("{%") {
            let end = tag_end(source, at + 2, "%}");
            if tag_words(&source[at..end]) == "raw" { raw_end(source, end) } else { end }
        } else if rest.starts_with("{{") {
            let end = tag_end(source, at + 2, "}}");
            let text = fixed_call(&source[at..end]).and_then(&text_of);
            if let Some(text) = text.filter(|t| !["{{", "{%", "{#"].iter().any(|d| t.contains(d))) {
                out.push_str(&source[copied..at]);
                out.push_str(text);
                copied = end;
            }
            end
        } else {
            at + 1
        };
        pos = end;
    }
    out.push_str(&source[copied..]);
    out
}

/// The index just past `close`, found from `from` outside quoted strings;
/// the end of `source` when the tag is not closed.
fn tag_end(source: &str, from: usize, close: &str) -> usize {
    let bytes = source.as_bytes();
    let mut i = from;
    let mut quote = None;
    while i < bytes.len() {
        match quote {
            Some(q) if bytes[i] == q => quote = None,
            Some(_) => {}
            None if matches!(bytes[i], b'"' | b'\'' | b'`') => quote = Some(bytes[i]),
            None if source[i..].starts_with(close) => return i + close.len(),
            None => {}
        }
        i += 1;
    }
    source.len()
}

/// A tag's words without delimiters and whitespace control: `{%- raw %}` → `raw`.
fn tag_words(tag: &str) -> &str {
    let inner = tag.get(2..tag.len().saturating_sub(2)).unwrap_or("");
    inner.trim_start_matches('-').trim_end_matches('-').trim()
}

/// The index just past the `{% endraw %}` closing a raw block that starts at `from`.
fn raw_end(source: &str, from: usize) -> usize {
    let mut pos = from;
    while let Some(off) = source[pos..].find("{%") {
        let end = tag_end(source, pos + off + 2, "%}");
        if tag_words(&source[pos + off..end]) == "endraw" {
            return end;
        }
        pos = end;
    }
    source.len()
}

/// The message id of exactly `{{ t(key="id") }}` (either quote, any spaces).
fn fixed_call(tag: &str) -> Option<&str> {
    let inner = tag.strip_prefix("{{")?.strip_suffix("}}")?;
    if inner.starts_with('-') || inner.ends_with('-') {
        return None;
    }
    let args = inner.trim().strip_prefix("t(")?.strip_suffix(')')?.trim();
    let value = args.strip_prefix("key")?.trim_start().strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let id = value[1..].strip_suffix(quote)?;
    id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_').then_some(id).filter(|id| !id.is_empty())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(src: &str) -> String {
        specialize(src, |id| match id {
            "a" => Some("A &amp; B"),
            "braces" => Some("{{ no }}"),
            _ => None,
        })
    }

    #[test]
    fn fixed_calls_become_their_text() {
        assert_eq!(
            spec(r#"<h2>{{ t(key="a") }}</h2><p title="{{ t(key='a') }}">{{t(key="a")}}</p>"#),
            "<h2>A &amp; B</h2><p title=\"A &amp; B\">A &amp; B</p>"
        );
    }

    #[test]
    fn everything_else_is_left_as_written() {
        for src in [
            r#"{{ t(key="a", n=1) }}"#,
            r#"{{ t(key="a", locale="ja") }}"#,
            r#"{{- t(key="a") }}"#,
            r#"{{ t(key="a") -}}"#,
            r#"{{ t(key="unknown") }}"#,
            r#"{{ t(key="braces") }}"#,
            r#"{{ t(key="a") | upper }}"#,
            r#"{{ "heading-" ~ t(key="a") }}"#,
            r#"{% set x = t(key="a") %}"#,
            r#"{# {{ t(key="a") }} #}"#,
            r#"{% raw %}{{ t(key="a") }}{% endraw %}"#,
            r#"{%- raw -%}{{ t(key="a") }}{%- endraw %}"#,
            r#"{% set s = "{{ t(key='a') }}" %}"#,
            r#"{{ "}}" }}{{ t(key="a" }}"#,
            "{{ t(key=\"a\")",
            "{ {{",
        ] {
            assert_eq!(spec(src), src, "{src}");
        }
        assert_eq!(spec(r#"{% raw %}x{% endraw %}{{ t(key="a") }}"#), "{% raw %}x{% endraw %}A &amp; B");
        assert_eq!(spec(r#"{{ "}}" }}{{ t(key="a") }}"#), r#"{{ "}}" }}A &amp; B"#);
    }
}
