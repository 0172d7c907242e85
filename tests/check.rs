//! `codeatlas check`: each diagnostic with its exact path:line:col and message,
//! all problems in one run, the coverage table, JSON output and exit codes.

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

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let p = root.join(rel);
    let s = std::fs::read_to_string(&p).unwrap();
    assert!(s.contains(from), "{rel} lacks {from:?}");
    std::fs::write(p, s.replacen(from, to, 1)).unwrap();
}

/// Applies `change` to a fresh sample site and expects exactly these diagnostic lines.
fn expect(change: impl FnOnce(&Path), lines: &[&str]) {
    let site = sample_site();
    change(site.path());
    let (code, _, stderr) = check(site.path(), &[]);
    assert_eq!(code, 1, "{stderr}");
    for l in lines {
        assert!(stderr.lines().any(|x| x == format!("error: {l}")), "expected line\n  error: {l}\nin:\n{stderr}");
    }
    let n = stderr.lines().filter(|l| l.starts_with("error: ")).count();
    assert_eq!(n, lines.len(), "expected {} problems, got:\n{stderr}", lines.len());
    assert!(stderr.contains(&format!("check failed: {} problem", lines.len())));
}

#[test]
fn the_shipped_content_is_clean() {
    let (code, stdout, stderr) = check(&repo(), &[]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("check passed: no problems"));
    assert!(stdout.contains("ja          139/139           467/467          0        0        100.0"), "{stdout}");
}

#[test]
fn yaml_syntax() {
    expect(
        |r| edit(r, "content/sip/183.yaml", "reason: Session Progress", "reason: [Session"),
        &["content/sip/183.yaml:2:9: found a list or mapping, expected text"],
    );
}

#[test]
fn unknown_field_with_a_suggestion_and_a_caret() {
    let site = sample_site();
    edit(site.path(), "content/sip/183.yaml", "  description: |\n    Conveys", "  descripton: |\n    Conveys");
    let (_, _, stderr) = check(site.path(), &[]);
    assert!(stderr.contains("error: content/sip/183.yaml:5:3: found unknown field `descripton`, did you mean `description`? (expected one of: description, appears_when, resolution, translated_from)\n  |\n5 |   descripton: |\n  |   ^"), "{stderr}");
}

#[test]
fn wrong_type() {
    expect(
        |r| edit(r, "content/sip/183.yaml", "references: [\"RFC 3261 §21.1.5\"]", "references: RFC 3261"),
        &[
            "content/sip/183.yaml:3:13: found a single value or a mapping, expected a list such as [\"RFC 3261 §21.1.5\"]",
        ],
    );
}

#[test]
fn code_outside_its_classes() {
    expect(
        |r| write(r, "content/sip/799.yaml", &RECORD_486.replace("code: 486", "code: 799")),
        &[
            "content/sip/799.yaml:1:7: found code 799, expected a code in a declared class (1xx, 2xx, 3xx, 4xx, 5xx, 6xx)",
        ],
    );
}

#[test]
fn file_name_disagrees_with_code() {
    expect(
        |r| write(r, "content/sip/488.yaml", RECORD_486),
        &[
            "content/sip/488.yaml:1:1: found code 486 again, expected each code once (it is also in content/sip/486.yaml)",
            "content/sip/488.yaml:1:7: found code 486 in a file named `488.yaml`, expected the file to be named `486.yaml`",
        ],
    );
}

#[test]
fn duplicate_codes() {
    expect(
        |r| write(r, "content/sip/0486.yaml", RECORD_486),
        &[
            "content/sip/0486.yaml:1:1: found code 486 again, expected each code once (it is also in content/sip/486.yaml)",
            "content/sip/0486.yaml:1:7: found code 486 in a file named `0486.yaml`, expected the file to be named `486.yaml`",
        ],
    );
}

#[test]
fn pair_files_naming_unknown_codes_or_in_the_wrong_order() {
    expect(
        |r| {
            write(r, "content/sip/pairs/183-vs-999.yaml", "en:\n  differences: x\n");
            write(r, "content/sip/pairs/437-vs-183.yaml", "en:\n  differences: x\n");
        },
        &[
            "content/sip/pairs/183-vs-999.yaml:1:1: found code 999 in a pair, expected a code of registry `sip` (no content/sip/999.yaml)",
            "content/sip/pairs/437-vs-183.yaml:1:1: found pair 437-vs-183, expected the lower code first: `183-vs-437.yaml`",
        ],
    );
}

#[test]
fn unknown_locale_block() {
    expect(
        |r| write(r, "content/sip/486.yaml", &format!("{RECORD_486}fr:\n  description: x\n")),
        &["content/sip/486.yaml:11:1: found locale block `fr`, expected one of the site's locales: en, ja"],
    );
}

#[test]
fn fluent_syntax_error() {
    expect(
        |r| edit(r, "locales/ja/main.ftl", "breadcrumb-home = ホーム", "breadcrumb-home = { ホーム"),
        &["locales/ja/main.ftl:9:21: Fluent syntax error: Expected an inline expression"],
    );
}

#[test]
fn fluent_ids_missing_in_a_locale_and_the_reverse() {
    expect(
        |r| {
            edit(r, "locales/ja/main.ftl", "breadcrumb-home = ホーム\n", "");
            edit(r, "locales/ja/main.ftl", "nav-language = 言語\n", "nav-language = 言語\nnav-extra = 余分\n");
        },
        &[
            "locales/en/main.ftl:9:1: message `breadcrumb-home` is missing in locale `ja` (locales/ja/*.ftl), expected every message of `en` to be translated",
            "locales/ja/main.ftl:9:1: found message `nav-extra` that the default locale `en` does not define, expected the same ids in every locale",
        ],
    );
}

#[test]
fn message_used_by_a_template_but_defined_nowhere() {
    expect(
        |r| edit(r, "templates/home.html", "t(key=\"home-heading\")", "t(key=\"home-headline\")"),
        &[
            "templates/home.html:5:15: template uses message `home-headline`, which no locale defines; expected it in locales/en/*.ftl",
        ],
    );
}

#[test]
fn tera_template_error() {
    expect(
        |r| edit(r, "templates/code.html", "{% endblock content %}", "{% endblok content %}"),
        &["templates/code.html:32:4: Unknown tag: found `endblok`"],
    );
}

#[test]
fn markdown_link_to_a_missing_internal_page() {
    expect(
        |r| {
            edit(r, "content/sip/486.yaml", "Try again later", "See [437](../437/) and [999](../999/). Try again later")
        },
        &[
            "content/sip/486.yaml:10:34: link `../999/` (in the `en` text) leads to /en/sip/999/, which is not a page of the site",
        ],
    );
}

#[test]
fn every_problem_in_one_run() {
    let site = sample_site();
    edit(site.path(), "content/sip/183.yaml", "  appears_when:", "  apears_when:");
    edit(site.path(), "locales/ja/main.ftl", "breadcrumb-home = ホーム", "breadcrumb-home = { ホーム");
    edit(site.path(), "templates/code.html", "{% endblock content %}", "{% endblok content %}");
    let (code, _, stderr) = check(site.path(), &[]);
    assert_eq!(code, 1);
    for p in ["content/sip/183.yaml:7:3:", "locales/ja/main.ftl:9:21:", "templates/code.html:32:4:"] {
        assert!(stderr.contains(p), "{p} missing from\n{stderr}");
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
    let (code, stdout, _) = check(root, &[]);
    assert_eq!(code, 0);
    assert!(
        stdout
            .contains("stale: content/sip/183.yaml `ja.appears_when`: the source text changed since it was translated"),
        "{stdout}"
    );
    // ja: 183 has one stale field, 437 lacks resolution, 486 has no block (so no
    // record is complete); fields: 9 of records + 2 of the curated pair 183-vs-486.
    assert!(stdout.contains("ja            0/3               6/11           1        4         54.5"), "{stdout}");
    // The page shows the note with a link to the source.
    let out = root.join("public");
    ok(&build(root, &out, &[]));
    let html = read(&out, "ja/sip/183/index.html");
    assert!(
        html.contains("英語版の方が新しい内容です。 <a href=\"/en/sip/183/#appears_when\" hreflang=\"en\">"),
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
