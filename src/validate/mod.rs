//! Cross-checks of the loaded inputs that `build` and `check` share: every
//! message the templates and the generator use exists, every locale has the
//! same messages; the content follows the glossary and house typography, says
//! the same in every language, cites what its references list and agrees
//! with the IANA registries; links inside contributors' Markdown lead to
//! pages. `load` reads and validates everything a build needs, in order.

mod content;
mod data;
mod examples;
mod flow;
mod glossary;
mod iana;
mod links;
mod messages;
mod parity;
mod prose;
mod protocol;
mod typography;

pub use content::content;
pub use links::markdown_links;
pub use messages::{class_messages, code_messages, message_parity, template_messages};

use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::render::{Sources, Templates};
use crate::site::{self, BaseUrl, Site};
use crate::source::SiteRoot;
use std::sync::Arc;

/// Everything a build reads, loaded and validated.
pub struct Inputs {
    /// The content model.
    pub site: Site,
    /// The messages.
    pub i18n: Arc<I18n>,
    /// The compiled templates.
    pub templates: Templates,
    /// Each locale's glossary for search, in the order of the locales.
    pub search_terms: Vec<SearchTerms>,
}

/// A locale's glossary as (preferred term, English concept) pairs.
pub type SearchTerms = Vec<(String, String)>;

/// Loads and validates what a build reads, stopping at the first stage with
/// errors. `base_url` overrides the one in `site.yaml`.
pub fn load(root: &SiteRoot, base_url: Option<&str>) -> Result<Inputs, Vec<Diagnostic>> {
    let mut site = site::load(root)?;
    if let Some(b) = base_url {
        site.config.base_url = BaseUrl::parse(b).map_err(|m| vec![Diagnostic::new("--base-url", 1, 1, m)])?;
    }
    let i18n = Arc::new(I18n::load(root, &site.config)?);
    class_messages(&site, &i18n)?;
    code_messages(&site.config, &i18n)?;
    let search_terms = content(root, &site, &i18n)?;
    let templates = Templates::compile(Sources::read(root)?, i18n.clone(), &site.config.locales)?;
    Ok(Inputs { site, i18n, templates, search_terms })
}
