//! `codeatlas translated <file> <locale>` and `check --fix-hashes`: writing
//! `translated_from` into a translation block, the record of which version of
//! the default locale's text a translation was made from. A plain text edit,
//! so the contributor's formatting and comments stay as they were.

use super::CommandError;
use crate::site::{Locale, Localized, Site, TextKey, source_hash};
use crate::source::SiteRoot;
use std::path::Path;

/// Replaces (or adds) `<locale>.translated_from` in the YAML file at `path`
/// with the hashes of `sources` (text key → default-locale text).
pub fn write_translated_from(path: &Path, locale: &Locale, sources: &[(String, &str)]) -> Result<(), CommandError> {
    let src = std::fs::read_to_string(path).map_err(CommandError::io(format!("read {}", path.display())))?;
    let edited = with_translated_from(&src, locale, sources)
        .map_err(|m| CommandError::Usage(format!("{}: {m}", path.display())))?;
    super::write_file(path, &edited)
}

/// The edit itself, on text (CRLF files keep CRLF).
pub(crate) fn with_translated_from(src: &str, locale: &Locale, sources: &[(String, &str)]) -> Result<String, String> {
    let hashes: Vec<(String, String)> = sources.iter().map(|(k, t)| (k.clone(), source_hash(t))).collect();
    crate::l10n::yaml_edit::with_hashes(src, locale, &hashes)
}

/// The (key, default-locale text) of every text `locale` has translated in `texts`.
/// Every text of the block is covered: the prose (`keys`, in their order),
/// then captions and notes.
fn sources<'a>(texts: &'a Localized, locale: &Locale, default: &Locale, keys: &[TextKey]) -> Vec<(String, &'a str)> {
    let extra = texts.0.get(locale).into_iter().flat_map(|b| b.texts.keys()).filter(|k| !keys.contains(k));
    keys.iter()
        .chain(extra)
        .filter(|k| texts.text(locale, k).is_some())
        .filter_map(|k| texts.text(default, k).map(|t| (k.key().into_owned(), t.source.as_str())))
        .collect()
}

/// Every record and pair file of the site, with its texts and prose keys.
fn files(site: &Site) -> impl Iterator<Item = (&Path, &Localized, &'static [TextKey])> {
    site.registries.iter().flat_map(|reg| reg.text_files()).map(|f| (f.path, f.texts, f.prose()))
}

/// `codeatlas translated <file> <locale>`: records that `locale`'s texts in
/// `file` now match the current default-locale texts. Returns the texts marked.
pub fn mark_translated(root: &Path, file: &Path, locale: &Locale) -> Result<usize, CommandError> {
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    if file.extension().is_some_and(|e| e == "ftl") {
        return super::translated_ftl::mark(&site_root, file, locale);
    }
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
    let texts: Vec<&str> = sources.iter().map(|(_, t)| *t).collect();
    remember(root, &texts)?;
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
    let mut remembered: Vec<&str> = Vec::new();
    for (path, texts, keys) in files(site) {
        for (locale, block) in texts.0.iter().filter(|(l, _)| *l != default) {
            // Texts without a hash get the current source's; recorded hashes
            // stay, so real staleness is never hidden.
            let missing: Vec<(String, &str)> = sources(texts, locale, default, keys)
                .into_iter()
                .filter(|(k, _)| TextKey::parse(k).is_some_and(|k| !block.translated_from.contains_key(&k)))
                .collect();
            if missing.is_empty() {
                continue;
            }
            remembered.extend(missing.iter().map(|(_, t)| *t));
            let mut hashes: Vec<(TextKey, String)> =
                block.translated_from.iter().map(|(k, h)| (k.clone(), h.clone())).collect();
            hashes.extend(missing.iter().filter_map(|(k, t)| Some((TextKey::parse(k)?, source_hash(t)))));
            hashes.sort();
            let hashes: Vec<(String, String)> = hashes.into_iter().map(|(k, h)| (k.key().into_owned(), h)).collect();
            let file = root.join(path);
            let src = std::fs::read_to_string(&file).map_err(CommandError::io(format!("read {}", file.display())))?;
            let edited = crate::l10n::yaml_edit::with_hashes(&src, locale, &hashes)
                .map_err(|m| CommandError::Usage(format!("{}: {m}", path.display())))?;
            super::write_file(&file, &edited)?;
            written += 1;
        }
    }
    remember(root, &remembered)?;
    Ok(written)
}

/// Adds `texts` to the store of source texts (`locales/sources.yaml`) and
/// writes it, keeping what translations still refer to.
pub(crate) fn remember(root: &Path, texts: &[&str]) -> Result<(), CommandError> {
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let mut store = crate::l10n::sources::Sources::load(&site_root).map_err(|d| CommandError::Content(vec![d]))?;
    for t in texts {
        store.add(t);
    }
    let site = crate::site::load(&site_root)?;
    // A .ftl file that does not load hides which hashes its markers name:
    // keep every stored text rather than drop one a translation still needs.
    let ftl = match crate::i18n::I18n::load(&site_root, &site.config) {
        Ok(i18n) => super::l10n::import::ftl_hashes(&i18n, &site.config),
        Err(_) => store.hashes(),
    };
    store.save(root, &site, &ftl).map_err(CommandError::io("write locales/sources.yaml"))?;
    Ok(())
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
