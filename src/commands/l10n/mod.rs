//! `codeatlas l10n`: the bridge between the content and translators' tools.
//! `add` starts a locale, `export` writes a gettext PO file of every record
//! and pair text, `import` writes a translated PO file back into the
//! records' locale blocks, touching nothing else.

pub mod add;
pub mod export;
pub mod import;

/// Writes `text` to `path` through a temporary file in the same folder, so a
/// reader never sees half a file.
pub fn write_atomically(path: &std::path::Path, text: &str) -> Result<(), super::CommandError> {
    let tmp = path.with_extension("codeatlas-tmp");
    std::fs::write(&tmp, text).map_err(super::CommandError::io(format!("write {}", tmp.display())))?;
    std::fs::rename(&tmp, path).map_err(super::CommandError::io(format!("replace {}", path.display())))
}
