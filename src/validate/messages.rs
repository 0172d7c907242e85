//! The messages a site needs: every class's name, what the generator itself
//! formats, what templates name, and the same ids in every locale.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::render::{CODE_MESSAGES, Sources, message_keys};
use crate::site::{Site, SiteConfig};
use std::collections::HashSet;
use std::path::PathBuf;

/// Every declared class needs its `class-<key>` message: reported at the
/// class in registry.yaml, where the contributor added it.
pub fn class_messages(site: &Site, i18n: &I18n) -> Result<(), Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    let default = &site.config.default_locale;
    for reg in &site.registries {
        for (digit, key) in &reg.classes {
            let id = key.message_id();
            if !i18n.has(default, &id) {
                let (line, col) = reg.class_positions.get(digit).copied().unwrap_or((1, 1));
                let msg = format!(
                    "found class `{}` without a name, expected a Fluent message `{id}` in locales/{default}/*.ftl",
                    key.as_str()
                );
                diags.push(Diagnostic::new(&reg.path, line, col, msg));
            }
        }
    }
    diags.finish(())
}

/// The messages the generator formats itself must exist in the default locale.
pub fn code_messages(config: &SiteConfig, i18n: &I18n) -> Result<(), Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    let default = &config.default_locale;
    for id in CODE_MESSAGES.iter().filter(|id| !i18n.has(default, id)) {
        let dir = PathBuf::from("locales").join(default.as_str());
        let msg = format!("found no message `{id}`, expected it in locales/{default}/*.ftl (every site needs it)");
        diags.push(Diagnostic::file(dir, msg));
    }
    diags.finish(())
}

/// Every message of the default locale exists in each other locale, and no
/// locale defines messages the default locale lacks (they could never be used).
pub fn message_parity(config: &SiteConfig, i18n: &I18n, diags: &mut Diagnostics) {
    let default = &config.default_locale;
    let base: HashSet<&str> = i18n.ids(default).collect();
    for l in config.locales.iter().filter(|l| *l != default) {
        // Listed but untranslated is not missing: it falls back, and counts as untranslated.
        let other: HashSet<&str> = i18n.ids(l).chain(i18n.untranslated(l).map(|(id, _)| id)).collect();
        for id in base.difference(&other) {
            if let Some(s) = i18n.site(default, id) {
                diags.push(Diagnostic::new(&s.path, s.line, s.col, format!("message `{id}` is missing in locale `{l}` (locales/{l}/*.ftl), expected every message of `{default}` to be translated")));
            }
        }
        for id in other.difference(&base) {
            if let Some(s) = i18n.site(l, id).or_else(|| i18n.untranslated(l).find(|(u, _)| u == id).map(|(_, s)| s)) {
                diags.push(Diagnostic::new(&s.path, s.line, s.col, format!("found message `{id}` that the default locale `{default}` does not define, expected the same ids in every locale")));
            }
        }
    }
}

/// Messages a template names but no locale defines.
pub fn template_messages(config: &SiteConfig, i18n: &I18n, sources: &Sources, diags: &mut Diagnostics) {
    for (name, src) in sources.iter() {
        for (id, line, col) in message_keys(src) {
            if !config.locales.iter().any(|l| i18n.has(l, &id)) {
                let msg = format!(
                    "template uses message `{id}`, which no locale defines; expected it in locales/{}/*.ftl",
                    config.default_locale
                );
                diags.push(Diagnostic::new(sources.dir().join(name), line, col, msg));
            }
        }
    }
}
