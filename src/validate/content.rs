//! The content checks `build` and `check` share, run over every record, pair
//! and Fluent message: the glossary, house typography, parity between
//! languages, references that agree with the text, and the IANA snapshot.

use super::SearchTerms;
use super::glossary::Glossary;
use super::parity::{self, Anchors};
use super::prose::{Exempt, Prose};
use super::typography::Typography;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::site::{Locale, Localized, Registry, Site, Text};
use crate::source::SiteRoot;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// A locale's rules for its texts.
struct Rules {
    glossary: Glossary,
    typography: Typography,
}

/// Runs every content check; errors are problems in the content. On success,
/// each locale's glossary as search terms (in the order of the locales), so
/// the build reads the glossaries once.
pub fn content(root: &SiteRoot, site: &Site, i18n: &I18n) -> Result<Vec<SearchTerms>, Vec<Diagnostic>> {
    let mut diags = Diagnostics::default();
    let mut rules = BTreeMap::new();
    for locale in &site.config.locales {
        let glossary = Glossary::load(root, locale).map_err(|d| diags.push(d)).unwrap_or_default();
        let typography = Typography::load(root, locale).map_err(|d| diags.push(d)).unwrap_or_default();
        rules.insert(locale.clone(), Rules { glossary, typography });
    }
    if diags.has_errors() {
        return Err(diags.into_sorted());
    }
    for registry in &site.registries {
        registry_texts(site, registry, &rules, &mut diags);
        protocol(registry, i18n, &mut diags);
        super::iana::iana(registry, &mut diags);
        super::data::data(registry, i18n, &mut diags);
    }
    for (locale, r) in &rules {
        messages(i18n, locale, r, &mut diags);
    }
    diags.finish(site.config.locales.iter().map(|l| rules[l].glossary.search_terms()).collect())
}

/// Every record's and curated pair's texts.
fn registry_texts(site: &Site, registry: &Registry, rules: &BTreeMap<Locale, Rules>, diags: &mut Diagnostics) {
    let phrases: Vec<&str> = registry.records.iter().map(|r| r.reason.as_str()).collect();
    let default = &site.config.default_locale;
    let anchors = |t: &Text| Anchors::of(&prose(t, &phrases, true));
    // Files are checked in parallel: these checks are most of what loading
    // a site costs. The diagnostics are sorted when reported.
    let per_record = registry.records.par_iter().map(|record| {
        let mut d = Diagnostics::default();
        texts(&record.path, &record.texts, &registry.id, &phrases, rules, &mut d);
        parity::parity(&record.path, &record.texts, default, anchors, &mut d);
        parity::references(record, anchors, &mut d);
        d.into_sorted()
    });
    let per_pair = registry.curated.par_iter().map(|(_, pair)| {
        let mut d = Diagnostics::default();
        texts(&pair.path, &pair.texts, &registry.id, &phrases, rules, &mut d);
        parity::parity(&pair.path, &pair.texts, default, anchors, &mut d);
        d.into_sorted()
    });
    diags.extend(per_record.chain(per_pair).flatten().collect::<Vec<_>>());
}

/// The protocol data of every record and curated pair: examples, flows,
/// header rules, related codes, notes.
fn protocol(registry: &Registry, i18n: &I18n, diags: &mut Diagnostics) {
    for record in &registry.records {
        super::examples::example(record, registry.wire, &registry.name, diags);
        super::protocol::record(registry, record, i18n, diags);
        if let Some(flow) = &record.flow {
            super::flow::flow(&record.path, flow, &[record.code], diags);
        }
    }
    let no_fields = std::collections::BTreeSet::new();
    for pair in registry.curated.values() {
        let cx = super::protocol::NoteContext {
            default: i18n.default_locale(),
            flow: pair.flow.as_ref(),
            fields: &no_fields,
            has_example: false,
        };
        super::protocol::notes(&pair.path, &pair.texts, &cx, diags);
        if let Some(flow) = &pair.flow {
            super::protocol::roles(&pair.path, flow, i18n, diags);
            super::flow::flow(&pair.path, flow, &[pair.a, pair.b], diags);
        }
    }
}

fn prose<'a>(text: &'a Text, phrases: &'a [&'a str], quotations: bool) -> Prose<'a> {
    Prose::markdown(&text.source, &Exempt { phrases, quotations })
}

/// The glossary and typography of one file's texts, each in its locale.
fn texts(
    path: &Path,
    texts: &Localized,
    registry: &str,
    phrases: &[&str],
    rules: &BTreeMap<Locale, Rules>,
    diags: &mut Diagnostics,
) {
    for (locale, block) in &texts.0 {
        let Some(r) = rules.get(locale) else { continue };
        for text in block.texts.values() {
            // Quotations exempt only where texts quote RFCs in their own
            // language: the default locale's.
            let p = prose(text, phrases, locale.as_str() == "en");
            let at = |offset: usize| {
                let (line, col) = text.position(offset);
                (path.to_path_buf(), line, col)
            };
            r.glossary.report(&p, Some(registry), at, diags);
            for (range, msg) in r.typography.findings(&p) {
                let (line, col) = text.position(range.start);
                diags.push(Diagnostic::new(path, line, col, msg));
            }
        }
    }
}

/// The glossary and typography of a locale's Fluent messages.
fn messages(i18n: &I18n, locale: &Locale, r: &Rules, diags: &mut Diagnostics) {
    for id in i18n.ids(locale) {
        let Some(site) = i18n.site(locale, id) else { continue };
        let p = Prose::fluent(&site.source, &Exempt { phrases: &[], quotations: false });
        let at = |offset: usize| {
            let (l, c) = crate::source::line_col(&site.source, offset);
            (site.path.clone(), site.line + l - 1, c)
        };
        r.glossary.report(&p, None, at, diags);
        for (range, msg) in r.typography.findings(&p) {
            let (path, line, col) = at(range.start);
            diags.push(Diagnostic::new(path, line, col, msg));
        }
    }
}
