//! Builds sample sites into temp folders and looks at the HTML (issue: the generator).

mod common;
use common::*;

#[test]
fn page_set_matches_the_formula() {
    let site = sample_site();
    let out = site.path().join("public");
    let stdout = ok(&build(site.path(), &out, &[]));
    // 3 codes: 1 home + 1 translation status + 1 registry index + 3 code pages
    // + 3 pairs = 9 per locale.
    let pages: Vec<String> = tree(&out).into_keys().filter(|p| p.ends_with("index.html") && p.contains('/')).collect();
    assert_eq!(pages.len(), 2 * (1 + 1 + 1 + 3 + 3), "{pages:#?}");
    for l in ["en", "ja"] {
        for p in [
            "",
            "translation/",
            "sip/",
            "sip/183/",
            "sip/437/",
            "sip/486/",
            "sip/183-vs-437/",
            "sip/183-vs-486/",
            "sip/437-vs-486/",
        ] {
            assert!(out.join(format!("{l}/{p}index.html")).is_file(), "{l}/{p}");
        }
    }
    for f in ["index.html", "404.html", "sitemap.xml", "robots.txt", "style.css"] {
        assert!(out.join(f).is_file(), "{f}");
    }
    assert!(stdout.contains("built 18 pages (en 9, ja 9)"), "{stdout}");
    assert_eq!(stdout.lines().count(), 1, "one summary line: {stdout}");
}

#[test]
fn japanese_pair_page_has_the_five_headings_and_whole_sentences() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    let html = read(&out, "ja/sip/183-vs-437/index.html");
    let headings = headings(&html);
    for h in ["説明", "このコードが表示される場合", "解決方法", "主な違い", "どちらをいつ使うか"]
    {
        assert!(headings.iter().any(|x| x == h), "missing heading {h} in {headings:?}");
    }
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(text_of(&html).contains(
        "183（Session Progress）は 1xx 暫定レスポンス、437（Unsupported Credential）は 4xx クライアントエラーに分類されます。"
    ));
    let en = text_of(&read(&out, "en/sip/183-vs-437/index.html"));
    assert!(en.contains("183 (Session Progress) is a 1xx Provisional response, while 437 (Unsupported Credential) is a 4xx Request Failure response."), "{en}");
}

/// The last crumb of a page's structured-data breadcrumb trail.
fn last_json_ld_crumb(html: &str) -> String {
    let start = html.find("<script type=\"application/ld+json\">").expect("JSON-LD") + 35;
    let end = start + html[start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    let trail = ld["@graph"].as_array().unwrap().iter().find(|n| n["@type"] == "BreadcrumbList").unwrap();
    trail["itemListElement"].as_array().unwrap().last().unwrap()["name"].as_str().unwrap().to_string()
}

#[test]
fn a_pair_pages_structured_breadcrumb_says_what_the_visible_one_says() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    for (locale, name) in [("en", "183 vs 437"), ("ja", "183 と 437")] {
        let html = read(&out, &format!("{locale}/sip/183-vs-437/index.html"));
        assert!(html.contains(&format!("aria-current=\"page\">{name}</a>")), "{locale}: visible crumb");
        assert_eq!(last_json_ld_crumb(&html), name, "{locale}");
    }
}

#[test]
fn every_page_has_lang_title_description_canonical_and_alternates() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &["--base-url", "https://user.github.io/repo/"]));
    let html = read(&out, "en/sip/183/index.html");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<title>SIP 183 Session Progress</title>"));
    assert!(html.contains("<meta name=\"description\" content=\"Conveys information about the progress of the call that is not otherwise classified.\">"));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://user.github.io/repo/en/sip/183/\">"));
    assert!(html.contains("hreflang=\"ja\" href=\"https://user.github.io/repo/ja/sip/183/\""));
    assert!(html.contains("hreflang=\"x-default\" href=\"https://user.github.io/repo/en/sip/183/\""));
    // The language switcher leads to the same page in the other locale.
    assert!(html.contains("href=\"/repo/ja/sip/183/\""));
    // Links to every pair of the code, curated first.
    let curated = html.find("/repo/en/sip/183-vs-486/").unwrap();
    let generated = html.find("/repo/en/sip/183-vs-437/").unwrap();
    assert!(curated < generated);
}

#[test]
fn internal_links_resolve_at_the_root_and_under_a_sub_path() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    assert!(assert_internal_links_resolve(&out, "/") > 50);
    ok(&build(site.path(), &out, &["--base-url", "https://user.github.io/repo/"]));
    assert!(assert_internal_links_resolve(&out, "/repo/") > 50);
    let sitemap = read(&out, "sitemap.xml");
    let base = "https://user.github.io/repo/";
    let entry = |lang: &str| {
        format!(
            "  <url><loc>{base}{lang}/sip/183/</loc>\
             <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{base}en/sip/183/\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"{base}ja/sip/183/\"/>\
             <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}en/sip/183/\"/></url>\n"
        )
    };
    assert!(sitemap.contains(&entry("en")) && sitemap.contains(&entry("ja")), "{sitemap}");
    // 486 has no Japanese text: its English page alone, with no alternates.
    assert!(sitemap.contains(&format!("  <url><loc>{base}en/sip/486/</loc></url>\n")), "{sitemap}");
}

#[test]
fn untranslated_fields_fall_back_with_lang_and_a_note_and_are_counted() {
    let site = sample_site();
    let out = site.path().join("public");
    let stdout = ok(&build(site.path(), &out, &[]));
    // 437 lacks ja.resolution (1 field); 486 has no ja block (3 fields).
    assert!(stdout.contains("untranslated fallbacks: en 0, ja 4"), "{stdout}");
    let html = read(&out, "ja/sip/437/index.html");
    assert!(html.contains("このセクションはまだ翻訳されていないため、英語の原文を表示しています。"));
    assert!(html.contains("<div class=\"prose\" lang=\"en\"><p>Use a certificate"), "{html}");
    // A page that is mostly English is not announced as Japanese.
    let ja486 = read(&out, "ja/sip/486/index.html");
    assert!(ja486.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!read(&out, "en/sip/486/index.html").contains("rel=\"alternate\" hreflang=\"ja\""));
    assert!(read(&out, "en/sip/183/index.html").contains("rel=\"alternate\" hreflang=\"ja\""));
    assert!(!read(&out, "sitemap.xml").contains("/ja/sip/486/"));
    assert!(!read(&out, "ja/sip/183/index.html").contains("noindex"));
}

#[test]
fn raw_html_is_escaped_and_javascript_links_are_dropped() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    for rel in ["en/sip/437/index.html", "en/sip/183-vs-437/index.html", "ja/sip/437/index.html"] {
        let html = read(&out, rel);
        assert!(!html.contains("<script>alert"), "{rel}");
        assert!(html.contains("&lt;script&gt;alert"), "{rel}");
        assert!(!html.to_lowercase().contains("javascript:"), "{rel}");
        assert!(html.contains("href=\"https://www.rfc-editor.org/rfc/rfc8224.html\""), "{rel}");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let site = sample_site();
    let a = site.path().join("a");
    let b = site.path().join("b");
    ok(&build(site.path(), &a, &[]));
    ok(&build(site.path(), &b, &[]));
    assert_eq!(tree(&a), tree(&b));
}

#[test]
fn rebuilding_an_unchanged_site_writes_nothing() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    let stdout = ok(&build(site.path(), &out, &[]));
    assert!(stdout.contains("files written 0,"), "{stdout}");
    common::write(site.path(), "content/sip/486.yaml", &RECORD_486.replace("Try again later", "Call back later"));
    let stdout = ok(&build(site.path(), &out, &[]));
    // 486's code page and its two pairs changed, in en only (ja falls back... and shows English too).
    assert!(stdout.contains("removed 0"), "{stdout}");
    assert!(read(&out, "en/sip/486/index.html").contains("Call back later"));
}

#[test]
fn no_generated_sentence_doubles_a_word() {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    for (rel, bytes) in tree(&out) {
        if rel.ends_with(".html") {
            assert_no_doubled_words(&rel, &String::from_utf8(bytes).unwrap());
        }
    }
}

/// Templates are built in: a site that overrides one template, and has no
/// other template of its own, builds with the built-in set and its override.
#[test]
fn a_site_overrides_only_the_templates_it_changes() {
    let site = sample_site();
    let root = site.path();
    std::fs::remove_dir_all(root.join("templates")).unwrap();
    write(root, "templates/partials/footer.html", "<footer class=\"bottom\"><p>Our own footer.</p></footer>\n");
    let out = root.join("public");
    ok(&build(root, &out, &[]));
    let page = read(&out, "en/sip/183/index.html");
    assert!(page.contains("<p>Our own footer.</p>"), "the override is used");
    assert!(page.contains("<h2 id=\"description\">Description"), "the built-in code.html is used");
    let files: Vec<_> = walkdir::WalkDir::new(root.join("templates"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .collect();
    assert_eq!(files.len(), 1, "the site holds one template");
}
