//! Property-based fuzzing of the two parsers that read strangers' text: the
//! YAML record loader and the Markdown renderer. Bounded (a fixed number of
//! cases) so it runs in CI on every submission; failures are saved by proptest
//! under proptest-regressions/ and replayed first on the next run.

use codeatlas::markdown;
use codeatlas::site::{BaseUrl, Locale, SiteConfig, parse_record};
use proptest::prelude::*;

mod common;
use std::path::Path;

fn config() -> SiteConfig {
    SiteConfig {
        base_url: BaseUrl::parse("https://example.org/").unwrap(),
        default_locale: Locale::parse("en").unwrap(),
        locales: vec![Locale::parse("en").unwrap(), Locale::parse("ja").unwrap()],
        repository: None,
    }
}

/// Pieces that make parsers take interesting paths, glued in random order.
fn soup(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![4 => prop::sample::select(pieces).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)], 0..48)
        .prop_map(|v| v.concat())
}

const MARKDOWN: &[&str] = &[
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "[a](",
    "](",
    ")",
    "![",
    "javascript:",
    "JaVa\tScRiPt:",
    "data:text/html,",
    "vbscript:",
    "<",
    ">",
    "\"",
    "'",
    " onmouseover=",
    "&#x6A;",
    "&#106;",
    "\n\n",
    "\n",
    "*",
    "`",
    "```",
    "# ",
    "- ",
    "1. ",
    "|a|b|\n|-|-|\n",
    "[r]: ",
    "[x][r]",
    "<https://a.example/>",
    "<javascript:x>",
    "\\",
    "&",
    "<iframe>",
    "<style>",
    " ",
    "http://",
    "mailto:",
    "#",
    "{{",
    "}}",
];

const YAML: &[&str] = &[
    "code: ",
    "183",
    "-1",
    "99999999999999999999",
    "reason: ",
    "references: ",
    "[",
    "]",
    "{",
    "}",
    "en:",
    "ja:",
    "fr:",
    "\n",
    "\n  ",
    "  description: ",
    "appears_when: ",
    "resolution: ",
    "|",
    ">",
    "&a ",
    "*a",
    "<<: ",
    "---\n",
    "- ",
    "\"",
    "'",
    "#",
    "\t",
    "\u{feff}",
    ":",
    ",",
    "!!str ",
    "!!binary ",
    "~",
    "null",
    "true",
    "1e999",
    "0x1F",
    "status: ",
    "unused",
    "translated_from:",
    "? ",
    "%YAML 1.2\n",
];

const VALID: &str = "code: 183\nreason: Session Progress\nreferences: [\"RFC 3261 §21.1.5\"]\nen:\n  description: d\n  appears_when: a\n  resolution: r\n";

/// The same tag-by-tag check the XSS test applies to whole pages.
fn assert_safe_html(html: &str) {
    common::check_html("fuzzed Markdown", html);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, max_shrink_iters: 2000, ..ProptestConfig::default() })]

    #[test]
    fn markdown_never_panics_and_never_emits_markup_it_should_not(src in soup(MARKDOWN)) {
        let r = markdown::render(&src);
        assert_safe_html(&r.html);
        let _ = markdown::summary(&r.text, 160);
        let _ = markdown::link_destinations(&src);
    }

    #[test]
    fn markdown_on_arbitrary_text(src in "\\PC{0,300}") {
        assert_safe_html(&markdown::render(&src).html);
    }

    #[test]
    fn yaml_loader_never_panics_and_always_points_somewhere(src in soup(YAML)) {
        match parse_record(Path::new("f.yaml"), &src, &config()) {
            Ok(_) => {}
            Err(ds) => {
                prop_assert!(!ds.is_empty());
                for d in ds {
                    prop_assert!(d.line >= 1 && d.col >= 1, "{d}");
                    prop_assert!(!d.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn yaml_loader_survives_mutations_of_a_valid_record(pos in 0usize..VALID.len(), insert in soup(YAML), cut in 0usize..8) {
        let mut s = VALID.to_string();
        let at = (0..=pos).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
        let end = (at + cut).min(s.len());
        let end = (end..=s.len()).find(|i| s.is_char_boundary(*i)).unwrap_or(s.len());
        s.replace_range(at..end, &insert);
        let _ = parse_record(Path::new("f.yaml"), &s, &config());
    }
}
