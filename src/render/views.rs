//! Template data, built once per build: each record's view per locale (Markdown
//! rendered once, fallbacks marked), registry indexes and the locale switcher.
//! Per-page contexts are then assembled from cheap clones of these values.

use crate::i18n::{Arg, I18n};
use crate::markdown::{self, Rendered};
use crate::plan::{self, Page, Route};
use crate::site::{Field, Locale, PairField, Record, Registry, Site};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use tera::{Context, Value};

/// Characters kept in a meta description.
const SUMMARY_CHARS: usize = 160;

#[derive(Serialize)]
struct TextView<'a> {
    key: &'static str,
    html: &'a str,
    lang: &'a str,
    fallback: bool,
    /// Translated from an older version of the default locale's text.
    stale: bool,
    /// Where the current source text is (the default locale's page), when stale.
    source_url: Option<String>,
}

#[derive(Serialize)]
struct RefView {
    label: String,
    url: String,
}

#[derive(Serialize)]
struct CodeView<'a> {
    registry: &'a str,
    registry_name: &'a str,
    code: u16,
    reason: &'a str,
    status: Option<&'static str>,
    class_digit: u8,
    class_key: &'a str,
    class_label: String,
    url: String,
    references: Vec<RefView>,
    fields: Vec<TextView<'a>>,
    summary: String,
    /// Fields shown in the default locale because this locale lacks them.
    fallbacks: usize,
}

#[derive(Serialize)]
struct CodeLink<'a> {
    code: u16,
    reason: &'a str,
    url: String,
    summary: String,
    status: Option<&'static str>,
}

#[derive(Serialize)]
struct ClassGroup<'a> {
    digit: u8,
    label: String,
    codes: Vec<CodeLink<'a>>,
}

struct RegistryViews {
    codes: Vec<Value>,
    /// Per code: (code, reason) for pair links, in registry order.
    index: Value,
    nav: Value,
    curated: HashMap<(u16, u16), Value>,
}

struct LocaleViews {
    lang: Value,
    home_label: String,
    home_url: String,
    site: Value,
    registries: Vec<RegistryViews>,
}

pub struct Views {
    locales: Vec<LocaleViews>,
    /// Per registry, per record (registry order): rendered Markdown.
    rendered: Vec<Vec<RenderedRecord>>,
    default: Locale,
    /// Per locale, per registry: fallback fields count (for the summary line).
    fallbacks: Vec<usize>,
    language_names: Vec<String>,
}

/// Markdown of one record, rendered once per source locale that has the field.
type RenderedRecord = BTreeMap<(Locale, Field), Rendered>;

fn render_record(r: &Record, cache: &markdown::Cache) -> RenderedRecord {
    let mut out = BTreeMap::new();
    for (loc, texts) in &r.texts {
        for f in Field::ALL {
            if let Some(src) = texts.get(f) {
                out.insert((loc.clone(), f), cache.render(src));
            }
        }
    }
    out
}

fn msg(i18n: &I18n, locale: &Locale, id: &str, args: &[(&str, String)]) -> Result<String, String> {
    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Str(v.as_str().into()))).collect();
    i18n.format(locale, id, &args).map(|f| f.text)
}

fn class_label(i18n: &I18n, locale: &Locale, reg: &Registry, code: u16) -> Result<String, String> {
    let digit = Registry::class_digit(code);
    let name = msg(i18n, locale, &reg.class_of(code).message_id(), &[])?;
    msg(i18n, locale, "class-label", &[("digit", digit.to_string()), ("name", name)])
}

impl Views {
    pub fn build(site: &Site, i18n: &I18n, cache: &markdown::Cache) -> Result<Views, String> {
        let default = &site.config.default_locale;
        let rendered: Vec<Vec<RenderedRecord>> = site
            .registries
            .iter()
            .map(|reg| reg.records.par_iter().map(|r| render_record(r, cache)).collect())
            .collect();
        let rendered_pairs: Vec<HashMap<(u16, u16), BTreeMap<(Locale, PairField), Rendered>>> = site
            .registries
            .iter()
            .map(|reg| {
                reg.curated
                    .iter()
                    .map(|(k, p)| {
                        let mut m = BTreeMap::new();
                        for (loc, t) in &p.texts {
                            for f in PairField::ALL {
                                if let Some(src) = t.get(f) {
                                    m.insert((loc.clone(), f), cache.render(src));
                                }
                            }
                        }
                        (*k, m)
                    })
                    .collect()
            })
            .collect();

        let language_names =
            site.config.locales.iter().map(|l| msg(i18n, l, "language-name", &[])).collect::<Result<Vec<_>, _>>()?;
        let mut locales = Vec::new();
        let mut fallbacks = Vec::new();
        for locale in &site.config.locales {
            let mut fallback_count = 0;
            let mut registries = Vec::new();
            for (ri, reg) in site.registries.iter().enumerate() {
                let mut codes = Vec::with_capacity(reg.records.len());
                let mut groups: BTreeMap<u8, ClassGroup> = BTreeMap::new();
                for (rec, rend) in reg.records.iter().zip(&rendered[ri]) {
                    let mut fields = Vec::new();
                    let mut n_fallback = 0;
                    for f in Field::ALL {
                        let (src_loc, fallback) =
                            if rend.contains_key(&(locale.clone(), f)) { (locale, false) } else { (default, true) };
                        n_fallback += usize::from(fallback);
                        let r = &rend[&(src_loc.clone(), f)];
                        let stale = rec.is_stale(locale, default, f);
                        let source_url = stale.then(|| {
                            format!(
                                "{}#{}",
                                plan::url_of(site, default, Route::Code { reg: ri, code: rec.code }),
                                f.key()
                            )
                        });
                        fields.push(TextView {
                            key: f.key(),
                            html: &r.html,
                            lang: src_loc.as_str(),
                            fallback,
                            stale,
                            source_url,
                        });
                    }
                    fallback_count += n_fallback;
                    let desc = &rend[&(
                        if rend.contains_key(&(locale.clone(), Field::Description)) {
                            locale.clone()
                        } else {
                            default.clone()
                        },
                        Field::Description,
                    )];
                    let summary = markdown::summary(&desc.text, SUMMARY_CHARS);
                    let url = plan::url_of(site, locale, Route::Code { reg: ri, code: rec.code });
                    let label = class_label(i18n, locale, reg, rec.code)?;
                    let view = CodeView {
                        registry: &reg.id,
                        registry_name: &reg.name,
                        code: rec.code,
                        reason: &rec.reason,
                        status: rec.status.map(|s| s.key()),
                        class_digit: Registry::class_digit(rec.code),
                        class_key: reg.class_of(rec.code).as_str(),
                        class_label: label.clone(),
                        url: url.clone(),
                        references: rec
                            .references
                            .iter()
                            .map(|r| RefView { label: r.to_string(), url: r.url() })
                            .collect(),
                        fields,
                        summary: summary.clone(),
                        fallbacks: n_fallback,
                    };
                    codes.push(Value::from_serializable(&view));
                    let digit = Registry::class_digit(rec.code);
                    if let std::collections::btree_map::Entry::Vacant(e) = groups.entry(digit) {
                        e.insert(ClassGroup { digit, label, codes: Vec::new() });
                    }
                    groups.get_mut(&digit).map(|g| {
                        g.codes.push(CodeLink {
                            code: rec.code,
                            reason: &rec.reason,
                            url,
                            summary,
                            status: rec.status.map(|s| s.key()),
                        })
                    });
                }
                let curated = reg
                    .curated
                    .iter()
                    .map(|(k, pair)| {
                        let rend = &rendered_pairs[ri][k];
                        let fields: Vec<TextView> = PairField::ALL
                            .iter()
                            .filter_map(|f| {
                                let (loc, fallback) = if rend.contains_key(&(locale.clone(), *f)) {
                                    (locale, false)
                                } else if rend.contains_key(&(default.clone(), *f)) {
                                    (default, true)
                                } else {
                                    return None;
                                };
                                fallback_count += usize::from(fallback);
                                let source = pair.texts.get(default).and_then(|t| t.get(*f));
                                let stale = !fallback && pair.texts.get(locale).is_some_and(|t| t.is_stale(*f, source));
                                let url = plan::url_of(site, default, plan::pair(ri, k.0, k.1));
                                Some(TextView {
                                    key: f.key(),
                                    html: &rend[&(loc.clone(), *f)].html,
                                    lang: loc.as_str(),
                                    fallback,
                                    stale,
                                    source_url: stale.then(|| format!("{url}#{}", f.key())),
                                })
                            })
                            .collect();
                        let map: BTreeMap<&str, &TextView> = fields.iter().map(|f| (f.key, f)).collect();
                        (*k, Value::from_serializable(&map))
                    })
                    .collect();
                let nav = Value::from_serializable(&RegistryNav {
                    id: &reg.id,
                    name: &reg.name,
                    url: plan::url_of(site, locale, Route::Registry { reg: ri }),
                    count: reg.records.len(),
                    pairs: reg.pair_count(),
                });
                let index = Value::from_serializable(&groups.into_values().collect::<Vec<_>>());
                registries.push(RegistryViews { codes, index, nav, curated });
            }
            let nav: Vec<Value> = registries.iter().map(|r| r.nav.clone()).collect();
            let site_view = Value::from_serializable(&SiteView {
                base_path: site.config.base_url.path(),
                base_url: site.config.base_url.full(),
                default_locale: default.as_str(),
                registries: nav,
                locales: site
                    .config
                    .locales
                    .iter()
                    .zip(&language_names)
                    .map(|(l, n)| LangLink {
                        lang: l.as_str(),
                        name: n,
                        url: plan::url_of(site, l, Route::Home),
                        abs_url: plan::abs_url_of(site, l, Route::Home),
                        current: l == locale,
                        indexable: true,
                    })
                    .collect(),
            });
            locales.push(LocaleViews {
                home_label: msg(i18n, locale, "breadcrumb-home", &[])?,
                lang: Value::from(locale.as_str()),
                home_url: plan::url_of(site, locale, Route::Home),
                site: site_view,
                registries,
            });
            fallbacks.push(fallback_count);
        }
        Ok(Views { locales, rendered, default: default.clone(), fallbacks, language_names })
    }

    /// A record's field as shown in `locale`: the rendered text, the locale it is
    /// in, and whether that is a fallback to the default locale.
    pub fn field(&self, locale: &Locale, reg: usize, idx: usize, f: Field) -> (&Rendered, &Locale, bool) {
        let r = &self.rendered[reg][idx];
        match r.get_key_value(&(locale.clone(), f)) {
            Some(((l, _), text)) => (text, l, false),
            None => (&r[&(self.default.clone(), f)], &self.default, locale != &self.default),
        }
    }

    /// Untranslated fields shown in the default locale, per locale (site order).
    pub fn fallbacks(&self) -> &[usize] {
        &self.fallbacks
    }

    /// The template and context for one page.
    pub fn page_context(&self, site: &Site, page: Page) -> (&'static str, Context) {
        let lv = &self.locales[page.locale];
        let locale = &site.config.locales[page.locale];
        let mut ctx = Context::new();
        ctx.insert_value("lang", lv.lang.clone());
        ctx.insert_value("site", lv.site.clone());
        ctx.insert("home_url", &lv.home_url);
        ctx.insert("path", &plan::url_of(site, locale, page.route));
        ctx.insert("canonical", &plan::abs_url_of(site, locale, page.route));
        let alternates: Vec<LangLink> = site
            .config
            .locales
            .iter()
            .zip(&self.language_names)
            .map(|(l, n)| LangLink {
                lang: l.as_str(),
                name: n,
                url: plan::url_of(site, l, page.route),
                abs_url: plan::abs_url_of(site, l, page.route),
                current: l == locale,
                indexable: plan::is_translated(site, l, page.route),
            })
            .collect();
        ctx.insert("indexable", &plan::is_translated(site, locale, page.route));
        ctx.insert("alternates", &alternates);
        ctx.insert("x_default", &plan::abs_url_of(site, &site.config.default_locale, page.route));
        match page.route {
            Route::Home => {}
            Route::Registry { reg } => {
                ctx.insert_value("registry", lv.registries[reg].nav.clone());
                ctx.insert_value("classes", lv.registries[reg].index.clone());
            }
            Route::Code { reg, code } => {
                let r = &site.registries[reg];
                let rv = &lv.registries[reg];
                ctx.insert_value("registry", rv.nav.clone());
                let i = index_of(r, code);
                ctx.insert_value("code", rv.codes[i].clone());
                let mut curated = Vec::new();
                let mut others = Vec::new();
                for o in r.records.iter().filter(|o| o.code != code) {
                    let key = (code.min(o.code), code.max(o.code));
                    let link = PairLink {
                        code: o.code,
                        reason: &o.reason,
                        url: plan::url_of(site, locale, plan::pair(reg, code, o.code)),
                    };
                    if r.curated.contains_key(&key) { curated.push(link) } else { others.push(link) }
                }
                ctx.insert("curated_pairs", &curated);
                ctx.insert("other_pairs", &others);
            }
            Route::Pair { reg, a, b } => {
                let r = &site.registries[reg];
                let rv = &lv.registries[reg];
                ctx.insert_value("registry", rv.nav.clone());
                ctx.insert_value("a", rv.codes[index_of(r, a)].clone());
                ctx.insert_value("b", rv.codes[index_of(r, b)].clone());
                ctx.insert("same_class", &(Registry::class_digit(a) == Registry::class_digit(b)));
                match rv.curated.get(&(a, b)) {
                    Some(v) => ctx.insert_value("curated", v.clone()),
                    None => ctx.insert_value("curated", Value::none()),
                }
            }
        }
        ctx.insert_value("json_ld", Value::safe_string(&self.json_ld(site, page)));
        (super::page_template(page.route), ctx)
    }

    /// Structured data for search engines: a breadcrumb trail on every page, and
    /// the code as a `DefinedTerm` on code pages. Escaped for a `<script>` element.
    fn json_ld(&self, site: &Site, page: Page) -> String {
        let lv = &self.locales[page.locale];
        let locale = &site.config.locales[page.locale];
        let abs = |route| plan::abs_url_of(site, locale, route);
        let mut crumbs = vec![(lv.home_label.clone(), abs(Route::Home))];
        let reg_crumb = |reg: usize| (site.registries[reg].name.clone(), abs(Route::Registry { reg }));
        let mut graph = Vec::new();
        match page.route {
            Route::Home => {}
            Route::Registry { reg } => crumbs.push(reg_crumb(reg)),
            Route::Code { reg, code } => {
                crumbs.push(reg_crumb(reg));
                let r = &site.registries[reg];
                let i = index_of(r, code);
                let name = format!("{} {} {}", r.name, code, r.records[i].reason);
                let summary = markdown::summary(&self.field(locale, reg, i, Field::Description).0.text, SUMMARY_CHARS);
                graph.push(serde_json::json!({
                    "@type": "DefinedTerm",
                    "name": name,
                    "termCode": code.to_string(),
                    "description": summary,
                    "url": abs(page.route),
                    "inLanguage": locale.as_str(),
                    "inDefinedTermSet": { "@type": "DefinedTermSet", "name": r.name, "url": abs(Route::Registry { reg }) },
                }));
                crumbs.push((code.to_string(), abs(page.route)));
            }
            Route::Pair { reg, a, b } => {
                crumbs.push(reg_crumb(reg));
                crumbs.push((format!("{a} vs {b}"), abs(page.route)));
            }
        }
        let items: Vec<serde_json::Value> = crumbs
            .iter()
            .enumerate()
            .map(|(i, (name, url))| serde_json::json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url }))
            .collect();
        graph.push(serde_json::json!({ "@type": "BreadcrumbList", "itemListElement": items }));
        let doc = serde_json::json!({ "@context": "https://schema.org", "@graph": graph });
        script_safe_json(&doc)
    }

    /// Context for a per-code fragment (`pair-side.html`, `pair-which.html`):
    /// the code as `c`, with the page-wide `lang` and `site`.
    pub fn fragment_context(&self, locale: usize, reg: usize, idx: usize) -> Context {
        let lv = &self.locales[locale];
        let mut ctx = Context::new();
        ctx.insert_value("lang", lv.lang.clone());
        ctx.insert_value("site", lv.site.clone());
        ctx.insert_value("c", lv.registries[reg].codes[idx].clone());
        ctx
    }

    /// Context for `root.html` and `404.html`: the default locale's site data.
    pub fn special_context(&self, site: &Site, template: &str) -> Context {
        let default_idx = site.config.locales.iter().position(|l| l == &site.config.default_locale).unwrap_or(0);
        let lv = &self.locales[default_idx];
        let mut ctx = Context::new();
        ctx.insert_value("lang", lv.lang.clone());
        ctx.insert_value("site", lv.site.clone());
        ctx.insert("home_url", &lv.home_url);
        ctx.insert("path", site.config.base_url.path());
        // The 404 page answers any missing URL: no canonical address of its own.
        if template == "404.html" {
            ctx.insert_value("canonical", Value::none());
        } else {
            ctx.insert("canonical", site.config.base_url.full());
        }
        ctx.insert("alternates", &Vec::<LangLink>::new());
        // The 404 page answers any missing URL: it must never be indexed.
        ctx.insert("indexable", &(template != "404.html"));
        ctx.insert_value("json_ld", Value::none());
        ctx.insert("x_default", site.config.base_url.full());
        ctx
    }
}

fn index_of(r: &Registry, code: u16) -> usize {
    r.records.binary_search_by_key(&code, |x| x.code).unwrap_or(0)
}

#[derive(Serialize)]
struct RegistryNav<'a> {
    id: &'a str,
    name: &'a str,
    url: String,
    count: usize,
    pairs: usize,
}

#[derive(Serialize)]
struct PairLink<'a> {
    code: u16,
    reason: &'a str,
    url: String,
}

#[derive(Serialize)]
struct LangLink<'a> {
    lang: &'a str,
    name: &'a str,
    url: String,
    abs_url: String,
    current: bool,
    indexable: bool,
}

#[derive(Serialize)]
struct SiteView<'a> {
    base_path: &'a str,
    base_url: &'a str,
    default_locale: &'a str,
    registries: Vec<Value>,
    locales: Vec<LangLink<'a>>,
}

/// JSON that cannot end a `<script>` element or start markup, whatever it holds.
pub fn script_safe_json(v: &serde_json::Value) -> String {
    crate::json::markup_safe(serde_json::to_string(v).unwrap_or_default())
}
