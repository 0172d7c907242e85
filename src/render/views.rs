//! Template data, built once per build: each record's view per locale (Markdown
//! rendered once, fallbacks marked), registry indexes and the locale switcher.
//! Per-page contexts are then assembled from cheap clones of these values.

use crate::i18n::{Arg, I18n};
use crate::json;
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
    url: Option<String>,
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
    home_url: Value,
    /// Structured-data breadcrumbs shared by many pages, as JSON text: the home
    /// crumb, and per registry the home and registry crumbs.
    home_crumb: String,
    registry_crumbs: Vec<String>,
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

/// The same for a curated pair's fields.
type RenderedPair = BTreeMap<(Locale, PairField), Rendered>;

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
        let rendered_pairs: Vec<HashMap<(u16, u16), RenderedPair>> = site
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
                    if let Some(g) = groups.get_mut(&digit) {
                        g.codes.push(CodeLink {
                            code: rec.code,
                            reason: &rec.reason,
                            url,
                            summary,
                            status: rec.status.map(|s| s.key()),
                        })
                    }
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
            let mut home_crumb = String::new();
            let home_label = msg(i18n, locale, "breadcrumb-home", &[])?;
            push_crumb(&mut home_crumb, 1, &home_label, &plan::abs_url_of(site, locale, Route::Home));
            let registry_crumbs = (0..site.registries.len())
                .map(|reg| {
                    let mut c = format!("{home_crumb},");
                    let url = plan::abs_url_of(site, locale, Route::Registry { reg });
                    push_crumb(&mut c, 2, &site.registries[reg].name, &url);
                    c
                })
                .collect();
            locales.push(LocaleViews {
                lang: Value::from(locale.as_str()),
                home_url: Value::from(plan::url_of(site, locale, Route::Home)),
                home_crumb,
                registry_crumbs,
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
        let (base_path, base_full) = (site.config.base_url.path(), site.config.base_url.full());
        // The page's folder in every locale, made once: its links, canonical
        // address, alternates and structured data are all prefixes of it.
        let dirs: Vec<String> = site.config.locales.iter().map(|l| plan::dir_of(site, l, page.route)).collect();
        let join = |prefix: &str, dir: &str| {
            let mut s = String::with_capacity(prefix.len() + dir.len());
            s.push_str(prefix);
            s.push_str(dir);
            s
        };
        let canonical = join(base_full, &dirs[page.locale]);
        let mut ctx = Context::new();
        ctx.insert_value("lang", lv.lang.clone());
        ctx.insert_value("site", lv.site.clone());
        ctx.insert_value("home_url", lv.home_url.clone());
        ctx.insert_value("path", Value::from(join(base_path, &dirs[page.locale])));
        let alternates: Vec<Value> = site
            .config
            .locales
            .iter()
            .zip(&self.language_names)
            .zip(&dirs)
            .enumerate()
            .map(|(i, ((l, name), dir))| {
                let mut alt = tera::Map::with_capacity(6);
                alt.insert("lang".into(), Value::from(l.as_str()));
                alt.insert("name".into(), Value::from(name.as_str()));
                alt.insert("url".into(), Value::from(join(base_path, dir)));
                alt.insert("abs_url".into(), Value::from(join(base_full, dir)));
                alt.insert("current".into(), Value::from(i == page.locale));
                alt.insert("indexable".into(), Value::from(plan::is_translated(site, l, page.route)));
                Value::from(alt)
            })
            .collect();
        ctx.insert_value("indexable", Value::from(plan::is_translated(site, locale, page.route)));
        ctx.insert_value("alternates", Value::from(alternates));
        let default_index = site.config.locales.iter().position(|l| l == &site.config.default_locale).unwrap_or(0);
        ctx.insert_value("x_default", Value::from(join(base_full, &dirs[default_index])));
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
                ctx.insert_value("same_class", Value::from(Registry::class_digit(a) == Registry::class_digit(b)));
                match rv.curated.get(&(a, b)) {
                    Some(v) => ctx.insert_value("curated", v.clone()),
                    None => ctx.insert_value("curated", Value::none()),
                }
            }
        }
        ctx.insert_value("json_ld", Value::safe_string(&self.json_ld(site, page, &canonical)));
        ctx.insert_value("canonical", Value::from(canonical));
        (super::page_template(page.route), ctx)
    }

    /// Structured data for search engines: a breadcrumb trail on every page, and
    /// the code as a `DefinedTerm` on code pages; `url` is the page's absolute
    /// address. Written directly as text (it was 15% of build instructions as a
    /// `serde_json` tree), with keys in the order `serde_json` sorts them, and
    /// safe inside a `<script>` element.
    fn json_ld(&self, site: &Site, page: Page, url: &str) -> String {
        let lv = &self.locales[page.locale];
        let locale = &site.config.locales[page.locale];
        let mut out = String::with_capacity(640);
        out.push_str(r#"{"@context":"https://schema.org","@graph":["#);
        if let Route::Code { reg, code } = page.route {
            let r = &site.registries[reg];
            let i = index_of(r, code);
            let summary = markdown::summary(&self.field(locale, reg, i, Field::Description).0.text, SUMMARY_CHARS);
            out.push_str(r#"{"@type":"DefinedTerm","description":"#);
            json::push_string(&mut out, &summary);
            out.push_str(r#","inDefinedTermSet":{"@type":"DefinedTermSet","name":"#);
            json::push_string(&mut out, &r.name);
            out.push_str(r#","url":"#);
            json::push_string(&mut out, &plan::abs_url_of(site, locale, Route::Registry { reg }));
            out.push_str(r#"},"inLanguage":"#);
            json::push_string(&mut out, locale.as_str());
            out.push_str(r#","name":"#);
            json::push_string(&mut out, &format!("{} {} {}", r.name, code, r.records[i].reason));
            out.push_str(r#","termCode":"#);
            json::push_string(&mut out, &code.to_string());
            out.push_str(r#","url":"#);
            json::push_string(&mut out, url);
            out.push_str("},");
        }
        out.push_str(r#"{"@type":"BreadcrumbList","itemListElement":["#);
        match page.route {
            Route::Home => out.push_str(&lv.home_crumb),
            Route::Registry { reg } => out.push_str(&lv.registry_crumbs[reg]),
            Route::Code { reg, code } => {
                out.push_str(&lv.registry_crumbs[reg]);
                out.push(',');
                push_crumb(&mut out, 3, &code.to_string(), url);
            }
            Route::Pair { reg, a, b } => {
                out.push_str(&lv.registry_crumbs[reg]);
                out.push(',');
                push_crumb(&mut out, 3, &format!("{a} vs {b}"), url);
            }
        }
        out.push_str("]}]}");
        out
    }

    /// What every page of the `locale`-th locale has: `lang`, `site`, `home_url`
    /// (all a `once` template sees).
    pub fn locale_context(&self, locale: usize) -> Context {
        let lv = &self.locales[locale];
        let mut ctx = Context::new();
        ctx.insert_value("lang", lv.lang.clone());
        ctx.insert_value("site", lv.site.clone());
        ctx.insert_value("home_url", lv.home_url.clone());
        ctx
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
        ctx.insert_value("home_url", lv.home_url.clone());
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

/// One `ListItem` of a structured-data breadcrumb trail.
fn push_crumb(out: &mut String, position: usize, name: &str, url: &str) {
    out.push_str(r#"{"@type":"ListItem","item":"#);
    json::push_string(out, url);
    out.push_str(r#","name":"#);
    json::push_string(out, name);
    out.push_str(r#","position":"#);
    out.push_str(&position.to_string());
    out.push('}');
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
