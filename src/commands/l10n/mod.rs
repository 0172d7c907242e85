//! `codeatlas l10n`: the bridge between the content and translators' tools.
//! `add` starts a locale, `export` writes a gettext PO file of every record
//! and pair text, `import` writes a translated PO file back into the
//! records' locale blocks, touching nothing else.

pub mod add;
pub mod export;
pub mod import;
