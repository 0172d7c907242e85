//! Translation support, between the content model and translators' tools:
//! the store of the source texts translations were made from (`sources`),
//! word diffs of what changed since (`diff`), and gettext PO files (`po`,
//! `export`, `import`). Reads the loaded site; writes only through `import`.

pub mod diff;
pub mod export;
pub mod import;
pub mod po;
pub mod sources;
pub(crate) mod yaml_edit;
