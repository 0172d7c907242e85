//! Reads `content/` into a validated `Site`. Every file is parsed even after an
//! error so one run reports every problem.

use super::Site;
use super::config::SiteConfig;
use super::record::{Record, parse_pair, parse_record};
use super::registry::{CuratedPair, Registry, is_slug, parse_registry};
use super::yaml::read_text;
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Loads `content/site.yaml` alone (the check command reads it first, so it can go
/// on checking locales and templates when records have errors).
pub fn load_config(root: &Path) -> Result<SiteConfig, Vec<Diagnostic>> {
    let site_yaml = root.join("content").join("site.yaml");
    let shown = display_path(root, &site_yaml);
    read_text(&site_yaml, &shown).map_err(|d| vec![d]).and_then(|src| SiteConfig::parse(&shown, &src))
}

/// Reads one registry's `registry.yaml`: its name and classes.
pub fn read_registry(root: &Path, id: &str) -> Result<super::registry::RegistryHeader, Vec<Diagnostic>> {
    let path = root.join("content").join(id).join("registry.yaml");
    let shown = display_path(root, &path);
    if !is_slug(id) {
        return Err(vec![Diagnostic::file(
            &shown,
            format!("found registry `{id}`, expected lowercase letters, digits and hyphens"),
        )]);
    }
    read_text(&path, &shown).map_err(|d| vec![d]).and_then(|s| parse_registry(&shown, &s))
}

/// Loads and validates the content under `root/content`.
pub fn load(root: &Path) -> Result<Site, Vec<Diagnostic>> {
    let root_canon =
        root.canonicalize().map_err(|e| vec![Diagnostic::file(root, format!("cannot open the site root: {e}"))])?;
    let content = root.join("content");
    let shown = |p: &Path| display_path(root, p);
    let config = load_config(root)?;

    let mut diags = Diagnostics::default();
    let mut registries = Vec::new();
    for entry in list_dir(&content, &root_canon, root, &mut diags) {
        let name = file_name(&entry);
        if entry.is_dir() {
            if !is_slug(&name) {
                diags.push(Diagnostic::file(
                    shown(&entry),
                    format!("found registry folder `{name}`, expected a name of lowercase letters, digits and hyphens"),
                ));
                continue;
            }
            if let Some(r) = load_registry(root, &root_canon, &entry, &name, &config, &mut diags) {
                registries.push(r);
            }
        } else if name != "site.yaml" {
            diags.push(Diagnostic::file(
                shown(&entry),
                "found an unexpected file in content/, expected site.yaml and registry folders only",
            ));
        }
    }
    if registries.is_empty() && diags.is_empty() {
        diags.push(Diagnostic::file(
            shown(&content),
            "found no registries, expected at least one folder such as content/sip/",
        ));
    }
    registries.sort_by(|a, b| a.id.cmp(&b.id));
    diags.finish(Site { root: root.to_path_buf(), config, registries })
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The entries of `dir`, sorted, skipping hidden files. Symbolic links are
/// followed only when they stay inside the site root.
fn list_dir(dir: &Path, root_canon: &Path, root: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(dir).min_depth(1).max_depth(1).sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diags.push(Diagnostic::file(display_path(root, e.path().unwrap_or(dir)), format!("cannot read: {e}")));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        if let Err(d) = super::yaml::inside_root(entry.path(), root_canon, &display_path(root, entry.path())) {
            diags.push(d);
            continue;
        }
        out.push(entry.into_path());
    }
    out
}

fn load_registry(
    root: &Path,
    root_canon: &Path,
    dir: &Path,
    id: &str,
    config: &SiteConfig,
    diags: &mut Diagnostics,
) -> Option<Registry> {
    let shown = |p: &Path| display_path(root, p);
    let reg_yaml = dir.join("registry.yaml");
    let header = read_text(&reg_yaml, &shown(&reg_yaml))
        .map_err(|d| vec![d])
        .and_then(|s| parse_registry(&shown(&reg_yaml), &s));
    let (name, classes, class_positions) = match header {
        Ok(h) => h,
        Err(ds) => {
            ds.into_iter().for_each(|d| diags.push(d));
            return None;
        }
    };

    let mut record_files = Vec::new();
    let mut pair_files = Vec::new();
    for entry in list_dir(dir, root_canon, root, diags) {
        let fname = file_name(&entry);
        if entry.is_dir() && fname == "pairs" {
            pair_files.extend(list_dir(&entry, root_canon, root, diags));
        } else if fname == "registry.yaml" {
        } else if let Some(stem) = fname.strip_suffix(".yaml").filter(|_| !entry.is_dir()) {
            // read_text refuses pipes and devices with a clear message.
            record_files.push((entry.clone(), stem.to_string()));
        } else if entry.is_dir() {
            diags.push(Diagnostic::file(
                shown(&entry),
                format!("found a directory named `{fname}`, expected record files and a pairs/ folder only"),
            ));
        } else {
            diags.push(Diagnostic::file(
                shown(&entry),
                format!("found `{fname}`, expected `<code>.yaml` record files, registry.yaml and a pairs/ folder"),
            ));
        }
    }

    // A record with a misnamed file is still kept (with its error), so a second
    // file holding the same code is reported as a duplicate too.
    let parsed: Vec<(Option<Record>, Vec<Diagnostic>)> = record_files
        .par_iter()
        .map(|(path, stem)| {
            let p = shown(path);
            let (record, code) =
                match read_text(path, &p).map_err(|d| vec![d]).and_then(|src| parse_record(&p, &src, config)) {
                    Ok(ok) => ok,
                    Err(ds) => return (None, ds),
                };
            let mut ds = Vec::new();
            let line = code.referenced.line() as usize;
            let col = code.referenced.column() as usize;
            if *stem != code.value.to_string() {
                ds.push(Diagnostic::new(
                    &p,
                    line,
                    col,
                    format!(
                        "found code {} in a file named `{stem}.yaml`, expected the file to be named `{}.yaml`",
                        code.value, code.value
                    ),
                ));
            }
            let digit = Registry::class_digit(record.code);
            if !classes.contains_key(&digit) {
                let declared: Vec<String> = classes.keys().map(|d| format!("{d}xx")).collect();
                ds.push(Diagnostic::new(
                    &p,
                    line,
                    col,
                    format!("found code {}, expected a code in a declared class ({})", code.value, declared.join(", ")),
                ));
                return (None, ds);
            }
            (Some(record), ds)
        })
        .collect();

    let mut records: BTreeMap<u16, Record> = BTreeMap::new();
    for (record, ds) in parsed {
        ds.into_iter().for_each(|d| diags.push(d));
        let Some(rec) = record else { continue };
        if let Some(prev) = records.get(&rec.code) {
            // Name the misnamed one as the duplicate, whichever sorts first.
            let (dup, other) = if prev.path.file_stem().is_some_and(|s| s == rec.code.to_string().as_str()) {
                (&rec, prev)
            } else {
                (prev, &rec)
            };
            diags.push(Diagnostic::file(
                &dup.path,
                format!(
                    "found code {} again, expected each code once (it is also in {})",
                    rec.code,
                    other.path.display()
                ),
            ));
        } else {
            records.insert(rec.code, rec);
        }
    }

    let mut curated = BTreeMap::new();
    for path in pair_files {
        let p = shown(&path);
        let fname = file_name(&path);
        let Some((a, b)) = fname
            .strip_suffix(".yaml")
            .and_then(|s| s.split_once("-vs-"))
            .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)))
        else {
            diags.push(Diagnostic::file(
                &p,
                format!("found `{fname}`, expected a pair file named `<a>-vs-<b>.yaml`, e.g. `183-vs-437.yaml`"),
            ));
            continue;
        };
        if fname != format!("{a}-vs-{b}.yaml") {
            diags.push(Diagnostic::file(
                &p,
                format!("found `{fname}`, expected `{a}-vs-{b}.yaml` (codes without leading zeros)"),
            ));
            continue;
        }
        if a == b {
            diags.push(Diagnostic::file(
                &p,
                format!("found the same code twice ({a}-vs-{b}), expected two different codes"),
            ));
            continue;
        }
        if a > b {
            diags.push(Diagnostic::file(
                &p,
                format!("found pair {a}-vs-{b}, expected the lower code first: `{}-vs-{}.yaml`", a.min(b), a.max(b)),
            ));
            continue;
        }
        for c in [a, b] {
            // A record that exists but failed to load has its own error already.
            let file_exists = record_files.iter().any(|(_, stem)| *stem == c.to_string());
            if !records.contains_key(&c) && !file_exists {
                diags.push(Diagnostic::file(
                    &p,
                    format!("found code {c} in a pair, expected a code of registry `{id}` (no content/{id}/{c}.yaml)"),
                ));
            }
        }
        let texts = read_text(&path, &p).map_err(|d| vec![d]).and_then(|s| parse_pair(&p, &s, config));
        match texts {
            Ok(texts) => {
                curated.insert((a, b), CuratedPair { a, b, texts, path: p });
            }
            Err(ds) => ds.into_iter().for_each(|d| diags.push(d)),
        }
    }

    Some(Registry {
        id: id.to_string(),
        name,
        classes,
        records: records.into_values().collect(),
        curated,
        path: shown(&reg_yaml),
        class_positions,
    })
}
