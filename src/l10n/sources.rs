//! `locales/sources.yaml`: the default locale's texts that translations were
//! made from, by the hash `translated_from` records (and `# translated-from:`
//! in .ftl files). With it, `check` can show a translator what changed in
//! the source since the translation, and `l10n export` can put the old text
//! in `#| msgid`. It lives in the repository, so every checkout (the Pages
//! workflow's too) has it. `translated`, `l10n import` and `check
//! --fix-hashes` add the texts they hash; texts no translation refers to any
//! more are dropped when the file is written.

use crate::diagnostics::Diagnostic;
use crate::site::{Site, source_hash};
use crate::source::SiteRoot;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Where the store lives, relative to the site root.
pub const PATH: &str = "locales/sources.yaml";

/// Source texts by hash.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    texts: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    texts: BTreeMap<String, String>,
}

impl Sources {
    /// Reads the store; a site without one has an empty store.
    pub fn load(root: &SiteRoot) -> Result<Sources, Diagnostic> {
        let path = root.path().join(PATH);
        if !path.exists() {
            return Ok(Sources::default());
        }
        let text = root.read_text(&path).map_err(Diagnostic::from)?;
        let raw: Raw = crate::site::parse_yaml(&root.shown(&path), &text)?;
        Ok(Sources { texts: raw.texts })
    }

    /// The source text with hash `hash`, when the store has it.
    pub fn get(&self, hash: &str) -> Option<&str> {
        self.texts.get(hash).map(String::as_str)
    }

    /// Every hash the store has a text for.
    pub fn hashes(&self) -> BTreeSet<String> {
        self.texts.keys().cloned().collect()
    }

    /// Remembers `text` under its hash.
    pub fn add(&mut self, text: &str) {
        self.texts.entry(source_hash(text)).or_insert_with(|| text.trim().to_string());
    }

    /// Writes the store, keeping only the texts some translation of `site`
    /// (or a .ftl marker in `extra`) still refers to.
    pub fn save(&self, root: &Path, site: &Site, extra: &BTreeSet<String>) -> std::io::Result<PathBuf> {
        let mut used: BTreeSet<&str> = extra.iter().map(String::as_str).collect();
        for file in site.registries.iter().flat_map(|r| r.text_files()) {
            used.extend(file.texts.0.values().flat_map(|b| b.translated_from.values().map(String::as_str)));
        }
        let mut out = String::from(
            "# The default locale's texts that translations were made from, by the hash their\n\
             # `translated_from` (or `# translated-from:` in .ftl files) records. Written by\n\
             # `codeatlas translated`, `codeatlas l10n import` and `codeatlas check --fix-hashes`;\n\
             # `check` and `l10n export` read it to show what changed since a translation.\n\
             texts:\n",
        );
        for (hash, text) in self.texts.iter().filter(|(h, _)| used.contains(h.as_str())) {
            out.push_str(&format!("  \"{hash}\": |-\n"));
            for line in text.lines() {
                if line.is_empty() {
                    out.push('\n');
                } else {
                    out.push_str("    ");
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        let path = root.join(PATH);
        crate::source::write_if_changed(&path, out.as_bytes())?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_kept_by_their_hash() {
        let mut s = Sources::default();
        s.add("  Hello world\n");
        assert_eq!(s.get(&source_hash("Hello world")), Some("Hello world"));
        assert_eq!(s.get("00000000"), None);
    }
}
