//! A registry's data files agree with its records and the Fluent bundles:
//! every code the cause mapping (`q850.yaml`) or the library names
//! (`libraries.yaml`) mention has a record, and every cause value and
//! footnote has its localized text in the default locale.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::site::{CauseMapping, Registry};

/// Checks `registry`'s `q850.yaml` and `libraries.yaml`, when it has them.
pub(crate) fn data(registry: &Registry, i18n: &I18n, diags: &mut Diagnostics) {
    if let Some(map) = &registry.causes {
        causes(registry, map, i18n, diags);
    }
    if let Some(names) = &registry.libraries {
        for code in names.codes.keys().filter(|c| registry.record(**c).is_none()) {
            let msg = format!("found names for {code}, expected only codes of {} with a record", registry.name);
            diags.push(Diagnostic::file(&names.path, msg));
        }
    }
}

fn causes(registry: &Registry, map: &CauseMapping, i18n: &I18n, diags: &mut Diagnostics) {
    let err = |at: (usize, usize), msg: String| Diagnostic::new(&map.path, at.0, at.1, msg);
    let missing = |code: u16| {
        format!(
            "found {code}, expected a code of {} with a record (content/{}/{code}.yaml)",
            registry.name, registry.id
        )
    };
    for r in &map.isup_to_sip {
        if let Some(code) = r.code.filter(|c| registry.record(*c).is_none()) {
            diags.push(err(r.at, missing(code)));
        }
    }
    for r in &map.sip_to_isup {
        // A row printing a reason phrase belongs to the code with that phrase.
        let known = match &r.reason {
            Some(reason) => registry.records.iter().any(|rec| rec.reason.eq_ignore_ascii_case(reason)),
            None => registry.record(r.code).is_some(),
        };
        if !known {
            diags.push(err(r.at, missing(r.code)));
        }
    }
    let default = i18n.default_locale();
    let mut need = |id: String, at: (usize, usize)| {
        if !i18n.has(default, &id) {
            diags.push(err(at, format!("found no Fluent message `{id}`, expected it in locales/{default}/*.ftl")));
        }
    };
    for r in &map.isup_to_sip {
        need(format!("q850-cause-{}", r.cause), r.at);
        if let Some(m) = r.note {
            need(format!("isup-note-from-{}", m.key()), r.at);
        }
    }
    for r in &map.sip_to_isup {
        if let Some(c) = r.cause {
            need(format!("q850-cause-{c}"), r.at);
        }
        if let Some(m) = r.note {
            need(format!("isup-note-to-{}", m.key()), r.at);
        }
    }
    let d = &map.default;
    for c in [d.sip_to_isup.cause, d.warning_header.cause, d.warning_header.bearer_capability] {
        need(format!("q850-cause-{c}"), map.default_at);
    }
}
