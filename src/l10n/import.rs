//! `l10n import`: a translated PO catalog back into the records' locale
//! blocks. Plans every edit first and refuses the whole file on any
//! problem; the command then proves the edited site builds before it
//! writes a byte.

use super::export::{context, po_text};
use super::po::{self, Catalog};
use super::yaml_edit;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{Locale, Localized, Site, TextKey, source_hash};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The new contents of the files an import changes, and what it did.
#[derive(Debug)]
pub struct Plan {
    /// The locale the catalog translates.
    pub locale: Locale,
    /// File (relative to the site root) → its new text.
    pub files: BTreeMap<PathBuf, String>,
    /// Texts whose translation stayed and whose `translated_from` moved on.
    pub confirmed: usize,
    /// Entries left alone: fuzzy, or with an empty `msgstr`.
    pub skipped: usize,
    /// The source texts translations were now made from (for the store).
    pub sources: Vec<String>,
    /// Every text written (new or changed): file, field and the text it must read back as.
    pub written: Vec<(PathBuf, TextKey, String)>,
}

/// Where a `msgctxt` points.
struct Target<'a> {
    path: &'a Path,
    texts: &'a Localized,
    key: TextKey,
}

/// Every `msgctxt` the site has.
fn targets(site: &Site) -> HashMap<String, Target<'_>> {
    let mut out = HashMap::new();
    let default = &site.config.default_locale;
    for reg in &site.registries {
        for file in reg.text_files() {
            let name = file.name();
            for key in file.texts.0.get(default).into_iter().flat_map(|b| b.texts.keys()) {
                let target = Target { path: file.path, texts: file.texts, key: key.clone() };
                out.insert(context(&reg.id, &name, key), target);
            }
        }
    }
    out
}

/// One text to change in one file.
struct Edit {
    key: TextKey,
    /// The new translation, or `None` when only `translated_from` moves on.
    text: Option<String>,
    /// Hash of the English the translation was made from.
    hash: String,
}

/// Plans the import of `text` (the PO file `shown`, for messages) into `site`
/// whose files are read from `root`.
pub fn plan(site: &Site, root: &Path, shown: &Path, text: &str) -> Result<Plan, Vec<Diagnostic>> {
    let cat: Catalog = po::parse(text).map_err(|e| vec![Diagnostic::new(shown, e.line, e.col, e.message)])?;
    let locale = catalog_locale(site, &cat).map_err(|m| vec![Diagnostic::file(shown, m)])?;
    let targets = targets(site);
    let mut plan = Plan {
        locale: locale.clone(),
        files: BTreeMap::new(),
        confirmed: 0,
        skipped: 0,
        sources: Vec::new(),
        written: Vec::new(),
    };
    let edits = collect_edits(&cat, &targets, &locale, shown, &mut plan)?;
    for (path, list) in edits {
        let texts = targets.values().find(|t| t.path == path).map(|t| t.texts);
        let src = edit_file(root, path, texts, &locale, list)?;
        plan.files.insert(path.to_path_buf(), src);
    }
    Ok(plan)
}

/// The site locale the catalog's `Language` header names. Tools write
/// gettext's own forms (`ja_JP`, `zh_CN`), so those name a site locale
/// too when they can mean only one.
fn catalog_locale(site: &Site, cat: &Catalog) -> Result<Locale, String> {
    let default = &site.config.default_locale;
    let lang = cat.header("Language").unwrap_or("").trim();
    match resolve_language(&site.config.locales, lang) {
        Some(l) if l == *default => {
            Err(format!("found `Language: {lang}`, the default locale: it is the source, expected a translation"))
        }
        Some(l) => Ok(l),
        None => {
            let known: Vec<&str> = site.config.locales.iter().filter(|l| *l != default).map(|l| l.as_str()).collect();
            Err(format!(
                "found `Language: {lang}` in the header, expected one of the site's locales: {}",
                known.join(", ")
            ))
        }
    }
}

/// The one locale of `locales` a gettext or BCP 47 language name means.
pub fn resolve_language(locales: &[Locale], lang: &str) -> Option<Locale> {
    let tag = lang.split(['.', '@']).next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
    if tag.is_empty() {
        return None;
    }
    if let Some(l) = locales.iter().find(|l| l.as_str().to_ascii_lowercase() == tag) {
        return Some(l.clone());
    }
    // Chinese regions imply a script: mainland and Singapore write Simplified.
    let script = match tag.as_str() {
        "zh-cn" | "zh-sg" | "zh-hans-cn" => Some("zh-hans"),
        "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" => Some("zh-hant"),
        _ => None,
    };
    if let Some(script) = script {
        return locales.iter().find(|l| l.as_str().to_ascii_lowercase() == script).cloned();
    }
    let primary = tag.split('-').next().unwrap_or("");
    let mut same = locales.iter().filter(|l| l.as_str().split('-').next() == Some(primary));
    match (same.next(), same.next()) {
        (Some(l), None) if primary != "zh" => Some(l.clone()),
        _ => None,
    }
}

/// Per file, the edits the catalog asks for, in catalog order; counts go
/// into `plan`. Every unknown or duplicate entry is reported at once.
fn collect_edits<'a>(
    cat: &Catalog,
    targets: &HashMap<String, Target<'a>>,
    locale: &Locale,
    shown: &Path,
    plan: &mut Plan,
) -> Result<BTreeMap<&'a Path, Vec<Edit>>, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut edits: BTreeMap<&Path, Vec<Edit>> = BTreeMap::new();
    for e in &cat.entries {
        let ctxt = e.ctxt.as_deref().unwrap_or("");
        if let Some(first) = seen.insert(ctxt, e.line) {
            let msg = format!("found `{ctxt}` a second time (first at line {first}), expected each text once");
            diags.push(Diagnostic::new(shown, e.line, 1, msg));
            continue;
        }
        let Some(t) = targets.get(ctxt) else {
            diags.push(Diagnostic::new(shown, e.line, 1, format!("found msgctxt `{ctxt}`, expected `<registry>/<code>#<field>` of a text the site has, as `l10n export` writes it")));
            continue;
        };
        if e.fuzzy || e.text.trim().is_empty() {
            plan.skipped += 1;
            continue;
        }
        let block = t.texts.0.get(locale);
        let current = block.and_then(|b| b.get(&t.key)).map(|x| po_text(&x.source));
        let hash = source_hash(&e.id);
        let text = (current != Some(po_text(&e.text))).then(|| e.text.clone());
        if text.is_none() && block.and_then(|b| b.translated_from.get(&t.key)) == Some(&hash) {
            continue;
        }
        if let Some(text) = &text {
            plan.written.push((t.path.to_path_buf(), t.key.clone(), text.clone()));
        } else {
            plan.confirmed += 1;
        }
        plan.sources.push(e.id.clone());
        edits.entry(t.path).or_default().push(Edit { key: t.key.clone(), text, hash });
    }
    if diags.has_errors() {
        return Err(diags.into_sorted());
    }
    Ok(edits)
}

/// The text of the file at `path` with `edits` applied and its
/// `translated_from` hashes brought up to date.
fn edit_file(
    root: &Path,
    path: &Path,
    texts: Option<&Localized>,
    locale: &Locale,
    edits: Vec<Edit>,
) -> Result<String, Vec<Diagnostic>> {
    let fail = |m: String| vec![Diagnostic::file(path, m)];
    let file = root.join(path);
    let mut src = std::fs::read_to_string(&file).map_err(|e| fail(format!("cannot read {}: {e}", file.display())))?;
    let mut hashes: BTreeMap<TextKey, String> =
        texts.and_then(|t| t.0.get(locale)).map(|b| b.translated_from.clone()).unwrap_or_default();
    for edit in edits {
        if let Some(text) = edit.text {
            src = yaml_edit::set_text(&src, locale, &edit.key, &text).map_err(fail)?;
        }
        hashes.insert(edit.key, edit.hash);
    }
    let hashes: Vec<(String, String)> = hashes.into_iter().map(|(k, h)| (k.key().into_owned(), h)).collect();
    yaml_edit::with_hashes(&src, locale, &hashes).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::resolve_language;
    use crate::site::Locale;

    #[test]
    fn gettext_language_names_map_to_site_locales() {
        let locales: Vec<Locale> =
            ["en", "ja", "ko", "zh-Hans", "pt-BR"].iter().map(|l| Locale::parse(l).unwrap()).collect();
        let r = |s: &str| resolve_language(&locales, s).map(|l| l.to_string());
        assert_eq!(r("ja"), Some("ja".into()));
        assert_eq!(r("ja_JP"), Some("ja".into()));
        assert_eq!(r("ko_KR.UTF-8"), Some("ko".into()));
        assert_eq!(r("zh_CN"), Some("zh-Hans".into()));
        assert_eq!(r("zh-hans"), Some("zh-Hans".into()));
        assert_eq!(r("zh_TW"), None, "Traditional is not Simplified");
        assert_eq!(r("zh"), None, "which script is not said");
        assert_eq!(r("pt_BR"), Some("pt-BR".into()));
        assert_eq!(r("pt"), Some("pt-BR".into()));
        assert_eq!(r("fr"), None);
        assert_eq!(r(""), None);
    }
}
