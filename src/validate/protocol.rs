//! The record data around the prose hangs together: header rules cite what
//! the references list, related codes exist, the example has a caption, every
//! header note and flow note belongs to a field or a note the record has, and
//! every flow participant's role has a name.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::site::{Flow, Locale, Localized, Record, Registry, TextKey};
use std::collections::BTreeSet;
use std::path::Path;

/// Checks one record of `registry`.
pub(crate) fn record(registry: &Registry, record: &Record, i18n: &I18n, diags: &mut Diagnostics) {
    let err = |at: (usize, usize), msg: String| Diagnostic::new(&record.path, at.0, at.1, msg);
    for rule in &record.headers {
        if !record.references.iter().any(|r| r.covers(&rule.reference)) {
            let msg = format!(
                "found `ref: {}` for `{}`, expected it among the record's references too",
                rule.reference, rule.field
            );
            diags.push(err(rule.at, msg));
        }
    }
    let mut seen = BTreeSet::new();
    for (code, at) in &record.related {
        if *code == record.code || registry.record(*code).is_none() || !seen.insert(*code) {
            let msg = format!("found related code {code}, expected another code of {} listed once", registry.name);
            diags.push(err(*at, msg));
        } else if registry.curated.contains_key(&(record.code.min(*code), record.code.max(*code))) {
            // The page already links the curated pair; `related` is for the codes beyond it.
            let msg = format!(
                "found related code {code}, expected a code without a curated pair with {} (the page links that pair already)",
                record.code
            );
            diags.push(err(*at, msg));
        }
    }
    let default = i18n.default_locale();
    if !record.example.is_empty() && record.text(default, &TextKey::Caption).is_none() {
        let msg = format!(
            "found an example without a caption, expected `{default}.example`: one sentence saying what the exchange shows"
        );
        diags.push(err((record.example[0].line, 1), msg));
    }
    let fields: BTreeSet<&str> = record.headers.iter().map(|h| h.field.as_str()).collect();
    let cx =
        NoteContext { default, flow: record.flow.as_ref(), fields: &fields, has_example: !record.example.is_empty() };
    notes(&record.path, &record.texts, &cx, diags);
    if let Some(flow) = &record.flow {
        roles(&record.path, flow, i18n, diags);
    }
}

/// What a file's short texts may belong to.
pub(crate) struct NoteContext<'a> {
    /// The default locale, which must have every note the flow uses.
    pub(crate) default: &'a Locale,
    /// The file's flow.
    pub(crate) flow: Option<&'a Flow>,
    /// The header fields the file has rules for.
    pub(crate) fields: &'a BTreeSet<&'a str>,
    /// Whether the file has an example (and so a caption).
    pub(crate) has_example: bool,
}

/// Every note text belongs to something the file has, and every note the
/// flow uses has text in the default locale.
pub(crate) fn notes(path: &Path, texts: &Localized, cx: &NoteContext, diags: &mut Diagnostics) {
    let (flow, fields, has_example) = (cx.flow, cx.fields, cx.has_example);
    let used: BTreeSet<&str> = flow.map(|f| f.note_ids().collect()).unwrap_or_default();
    for (locale, block) in &texts.0 {
        for (key, text) in &block.texts {
            let stray = match key {
                TextKey::HeaderNote(f) => !fields.contains(f.as_str()),
                TextKey::FlowNote(n) => !used.contains(n.as_str()),
                TextKey::Caption => !has_example,
                _ => false,
            };
            if stray {
                let msg = format!(
                    "found `{locale}.{}`, expected it only for a header field, flow note or example the file has",
                    key.key()
                );
                diags.push(Diagnostic::new(path, text.line, text.col, msg));
            }
        }
    }
    let Some(flow) = flow else { return };
    for step in &flow.steps {
        if let crate::site::Step::Note { id, at, .. } = step {
            let has = texts.text(cx.default, &TextKey::FlowNote(id.clone())).is_some();
            if !has {
                let msg = format!(
                    "found note `{id}` without text, expected `flow: {{{id}: …}}` in the default locale's block"
                );
                diags.push(Diagnostic::new(path, at.0, at.1, msg));
            }
        }
    }
}

/// Every participant's role is named by a Fluent message `role-<role>`.
pub(crate) fn roles(path: &Path, flow: &Flow, i18n: &I18n, diags: &mut Diagnostics) {
    for p in &flow.participants {
        let id = format!("role-{}", p.role);
        if !i18n.has(i18n.default_locale(), &id) {
            let default = i18n.default_locale();
            let msg = format!(
                "found participant `{}` of role `{}`, expected a Fluent message `{id}` in locales/{default}/*.ftl naming the role",
                p.id, p.role
            );
            diags.push(Diagnostic::new(path, p.at.0, p.at.1, msg));
        }
    }
}
