//! The template contract: `docs/templates.md` lists every variable each kind
//! of template receives, with its type. This test collects the variables the
//! shipped site's templates really receive and fails when the two differ, so
//! a view that gains or loses a field cannot go undocumented.

use super::{Renderer, Vars};
use crate::markdown::Cache;
use crate::plan::{Page, Route};
use crate::source::SiteRoot;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tera::Value;

/// The shared view types, and the variable paths that hold one: their fields
/// are documented once, under `### <type>`.
const TYPES: &[(&str, &[&str])] = &[
    ("Site", &["site"]),
    ("Code view", &["code", "a", "b", "c"]),
    ("Text view", &["fields[]", "curated.differences", "curated.which_to_use"]),
    ("Flow view", &["flow", "curated.flow"]),
    (
        "Code link",
        &[
            "related[]",
            "isup.to.back[]",
            "isup.to.others[]",
            "isup.to.back_default",
            "causes.to[].code",
            "causes.default_code",
        ],
    ),
    (
        "Cause",
        &[
            "cause",
            "isup.to.cause",
            "isup.to.bearer",
            "causes.to[].cause",
            "causes.default_cause",
            "causes.warning_cause",
            "causes.bearer_cause",
        ],
    ),
    ("ISUP → SIP row", &["isup.from[]", "causes.from[]"]),
    ("Note", &["note", "isup.to.note", "causes.to[].note", "causes.from_notes[]", "causes.to_notes[]"]),
    ("Registry link", &["registry", "registries[]"]),
    ("Language link", &["alternates[]", "locales[]"]),
];

/// Section → variable path → the kinds of value seen there.
type Seen = BTreeMap<String, BTreeMap<String, BTreeSet<&'static str>>>;

/// The type word the document uses for a value.
fn kind(v: &Value) -> &'static str {
    if v.is_safe() && v.is_string() {
        return "HTML";
    }
    match v.name() {
        "string" => "string",
        "bool" => "bool",
        "array" => "list",
        "map/struct" => "map",
        "none" => "none",
        _ => "number",
    }
}

/// Records `v` as `name` in `section`, then its fields: under the shared
/// type's own section when `name` holds one.
fn walk(seen: &mut Seen, section: &str, name: &str, v: &Value) {
    seen.entry(section.to_string()).or_default().entry(name.to_string()).or_default().insert(kind(v));
    let shared = TYPES.iter().find(|(_, paths)| paths.contains(&name)).map(|(ty, _)| *ty);
    let (section, prefix) = match shared {
        Some(ty) => (ty, String::new()),
        None => (section, format!("{name}.")),
    };
    if let Some(map) = v.as_map() {
        for (k, child) in map {
            walk(seen, section, &format!("{prefix}{k}"), child);
        }
    } else if let Some(items) = v.as_array() {
        for child in items {
            walk(seen, section, &format!("{name}[]"), child);
        }
    }
}

/// Records a template's variables; those every page has go to "Every page".
fn collect(seen: &mut Seen, section: &str, vars: &Vars) {
    for (name, v) in vars.iter() {
        let every_page = matches!(
            name,
            "lang"
                | "site"
                | "home_url"
                | "path"
                | "indexable"
                | "alternates"
                | "x_default"
                | "json_ld"
                | "canonical"
                | "chrome"
        );
        walk(seen, if every_page && section.ends_with("page") { "Every page" } else { section }, name, v);
    }
}

/// The documented variables (below `## Variables`): `### <section>` headings,
/// then table rows whose first cell is a `variable` in backticks and whose
/// second is its type.
fn documented() -> BTreeMap<String, BTreeMap<String, String>> {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/templates.md")).unwrap();
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut section = String::new();
    let variables = doc.split_once("\n## Variables\n").map_or("", |(_, v)| v);
    for line in variables.lines() {
        if let Some(h) = line.strip_prefix("### ") {
            section = h.trim().to_string();
        } else if let Some(row) = line.strip_prefix("| `") {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            out.entry(section.clone())
                .or_default()
                .insert(cells[0].trim_end_matches('`').to_string(), cells[1].to_string());
        }
    }
    out
}

/// The shipped site in a temp folder, with work left for translators so the
/// status page's lists and the edit links have values: site.yaml names a
/// repository, one Japanese message is untranslated and one stale.
fn site_with_translation_work() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["content", "locales", "templates", "static"] {
        for e in walkdir::WalkDir::new(repo.join(sub)) {
            let e = e.unwrap();
            let to = dir.path().join(e.path().strip_prefix(repo).unwrap());
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(e.path(), &to).unwrap();
            }
        }
    }
    let edit = |rel: &str, from: &str, to: &str| {
        let p = dir.path().join(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{rel} lacks {from}");
        std::fs::write(p, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "content/site.yaml",
        "default_locale:",
        "repository: {url: https://github.com/owner/codeatlas}\ndefault_locale:",
    );
    edit("locales/ja/main.ftl", "\nfooter-translation =", "\n# translated-from: none\nfooter-translation =");
    edit("locales/ja/main.ftl", "\ntranslation-title =", "\n# translated-from: 00000000\ntranslation-title =");
    dir
}

#[test]
fn every_variable_templates_receive_is_documented_and_nothing_else() {
    let dir = site_with_translation_work();
    let root = SiteRoot::open(dir.path()).unwrap();
    let mut inputs = crate::validate::load(&root, None).unwrap();
    let reg = inputs.site.registries.iter().position(|r| r.id == "sip").unwrap();
    // One Japanese text missing (a fallback), one stale.
    let ja = crate::site::Locale::parse("ja").unwrap();
    let records = &mut inputs.site.registries[reg].records;
    records[0].texts.0.get_mut(&ja).unwrap().texts.remove(&crate::site::TextKey::Resolution);
    let stale = records[1].texts.0.get_mut(&ja).unwrap();
    stale.translated_from.insert(crate::site::TextKey::Description, "00000000".into());
    let site = &inputs.site;
    let r = Renderer::new(site, &inputs.i18n, inputs.templates, &Cache::default()).unwrap();
    let curated = *site.registries[reg].curated.keys().next().unwrap();
    let ja = site.config.locales.iter().position(|l| l.as_str() == "ja").unwrap();
    // Codes with and without curated pairs and a registry status, so every field has a value.
    let mut pages = vec![("home.html page", Route::Home), ("registry.html page", Route::Registry { reg })];
    // And codes whose ISUP mapping shows each case: lossy back (480), back to
    // the default (405), shared (486), printed as another code (505), from
    // the Warning header (488), a diagnostic condition (410), a footnote (401).
    for code in [site.registries[reg].records[0].code, curated.0, 202, 480, 405, 486, 505, 488, 410, 401] {
        pages.push(("code.html page", Route::Code { reg, code }));
    }
    let http = site.registries.iter().position(|r| r.id == "http").unwrap();
    pages.push(("code.html page", Route::Code { reg: http, code: 404 }));
    pages.push(("q850.html page", Route::Causes { reg }));
    pages.push(("pair.html page", Route::Pair { reg, a: curated.0, b: curated.1 }));
    pages.push(("pair.html page", Route::Pair { reg, a: 183, b: 437 }));
    pages.push(("pair.html page", Route::Pair { reg, a: 100, b: 202 }));
    let mut seen = Seen::new();
    for (section, route) in pages {
        collect(&mut seen, section, &r.page_vars(Page { locale: 0, route }));
    }
    // In Japanese: the status page with work left, and the fallback's link.
    let first = site.registries[reg].records[0].code;
    for (section, route) in
        [("translation.html page", Route::Translation), ("code.html page", Route::Code { reg, code: first })]
    {
        collect(&mut seen, section, &r.page_vars(Page { locale: ja, route }));
    }
    collect(&mut seen, "translation.html page", &r.page_vars(Page { locale: 0, route: Route::Translation }));
    for special in ["root.html", "404.html"] {
        let mut vars = r.views.special_vars(site, special);
        vars.set("chrome", r.fragments.chrome(0).clone());
        collect(&mut seen, "root.html and 404.html", &vars);
    }
    collect(&mut seen, "partials/*.html", &r.views.locale_vars(0));
    for idx in 0..site.registries[reg].records.len() {
        collect(&mut seen, "pair-side.html, pair-which.html and pair-flow.html", &r.views.code_vars(0, reg, idx));
    }
    let problems = compare(&seen, &documented());
    assert!(problems.is_empty(), "docs/templates.md is out of step with the views:\n{}", problems.join("\n"));
}

/// Every variable seen is documented with a type that covers it, and every
/// documented variable is seen.
fn compare(seen: &Seen, doc: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<String> {
    let mut problems = Vec::new();
    for (section, vars) in seen {
        let listed = doc.get(section).cloned().unwrap_or_default();
        for (name, kinds) in vars {
            match listed.get(name) {
                None => problems.push(format!("{section}: `{name}` ({kinds:?}) is not documented")),
                Some(t) if !kinds.iter().all(|k| t.contains(k)) => {
                    problems.push(format!("{section}: `{name}` is documented as `{t}` but is {kinds:?}"))
                }
                Some(_) => {}
            }
        }
        for name in listed.keys().filter(|n| !vars.contains_key(*n)) {
            problems.push(format!("{section}: `{name}` is documented but templates do not receive it"));
        }
    }
    for section in doc.keys().filter(|s| !seen.contains_key(*s)) {
        problems.push(format!("section `{section}` documents variables no template receives"));
    }
    problems
}
