//! The function templates call: `t`, a Fluent message in the page's locale.

use super::escape;
use crate::i18n::{Arg, I18n};
use crate::site::Locale;
use std::collections::HashMap;
use std::sync::Arc;
use tera::{Kwargs, State, Value};

/// Per locale (site order): message id → its text, HTML-escaped, as a safe
/// Tera string (whose clone is a reference count), for every message that
/// needs no arguments.
pub(super) type EscapedMessages = Vec<HashMap<String, Value>>;

/// The argument-free messages of every locale, escaped once. Used to put them
/// in place in per-locale templates, and by `t` for computed ids
/// (`t(key="heading-" ~ f.key)`).
pub(super) fn escaped_messages(i18n: &I18n, locales: &[Locale]) -> EscapedMessages {
    locales
        .iter()
        .map(|l| {
            let ids: std::collections::BTreeSet<&str> = i18n.ids(i18n.default_locale()).chain(i18n.ids(l)).collect();
            ids.into_iter()
                .filter_map(|id| {
                    let text = i18n.fixed(l, id)?;
                    Some((id.to_string(), Value::safe_string(&escape::escaped(text))))
                })
                .collect()
        })
        .collect()
}

/// `t(key="…", name=value, …)`: a Fluent message in the page's locale
/// (`lang`), or in `locale="…"` when given. It escapes what it returns, so
/// its output is marked safe.
pub(super) struct Translate {
    i18n: Arc<I18n>,
    locales: Vec<Locale>,
    escaped: Arc<EscapedMessages>,
    default_index: usize,
}

impl Translate {
    pub(super) fn new(i18n: Arc<I18n>, locales: Vec<Locale>, escaped: Arc<EscapedMessages>) -> Translate {
        let default_index = locales.iter().position(|l| l == i18n.default_locale()).unwrap_or(0);
        Translate { i18n, locales, escaped, default_index }
    }
}

/// The arguments of one call, borrowed.
struct Call<'a> {
    key: Option<&'a str>,
    locale: Option<&'a str>,
    args: Vec<(&'a str, Arg<'a>)>,
}

fn read_call(kwargs: &Kwargs) -> Call<'_> {
    let mut call = Call { key: None, locale: None, args: Vec::new() };
    for (k, v) in kwargs.iter() {
        match k.as_str() {
            Some("key") => call.key = v.as_str(),
            // `locale=` renders one message in another locale (the root language chooser).
            Some("locale") => call.locale = v.as_str(),
            Some(name) => {
                let number =
                    v.as_f64().or_else(|| v.as_i64().map(|n| n as f64)).or_else(|| v.as_u64().map(|n| n as f64));
                let arg = match number {
                    Some(n) if v.is_number() => Arg::Num(n),
                    _ => Arg::Str(v.as_str().map_or_else(|| format!("{v}").into(), Into::into)),
                };
                call.args.push((name, arg));
            }
            None => {}
        }
    }
    call
}

impl tera::Function<tera::TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<Value> {
        let call = read_call(&kwargs);
        let key = call.key.ok_or_else(|| tera::Error::message("`t` needs `key=\"message-id\"`"))?;
        let page_lang: Option<Value> = if call.locale.is_none() { state.get("lang")? } else { None };
        let lang = call
            .locale
            .or_else(|| page_lang.as_ref().and_then(Value::as_str))
            .ok_or_else(|| tera::Error::message("`t` needs a `lang` variable in the context"))?;
        let index = self.locales.iter().position(|l| l.as_str() == lang).unwrap_or(self.default_index);
        if call.args.is_empty()
            && let Some(text) = self.escaped.get(index).and_then(|m| m.get(key))
        {
            return Ok(text.clone());
        }
        let locale = self.locales.get(index).unwrap_or(self.i18n.default_locale());
        self.i18n
            .format(locale, key, &call.args)
            .map(|f| Value::safe_string(&escape::escaped(&f.text)))
            .map_err(|e| tera::Error::message(e.to_string()))
    }

    fn is_safe(&self) -> bool {
        true
    }
}
