//! `codeatlas check` beyond its diagnostics (which the bad-input corpus pins,
//! tests/bad_inputs.rs): the shipped content is clean, the coverage table,
//! JSON output, exit codes, and `new` and `translated`.

mod common;
use common::*;
use std::path::Path;

fn check(root: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["check", "--root", root.to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = codeatlas(&args);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// How many messages the English bundle has (every other locale has them all).
fn messages() -> usize {
    let dir = repo().join("locales/en");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|t| t.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" =")).count())
        .sum()
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let p = root.join(rel);
    let s = std::fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "{rel} lacks {from:?}");
    std::fs::write(p, s.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_shipped_content_is_clean() {
    let (code, stdout, stderr) = check(&repo(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("check passed: no problems"));
    // Every locale complete: every record text, caption and note, every message.
    for l in ["ja", "ko", "zh-Hans"] {
        let n = messages();
        let row = format!(
            "{l:<8}     139/139          931/931          0        0        100.0         {n}/{n}          0             0"
        );
        assert!(stdout.contains(&row), "{l}: {stdout}");
    }
}

#[test]
fn json_output_for_tools() {
    let site = sample_site();
    edit(site.path(), "content/sip/183.yaml", "  appears_when:", "  apears_when:");
    let (code, stdout, _) = check(site.path(), &["--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let d = &v["diagnostics"][0];
    assert_eq!(
        (d["path"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("content/sip/183.yaml"), Some(7), Some(3))
    );
    assert!(d["message"].as_str().unwrap().contains("apears_when"));
}

#[test]
fn usage_errors_exit_2_and_check_writes_nothing() {
    let o = codeatlas(&["check", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
    let site = sample_site();
    let before = tree(site.path());
    let (code, stdout, _) = check(site.path(), &[]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(tree(site.path()), before, "check writes nothing");
}

#[test]
fn coverage_counts_translated_stale_and_missing() {
    let site = sample_site();
    let root = site.path();
    // Record what 183's and 437's Japanese texts were translated from, then change a source.
    assert!(
        codeatlas(&["translated", "--root", root.to_str().unwrap(), "content/sip/183.yaml", "ja"]).status.success()
    );
    let o = codeatlas(&["check", "--root", root.to_str().unwrap(), "--fix-hashes"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    edit(root, "content/sip/183.yaml", "Gateways send it", "Gateways usually send it");
    let (code, stdout, stderr) = check(root, &[]);
    assert_eq!(code, 0, "a stale translation is a warning, not an error");
    assert!(
        stderr.contains("warning: content/sip/183.yaml:15:5: `ja.appears_when` was translated from an older version of the `en` text"),
        "{stderr}"
    );
    assert!(stdout.contains("check passed with 1 warning"), "{stdout}");
    // ja: 183 has one stale field, 437 lacks resolution, 486 has no block (so no
    // record is complete); fields: 9 of records + 2 of the curated pair 183-vs-486.
    assert!(
        stdout.contains(&format!(
            "ja             0/3              6/11           1        4         54.5         {0}/{0}",
            messages()
        )),
        "{stdout}"
    );
    // The warning shows what changed in the English since the translation.
    assert!(stderr.contains("what changed in `en`: ") && stderr.contains("Gateways {+usually +}send it"), "{stderr}");
    // The page shows the note with a link to the source.
    let out = root.join("public");
    ok(&build(root, &out, &[]));
    let html = read(&out, "ja/sip/183/index.html");
    assert!(
        html.contains(
            "このセクションの翻訳後に、英語の原文が更新されています。<a href=\"/en/sip/183/#appears_when\" hreflang=\"en\">"
        ),
        "{html}"
    );
}

#[test]
fn new_writes_a_complete_record_and_refuses_to_overwrite() {
    let site = sample_site();
    let root = site.path().to_str().unwrap();
    let o = codeatlas(&["new", "--root", root, "sip", "480"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = read(site.path(), "content/sip/480.yaml");
    for key in
        ["code: 480", "reason:", "references:", "en:", "ja:", "  description:", "  appears_when:", "  resolution:"]
    {
        assert!(text.contains(key), "{key} missing in\n{text}");
    }
    // Until it is filled in, check says what is left.
    let (code, _, stderr) = check(site.path(), &[]);
    assert_eq!(code, 1);
    assert!(stderr.contains("content/sip/480.yaml:1:1: missing `en.description`"), "{stderr}");
    let again = codeatlas(&["new", "--root", root, "sip", "480"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists; refusing to overwrite it"));
    let outside = codeatlas(&["new", "--root", root, "sip", "799"]);
    assert!(String::from_utf8_lossy(&outside.stderr).contains("code 799 is not in a class of registry `sip`"));
}

/// A report that cannot be written is a failure, not a silent success; a
/// reader that stops early (`| head`) is not.
#[test]
fn an_unwritable_report_fails() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full (Linux)");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_codeatlas"))
        .args(["check", "--format", "json", "--root", repo().to_str().unwrap()])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("No space left"));
}

#[test]
fn a_stale_message_whose_source_is_not_stored_says_where_to_look() {
    let site = sample_site();
    edit(
        site.path(),
        "locales/ja/main.ftl",
        "\ntranslation-title =",
        "\n# translated-from: 00000000\ntranslation-title =",
    );
    let (code, _, stderr) = check(site.path(), &[]);
    assert_eq!(code, 0, "a stale translation is a warning: {stderr}");
    assert!(stderr.contains("message `translation-title` of `ja` was translated from an older version"), "{stderr}");
    assert!(
        stderr.contains(
            "the `en` text it was made from is not in locales/sources.yaml; compare with the history of locales/ja/main.ftl"
        ),
        "{stderr}"
    );
}
