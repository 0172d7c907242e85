//! `codeatlas translated <file> <locale>` and `check --fix-hashes`: writing
//! `translated_from` into a translation block, the record of which version of
//! the default locale's text a translation was made from. A plain text edit,
//! so the contributor's formatting and comments stay as they were.

use super::CommandError;
use crate::site::{Locale, Localized, Site, TextKey, source_hash};
use crate::source::SiteRoot;
use std::path::{Path, PathBuf};

/// Replaces (or adds) `<locale>.translated_from` in the YAML file at `path`
/// with the hashes of `sources` (text key → default-locale text).
pub fn write_translated_from(path: &Path, locale: &Locale, sources: &[(String, &str)]) -> Result<(), CommandError> {
    let src = std::fs::read_to_string(path).map_err(CommandError::io(format!("read {}", path.display())))?;
    let edited = with_translated_from(&src, locale, sources)
        .map_err(|m| CommandError::Usage(format!("{}: {m}", path.display())))?;
    if edited != src {
        let tmp = path.with_extension("yaml.codeatlas-tmp");
        std::fs::write(&tmp, &edited).map_err(CommandError::io(format!("write {}", tmp.display())))?;
        std::fs::rename(&tmp, path).map_err(CommandError::io(format!("replace {}", path.display())))?;
    }
    Ok(())
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The edit itself, on text (CRLF files keep CRLF).
pub(crate) fn with_translated_from(src: &str, locale: &Locale, sources: &[(String, &str)]) -> Result<String, String> {
    let nl = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = src.lines().collect();
    let head = format!("{locale}:");
    let start = lines
        .iter()
        .position(|l| l.trim_end() == head || l.starts_with(&format!("{head} #")))
        .ok_or_else(|| format!("found no `{locale}:` block, expected a block translated into `{locale}`"))?;
    let end = (start + 1..lines.len())
        .find(|&i| !lines[i].trim().is_empty() && !lines[i].starts_with(' '))
        .unwrap_or(lines.len());
    let body: Vec<&str> = lines[start + 1..end].to_vec();
    let indent = body.iter().find(|l| !l.trim().is_empty()).map(|l| indent_of(l)).filter(|n| *n > 0).unwrap_or(2);
    // Drop an existing translated_from and everything nested under it.
    let mut kept = Vec::new();
    let mut skipping: Option<usize> = None;
    for l in body {
        if let Some(depth) = skipping {
            if l.trim().is_empty() || indent_of(l) > depth {
                continue;
            }
            skipping = None;
        }
        if l.trim_start().starts_with("translated_from:") {
            skipping = Some(indent_of(l));
            continue;
        }
        kept.push(l);
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    let pad = " ".repeat(indent);
    let mut block: Vec<String> = kept.iter().map(|s| s.to_string()).collect();
    if !sources.is_empty() {
        block.push(format!("{pad}translated_from:"));
        for (key, text) in sources {
            block.push(format!("{pad}{pad}{key}: \"{}\"", source_hash(text)));
        }
    }
    let mut out: Vec<String> = lines[..=start].iter().map(|s| s.to_string()).collect();
    out.extend(block);
    if end < lines.len() && lines[start + 1..end].last().is_some_and(|l| l.trim().is_empty()) {
        out.push(String::new()); // keep the blank line before what follows
    }
    out.extend(lines[end..].iter().map(|s| s.to_string()));
    Ok(out.join(nl) + nl)
}

/// The (key, default-locale text) of every text `locale` has translated in `texts`.
fn sources<'a>(texts: &'a Localized, locale: &Locale, default: &Locale, keys: &[TextKey]) -> Vec<(String, &'a str)> {
    keys.iter()
        .filter(|k| texts.text(locale, k).is_some())
        .filter_map(|k| texts.text(default, k).map(|t| (k.key().into_owned(), t.source.as_str())))
        .collect()
}

/// Every record and pair file of the site, with its texts and keys.
fn files(site: &Site) -> impl Iterator<Item = (&PathBuf, &Localized, &'static [TextKey])> {
    site.registries.iter().flat_map(|reg| {
        let records = reg.records.iter().map(|r| (&r.path, &r.texts, &TextKey::RECORD[..]));
        let pairs = reg.curated.values().map(|p| (&p.path, &p.texts, &TextKey::PAIR[..]));
        records.chain(pairs)
    })
}

/// `codeatlas translated <file> <locale>`: records that `locale`'s texts in
/// `file` now match the current default-locale texts. Returns the texts marked.
pub fn mark_translated(root: &Path, file: &Path, locale: &Locale) -> Result<usize, CommandError> {
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let site = crate::site::load(&site_root)?;
    if locale == &site.config.default_locale {
        return Err(CommandError::Usage(format!(
            "`{locale}` is the default locale: it is the source, not a translation"
        )));
    }
    if site.config.is_locale(locale.as_str()).is_none() {
        return Err(CommandError::Usage(format!("`{locale}` is not a locale of this site")));
    }
    let default = &site.config.default_locale;
    let (path, texts, keys) = files(&site)
        .find(|(path, _, _)| same_file(root, path, file))
        .ok_or_else(|| CommandError::Usage(format!("{}: not a record or pair file of this site", file.display())))?;
    let sources = sources(texts, locale, default, keys);
    write_translated_from(&root.join(path), locale, &sources)?;
    Ok(sources.len())
}

fn same_file(root: &Path, rel: &Path, given: &Path) -> bool {
    let a = root.join(rel).canonicalize();
    // A relative path names a file of the site root first, then of the current folder.
    let b = if given.is_relative() && root.join(given).exists() {
        root.join(given).canonicalize()
    } else {
        given.canonicalize()
    };
    matches!((a, b), (Ok(a), Ok(b)) if a == b)
}

/// `check --fix-hashes`: adds `translated_from` to every translation block
/// that has none, taking the current source as what it was translated from.
/// Blocks that already have hashes are left alone, so real staleness is never
/// hidden. Returns the number of blocks written.
pub fn fix_missing_hashes(root: &Path, site: &Site) -> Result<usize, CommandError> {
    let default = &site.config.default_locale;
    let mut written = 0;
    for (path, texts, keys) in files(site) {
        for (locale, _) in texts.0.iter().filter(|(l, b)| *l != default && b.translated_from.is_empty()) {
            write_translated_from(&root.join(path), locale, &sources(texts, locale, default, keys))?;
            written += 1;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_then_replaces_the_hashes_keeping_the_rest() {
        let ja = Locale::parse("ja").unwrap();
        let src = "code: 1\nen:\n  description: |\n    A\nja:\n  description: |\n    エー\n\n# trailing comment\n";
        let once = with_translated_from(src, &ja, &[("description".to_string(), "A")]).unwrap();
        assert!(
            once.contains(&format!(
                "ja:\n  description: |\n    エー\n  translated_from:\n    description: \"{}\"\n\n# trailing comment\n",
                source_hash("A")
            )),
            "{once}"
        );
        let twice = with_translated_from(&once, &ja, &[("description".to_string(), "B")]).unwrap();
        assert_eq!(twice.matches("translated_from").count(), 1);
        assert!(twice.contains(&source_hash("B")));
        assert!(with_translated_from(src, &Locale::parse("fr").unwrap(), &[]).is_err());
    }
}
