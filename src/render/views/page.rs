//! The variables of each page, assembled per page from the prepared views.
//! This runs once per page (90,000 times at large size), so it clones
//! prepared values (reference counts) and builds URLs from one folder string.

use super::{LocaleViews, Views};
use crate::plan::{self, Page, Route};
use crate::site::{Registry, Site};
use serde::Serialize;
use tera::{Context, Value};

/// A template's variables, in the order they were given.
#[derive(Default)]
pub struct Vars(Vec<(&'static str, Value)>);

impl Vars {
    /// Adds a variable.
    pub fn set(&mut self, name: &'static str, value: Value) {
        self.0.push((name, value));
    }
    /// Adds a variable from any serializable value.
    pub fn set_serialized<T: Serialize>(&mut self, name: &'static str, value: &T) {
        self.0.push((name, Value::from_serializable(value)));
    }
    /// The variables as a Tera context.
    pub fn into_context(self) -> Context {
        let mut ctx = Context::new();
        for (k, v) in self.0 {
            ctx.insert_value(k, v);
        }
        ctx
    }
    /// The variables by name (for the template contract test).
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Value)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }
}

#[derive(Serialize)]
struct PairLink<'a> {
    code: u16,
    reason: &'a str,
    url: String,
}

impl Views {
    /// What every page of the `locale`-th locale has: `lang`, `site`,
    /// `home_url` (all a per-locale fragment sees).
    pub fn locale_vars(&self, locale: usize) -> Vars {
        let lv = &self.locales[locale];
        let mut vars = Vars::default();
        vars.set("lang", lv.lang.clone());
        vars.set("site", lv.site.clone());
        vars.set("home_url", lv.home_url.clone());
        vars
    }

    /// The variables of a per-code fragment: the code as `c`, with `lang` and `site`.
    pub fn code_vars(&self, locale: usize, reg: usize, idx: usize) -> Vars {
        let lv = &self.locales[locale];
        let mut vars = Vars::default();
        vars.set("lang", lv.lang.clone());
        vars.set("site", lv.site.clone());
        vars.set("c", lv.registries[reg].codes[idx].clone());
        vars
    }

    /// The variables of one page (without its fragments, which the renderer adds).
    pub fn page_vars(&self, site: &Site, page: Page) -> Vars {
        let lv = &self.locales[page.locale];
        let (base_path, base_full) = (site.config.base_url.path(), site.config.base_url.full());
        // The page's folder in every locale, made once: its links, canonical
        // address, alternates and structured data are all prefixes of it.
        let dirs: Vec<String> = site.config.locales.iter().map(|l| plan::dir_of(site, l, page.route)).collect();
        let canonical = join(base_full, &dirs[page.locale]);
        let mut vars = self.locale_vars(page.locale);
        vars.set("path", Value::from(join(base_path, &dirs[page.locale])));
        vars.set("indexable", Value::from(plan::is_translated(site, &site.config.locales[page.locale], page.route)));
        vars.set("alternates", self.alternates(site, page, &dirs));
        vars.set("x_default", Value::from(join(base_full, &dirs[site.default_index()])));
        route_vars(site, lv, page, &mut vars);
        vars.set("json_ld", Value::safe_string(&self.json_ld(site, page, &canonical)));
        vars.set("canonical", Value::from(canonical));
        vars
    }

    /// The page in every locale, for the language switcher and hreflang links.
    fn alternates(&self, site: &Site, page: Page, dirs: &[String]) -> Value {
        let (base_path, base_full) = (site.config.base_url.path(), site.config.base_url.full());
        let alternates: Vec<Value> = site
            .config
            .locales
            .iter()
            .zip(&self.language_names)
            .zip(dirs)
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
        Value::from(alternates)
    }

    /// The variables of `root.html` and `404.html`: the default locale's site data.
    pub fn special_vars(&self, site: &Site, template: &str) -> Vars {
        let mut vars = self.locale_vars(site.default_index());
        vars.set("path", Value::from(site.config.base_url.path()));
        // The 404 page answers any missing URL: no canonical address, never indexed.
        let not_found = template == "404.html";
        let canonical = if not_found { Value::none() } else { Value::from(site.config.base_url.full()) };
        vars.set("canonical", canonical);
        vars.set("alternates", Value::from(Vec::<Value>::new()));
        vars.set("indexable", Value::from(!not_found));
        vars.set("json_ld", Value::none());
        vars.set("x_default", Value::from(site.config.base_url.full()));
        vars
    }
}

/// The variables that depend on the kind of page.
fn route_vars(site: &Site, lv: &LocaleViews, page: Page, vars: &mut Vars) {
    match page.route {
        Route::Home => {}
        Route::Translation => vars.set("translation", lv.translation.clone()),
        Route::Registry { reg } => {
            vars.set("registry", lv.registries[reg].nav.clone());
            vars.set("classes", lv.registries[reg].index.clone());
        }
        Route::Code { reg, code } => {
            let r = &site.registries[reg];
            vars.set("registry", lv.registries[reg].nav.clone());
            vars.set("code", lv.registries[reg].codes[index_of(r, code)].clone());
            let locale = &site.config.locales[page.locale];
            let (mut curated, mut others) = (Vec::new(), Vec::new());
            for o in r.records.iter().filter(|o| o.code != code) {
                let url = plan::url_of(site, locale, plan::pair(reg, code, o.code));
                let link = PairLink { code: o.code, reason: &o.reason, url };
                let key = (code.min(o.code), code.max(o.code));
                if r.curated.contains_key(&key) { curated.push(link) } else { others.push(link) }
            }
            vars.set_serialized("curated_pairs", &curated);
            vars.set_serialized("other_pairs", &others);
        }
        Route::Causes { reg } => {
            vars.set("registry", lv.registries[reg].nav.clone());
            vars.set("causes", lv.registries[reg].causes.clone());
        }
        Route::Pair { reg, a, b } => {
            let r = &site.registries[reg];
            let rv = &lv.registries[reg];
            vars.set("registry", rv.nav.clone());
            vars.set("a", rv.codes[index_of(r, a)].clone());
            vars.set("b", rv.codes[index_of(r, b)].clone());
            vars.set("same_class", Value::from(Registry::class_digit(a) == Registry::class_digit(b)));
            vars.set("curated", rv.curated.get(&(a, b)).cloned().unwrap_or_else(Value::none));
        }
    }
}

fn join(prefix: &str, dir: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + dir.len());
    s.push_str(prefix);
    s.push_str(dir);
    s
}

/// The position of `code` among the registry's records (pages exist only for
/// codes that have records).
pub(super) fn index_of(r: &Registry, code: u16) -> usize {
    r.index_of(code).unwrap_or(0)
}
