//! `codeatlas translated locales/<locale>/<file>.ftl <locale>`: records, above
//! each translated message, the hash of the default locale's message it was
//! translated from (`# translated-from: <hash>`), so `check` can say when the
//! English changes. Messages still marked `none` are left as they are.

use super::CommandError;
use crate::i18n::{FROM_MARKER, I18n};
use crate::site::{Locale, load_config, source_hash};
use crate::source::SiteRoot;
use std::path::Path;

/// Marks every translated message of `file`; returns how many.
pub(super) fn mark(root: &SiteRoot, file: &Path, locale: &Locale) -> Result<usize, CommandError> {
    let config = load_config(root)?;
    if locale == &config.default_locale {
        return Err(CommandError::Usage(format!(
            "`{locale}` is the default locale: it is the source, not a translation"
        )));
    }
    let i18n = I18n::load(root, &config)?;
    let path =
        if file.is_relative() && root.path().join(file).exists() { root.path().join(file) } else { file.to_path_buf() };
    let src = std::fs::read_to_string(&path).map_err(CommandError::io(format!("read {}", path.display())))?;
    let default = &config.default_locale;
    let mut out = String::with_capacity(src.len() + 1024);
    let mut marked = 0;
    let mut pending_marker: Option<&str> = None;
    for line in src.split_inclusive('\n') {
        if line.starts_with(FROM_MARKER) {
            // Held back until we know which message follows.
            if let Some(prev) = pending_marker.replace(line) {
                out.push_str(prev);
            }
            continue;
        }
        let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        let is_message = !id.is_empty()
            && line.starts_with(|c: char| c.is_ascii_alphabetic())
            && line[id.len()..].trim_start().starts_with('=');
        match (is_message, pending_marker.take()) {
            (true, Some(m)) if m.trim_end().ends_with("none") => out.push_str(m),
            (true, _) => {
                if let Some(source) = i18n.site(default, &id) {
                    out.push_str(&format!("{FROM_MARKER}{}\n", source_hash(&source.source)));
                    marked += 1;
                }
            }
            (false, Some(m)) => out.push_str(m),
            (false, None) => {}
        }
        out.push_str(line);
    }
    if let Some(m) = pending_marker {
        out.push_str(m);
    }
    super::write_file(&path, &out)?;
    Ok(marked)
}
