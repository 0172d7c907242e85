//! The content model: what a site *is*, loaded from `content/` and validated
//! into types (`Site`, `Registry`, `Record`, `CuratedPair`, `Localized`
//! texts). Knows nothing of HTML, templates or output paths.

mod blocks;
mod config;
mod flow;
mod iana;
mod libraries;
mod load;
mod pair;
mod protocol;
mod q850;
mod record;
mod reference;
mod registry;
mod text;
mod yaml;

pub use config::{BaseUrl, Locale, Repository, RepositoryError, SiteConfig};
pub use flow::{Flow, Participant, Step, label_shows, response_code};
pub use iana::{IanaEntry, IanaSnapshot};
pub use libraries::{Library, LibraryNames};
pub use load::{load, load_config, read_registry};
pub use pair::CuratedPair;
pub use protocol::{Direction, HeaderRule, Level};
pub use q850::{CauseMapping, Diagnostic22, IsupToSip, Mark, NoCause, SipToIsup, ToIsup, parse_q850};
pub use record::{FieldPositions, Record, Status, parse_record};
pub use reference::{DocFamily, Reference};
pub use registry::{ClassKey, CodeTerm, Registry, RegistryHeader, TextFile};
pub use text::{LocaleTexts, Localized, Text, TextKey, TextState, source_hash};
pub(crate) use yaml::parse as parse_yaml;

use std::path::PathBuf;

/// A whole validated site: configuration and every registry with its records.
#[derive(Debug)]
pub struct Site {
    /// The site folder.
    pub root: PathBuf,
    /// `content/site.yaml`.
    pub config: SiteConfig,
    /// Sorted by id, so output is deterministic.
    pub registries: Vec<Registry>,
}

impl Site {
    /// The registry with folder name `id`.
    pub fn registry(&self, id: &str) -> Option<&Registry> {
        self.registries.iter().find(|r| r.id == id)
    }

    /// The index of the default locale among the site's locales.
    pub fn default_index(&self) -> usize {
        self.config.locales.iter().position(|l| l == &self.config.default_locale).unwrap_or(0)
    }
}
