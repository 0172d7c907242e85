//! The content model: what a site *is*, loaded from `content/` and validated.
//! Knows nothing of HTML, templates or output paths.

mod config;
mod load;
mod record;
mod registry;
pub mod yaml;

pub use config::{BaseUrl, Locale, SiteConfig};
pub use load::{load, load_config, read_registry};
pub use record::{DocFamily, Field, FieldTexts, PairField, PairTexts, Record, Reference, Status, parse_record, source_hash};
pub use registry::{ClassKey, CuratedPair, Registry};

use std::path::PathBuf;

/// A whole validated site: configuration and every registry with its records.
#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    /// Sorted by id, so output is deterministic.
    pub registries: Vec<Registry>,
}

impl Site {
    pub fn registry(&self, id: &str) -> Option<&Registry> {
        self.registries.iter().find(|r| r.id == id)
    }
}
