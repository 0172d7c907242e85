//! Reading and compiling `templates/`. Each build compiles the templates as
//! written (validation, error positions, the site-level pages), then once per
//! locale with every `{{ t(key="…") }}` of an argument-free message and every
//! `{{ once(template="…") }}` replaced by its text: profiling showed those calls
//! (about 20 per page) as a fifth of all rendering work, for text that never
//! changes within a locale. Errors are always reported against the templates as
//! written.

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
    /// What `once` renders with: the templates as written, where `once` is an error.
    partials: Arc<OnceLock<Tera>>,
    per_locale: Vec<Tera>,
    sources: Vec<(String, String)>,
    /// Per locale: argument-free message id → escaped text.
    fixed: Arc<functions::FixedMessages>,
    i18n: Arc<I18n>,
    locales: Vec<Locale>,
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

    /// Compiles the templates once per locale, with each `{{ t(key="…") }}` of
    /// an argument-free message and each `{{ once(template="…") }}` replaced by
    /// its text; `context(locale)` is what a `once` template sees (`lang`,
    /// `site`, `home_url`). A `once` template that fails to render keeps its
    /// call, which reports the error when a page renders.
    pub fn specialize(&mut self, root: &Path, context: impl Fn(usize) -> tera::Context) -> Result<(), Vec<Diagnostic>> {
        let mut per_locale = Vec::with_capacity(self.locales.len());
        for (locale, texts) in self.fixed.iter().enumerate() {
            let ctx = context(locale);
            let partials = self.partials.get();
            let replace = |function: &str, value: &str| match function {
                "t" => texts.get(value).and_then(|v| v.as_str()).map(str::to_string),
                // An error is left for the page to report: the call stays.
                "once" => partials.and_then(|p| p.render(value, &ctx).ok()),
                _ => None,
            };
            let sources: Vec<(String, String)> =
                self.sources.iter().map(|(name, src)| (name.clone(), specialize(src, replace))).collect();
            per_locale.push(compile(root, &sources, &self.i18n, &self.locales, &self.fixed)?.0);
        }
        self.per_locale = per_locale;
        Ok(())
    }
}

/// One set of templates, with `t` and `once` registered.
fn compile(
    root: &Path,
    sources: &[(String, String)],
    i18n: &Arc<I18n>,
    locales: &[Locale],
    fixed: &Arc<functions::FixedMessages>,
) -> Result<(Tera, Arc<OnceLock<Tera>>), Vec<Diagnostic>> {
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
    Ok((tera, compiled))
}

/// Compiles the templates as written (which validates them). Pages render with
/// the per-locale sets `Templates::specialize` makes, once the site's data is known.
pub fn compile_templates(
    root: &Path,
    sources: &[(String, String)],
    i18n: Arc<I18n>,
    locales: &[Locale],
) -> Result<Templates, Vec<Diagnostic>> {
    let fixed = Arc::new(functions::fixed_messages(&i18n, locales));
    let (written, partials) = compile(root, sources, &i18n, locales, &fixed)?;
    Ok(Templates {
        written,
        partials,
        per_locale: Vec::new(),
        sources: sources.to_vec(),
        fixed,
        i18n,
        locales: locales.to_vec(),
    })
}

/// Reads and compiles every template under `templates/`.
pub fn load_templates(root: &Path, i18n: Arc<I18n>, locales: &[Locale]) -> Result<Templates, Vec<Diagnostic>> {
    let sources = read_templates(root)?;
    compile_templates(root, &sources, i18n, locales)
}

/// `source` with each `{{ f(arg="value") }}` replaced by `replace(f, value)`
/// where that gives text (for `t` the message's text, HTML-escaped as `t`
/// prints it; for `once` the rendered template). Whitespace control on the
/// tag is applied as Tera would. Left as they are: other calls, anything
/// inside comments, raw blocks and other tags, texts holding a Tera delimiter,
/// and texts that a neighbouring tag's whitespace control would trim (Tera
/// trims text, never a function's output).
fn specialize(source: &str, replace: impl Fn(&str, &str) -> Option<String>) -> String {
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
            let call = literal_call(&source[at..end]);
            let text = call.as_ref().and_then(|c| replace(c.function, c.value));
            match (call, text) {
                (Some(call), Some(text)) if safe_to_inline(source, at, end, &call, &text) => {
                    let before = &source[copied..at];
                    out.push_str(if call.trim_before { before.trim_end() } else { before });
                    out.push_str(&text);
                    copied = if call.trim_after {
                        end + (source[end..].len() - source[end..].trim_start().len())
                    } else {
                        end
                    };
                    copied
                }
                _ => end,
            }
        } else {
            at + 1
        };
        pos = end.max(pos + 1);
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

/// Whether `text` can stand in the template for the call at `at..end`: it holds
/// no Tera delimiter, and no whitespace of its own that a neighbouring tag's
/// whitespace control (`-%}` before it, `{%-` after it) would trim once it is text.
fn safe_to_inline(source: &str, at: usize, end: usize, call: &LiteralCall, text: &str) -> bool {
    let delimiter = ["{{", "{%", "{#"].iter().any(|d| text.contains(d));
    let before = source[..at].trim_end();
    let trimmed_by_previous = !call.trim_before
        && ["-}}", "-%}", "-#}"].iter().any(|t| before.ends_with(t))
        && text.starts_with(char::is_whitespace);
    let after = source[end..].trim_start();
    let trimmed_by_next = !call.trim_after
        && ["{{-", "{%-", "{#-"].iter().any(|t| after.starts_with(t))
        && text.ends_with(char::is_whitespace);
    !delimiter && !trimmed_by_previous && !trimmed_by_next
}

/// `{{ f(arg="value") }}` with exactly one literal argument.
struct LiteralCall<'a> {
    function: &'a str,
    value: &'a str,
    /// `{{-` / `-}}`: whitespace before / after the tag is removed.
    trim_before: bool,
    trim_after: bool,
}

/// The call in a `{{ … }}` tag if it is `t(key="…")` or `once(template="…")`
/// (either quote, any spaces), with a plain id or template path as the value.
fn literal_call(tag: &str) -> Option<LiteralCall<'_>> {
    let inner = tag.strip_prefix("{{")?.strip_suffix("}}")?;
    let (trim_before, trim_after) = (inner.starts_with('-'), inner.ends_with('-'));
    let body = inner.strip_prefix('-').unwrap_or(inner);
    let body = body.strip_suffix('-').unwrap_or(body).trim();
    let (function, arg) = [("t", "key"), ("once", "template")]
        .into_iter()
        .find(|(f, _)| body.strip_prefix(f).is_some_and(|r| r.starts_with('(')))?;
    let args = body[function.len() + 1..].strip_suffix(')')?.trim();
    let value = args.strip_prefix(arg)?.trim_start().strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = value[1..].strip_suffix(quote)?;
    let plain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/');
    (!value.is_empty() && value.bytes().all(plain)).then_some(LiteralCall { function, value, trim_before, trim_after })
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
        specialize(src, |f, v| match (f, v) {
            ("t", "a") => Some("A &amp; B".into()),
            ("t", "braces") => Some("{{ no }}".into()),
            ("t", "spaced") => Some(" S ".into()),
            ("once", "p.html") => Some("<nav>P</nav>\n".into()),
            _ => None,
        })
    }

    #[test]
    fn literal_calls_become_their_text() {
        assert_eq!(
            spec(r#"<h2>{{ t(key="a") }}</h2><p title="{{ t(key='a') }}">{{t(key="a")}}</p>"#),
            "<h2>A &amp; B</h2><p title=\"A &amp; B\">A &amp; B</p>"
        );
        assert_eq!(spec("x\n{{ once(template=\"p.html\") }}\ny"), "x\n<nav>P</nav>\n\ny");
        // Whitespace control applies to the template's text around the tag.
        assert_eq!(spec("x\n  {{- once(template=\"p.html\") -}}  \n y"), "x<nav>P</nav>\ny");
        assert_eq!(spec("{% if x %} {{- t(key=\"spaced\") }}{% endif %}"), "{% if x %} S {% endif %}");
    }

    #[test]
    fn everything_else_is_left_as_written() {
        for src in [
            r#"{{ t(key="a", n=1) }}"#,
            r#"{{ t(key="a", locale="ja") }}"#,
            r#"{{ t(key="unknown") }}"#,
            r#"{{ t(key="braces") }}"#,
            r#"{{ t(key="a") | upper }}"#,
            r#"{{ "heading-" ~ t(key="a") }}"#,
            r#"{{ t(key=name) }}"#,
            r#"{{ once(template="other.html") }}"#,
            r#"{{ once(key="p.html") }}"#,
            r#"{{ tt(key="a") }}"#,
            r#"{% set x = t(key="a") %}"#,
            r#"{# {{ t(key="a") }} #}"#,
            r#"{% raw %}{{ t(key="a") }}{% endraw %}"#,
            r#"{%- raw -%}{{ t(key="a") }}{%- endraw %}"#,
            r#"{% set s = "{{ t(key='a') }}" %}"#,
            r#"{{ "}}" }}{{ t(key="a" }}"#,
            // The neighbour's whitespace control would trim the message's own spaces.
            "{% if x -%} {{ t(key=\"spaced\") }}",
            "{{ t(key=\"spaced\") }} {%- endif %}",
            "{{ t(key=\"a\")",
            "{ {{",
        ] {
            assert_eq!(spec(src), src, "{src}");
        }
        assert_eq!(spec(r#"{% raw %}x{% endraw %}{{ t(key="a") }}"#), "{% raw %}x{% endraw %}A &amp; B");
        assert_eq!(spec(r#"{{ "}}" }}{{ t(key="a") }}"#), r#"{{ "}}" }}A &amp; B"#);
    }
}
