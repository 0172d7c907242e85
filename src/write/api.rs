//! Machine-readable output: `L/api/<registry>.json` with every record, and the
//! small per-locale search index `L/search-index.json` the search box loads.
//! Built from the same rendered Markdown as the pages (never re-rendered).

use crate::markdown;
use crate::plan::{self, Route};
use crate::render::RenderedTexts;
use crate::site::{Locale, Registry, Site, TextKey};
use serde::Serialize;

#[derive(Serialize)]
struct Text<'a> {
    html: &'a str,
    text: &'a str,
    lang: &'a str,
    fallback: bool,
}

#[derive(Serialize)]
struct Class<'a> {
    digit: u8,
    key: &'a str,
}

#[derive(Serialize)]
struct Reference {
    label: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct Code<'a> {
    code: u16,
    reason: &'a str,
    status: Option<&'static str>,
    class: Class<'a>,
    url: String,
    references: Vec<Reference>,
    description: Text<'a>,
    appears_when: Text<'a>,
    resolution: Text<'a>,
}

#[derive(Serialize)]
struct RegistryDoc<'a> {
    registry: &'a str,
    name: &'a str,
    /// The registry's codes by their right name, in the locale: "HTTP status codes".
    title: &'a str,
    /// What the registry calls its codes: `status` or `response`.
    term: &'static str,
    locale: &'a str,
    codes: Vec<Code<'a>>,
}

/// `(relative path, JSON)` for every registry in `locale`; `titles` holds each
/// registry's localized title ("HTTP status codes"), in registry order.
pub fn registry_documents(
    site: &Site,
    texts: &RenderedTexts,
    locale: &Locale,
    titles: &[String],
) -> Vec<(String, String)> {
    site.registries
        .iter()
        .enumerate()
        .map(|(ri, reg)| {
            let text = |i: usize, k: TextKey| {
                let shown = texts.record(locale, ri, i, k).expect("the default locale has every record text");
                Text {
                    html: &shown.rendered.html,
                    text: &shown.rendered.text,
                    lang: shown.lang.as_str(),
                    fallback: shown.fallback,
                }
            };
            let codes = reg
                .records
                .iter()
                .enumerate()
                .map(|(i, rec)| Code {
                    code: rec.code,
                    reason: &rec.reason,
                    status: rec.status.map(|s| s.key()),
                    class: Class { digit: Registry::class_digit(rec.code), key: reg.class_of(rec.code).as_str() },
                    url: plan::abs_url_of(site, locale, Route::Code { reg: ri, code: rec.code }),
                    references: rec
                        .references
                        .iter()
                        .map(|r| Reference { label: r.to_string(), url: r.url() })
                        .collect(),
                    description: text(i, TextKey::Description),
                    appears_when: text(i, TextKey::AppearsWhen),
                    resolution: text(i, TextKey::Resolution),
                })
                .collect();
            let doc = RegistryDoc {
                registry: &reg.id,
                name: &reg.name,
                title: &titles[ri],
                term: reg.term.key(),
                locale: locale.as_str(),
                codes,
            };
            let json = crate::json::markup_safe(serde_json::to_string_pretty(&doc).unwrap_or_default());
            (format!("{locale}/api/{}.json", reg.id), json + "\n")
        })
        .collect()
}

/// One search entry, with short keys: the index is fetched by every reader who
/// searches, so it stays small.
#[derive(Serialize)]
struct Entry<'a> {
    /// Registry display name.
    g: &'a str,
    c: u16,
    r: &'a str,
    /// Root-relative page URL.
    u: String,
    /// Summary shown under the result.
    s: String,
    /// Searchable text: description and when it appears.
    t: String,
}

/// Characters of text kept per record in the search index.
const INDEX_TEXT_CHARS: usize = 600;

/// `(relative path, JSON)` of `locale`'s search index.
pub fn search_index(site: &Site, texts: &RenderedTexts, locale: &Locale) -> (String, String) {
    let mut entries = Vec::new();
    for (ri, reg) in site.registries.iter().enumerate() {
        for (i, rec) in reg.records.iter().enumerate() {
            let shown = |k| texts.record(locale, ri, i, k).map_or("", |s| s.rendered.text.as_str());
            let (desc, when) = (shown(TextKey::Description), shown(TextKey::AppearsWhen));
            let t: String = format!("{desc} {when}").chars().take(INDEX_TEXT_CHARS).collect();
            entries.push(Entry {
                g: &reg.name,
                c: rec.code,
                r: &rec.reason,
                u: plan::url_of(site, locale, Route::Code { reg: ri, code: rec.code }),
                s: markdown::summary(desc, 110),
                t,
            });
        }
    }
    (
        format!("{locale}/search-index.json"),
        crate::json::markup_safe(serde_json::to_string(&entries).unwrap_or_default()),
    )
}
