//! The translators' round trip through gettext PO (`l10n add`, `export`,
//! `import`) on the shipped content and on a sample site: GNU msgfmt accepts
//! every catalog, a round trip without edits changes no byte, and a new
//! language goes from nothing to translated pages. Import's refusals are
//! pinned by the bad-input corpus (tests/bad-inputs/po-*).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// The shipped site (content, locales, templates, static) in a temp folder.
fn shipped_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "locales", "templates", "static"] {
        copy_dir(&repo().join(d), &dir.path().join(d));
    }
    dir
}

fn run(args: &[&str]) -> String {
    let o = codeatlas(args);
    assert!(
        o.status.success(),
        "codeatlas {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn export(root: &Path, locale: &str) -> String {
    run(&["l10n", "export", locale, "--root", root.to_str().unwrap()])
}

fn import(root: &Path, po: &str) -> String {
    let file = root.join("import.po");
    std::fs::write(&file, po).unwrap();
    let out = run(&["l10n", "import", file.to_str().unwrap(), "--root", root.to_str().unwrap()]);
    std::fs::remove_file(file).unwrap();
    out
}

/// Every file of the content and locale folders, with its bytes.
fn sources(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = tree(&root.join("content"));
    all.extend(tree(&root.join("locales")).into_iter().map(|(k, v)| (format!("locales/{k}"), v)));
    all
}

fn translations(root: &Path) -> Vec<String> {
    let config = std::fs::read_to_string(root.join("content/site.yaml")).unwrap();
    let line = config.lines().find(|l| l.starts_with("locales:")).unwrap();
    let list = line.trim_start_matches("locales:").trim().trim_matches(|c| c == '[' || c == ']');
    list.split(',').map(|s| s.trim().to_string()).filter(|l| l != "en").collect()
}

/// Fills the `msgstr` of the entry `ctxt` with `text`.
fn translate(po: &str, ctxt: &str, text: &str) -> String {
    let head = format!("msgctxt \"{ctxt}\"\n");
    let at = po.find(&head).unwrap_or_else(|| panic!("no entry {ctxt}")) + head.len();
    let msgstr = po[at..].find("\nmsgstr ").unwrap() + at + 1;
    // The msgstr runs to the blank line that ends the entry (or the file).
    let end = po[msgstr..].find("\n\n").map_or(po.len(), |e| msgstr + e);
    format!("{}msgstr \"{text}\"{}", &po[..msgstr], &po[end..])
}

#[test]
fn msgfmt_accepts_the_catalog_of_every_locale_and_exports_are_stable() {
    let root = repo();
    let locales = translations(&root);
    assert!(locales.len() >= 3, "{locales:?}");
    let dir = tempfile::tempdir().unwrap();
    for locale in locales {
        let po = export(&root, &locale);
        assert_eq!(po, export(&root, &locale), "two exports of {locale} differ");
        assert!(po.contains(&format!("\"Language: {locale}\\n\"")), "{locale}");
        assert!(po.contains("msgctxt \"sip/486#appears_when\""), "{locale}");
        assert!(po.contains("msgctxt \"sip/183-vs-437#differences\""), "{locale}");
        let file = dir.path().join(format!("{locale}.po"));
        std::fs::write(&file, &po).unwrap();
        // GNU gettext is installed by scripts/install-test-deps.sh; a missing
        // msgfmt fails here rather than skipping the check.
        let o = Command::new("msgfmt")
            .args(["--check", "-o", "/dev/null"])
            .arg(&file)
            .output()
            .expect("msgfmt (GNU gettext) is needed: run ./test.sh, which installs it");
        assert!(o.status.success(), "msgfmt rejects the {locale} catalog:\n{}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn export_then_import_without_edits_leaves_every_byte_as_it_was() {
    let site = shipped_copy();
    let root = site.path();
    let before = sources(root);
    for locale in translations(root) {
        let said = import(root, &export(root, &locale));
        assert!(said.contains("nothing to import") || said.contains("0 texts written"), "{locale}: {said}");
        let after = sources(root);
        let changed: Vec<_> = after.iter().filter(|(k, v)| before.get(*k) != Some(v)).map(|(k, _)| k).collect();
        assert!(changed.is_empty(), "{locale}: the round trip changed {changed:?}");
    }
}

#[test]
fn a_new_language_from_nothing_to_translated_pages() {
    let site = sample_site();
    assert_eq!(std::fs::read_to_string(site.path().join("content/sip/486.yaml")).unwrap(), RECORD_486);
    let root = site.path();
    let r = root.to_str().unwrap();
    run(&["l10n", "add", "fr", "--root", r]);
    // With a repository, fallback notes and the status page link to the files.
    let config = std::fs::read_to_string(root.join("content/site.yaml")).unwrap();
    std::fs::write(
        root.join("content/site.yaml"),
        format!("{config}repository:\n  url: https://github.com/owner/codeatlas\n  branch: trunk\n"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let first = ok(&build(root, out.path(), &[]));
    let fallbacks = |summary: &str| -> usize {
        let at = summary.find("fr ").unwrap_or_else(|| panic!("no fr in {summary}"));
        summary[at + 3..].split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
    };
    let before = fallbacks(first.split("fallbacks:").nth(1).unwrap());

    let po = export(root, "fr");
    assert!(po.contains("\"Language: fr\\n\""));
    assert!(po.contains("\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\""), "French plural rule missing");
    let po = translate(&po, "sip/486#description", "486 Busy Here signifie que l’appelé est joignable mais occupé.");
    let po = translate(&po, "sip/486#appears_when", "Vous le voyez quand l’appelé est déjà en ligne.");
    let po = translate(&po, "sip/183-vs-486#which_to_use", "Envoyez 486 quand l’appelé est occupé.");
    let said = import(root, &po);
    assert!(said.contains("3 texts written"), "{said}");

    let record = std::fs::read_to_string(root.join("content/sip/486.yaml")).unwrap();
    assert!(record.starts_with(RECORD_486), "the import rewrote what it did not translate:\n{record}");
    assert!(record[RECORD_486.len()..].starts_with("fr:\n"), "{record}");

    let second = ok(&build(root, out.path(), &[]));
    let after = fallbacks(second.split("fallbacks:").nth(1).unwrap());
    assert_eq!(after + 3, before, "fallbacks before {before}, after {after}: {second}");
    let page = read(out.path(), "fr/sip/486/index.html");
    assert!(page.contains("signifie que l’appelé est joignable mais occupé"), "{page}");
    assert!(page.contains("lang=\"fr\""));
    let pair = read(out.path(), "fr/sip/183-vs-486/index.html");
    assert!(pair.contains("Envoyez 486 quand l’appelé est occupé."));
    let edit = "https://github.com/owner/codeatlas/edit/trunk/content/sip/486.yaml";
    assert!(page.contains(&format!("<a href=\"{edit}\">")), "the fallback note links to the file to translate");

    // The status page counts them: 3 texts translated, the rest missing, and
    // lists 486 with the kinds of text still missing and a link to its file.
    let status = read(out.path(), "fr/translation/index.html");
    let row = status.split("<tr>").find(|r| r.contains("hreflang=\"fr\"")).expect("a row for fr");
    let cells: Vec<&str> = row.split("<td>").skip(1).map(|c| c.split('<').next().unwrap()).collect();
    let total: usize = po.matches("\nmsgctxt ").count();
    assert_eq!(cells[..3], ["3", "0", &(total - 3).to_string()], "{row}");
    let todo = status.split("<tr>").find(|r| r.contains("486 Busy Here")).expect("486 listed");
    assert!(todo.contains(edit), "{todo}");
    assert!(status.contains("noindex"));
    let home = read(out.path(), "fr/index.html");
    assert!(home.contains("href=\"/fr/translation/\""), "the footer links to the status page");

    // The English moves on: the next export offers the old English as the
    // previous msgid of a fuzzy entry, and check calls the text stale.
    let en = std::fs::read_to_string(root.join("content/sip/486.yaml")).unwrap();
    let appears = "appears_when: |\n    ";
    let at = en.find(appears).unwrap() + appears.len();
    let changed = format!("{}Nowadays, {}", &en[..at], &en[at..]);
    std::fs::write(root.join("content/sip/486.yaml"), changed).unwrap();
    let po = export(root, "fr");
    let entry = po.split("\n\n").find(|e| e.contains("msgctxt \"sip/486#appears_when\"")).unwrap();
    assert!(entry.contains("#, fuzzy"), "{entry}");
    assert!(entry.contains("#| msgid \""), "{entry}");
    assert!(!entry.contains("#| msgid \"Nowadays"), "the previous msgid is the old English: {entry}");
    let o = codeatlas(&["check", "--root", r]);
    let report = String::from_utf8_lossy(&o.stderr);
    assert!(
        report.contains("content/sip/486.yaml:")
            && report.contains("`fr.appears_when` was translated from an older version"),
        "{report}"
    );
}

/// `translated` on a `.ftl` file records the English each message was made
/// from, so a later English edit shows as stale with what changed; it refuses
/// a file that is not the locale's own (the English source above all).
#[test]
fn ftl_translations_remember_their_english_and_show_what_changed() {
    let site = sample_site();
    let root = site.path();
    let r = root.to_str().unwrap();
    let en = root.join("locales/en/main.ftl");
    let english = std::fs::read_to_string(&en).unwrap();
    let o = codeatlas(&["translated", "locales/en/main.ftl", "ja", "--root", r]);
    assert!(!o.status.success(), "marking the English as Japanese must fail");
    assert!(String::from_utf8_lossy(&o.stderr).contains("expected a `.ftl` file of locales/ja/"));
    assert_eq!(std::fs::read_to_string(&en).unwrap(), english, "the English file was touched");

    let said = run(&["translated", "locales/ja/main.ftl", "ja", "--root", r]);
    assert!(said.contains("messages of `ja`"), "{said}");
    let from = "footer-translation = Translation status of this site";
    assert!(english.contains(from));
    std::fs::write(&en, english.replace(from, "footer-translation = Translation status of the whole site")).unwrap();
    let o = codeatlas(&["check", "--root", r]);
    let report = String::from_utf8_lossy(&o.stderr);
    assert!(report.contains("message `footer-translation` of `ja` was translated from an older version"), "{report}");
    assert!(report.contains("what changed in `en`: ") && report.contains("[-this-]{+the whole+}"), "{report}");
}

#[test]
fn a_broken_ftl_file_does_not_make_translated_forget_its_english() {
    let site = sample_site();
    let root = site.path();
    let r = root.to_str().unwrap();
    run(&["translated", "locales/ja/main.ftl", "ja", "--root", r]);
    let store = || std::fs::read_to_string(root.join("locales/sources.yaml")).unwrap();
    let english = "Translation status of this site";
    assert!(store().contains(english), "{}", store());
    // While a .ftl file does not parse, its markers cannot be read; marking a
    // record must not drop the English they were translated from.
    let ja = root.join("locales/ja/main.ftl");
    let mut text = std::fs::read_to_string(&ja).unwrap();
    text.push_str("\nbroken = { \n");
    std::fs::write(&ja, text).unwrap();
    run(&["translated", "content/sip/183.yaml", "ja", "--root", r]);
    assert!(store().contains(english), "sources.yaml lost the .ftl's English:\n{}", store());
}
