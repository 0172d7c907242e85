//! The translation-platform configurations point where scripts/l10n-sync.sh
//! writes. On a copy of the shipped site the script exports the catalogs; then
//! crowdin.yml (with its languages_mapping applied) and
//! l10n/weblate-components.json must name exactly those PO files, the template,
//! and every locales/<locale>/<file>.ftl, for every locale of content/site.yaml
//! and every locales/en/*.ftl. A path that is wrong fails; nothing is skipped.
//! The script's import reads the headers platforms write (`ja_JP`, `zh_CN`) and
//! stops at the first file codeatlas refuses.

mod common;
use common::*;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Output;

#[derive(Deserialize)]
struct Site {
    default_locale: String,
    locales: Vec<String>,
}

#[derive(Deserialize)]
struct Crowdin {
    files: Vec<CrowdinFiles>,
}

#[derive(Deserialize)]
struct CrowdinFiles {
    source: String,
    translation: String,
    #[serde(default)]
    languages_mapping: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Deserialize)]
struct Component {
    slug: String,
    file_format: String,
    filemask: String,
    template: String,
    new_base: String,
}

/// The shipped site in a temp folder, after `scripts/l10n-sync.sh export`.
fn exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in ["content", "locales", "templates", "static"] {
        copy_dir(&repo().join(d), &dir.path().join(d));
    }
    let o = sync(dir.path(), "export");
    assert!(o.status.success(), "export failed:\n{}{}", text(&o.stdout), text(&o.stderr));
    dir
}

fn sync(root: &Path, command: &str) -> Output {
    std::process::Command::new("bash")
        .arg(repo().join("scripts/l10n-sync.sh"))
        .arg(command)
        .env("CODEATLAS", env!("CARGO_BIN_EXE_codeatlas"))
        .env("ROOT", root)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn site_config(root: &Path) -> Site {
    serde_saphyr::from_str(&std::fs::read_to_string(root.join("content/site.yaml")).unwrap()).unwrap()
}

/// The site's locales other than the default one.
fn translated_locales(root: &Path) -> Vec<String> {
    let config = site_config(root);
    let out: Vec<String> = config.locales.into_iter().filter(|l| *l != config.default_locale).collect();
    assert!(out.len() >= 3, "{out:?}");
    out
}

/// The files of `dir` (relative to `root`), by name.
fn files(root: &Path, dir: &str) -> BTreeSet<String> {
    tree(&root.join(dir)).into_keys().map(|name| format!("{dir}/{name}")).collect()
}

/// The names of locales/en/*.ftl.
fn ftl_names(root: &Path) -> Vec<String> {
    let names: Vec<String> = tree(&root.join("locales/en")).into_keys().filter(|name| name.ends_with(".ftl")).collect();
    assert!(names.len() >= 2, "{names:?}");
    names
}

/// What the one `*` of `pattern` stands for in `path` (within one folder), if it matches.
fn star(pattern: &str, path: &str) -> Option<String> {
    let (before, after) = pattern.split_once('*').unwrap_or_else(|| panic!("no `*` in `{pattern}`"));
    assert!(!after.contains('*'), "more than one `*` in `{pattern}`");
    let middle = path.strip_prefix(before)?.strip_suffix(after)?;
    (!middle.is_empty() && !middle.contains('/')).then(|| middle.to_string())
}

/// The `%placeholder%` names in a Crowdin pattern.
fn placeholders(pattern: &str) -> Vec<String> {
    pattern.split('%').skip(1).step_by(2).map(str::to_string).collect()
}

/// Where Crowdin puts the `locale` translation of the source file `name`: each
/// language placeholder becomes the value languages_mapping gives the one Crowdin
/// language mapped to `locale`.
fn crowdin_path(files: &CrowdinFiles, locale: &str, name: &str) -> String {
    let mut path = files.translation.replace("%original_file_name%", name);
    let language = placeholders(&path);
    assert!(!language.is_empty(), "no language placeholder in `{}`", files.translation);
    for p in language {
        let mapping = files.languages_mapping.get(&p).unwrap_or_else(|| {
            panic!(
                "`%{p}%` in `{}` has no languages_mapping: Crowdin's own codes would name the files",
                files.translation
            )
        });
        let crowdin: Vec<&String> = mapping.iter().filter(|(_, tag)| *tag == locale).map(|(code, _)| code).collect();
        assert_eq!(crowdin.len(), 1, "languages_mapping.{p} of `{}` maps {crowdin:?} to `{locale}`", files.source);
        path = path.replace(&format!("%{p}%"), locale);
    }
    path.trim_start_matches('/').to_string()
}

/// The one file group (or component) that `pick` selects.
fn only<'a, T>(all: &'a [T], pick: impl Fn(&T) -> bool, what: &str) -> &'a T {
    let found: Vec<&T> = all.iter().filter(|x| pick(x)).collect();
    assert_eq!(found.len(), 1, "expected one {what}, found {}", found.len());
    found[0]
}

#[test]
fn crowdin_yml_names_the_files_the_script_writes() {
    let site = exported();
    let root = site.path();
    let config: Crowdin =
        serde_saphyr::from_str(&std::fs::read_to_string(repo().join("crowdin.yml")).unwrap()).unwrap();

    let po = only(&config.files, |f| f.source.ends_with(".pot"), "file group for the PO template");
    let pot = po.source.trim_start_matches('/');
    assert_eq!(pot, "po/codeatlas.pot");
    assert!(root.join(pot).is_file(), "export wrote no {pot}");
    let mut expected = BTreeSet::from([pot.to_string()]);
    for locale in translated_locales(root) {
        let path = crowdin_path(po, &locale, "codeatlas.pot");
        assert_eq!(path, format!("po/{locale}.po"), "crowdin.yml puts the {locale} catalog elsewhere");
        expected.insert(path);
    }
    assert_eq!(files(root, "po"), expected, "the files export wrote, and those crowdin.yml names");

    let ftl = only(&config.files, |f| f.source.ends_with(".ftl"), "file group for the Fluent files");
    for name in ftl_names(root) {
        let source = format!("locales/en/{name}");
        assert!(star(ftl.source.trim_start_matches('/'), &source).is_some(), "`{}` misses {source}", ftl.source);
        for locale in translated_locales(root) {
            let path = crowdin_path(ftl, &locale, &name);
            assert_eq!(path, format!("locales/{locale}/{name}"));
            assert!(root.join(&path).is_file(), "crowdin.yml names {path}, which does not exist");
        }
    }
}

#[test]
fn weblate_components_name_the_files_the_script_writes() {
    let site = exported();
    let root = site.path();
    let components: Vec<Component> =
        serde_json::from_str(&std::fs::read_to_string(repo().join("l10n/weblate-components.json")).unwrap()).unwrap();
    let slugs: BTreeSet<&str> = components.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs.len(), components.len(), "two components share a slug");
    for c in &components {
        assert!(["po", "fluent"].contains(&c.file_format.as_str()), "{}: file_format {}", c.slug, c.file_format);
    }

    let po = only(&components, |c| c.file_format == "po", "PO component");
    assert_eq!(po.template, "", "PO is bilingual: no monolingual base file");
    assert!(root.join(&po.new_base).is_file(), "new_base {} was not written by export", po.new_base);
    let matched: BTreeMap<String, String> =
        files(root, "po").into_iter().filter_map(|f| star(&po.filemask, &f).map(|l| (l, f))).collect();
    let expected: BTreeMap<String, String> =
        translated_locales(root).into_iter().map(|l| (l.clone(), format!("po/{l}.po"))).collect();
    assert_eq!(matched, expected, "filemask {}: the languages Weblate would see, and their files", po.filemask);

    let fluent: Vec<&Component> = components.iter().filter(|c| c.file_format == "fluent").collect();
    let names = ftl_names(root);
    assert_eq!(fluent.len(), names.len(), "one Fluent component per locales/en/*.ftl");
    let config = site_config(root);
    for name in names {
        let template = format!("locales/en/{name}");
        let c = only(&fluent, |c| c.template == template, &format!("component with template {template}"));
        assert_eq!(c.new_base, "", "{}: a monolingual Fluent component starts new languages empty", c.slug);
        for locale in &config.locales {
            let path = format!("locales/{locale}/{name}");
            assert_eq!(star(&c.filemask, &path).as_deref(), Some(locale.as_str()), "{}: {}", c.slug, c.filemask);
            assert!(root.join(&path).is_file(), "{path} does not exist");
        }
    }
}

/// Replaces the header's `Language:` line, as a platform's export would.
fn set_header_language(root: &Path, file: &str, tag: &str) {
    let path = root.join(file);
    let po = std::fs::read_to_string(&path).unwrap();
    let at = po.find("\"Language: ").unwrap();
    let end = at + po[at..].find('\n').unwrap();
    std::fs::write(&path, format!("{}\"Language: {tag}\\n\"{}", &po[..at], &po[end..])).unwrap();
}

/// Every file of the content and locale folders, with its bytes.
fn sources(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = tree(&root.join("content"));
    all.extend(tree(&root.join("locales")).into_iter().map(|(k, v)| (format!("locales/{k}"), v)));
    all
}

#[test]
fn import_reads_platform_headers_and_stops_at_the_first_refusal() {
    let site = exported();
    let root = site.path();
    let before = sources(root);
    set_header_language(root, "po/ja.po", "ja_JP");
    set_header_language(root, "po/zh-Hans.po", "zh_CN");
    let o = sync(root, "import");
    assert!(o.status.success(), "import failed:\n{}{}", text(&o.stdout), text(&o.stderr));
    assert!(text(&o.stdout).contains("po/zh-Hans.po: nothing to import into `zh-Hans`"), "{}", text(&o.stdout));
    assert!(sources(root) == before, "importing unedited catalogs changed the site");

    // ja is refused (a language the site lacks); ko, after it, is never read.
    set_header_language(root, "po/ja.po", "de");
    let ko = std::fs::read_to_string(root.join("po/ko.po")).unwrap();
    let entry = ko.find("msgctxt \"sip/486#description\"").unwrap();
    let msgstr = entry + ko[entry..].find("\nmsgstr \"").unwrap() + "\nmsgstr \"".len();
    std::fs::write(root.join("po/ko.po"), format!("{}(edited) {}", &ko[..msgstr], &ko[msgstr..])).unwrap();
    let o = sync(root, "import");
    assert!(!o.status.success(), "import accepted a catalog for `de`:\n{}", text(&o.stdout));
    assert!(text(&o.stderr).contains("stopped at po/ja.po"), "{}", text(&o.stderr));
    assert!(sources(root) == before, "a refused import changed the site");
}
