//! `codeatlas l10n`: the bridge between the content and translators' tools.
//! `add` starts a locale, `export` writes a gettext PO file of every record
//! and pair text, `import` writes a translated PO file back into the
//! records' locale blocks, touching nothing else.

pub mod add;
pub mod export;
pub mod import;

/// Writes `text` to `path` atomically (`source::write_atomically`), for commands.
pub fn write_atomically(path: &std::path::Path, text: &str) -> Result<(), super::CommandError> {
    crate::source::write_atomically(path, text).map_err(super::CommandError::io(format!("write {}", path.display())))
}
