//! Every record's and curated pair's Markdown, rendered once per build and
//! shared by every page, fragment and data file that shows it (a record
//! appears on its own page and on N-1 pair pages, in the JSON API and in the
//! search index). Also knows which locale each shown text comes from.

use crate::markdown::{Cache, Rendered};
use crate::site::{Locale, Localized, Site, TextKey};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// One file's texts, rendered: per (locale that has it, key).
type RenderedFile = BTreeMap<(Locale, TextKey), Rendered>;

/// The rendered Markdown of a whole site.
pub struct RenderedTexts {
    /// Per registry, per record (registry order).
    records: Vec<Vec<RenderedFile>>,
    /// Per registry, per curated pair.
    pairs: Vec<HashMap<(u16, u16), RenderedFile>>,
    default: Locale,
}

/// A text as a page in some locale shows it.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// The rendered text.
    pub rendered: &'a Rendered,
    /// The locale it is written in.
    pub lang: &'a Locale,
    /// Whether that is the default locale standing in for a missing translation.
    pub fallback: bool,
}

fn render_file(texts: &Localized, cache: &Cache) -> RenderedFile {
    let mut out = BTreeMap::new();
    for (locale, block) in &texts.0 {
        for (key, text) in &block.texts {
            out.insert((locale.clone(), key.clone()), cache.render(&text.source));
        }
    }
    out
}

impl RenderedTexts {
    /// Renders every text of `site` (in parallel), reusing `cache`.
    pub fn render(site: &Site, cache: &Cache) -> RenderedTexts {
        let records = site
            .registries
            .iter()
            .map(|reg| reg.records.par_iter().map(|r| render_file(&r.texts, cache)).collect())
            .collect();
        let pairs = site
            .registries
            .iter()
            .map(|reg| reg.curated.iter().map(|(k, p)| (*k, render_file(&p.texts, cache))).collect())
            .collect();
        RenderedTexts { records, pairs, default: site.config.default_locale.clone() }
    }

    /// A record's text as shown in `locale`: its own, else the default
    /// locale's. Every record has every text in the default locale.
    pub fn record(&self, locale: &Locale, reg: usize, idx: usize, key: &TextKey) -> Option<Shown<'_>> {
        self.shown(&self.records[reg][idx], locale, key)
    }

    /// A curated pair's text as shown in `locale`, when the pair has it.
    pub fn pair(&self, locale: &Locale, reg: usize, pair: (u16, u16), key: &TextKey) -> Option<Shown<'_>> {
        self.shown(self.pairs[reg].get(&pair)?, locale, key)
    }

    fn shown<'a>(&'a self, file: &'a RenderedFile, locale: &Locale, key: &TextKey) -> Option<Shown<'a>> {
        if let Some(((lang, _), rendered)) = file.get_key_value(&(locale.clone(), key.clone())) {
            return Some(Shown { rendered, lang, fallback: false });
        }
        let ((lang, _), rendered) = file.get_key_value(&(self.default.clone(), key.clone()))?;
        Some(Shown { rendered, lang, fallback: locale != &self.default })
    }

    /// How many texts `locale` shows in the default locale instead (records
    /// and curated pairs), for the build summary.
    pub fn fallbacks(&self, locale: &Locale) -> usize {
        let missing = |file: &RenderedFile, keys: &[TextKey]| {
            keys.iter().filter(|k| self.shown(file, locale, k).is_some_and(|s| s.fallback)).count()
        };
        let records: usize = self.records.iter().flatten().map(|f| missing(f, &TextKey::RECORD)).sum();
        let pairs: usize = self.pairs.iter().flat_map(HashMap::values).map(|f| missing(f, &TextKey::PAIR)).sum();
        records + pairs
    }
}
