//! `codeatlas l10n export <locale>`: the locale's PO catalog, to a file or
//! standard output.

use crate::commands::CommandError;
use crate::l10n::{export, po, sources::Sources};
use crate::site::Locale;
use crate::source::SiteRoot;
use std::path::Path;

/// The catalog of `locale` as PO text; for the default locale, the
/// template (POT) with every `msgstr` empty.
pub fn export_po(root: &Path, locale: &str) -> Result<String, CommandError> {
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let site = crate::site::load(&site_root)?;
    let sources = Sources::load(&site_root).map_err(|d| CommandError::Content(vec![d]))?;
    if Locale::parse(locale).as_ref() == Some(&site.config.default_locale) {
        return Ok(po::write(&export::template(&site, &sources)));
    }
    let locale = Locale::parse(locale).filter(|l| site.config.locales.contains(l)).ok_or_else(|| {
        let known: Vec<&str> =
            site.config.locales.iter().filter(|l| **l != site.config.default_locale).map(Locale::as_str).collect();
        CommandError::Usage(format!(
            "found locale `{locale}`, expected one the site translates into ({}), or `{}` for the template",
            known.join(", "),
            site.config.default_locale
        ))
    })?;
    Ok(po::write(&export::catalog(&site, &sources, &locale)))
}
