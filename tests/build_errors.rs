//! Malformed input: every case names file:line:col, exits non-zero and leaves the
//! previous output exactly as it was.

mod common;
use common::*;

/// Builds the sample site, applies `edit`, builds again and checks the failure.
fn fails_with(edit: impl FnOnce(&std::path::Path), expected_prefix: &str, expected_words: &[&str]) {
    let site = sample_site();
    let out = site.path().join("public");
    ok(&build(site.path(), &out, &[]));
    let before = tree(&out);
    edit(site.path());
    let o = build(site.path(), &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "build should fail: {stderr}");
    assert!(stderr.contains(&format!("error: {expected_prefix}")), "expected `{expected_prefix}` in:\n{stderr}");
    for w in expected_words {
        assert!(stderr.contains(w), "expected `{w}` in:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(tree(&out), before, "the previous output must be untouched");
    assert!(!site.path().join(".public.codeatlas-staging").exists(), "staging must be cleaned up");
}

fn replace(root: &std::path::Path, rel: &str, from: &str, to: &str) {
    let p = root.join(rel);
    let s = std::fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "{rel} lacks {from:?}");
    std::fs::write(p, s.replacen(from, to, 1)).unwrap();
}

#[test]
fn misspelt_field_names_line_column_and_suggests() {
    fails_with(
        |r| replace(r, "content/sip/183.yaml", "  appears_when:", "  apears_when:"),
        "content/sip/183.yaml:7:3: ",
        &["apears_when", "appears_when"],
    );
}

#[test]
fn unknown_locale_block() {
    fails_with(
        |r| write(r, "content/sip/486.yaml", &format!("{RECORD_486}fr:\n  description: x\n")),
        "content/sip/486.yaml:11:1: ",
        &["`fr`", "en, ja"],
    );
}

#[test]
fn wrong_type() {
    fails_with(
        |r| replace(r, "content/sip/183.yaml", "reason: Session Progress", "reason: [Session, Progress]"),
        "content/sip/183.yaml:2:9: ",
        &["expected text"],
    );
}

#[test]
fn duplicate_key() {
    fails_with(
        |r| {
            replace(
                r,
                "content/sip/183.yaml",
                "reason: Session Progress\n",
                "reason: Session Progress\nreason: Again\n",
            )
        },
        "content/sip/183.yaml:3:1: ",
        &["`reason` a second time"],
    );
}

#[test]
fn file_name_disagrees_with_code() {
    fails_with(
        |r| {
            std::fs::rename(r.join("content/sip/486.yaml"), r.join("content/sip/487.yaml")).unwrap();
        },
        "content/sip/487.yaml:1:7: ",
        &["named `486.yaml`"],
    );
}

#[test]
fn code_outside_the_registry_classes() {
    fails_with(
        |r| write(r, "content/sip/799.yaml", &RECORD_486.replace("code: 486", "code: 799")),
        "content/sip/799.yaml:1:7: ",
        &["declared class", "1xx, 2xx, 3xx, 4xx, 5xx, 6xx"],
    );
}

#[test]
fn pair_naming_an_unknown_code() {
    fails_with(
        |r| write(r, "content/sip/pairs/183-vs-999.yaml", "en:\n  differences: x\n"),
        "content/sip/pairs/183-vs-999.yaml:1:1: ",
        &["code 999"],
    );
}

#[test]
fn pair_in_the_wrong_order() {
    fails_with(
        |r| write(r, "content/sip/pairs/486-vs-183.yaml", "en:\n  differences: x\n"),
        "content/sip/pairs/486-vs-183.yaml:1:1: ",
        &["183-vs-486.yaml"],
    );
}

#[test]
fn fluent_syntax_error() {
    fails_with(
        |r| replace(r, "locales/ja/main.ftl", "breadcrumb-home = ホーム", "breadcrumb-home = { ホーム"),
        "locales/ja/main.ftl:",
        &["Fluent syntax error"],
    );
}

#[test]
fn message_missing_everywhere_names_template_and_id() {
    fails_with(
        |r| replace(r, "templates/code.html", "t(key=\"heading-references\")", "t(key=\"heading-nowhere\")"),
        "templates/code.html:",
        &["heading-nowhere"],
    );
}

#[test]
fn template_syntax_error() {
    fails_with(
        |r| replace(r, "templates/pair.html", "{% endblock content %}", "{% endblok content %}"),
        "templates/pair.html:",
        &[],
    );
}

#[test]
fn missing_default_locale_text() {
    fails_with(
        |r| replace(r, "content/sip/486.yaml", "  resolution: |\n    Try again later or try another location.\n", ""),
        "content/sip/486.yaml:1:1: ",
        &["en.resolution"],
    );
}

#[test]
fn all_problems_are_reported_in_one_run() {
    let site = sample_site();
    replace(site.path(), "content/sip/183.yaml", "  appears_when:", "  apears_when:");
    write(site.path(), "content/sip/pairs/183-vs-999.yaml", "en:\n  differences: x\n");
    let o = build(site.path(), &site.path().join("public"), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("content/sip/183.yaml:7:3:") && stderr.contains("183-vs-999.yaml"), "{stderr}");
    assert!(!site.path().join("public").exists(), "nothing is written when the build fails");
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_write() {
    let site = sample_site();
    let out = site.path().join("mine");
    write(&out, "precious.txt", "keep me");
    let o = build(site.path(), &out, &[]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("was not written by codeatlas"));
    assert_eq!(read(&out, "precious.txt"), "keep me");
    let o = build(site.path(), site.path(), &[]);
    assert!(!o.status.success());
}
