//! The content we ship: complete in every locale, consistent with the README,
//! and building into a site whose links all resolve.

mod common;
use codeatlas::site::{self, Status, TextKey};
use codeatlas::source::SiteRoot;
use common::*;

fn shipped() -> codeatlas::site::Site {
    site::load(&SiteRoot::open(&repo()).unwrap()).unwrap_or_else(|e| {
        panic!("shipped content must load:\n{}", e.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))
    })
}

#[test]
fn every_record_and_pair_is_complete_in_every_locale() {
    let site = shipped();
    for reg in &site.registries {
        for rec in &reg.records {
            for l in &site.config.locales {
                for f in TextKey::RECORD {
                    assert!(rec.text(l, &f).is_some(), "{}: missing {l}.{}", rec.path.display(), f.key());
                }
            }
            assert!(!rec.references.is_empty(), "{}: no references", rec.path.display());
        }
        for pair in reg.curated.values() {
            for l in &site.config.locales {
                for f in TextKey::PAIR {
                    assert!(pair.texts.text(l, &f).is_some(), "{}: missing {l}.{}", pair.path.display(), f.key());
                }
            }
        }
    }
}

/// Every code shows the protocol: header fields (the list is written even when
/// empty), an example, related codes and a flow.
#[test]
fn every_record_has_its_protocol_data() {
    let site = codeatlas::site::load(&codeatlas::source::SiteRoot::open(&repo()).unwrap()).unwrap();
    let mut n = 0;
    for reg in &site.registries {
        for rec in &reg.records {
            let file = std::fs::read_to_string(repo().join(&rec.path)).unwrap();
            assert!(file.lines().any(|l| l.starts_with("headers:")), "{}: no `headers:` list", rec.path.display());
            assert!(!rec.example.is_empty(), "{}: no example", rec.path.display());
            assert!(!rec.related.is_empty(), "{}: no related codes", rec.path.display());
            assert!(rec.flow.is_some(), "{}: no flow", rec.path.display());
            n += 1;
        }
    }
    assert_eq!(n, 139);
}

#[test]
fn readme_content_table_matches_the_content() {
    let site = shipped();
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut per_locale = 2; // the home page and the translation status page
    for reg in &site.registries {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| {} ", reg.name)))
            .unwrap_or_else(|| panic!("README's content table has no row for {}", reg.name));
        let cells: Vec<&str> = row.split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
        let pages = 1 + usize::from(reg.causes.is_some()) + reg.records.len() + reg.pair_count();
        per_locale += pages;
        assert_eq!(
            cells[1..],
            [reg.records.len().to_string(), reg.curated.len().to_string(), pages.to_string()],
            "README row for {} is out of date: codes, curated comparisons, pages per locale",
            reg.name
        );
    }
    let locales = site.config.locales.len();
    assert!(
        readme.contains(&format!("{per_locale} pages per locale and {} in all", per_locale * locales)),
        "README totals are out of date ({per_locale} per locale)"
    );
}

#[test]
fn registry_status_and_current_reason_phrases() {
    let site = shipped();
    let rec = |reg: &str, code: u16| {
        site.registry(reg).unwrap().record(code).unwrap_or_else(|| panic!("{reg} {code} missing"))
    };
    assert_eq!(rec("sip", 202).status, Some(Status::Deprecated));
    assert_eq!(rec("http", 104).status, Some(Status::Temporary));
    assert_eq!(rec("http", 306).status, Some(Status::Unused));
    assert_eq!(rec("http", 418).status, Some(Status::Unused));
    assert_eq!(rec("http", 510).status, Some(Status::Obsoleted));
    assert_eq!(rec("sip", 437).reason, "Unsupported Credential");
    assert_eq!(rec("http", 413).reason, "Content Too Large");
    assert_eq!(rec("http", 422).reason, "Unprocessable Content");
    let statuses: usize = site.registries.iter().flat_map(|r| &r.records).filter(|r| r.status.is_some()).count();
    assert_eq!(statuses, 5, "only entries the IANA registries mark carry a status");
    // Former names are stated where a name changed.
    assert!(
        rec("sip", 437)
            .text(&site.config.default_locale, &TextKey::Description)
            .unwrap()
            .source
            .contains("Unsupported Certificate")
    );
    assert!(
        rec("http", 413)
            .text(&site.config.default_locale, &TextKey::Description)
            .unwrap()
            .source
            .contains("Payload Too Large")
    );
}

#[test]
fn the_shipped_site_builds_with_no_fallbacks_and_every_link_resolves_under_a_sub_path() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let stdout = ok(&build(&repo(), &out, &["--base-url", "https://user.github.io/codeatlas/"]));
    assert!(stdout.contains("untranslated fallbacks: en 0, ja 0"), "{stdout}");
    assert!(assert_internal_links_resolve(&out, "/codeatlas/") > 100_000);
    let files = tree(&out);
    for (rel, bytes) in &files {
        if rel.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes);
            check_sentences(rel, &html);
            check_weight(rel, &html, bytes.len());
        }
    }
    let css_js: usize =
        files.iter().filter(|(k, _)| k.ends_with(".css") || k.ends_with(".js")).map(|(_, v)| v.len()).sum();
    assert!(css_js < 30_000, "CSS + JS is {css_js} bytes, over the 30 KB budget");
}

/// Page weight and requests: a pair page under 24 KB before compression (its
/// diagrams included); a code page's diagram, with its text equivalent, at most
/// 4 KB; no request to another host; no script that blocks rendering.
fn check_weight(rel: &str, html: &str, len: usize) {
    if rel.contains("-vs-") {
        assert!(len < 24_000, "{rel} is {len} bytes, over the 24 KB budget for a pair page");
    }
    if let Some(start) = html.find(r#"<section aria-labelledby="flow">"#) {
        let end = html[start..].find("</section>").map_or(html.len(), |e| start + e);
        let diagram = end - start;
        assert!(diagram <= 4096, "{rel}: the diagram section is {diagram} bytes, over the 4 KB budget");
    }
    for tag in ["<script src=\"", "<link rel=\"stylesheet\" href=\"", "<link rel=\"icon\" href=\"", "<img src=\""] {
        for part in html.split(tag).skip(1) {
            assert!(
                part.starts_with('/'),
                "{rel}: {tag}{} requests another host",
                &part[..part.find('"').unwrap_or(0)]
            );
        }
    }
    for part in html.split("<script").skip(1) {
        let tag = &part[..part.find('>').unwrap_or(0)];
        assert!(
            tag.contains("defer") || tag.contains("application/ld+json") || rel == "index.html",
            "{rel}: render-blocking <script{tag}>"
        );
    }
}

/// No doubled words in any text node, and no generated claim that two codes are
/// "commonly confused" on pages without a curated comparison.
fn check_sentences(rel: &str, html: &str) {
    assert_no_doubled_words(rel, html);
    let body = without_scripts(html);
    if rel.contains("-vs-") && body.contains("No one has written a comparison") {
        assert!(!body.to_lowercase().contains("commonly confused"), "{rel}");
    }
}
