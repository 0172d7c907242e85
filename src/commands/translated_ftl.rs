//! `codeatlas translated locales/<locale>/<file>.ftl <locale>`: records, above
//! each translated message, the hash of the default locale's message it was
//! translated from (`# translated-from: <hash>`), so `check` can say when the
//! English changes. Messages still marked `none` are left as they are.

use super::CommandError;
use crate::i18n::{FROM_MARKER, I18n, marker_of, message_id};
use crate::site::{Locale, load_config, source_hash};
use crate::source::SiteRoot;
use std::path::Path;

/// Marks every translated message of `file`; returns how many. The file must
/// be one of `locale`'s own (`locales/<locale>/*.ftl`): marking the English,
/// or another locale's file, would hide real staleness.
pub(super) fn mark(root: &SiteRoot, file: &Path, locale: &Locale) -> Result<usize, CommandError> {
    let config = load_config(root)?;
    if locale == &config.default_locale {
        return Err(CommandError::Usage(format!(
            "`{locale}` is the default locale: it is the source, not a translation"
        )));
    }
    let path = locale_file(root, file, locale)?;
    let i18n = I18n::load(root, &config)?;
    let src = std::fs::read_to_string(&path).map_err(CommandError::io(format!("read {}", path.display())))?;
    let default = &config.default_locale;
    let mut out = String::with_capacity(src.len() + 1024);
    let mut sources: Vec<&str> = Vec::new();
    let mut pending_marker: Option<&str> = None;
    for line in src.split_inclusive('\n') {
        if marker_of(line).is_some() {
            // Held back until we know which message follows.
            if let Some(prev) = pending_marker.replace(line) {
                out.push_str(prev);
            }
            continue;
        }
        match (message_id(line), pending_marker.take()) {
            (Some(_), Some(m)) if marker_of(m) == Some("none") => out.push_str(m),
            (Some(id), _) => {
                if let Some(source) = i18n.site(default, id) {
                    out.push_str(&format!("{FROM_MARKER}{}\n", source_hash(&source.source)));
                    sources.push(&source.source);
                }
            }
            (None, Some(m)) => out.push_str(m),
            (None, None) => {}
        }
        out.push_str(line);
    }
    if let Some(m) = pending_marker {
        out.push_str(m);
    }
    super::write_file(&path, &out)?;
    // Keep the English each message was translated from, so `check` and
    // export can show what changed when it changes.
    super::translated::remember(root.path(), &sources)?;
    Ok(sources.len())
}

/// `file` as a path inside `locales/<locale>/`, or a usage error.
fn locale_file(root: &SiteRoot, file: &Path, locale: &Locale) -> Result<std::path::PathBuf, CommandError> {
    let path = if file.is_relative() { root.path().join(file) } else { file.to_path_buf() };
    let dir = root.path().join("locales").join(locale.as_str());
    let inside = match (path.canonicalize(), dir.canonicalize()) {
        (Ok(p), Ok(d)) => p.parent() == Some(d.as_path()),
        _ => false,
    };
    if !inside {
        return Err(CommandError::Usage(format!(
            "found {}, expected a `.ftl` file of locales/{locale}/ (the translation, not the source)",
            file.display()
        )));
    }
    Ok(path)
}
