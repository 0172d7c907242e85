//! Reads `content/` into a validated `Site`. Every file is parsed even after an
//! error so one run reports every problem.

use super::Site;
use super::config::SiteConfig;
use super::iana::parse_iana;
use super::libraries::parse_libraries;
use super::pair::{CuratedPair, pair_codes, parse_pair};
use super::q850::parse_q850;
use super::record::{Record, parse_record};
use super::registry::{Registry, RegistryHeader, is_slug, parse_registry};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::source::SiteRoot;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Loads `content/site.yaml` alone (the check command reads it first, so it
/// can go on checking locales and templates when records have errors).
pub fn load_config(root: &SiteRoot) -> Result<SiteConfig, Vec<Diagnostic>> {
    let site_yaml = root.path().join("content").join("site.yaml");
    let source = root.read_text(&site_yaml).map_err(|e| vec![e.into()])?;
    SiteConfig::parse(&root.shown(&site_yaml), &source)
}

/// Reads one registry's `registry.yaml`: its name and classes.
pub fn read_registry(root: &SiteRoot, id: &str) -> Result<RegistryHeader, Vec<Diagnostic>> {
    let path = root.path().join("content").join(id).join("registry.yaml");
    let shown = root.shown(&path);
    if !is_slug(id) {
        let msg = format!("found registry `{id}`, expected lowercase letters, digits and hyphens");
        return Err(vec![Diagnostic::file(&shown, msg)]);
    }
    let source = root.read_text(&path).map_err(|e| vec![e.into()])?;
    parse_registry(&shown, &source)
}

/// Loads and validates the content under `root/content`.
pub fn load(root: &SiteRoot) -> Result<Site, Vec<Diagnostic>> {
    let config = load_config(root)?;
    let content = root.path().join("content");
    let mut diags = Diagnostics::default();
    let mut registries = Vec::new();
    for entry in list(root, &content, &mut diags) {
        let name = file_name(&entry);
        if !entry.is_dir() {
            if name != "site.yaml" {
                let msg = "found an unexpected file in content/, expected site.yaml and registry folders only";
                diags.push(Diagnostic::file(root.shown(&entry), msg));
            }
            continue;
        }
        if !is_slug(&name) {
            diags.push(Diagnostic::file(
                root.shown(&entry),
                format!("found registry folder `{name}`, expected a name of lowercase letters, digits and hyphens"),
            ));
            continue;
        }
        let loader = RegistryLoader { root, config: &config, dir: &entry, id: &name };
        if let Some(r) = loader.load(&mut diags) {
            registries.push(r);
        }
    }
    if registries.is_empty() && diags.is_empty() {
        let msg = "found no registries, expected at least one folder such as content/sip/";
        diags.push(Diagnostic::file(root.shown(&content), msg));
    }
    registries.sort_by(|a, b| a.id.cmp(&b.id));
    diags.finish(Site { root: root.path().to_path_buf(), config, registries })
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The entries of `dir` (see `SiteRoot::list_dir`), reporting those refused.
fn list(root: &SiteRoot, dir: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    let (found, errors) = root.list_dir(dir);
    errors.into_iter().for_each(|e| diags.push(e));
    found
}

/// Loads one registry folder.
struct RegistryLoader<'a> {
    root: &'a SiteRoot,
    config: &'a SiteConfig,
    dir: &'a Path,
    id: &'a str,
}

/// The files of a registry folder besides records and pairs.
const DATA_FILES: [&str; 4] = ["registry.yaml", "iana.yaml", "q850.yaml", "libraries.yaml"];

/// The files of a registry folder, sorted into records and pairs.
struct Files {
    /// Record files with their stems (which must equal their codes).
    records: Vec<(PathBuf, String)>,
    pairs: Vec<PathBuf>,
}

impl RegistryLoader<'_> {
    fn load(&self, diags: &mut Diagnostics) -> Option<Registry> {
        let reg_yaml = self.dir.join("registry.yaml");
        let header = self
            .root
            .read_text(&reg_yaml)
            .map_err(|e| vec![e.into()])
            .and_then(|s| parse_registry(&self.root.shown(&reg_yaml), &s));
        let header = match header {
            Ok(h) => h,
            Err(ds) => {
                diags.extend(ds);
                return None;
            }
        };
        let files = self.files(diags);
        let records = self.records(&files, &header, diags);
        let curated = self.pairs(&files, &records, diags);
        let iana = self.optional("iana.yaml", parse_iana, diags);
        let causes = self.optional("q850.yaml", parse_q850, diags);
        let libraries = self.optional("libraries.yaml", parse_libraries, diags);
        Some(Registry {
            id: self.id.to_string(),
            name: header.name,
            term: header.term,
            wire: header.wire,
            classes: header.classes,
            records: records.into_values().collect(),
            curated,
            path: self.root.shown(&reg_yaml),
            class_positions: header.class_positions,
            iana,
            causes,
            libraries,
        })
    }

    /// One of the registry's optional data files (`iana.yaml`, `q850.yaml`,
    /// `libraries.yaml`), parsed, when the registry has it.
    fn optional<T>(
        &self,
        name: &str,
        parse: fn(&Path, &str) -> Result<T, Vec<Diagnostic>>,
        diags: &mut Diagnostics,
    ) -> Option<T> {
        let path = self.dir.join(name);
        if !path.exists() {
            return None;
        }
        let parsed =
            self.root.read_text(&path).map_err(|e| vec![e.into()]).and_then(|s| parse(&self.root.shown(&path), &s));
        parsed.map_err(|ds| diags.extend(ds)).ok()
    }

    /// Sorts the folder's entries; anything but records, registry.yaml and
    /// pairs/ is an error.
    fn files(&self, diags: &mut Diagnostics) -> Files {
        let mut files = Files { records: Vec::new(), pairs: Vec::new() };
        for entry in list(self.root, self.dir, diags) {
            let fname = file_name(&entry);
            if entry.is_dir() && fname == "pairs" {
                files.pairs.extend(list(self.root, &entry, diags));
            } else if DATA_FILES.contains(&fname.as_str()) {
                // Read by `load`.
            } else if let Some(stem) = fname.strip_suffix(".yaml").filter(|_| !entry.is_dir()) {
                // read_text refuses pipes and devices with a clear message.
                files.records.push((entry.clone(), stem.to_string()));
            } else if entry.is_dir() {
                let msg = format!("found a directory named `{fname}`, expected record files and a pairs/ folder only");
                diags.push(Diagnostic::file(self.root.shown(&entry), msg));
            } else {
                let data = DATA_FILES.join(", ");
                let msg = format!("found `{fname}`, expected `<code>.yaml` record files, {data} and a pairs/ folder");
                diags.push(Diagnostic::file(self.root.shown(&entry), msg));
            }
        }
        files
    }

    /// Parses every record file (in parallel) and keeps one record per code.
    /// A record with a misnamed file is still kept (with its error), so a
    /// second file holding the same code is reported as a duplicate too.
    fn records(&self, files: &Files, header: &RegistryHeader, diags: &mut Diagnostics) -> BTreeMap<u16, Record> {
        let parsed: Vec<(Option<Record>, Vec<Diagnostic>)> =
            files.records.par_iter().map(|(path, stem)| self.record(path, stem, header)).collect();
        let mut records: BTreeMap<u16, Record> = BTreeMap::new();
        for (record, ds) in parsed {
            diags.extend(ds);
            let Some(rec) = record else { continue };
            match records.get(&rec.code) {
                Some(prev) => diags.push(duplicate(prev, &rec)),
                None => {
                    records.insert(rec.code, rec);
                }
            }
        }
        records
    }

    /// One record file, with the file-name and class checks.
    fn record(&self, path: &Path, stem: &str, header: &RegistryHeader) -> (Option<Record>, Vec<Diagnostic>) {
        let shown = self.root.shown(path);
        let parsed = self
            .root
            .read_text(path)
            .map_err(|e| vec![e.into()])
            .and_then(|src| parse_record(&shown, &src, self.config));
        let (record, code) = match parsed {
            Ok(ok) => ok,
            Err(ds) => return (None, ds),
        };
        let mut ds = Vec::new();
        let (line, col) = (code.referenced.line() as usize, code.referenced.column() as usize);
        if stem != code.value.to_string() {
            let msg = format!(
                "found code {} in a file named `{stem}.yaml`, expected the file to be named `{}.yaml`",
                code.value, code.value
            );
            ds.push(Diagnostic::new(&shown, line, col, msg));
        }
        if !header.classes.contains_key(&Registry::class_digit(record.code)) {
            let declared: Vec<String> = header.classes.keys().map(|d| format!("{d}xx")).collect();
            let msg =
                format!("found code {}, expected a code in a declared class ({})", code.value, declared.join(", "));
            ds.push(Diagnostic::new(&shown, line, col, msg));
            return (None, ds);
        }
        (Some(record), ds)
    }

    /// Every curated pair file: its name checked, its codes known, its texts parsed.
    fn pairs(
        &self,
        files: &Files,
        records: &BTreeMap<u16, Record>,
        diags: &mut Diagnostics,
    ) -> BTreeMap<(u16, u16), CuratedPair> {
        let mut curated = BTreeMap::new();
        for path in &files.pairs {
            let shown = self.root.shown(path);
            let (a, b) = match pair_codes(&shown, &file_name(path)) {
                Ok(codes) => codes,
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            };
            for c in [a, b] {
                // A record that exists but failed to load has its own error already.
                let file_exists = files.records.iter().any(|(_, stem)| *stem == c.to_string());
                if !records.contains_key(&c) && !file_exists {
                    let id = self.id;
                    let msg = format!(
                        "found code {c} in a pair, expected a code of registry `{id}` (no content/{id}/{c}.yaml)"
                    );
                    diags.push(Diagnostic::file(&shown, msg));
                }
            }
            let texts =
                self.root.read_text(path).map_err(|e| vec![e.into()]).and_then(|s| parse_pair(&shown, &s, self.config));
            match texts {
                Ok((texts, flow)) => {
                    curated.insert((a, b), CuratedPair { a, b, texts, flow, path: shown });
                }
                Err(ds) => diags.extend(ds),
            }
        }
        curated
    }
}

/// The error for a second record of the same code: it names the misnamed one
/// as the duplicate, whichever sorts first.
fn duplicate(prev: &Record, rec: &Record) -> Diagnostic {
    let (dup, other) = if prev.path.file_stem().is_some_and(|s| s == rec.code.to_string().as_str()) {
        (rec, prev)
    } else {
        (prev, rec)
    };
    Diagnostic::file(
        &dup.path,
        format!("found code {} again, expected each code once (it is also in {})", rec.code, other.path.display()),
    )
}
