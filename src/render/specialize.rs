//! Per-locale templates: each `{{ t(key="…") }}` of an argument-free message
//! replaced by its text before compiling. Profiling showed those calls (about
//! 20 per page) as a fifth of all rendering work, for text that never changes
//! within a locale. Errors are always reported against the templates as
//! written.

/// `source` with each `{{ t(key="id") }}` replaced by `replace(id)` where that
/// gives text (the message's text, HTML-escaped as `t` prints it). Whitespace
/// control on the tag is applied as Tera would. Left as they are: other
/// calls, anything inside comments, raw blocks and other tags, texts holding
/// a Tera delimiter, and texts that a neighbouring tag's whitespace control
/// would trim (Tera trims text, never a function's output).
pub(super) fn specialize(source: &str, replace: impl Fn(&str) -> Option<String>) -> String {
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
            let text = call.as_ref().and_then(|c| replace(c.value));
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

/// `{{ t(key="value") }}` with exactly one literal argument.
struct LiteralCall<'a> {
    value: &'a str,
    /// `{{-` / `-}}`: whitespace before / after the tag is removed.
    trim_before: bool,
    trim_after: bool,
}

/// The call in a `{{ … }}` tag if it is `t(key="…")` (either quote, any
/// spaces) with a plain message id as the value.
fn literal_call(tag: &str) -> Option<LiteralCall<'_>> {
    let inner = tag.strip_prefix("{{")?.strip_suffix("}}")?;
    let (trim_before, trim_after) = (inner.starts_with('-'), inner.ends_with('-'));
    let body = inner.strip_prefix('-').unwrap_or(inner);
    let body = body.strip_suffix('-').unwrap_or(body).trim();
    let args = body.strip_prefix("t(")?.strip_suffix(')')?.trim();
    let value = args.strip_prefix("key")?.trim_start().strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = value[1..].strip_suffix(quote)?;
    let plain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/');
    (!value.is_empty() && value.bytes().all(plain)).then_some(LiteralCall { value, trim_before, trim_after })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(src: &str) -> String {
        specialize(src, |v| match v {
            "a" => Some("A &amp; B".into()),
            "braces" => Some("{{ no }}".into()),
            "spaced" => Some(" S ".into()),
            "multi" => Some("<nav>P</nav>\n".into()),
            _ => None,
        })
    }

    #[test]
    fn literal_calls_become_their_text() {
        assert_eq!(
            spec(r#"<h2>{{ t(key="a") }}</h2><p title="{{ t(key='a') }}">{{t(key="a")}}</p>"#),
            "<h2>A &amp; B</h2><p title=\"A &amp; B\">A &amp; B</p>"
        );
        assert_eq!(spec("x\n{{ t(key=\"multi\") }}\ny"), "x\n<nav>P</nav>\n\ny");
        // Whitespace control applies to the template's text around the tag.
        assert_eq!(spec("x\n  {{- t(key=\"multi\") -}}  \n y"), "x<nav>P</nav>\ny");
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
            r#"{{ t(template="a") }}"#,
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
