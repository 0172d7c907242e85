//! The commands: each orchestrates the pipeline's stages for one job.
//! `build` writes the site, `check` reports every problem, `serve` previews
//! with rebuilds on save, `new` scaffolds a record, `translated` records what
//! a translation was made from. The command line itself is `main.rs`.

pub mod build;
pub mod check;
pub mod l10n;
pub mod new;
pub mod serve;
pub mod translated;
mod translated_ftl;

use crate::diagnostics::Diagnostic;
use std::io;

/// Why a command other than `build` or `check` could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    /// Problems in the site's files, each with its position.
    #[error("the site has {} problem(s)", .0.len())]
    Content(Vec<Diagnostic>),
    /// What was asked cannot be done as asked (an unknown locale, a file that
    /// is not a record).
    #[error("{0}")]
    Usage(String),
    /// A file operation failed.
    #[error("cannot {what}: {source}")]
    Io {
        /// What was being done, with its path.
        what: String,
        /// The operating system's error.
        source: io::Error,
    },
}

impl CommandError {
    /// An I/O failure while doing `what`.
    pub fn io(what: impl Into<String>) -> impl FnOnce(io::Error) -> CommandError {
        let what = what.into();
        move |source| CommandError::Io { what, source }
    }
}

impl From<Vec<Diagnostic>> for CommandError {
    fn from(ds: Vec<Diagnostic>) -> CommandError {
        CommandError::Content(ds)
    }
}

/// Writes a file a command changes (a record, a `.ftl` file, a PO file)
/// atomically and only when its bytes change; see `source::write_if_changed`.
pub fn write_file(path: &std::path::Path, text: &str) -> Result<(), CommandError> {
    crate::source::write_if_changed(path, text.as_bytes())
        .map(|_| ())
        .map_err(CommandError::io(format!("write {}", path.display())))
}
