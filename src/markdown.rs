//! Contributor Markdown to safe HTML (and plain text), and the links it holds.
//! A leaf utility: rendering uses it for pages, validation for link checks.
//! Raw HTML is shown as text, links and images with schemes other than
//! http(s)/mailto (or relative) are dropped, and ammonia's allowlist runs last
//! as a second fence.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;
use std::sync::LazyLock;

/// One Markdown text rendered for the page and as plain text (meta descriptions,
/// search index, JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Safe HTML.
    pub html: String,
    /// Plain text, whitespace normalised.
    pub text: String,
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]));
    b.link_rel(Some("noopener noreferrer"));
    b
});

/// Whether a link target is safe to keep: relative, or an allowed scheme.
pub fn safe_url(url: &str) -> bool {
    // Browsers ignore ASCII whitespace and control characters inside a scheme
    // ("java\tscript:"), so do the same before looking at it.
    let cleaned: String = url.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control()).collect();
    let lower = cleaned.to_ascii_lowercase();
    match lower.find([':', '/', '?', '#']) {
        Some(i) if lower.as_bytes()[i] == b':' => {
            let scheme = &lower[..i];
            matches!(scheme, "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// Renders Markdown. Headings are shifted down three levels so a contributor's
/// `#` never competes with the page's own headings.
pub fn render(src: &str) -> Rendered {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let mut text = String::new();
    let mut dropping: Vec<bool> = Vec::new();
    let events = Parser::new_ext(src, opts).filter_map(|ev| match ev {
        Event::Html(s) | Event::InlineHtml(s) => {
            text.push_str(&s);
            Some(Event::Text(s))
        }
        Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. })
            if !safe_url(&dest_url) =>
        {
            dropping.push(true);
            None
        }
        Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
            dropping.push(false);
            Some(Event::Start(tag))
        }
        Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
            if dropping.pop().unwrap_or(false) {
                None
            } else {
                Some(Event::End(end))
            }
        }
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Some(Event::Start(Tag::Heading { level: shift(level), id, classes, attrs }))
        }
        Event::End(TagEnd::Heading(level)) => {
            push_break(&mut text);
            Some(Event::End(TagEnd::Heading(shift(level))))
        }
        Event::Text(s) => {
            text.push_str(&s);
            Some(Event::Text(s))
        }
        Event::Code(s) => {
            text.push_str(&s);
            Some(Event::Code(s))
        }
        Event::SoftBreak | Event::HardBreak => {
            text.push(' ');
            Some(ev)
        }
        Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
            push_break(&mut text);
            Some(ev)
        }
        other => Some(other),
    });
    let events: Vec<Event> = events.collect();
    let mut raw = String::with_capacity(src.len() * 3 / 2);
    html::push_html(&mut raw, events.into_iter());
    let html = CLEANER.clean(&raw).to_string();
    Rendered { html, text: normalise_space(&text) }
}

fn shift(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H4,
        HeadingLevel::H2 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

fn push_break(text: &mut String) {
    if !text.ends_with(' ') && !text.is_empty() {
        text.push(' ');
    }
}

fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Rendered Markdown kept between builds (the preview server rebuilds on every
/// save; re-rendering every record's Markdown was a third of a one-record
/// rebuild). Keyed by source text, so an edit simply misses.
#[derive(Default)]
pub struct Cache {
    entries: std::sync::Mutex<std::collections::HashMap<String, Rendered>>,
}

impl Cache {
    /// `render(src)`, from the cache when it has it.
    pub fn render(&self, src: &str) -> Rendered {
        if let Some(hit) = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(src) {
            return hit.clone();
        }
        let r = render(src);
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).insert(src.to_string(), r.clone());
        r
    }

    /// Keeps only entries for the given sources (those of the current site).
    pub fn retain<'a>(&self, live: impl Iterator<Item = &'a str>) {
        let live: std::collections::HashSet<&str> = live.collect();
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).retain(|k, _| live.contains(k.as_str()));
    }
}

/// The leading sentences of `text` that fit in `max` characters, cut at a sentence
/// end (. ! ? 。), else at a word, with an ellipsis. Used for meta descriptions.
pub fn summary(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut best = None;
    for (i, c) in text.char_indices() {
        if text[..i].chars().count() >= max {
            break;
        }
        let end = i + c.len_utf8();
        let at_boundary =
            matches!(c, '。' | '！' | '？') || (matches!(c, '.' | '!' | '?') && text[end..].starts_with(' '));
        if at_boundary {
            best = Some(end);
        }
    }
    if let Some(end) = best {
        return text[..end].to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

/// Link and image destinations in a Markdown text (for checking internal links).
pub fn link_destinations(src: &str) -> Vec<String> {
    Parser::new_ext(src, Options::ENABLE_TABLES)
        .filter_map(|ev| match ev {
            Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped() {
        let r = render("Hi <script>alert(1)</script> <b onclick=x>b</b>");
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
        assert!(!r.html.contains("<b "), "{}", r.html);
    }

    #[test]
    fn dangerous_links_are_dropped_keeping_text() {
        for url in ["javascript:alert(1)", "JaVa\tScRiPt:alert(1)", "data:text/html,x", "vbscript:x"] {
            let r = render(&format!("[click]({url}) and ![img]({url})"));
            assert!(!r.html.contains("href"), "{url}: {}", r.html);
            assert!(!r.html.contains("<img"), "{url}: {}", r.html);
            assert!(r.html.contains("click"));
        }
        let r = render("[ok](https://example.org/) [rel](../183/) <https://a.example/>");
        assert!(r.html.contains("href=\"https://example.org/\""), "{}", r.html);
        assert!(r.html.contains("href=\"../183/\""), "{}", r.html);
    }

    #[test]
    fn link_titles_and_reference_definitions_cannot_break_out() {
        let r = render("[a][r]\n\n[r]: https://x.example/ \"\\\" onmouseover=\\\"alert(1)\"\n");
        assert!(!r.html.contains("onmouseover=\""), "{}", r.html);
    }

    #[test]
    fn headings_are_shifted_and_text_is_plain() {
        let r = render("# Top\n\nSome *text*.\n\n- a\n- b");
        assert!(r.html.contains("<h4>Top</h4>"), "{}", r.html);
        assert_eq!(r.text, "Top Some text. a b");
    }

    #[test]
    fn summary_cuts_at_sentences() {
        assert_eq!(summary("One two. Three four five six.", 12), "One two.");
        assert_eq!(summary("短い文です。長い二つ目の文がここに続きます。", 10), "短い文です。");
        assert_eq!(summary("no sentence end here at all", 12), "no sentence…");
        assert_eq!(summary("short", 12), "short");
    }
}
