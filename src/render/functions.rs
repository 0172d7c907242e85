//! The functions templates call: `t` (Fluent messages) and `once` (a template
//! rendered once per locale and printed on every page).

use super::escape;
use crate::i18n::{Arg, I18n};
use crate::site::Locale;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};
use tera::{Context, Kwargs, State, Tera, Value};

/// `t(key="…", name=value, …)`: a Fluent message in the page's locale (`lang`),
/// or in `locale="…"` when given.
///
/// Profiling showed message formatting and the escaping of its output as a third
/// of all render work, mostly for messages without arguments (headings, labels)
/// formatted again on every page. So those are formatted and escaped once here,
/// and the function's output is marked safe: it escapes what it returns itself.
pub(super) struct Translate {
    i18n: Arc<I18n>,
    locales: Vec<Locale>,
    /// `fixed_messages`, shared by every compiled set of templates.
    fixed: Arc<FixedMessages>,
    default_index: usize,
}

/// Per locale (site order): message id → formatted, HTML-escaped text (a safe
/// Tera string, whose clone is a reference count), for every message that
/// needs no arguments.
pub(super) type FixedMessages = Vec<HashMap<String, Value>>;

/// Formats every argument-free message once (the others fail here and are
/// formatted per call).
pub(super) fn fixed_messages(i18n: &I18n, locales: &[Locale]) -> FixedMessages {
    locales
        .iter()
        .map(|l| {
            let ids: std::collections::BTreeSet<&str> = i18n.ids(i18n.default_locale()).chain(i18n.ids(l)).collect();
            ids.into_iter()
                .filter_map(|id| {
                    let f = i18n.format(l, id, &[]).ok()?;
                    Some((id.to_string(), Value::safe_string(&escape::escaped(&f.text))))
                })
                .collect()
        })
        .collect()
}

impl Translate {
    pub(super) fn new(i18n: Arc<I18n>, locales: Vec<Locale>, fixed: Arc<FixedMessages>) -> Translate {
        let default_index = locales.iter().position(|l| l == i18n.default_locale()).unwrap_or(0);
        Translate { i18n, locales, fixed, default_index }
    }
}

impl tera::Function<tera::TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<Value> {
        // One pass over the arguments, borrowing. Literal argument-free calls never
        // get here (templates are specialized per locale); the rest run a few times a page.
        let mut key = None;
        let mut explicit_locale = None;
        let mut args = Vec::new();
        for (k, v) in kwargs.iter() {
            match k.as_str() {
                Some("key") => key = v.as_str(),
                // `locale=` renders one message in another locale (the root language chooser).
                Some("locale") => explicit_locale = v.as_str(),
                Some(name) => {
                    let arg = match v
                        .as_f64()
                        .or_else(|| v.as_i64().map(|n| n as f64))
                        .or_else(|| v.as_u64().map(|n| n as f64))
                    {
                        Some(n) if v.is_number() => Arg::Num(n),
                        _ => Arg::Str(v.as_str().map_or_else(|| format!("{v}").into(), Into::into)),
                    };
                    args.push((name, arg));
                }
                None => {}
            }
        }
        let key = key.ok_or_else(|| tera::Error::message("`t` needs `key=\"message-id\"`"))?;
        let page_lang: Option<Value> = if explicit_locale.is_none() { state.get("lang")? } else { None };
        let lang = explicit_locale
            .or_else(|| page_lang.as_ref().and_then(Value::as_str))
            .ok_or_else(|| tera::Error::message("`t` needs a `lang` variable in the context"))?;
        let index = self.locales.iter().position(|l| l.as_str() == lang).unwrap_or(self.default_index);
        if args.is_empty()
            && let Some(text) = self.fixed.get(index).and_then(|m| m.get(key))
        {
            return Ok(text.clone());
        }
        let locale = self.locales.get(index).unwrap_or(self.i18n.default_locale());
        self.i18n
            .format(locale, key, &args)
            .map(|f| Value::safe_string(&escape::escaped(&f.text)))
            .map_err(tera::Error::message)
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `once(template="…")`: the template rendered once per locale, then the same
/// text printed on every page that asks for it. For page chrome (navigation,
/// search form, footer) that depends only on the locale: profiling showed the
/// chrome's message lookups and loops as a large share of each page's work.
/// Literal calls are usually replaced by their text when templates are
/// specialized per locale (templates.rs); this renders the rest, and reports
/// errors.
///
/// The template sees only `lang`, `site` and `home_url`; anything else is
/// undefined there, so it cannot silently differ from page to page.
pub(super) struct Once {
    /// The compiled templates, set once they are all added (this function is
    /// registered first, so templates that call it pass validation). In that
    /// copy `once` is `nested_once`: a partial cannot print another, and the
    /// copy holds no reference back to this function.
    tera: Arc<OnceLock<Tera>>,
    /// locale → template name → rendered text. A Tera is built per build, so
    /// the site these were rendered from cannot change under them.
    rendered: RwLock<HashMap<String, HashMap<String, Value>>>,
}

/// The variables a `once` template sees.
const ONCE_VARIABLES: [&str; 3] = ["lang", "site", "home_url"];

impl Once {
    pub(super) fn new(tera: Arc<OnceLock<Tera>>) -> Once {
        Once { tera, rendered: RwLock::new(HashMap::new()) }
    }
}

impl tera::Function<tera::TeraResult<Value>> for Once {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<Value> {
        let name: &str = kwargs.must_get("template")?;
        let lang: Option<Value> = state.get("lang")?;
        let lang = lang.as_ref().and_then(Value::as_str).unwrap_or_default();
        let cached = self.rendered.read().ok().and_then(|m| m.get(lang).and_then(|t| t.get(name)).cloned());
        if let Some(v) = cached {
            return Ok(v);
        }
        let tera = self.tera.get().ok_or_else(|| tera::Error::message("templates are still being compiled"))?;
        if !tera.get_template_names().any(|n| n == name) {
            return Err(tera::Error::message(format!(
                "found `once(template=\"{name}\")`, expected the name of a file under templates/"
            )));
        }
        let mut ctx = Context::new();
        for var in ONCE_VARIABLES {
            if let Some(v) = state.get::<Value>(var)? {
                ctx.insert_value(var, v);
            }
        }
        let html = Value::safe_string(&tera.render(name, &ctx)?);
        if let Ok(mut m) = self.rendered.write() {
            m.entry(lang.to_string()).or_default().insert(name.to_string(), html.clone());
        }
        Ok(html)
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `once` as seen by a template that `once` is rendering.
pub(super) fn nested_once(kwargs: Kwargs, _: &State) -> tera::TeraResult<Value> {
    let name: &str = kwargs.get("template")?.unwrap_or_default();
    Err(tera::Error::message(format!(
        "found `once(template=\"{name}\")` inside a template printed with `once`, expected it only in page templates"
    )))
}
