//! Machine-readable output: `L/api/<registry>.json` with every record, and the
//! small per-locale search index `L/search-index.json` the search box loads.
//! Built from the same rendered Markdown as the pages (never re-rendered).

use crate::markdown;
use crate::plan::{self, Route};
use crate::render::RenderedTexts;
use crate::site::{CauseMapping, Locale, Record, Registry, Site, Step, TextKey};
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// The request methods that can get the code; empty: any.
    methods: &'a [String],
    related: Vec<u16>,
    headers: Vec<Header<'a>>,
    example: Option<Example<'a>>,
    /// Library → what a programmer writes (HTTP).
    #[serde(skip_serializing_if = "Option::is_none")]
    libraries: Option<BTreeMap<&'a str, String>>,
    /// RFC 3398's cause values (SIP).
    #[serde(skip_serializing_if = "Option::is_none")]
    isup: Option<Isup>,
    flow: Option<Flow<'a>>,
}

#[derive(Serialize)]
struct Header<'a> {
    field: &'a str,
    level: &'static str,
    /// `response` or `request`.
    r#in: &'static str,
    reference: String,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct Example<'a> {
    caption: Option<&'a str>,
    /// Each message as on the wire (lines end with LF here).
    messages: Vec<&'a str>,
}

#[derive(Serialize)]
struct Isup {
    /// ISUP → SIP: the cause values that become this code (RFC 3398 §7.2.4.1).
    from_causes: Vec<u8>,
    /// SIP → ISUP: the cause value this code becomes (RFC 3398 §8.2.6.1);
    /// `null` where the table gives none or does not cover the code.
    to_cause: Option<u8>,
}

#[derive(Serialize)]
struct Flow<'a> {
    /// Participant ids: a role (`proxy`), optionally numbered (`proxy2`).
    participants: Vec<&'a str>,
    steps: Vec<FlowStep<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum FlowStep<'a> {
    Message { from: &'a str, to: &'a str, label: &'a str },
    Note { note: Vec<&'a str>, text: &'a str },
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
                let shown = texts.record(locale, ri, i, &k).expect("the default locale has every record text");
                Text {
                    html: &shown.rendered.html,
                    text: &shown.rendered.text,
                    lang: shown.lang.as_str(),
                    fallback: shown.fallback,
                }
            };
            let plain = |i: usize, k: &TextKey| texts.record(locale, ri, i, k).map(|s| s.rendered.text.as_str());
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
                    methods: &rec.methods,
                    related: rec.related.iter().map(|(c, _)| *c).collect(),
                    headers: headers(rec, |k| plain(i, k)),
                    example: (!rec.example.is_empty()).then(|| Example {
                        caption: plain(i, &TextKey::Caption),
                        messages: rec.example.iter().map(|m| m.source.trim_end()).collect(),
                    }),
                    libraries: reg.libraries.as_ref().map(|l| {
                        l.for_code(rec.code).into_iter().map(|(lib, symbol)| (lib.id.as_str(), symbol)).collect()
                    }),
                    isup: reg.causes.as_ref().map(|m| isup(m, rec)),
                    flow: rec.flow.as_ref().map(|f| flow(f, |k| plain(i, k))),
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

fn headers<'a>(rec: &'a Record, note: impl Fn(&TextKey) -> Option<&'a str>) -> Vec<Header<'a>> {
    rec.headers
        .iter()
        .map(|h| Header {
            field: &h.field,
            level: h.level.key(),
            r#in: h.direction.key(),
            reference: h.reference.to_string(),
            note: note(&TextKey::HeaderNote(h.field.clone())),
        })
        .collect()
}

fn isup(m: &CauseMapping, rec: &Record) -> Isup {
    Isup {
        from_causes: m.causes_to(rec.code).map(|r| r.cause).collect(),
        to_cause: m.to_isup(rec.code, &rec.reason).cause(),
    }
}

fn flow<'a>(f: &'a crate::site::Flow, note: impl Fn(&TextKey) -> Option<&'a str>) -> Flow<'a> {
    let id = |i: usize| f.participants[i].id.as_str();
    let steps = f
        .steps
        .iter()
        .map(|s| match s {
            Step::Message { from, to, label, .. } => FlowStep::Message { from: id(*from), to: id(*to), label },
            Step::Note { over, id: n, .. } => FlowStep::Note {
                note: over.iter().map(|i| id(*i)).collect(),
                text: note(&TextKey::FlowNote(n.clone())).unwrap_or(""),
            },
        })
        .collect();
    Flow { participants: f.participants.iter().map(|p| p.id.as_str()).collect(), steps }
}

/// One search entry, with short keys: the index is fetched by every reader who
/// searches, so it stays small.
#[derive(Serialize)]
struct Entry<'a> {
    /// Registry display name.
    g: &'a str,
    /// The code, or a page's short name (`Q.850`).
    c: String,
    r: &'a str,
    /// Root-relative page URL.
    u: String,
    /// Summary shown under the result.
    s: String,
    /// Searchable text: description and when it appears.
    t: String,
}

/// A registry as search needs it: its name, folder, codes, curated pairs
/// (pair pages are found by typing two codes), and, for SIP, which code each
/// ISUP cause value becomes (RFC 3398), for pasted `Reason: Q.850;cause=17`.
#[derive(Serialize)]
struct SearchRegistry<'a> {
    g: &'a str,
    /// Root-relative URL of the registry's folder in this locale; a pair page
    /// is `<p><a>-vs-<b>/`.
    p: String,
    /// The protocol its messages speak (`sip`, `http`), for pasted status lines.
    w: Option<&'static str>,
    /// Codes with a page.
    c: Vec<u16>,
    /// Curated pairs.
    k: Vec<(u16, u16)>,
    /// ISUP cause value → SIP code.
    q: BTreeMap<u8, u16>,
}

#[derive(Serialize)]
struct SearchIndex<'a> {
    /// Code pages and other pages (the Q.850 mapping).
    e: Vec<Entry<'a>>,
    r: Vec<SearchRegistry<'a>>,
    /// (term in this locale, its English concept) from the locale's glossary.
    l: &'a [(String, String)],
}

/// Characters of text kept per record in the search index.
const INDEX_TEXT_CHARS: usize = 600;

/// `(relative path, JSON)` of the search index of the `li`-th locale. `terms`
/// are the locale's glossary pairs.
pub fn search_index(
    site: &Site,
    renderer: &crate::render::Renderer,
    li: usize,
    terms: &[(String, String)],
) -> (String, String) {
    let texts = renderer.texts();
    let locale = &site.config.locales[li];
    let mut entries = Vec::new();
    let mut registries = Vec::new();
    for (ri, reg) in site.registries.iter().enumerate() {
        for (i, rec) in reg.records.iter().enumerate() {
            let shown = |k| texts.record(locale, ri, i, k).map_or("", |s| s.rendered.text.as_str());
            let (desc, when) = (shown(&TextKey::Description), shown(&TextKey::AppearsWhen));
            let t: String = format!("{desc} {when}").chars().take(INDEX_TEXT_CHARS).collect();
            entries.push(Entry {
                g: &reg.name,
                c: rec.code.to_string(),
                r: &rec.reason,
                u: plan::url_of(site, locale, Route::Code { reg: ri, code: rec.code }),
                s: markdown::summary(desc, 110),
                t,
            });
        }
        if let (Some(map), Some(page)) = (&reg.causes, renderer.causes_text(li, ri)) {
            // The RFC's English names, and the locale's where they differ: a
            // reader finds the page by 話中 as well as by "user busy".
            let mut words: Vec<&str> = map.causes.values().map(String::as_str).collect();
            words.extend(
                page.names
                    .iter()
                    .map(String::as_str)
                    .filter(|n| !map.causes.values().any(|e| e.eq_ignore_ascii_case(n))),
            );
            entries.push(Entry {
                g: &reg.name,
                c: "Q.850".to_string(),
                r: &page.title,
                u: plan::url_of(site, locale, Route::Causes { reg: ri }),
                s: page.description.clone(),
                t: format!("ISUP Q.850 RFC 3398 Reason cause {}", words.join(" ")),
            });
        }
        let q = reg
            .causes
            .as_ref()
            .map(|m| m.isup_to_sip.iter().filter_map(|r| Some((r.cause, r.code?))).collect())
            .unwrap_or_default();
        registries.push(SearchRegistry {
            g: &reg.name,
            p: plan::url_of(site, locale, Route::Registry { reg: ri }),
            w: reg.wire.map(|w| match w {
                crate::wire::Wire::Sip => "sip",
                crate::wire::Wire::Http => "http",
            }),
            c: reg.records.iter().map(|r| r.code).collect(),
            k: reg.curated.keys().copied().collect(),
            q,
        });
    }
    let index = SearchIndex { e: entries, r: registries, l: terms };
    (format!("{locale}/search-index.json"), crate::json::markup_safe(serde_json::to_string(&index).unwrap_or_default()))
}
