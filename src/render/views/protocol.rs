//! What a code page shows about the protocol beyond prose: the header
//! fields, the example exchange, related codes, the names libraries give the
//! code, and the message-flow diagram (drawn here, once per record or
//! curated pair and locale).

use super::msg;
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::plan::{self, Route};
use crate::render::diagram::{self, Diagram, DrawStep};
use crate::render::texts::Shown;
use crate::site::{Flow, Locale, Record, Site, Step, TextKey, label_shows, response_code};
use serde::Serialize;

/// One header field rule as the table shows it.
#[derive(Serialize)]
pub(super) struct HeaderView<'a> {
    field: &'a str,
    /// `must`, `should`, `may`, `must-not`: the template localizes it.
    level: &'static str,
    /// `response` or `request`.
    direction: &'static str,
    reference: String,
    url: Option<String>,
    /// Safe HTML, when the record has a note for the field in some locale.
    note: Option<&'a str>,
    note_lang: Option<&'a str>,
}

/// The header rules of `rec`; `note` finds a field's note as shown.
pub(super) fn headers<'a>(rec: &'a Record, note: impl Fn(&TextKey) -> Option<Shown<'a>>) -> Vec<HeaderView<'a>> {
    rec.headers
        .iter()
        .map(|h| {
            let shown = note(&TextKey::HeaderNote(h.field.clone()));
            HeaderView {
                field: &h.field,
                level: h.level.key(),
                direction: h.direction.key(),
                reference: h.reference.to_string(),
                url: h.reference.url(),
                note: shown.map(|s| s.rendered.html.as_str()),
                note_lang: shown.map(|s| s.lang.as_str()),
            }
        })
        .collect()
}

/// The example exchange.
#[derive(Serialize)]
pub(super) struct ExampleView<'a> {
    /// Safe HTML.
    caption: &'a str,
    caption_lang: &'a str,
    /// Each message as written (printed escaped).
    messages: Vec<&'a str>,
}

/// The example of `rec`, when it has one.
pub(super) fn example<'a>(rec: &'a Record, caption: Option<Shown<'a>>) -> Option<ExampleView<'a>> {
    let caption = caption?;
    (!rec.example.is_empty()).then(|| ExampleView {
        caption: &caption.rendered.html,
        caption_lang: caption.lang.as_str(),
        messages: rec.example.iter().map(|m| m.source.trim_end()).collect(),
    })
}

/// A link to another code of the registry.
#[derive(Serialize)]
pub(super) struct CodeRef<'a> {
    code: u16,
    reason: &'a str,
    url: String,
}

/// `code` of registry `reg` as a link, when the registry has it.
pub(super) fn code_ref<'a>(site: &'a Site, locale: &Locale, reg: usize, code: u16) -> Option<CodeRef<'a>> {
    let r = site.registries[reg].record(code)?;
    Some(CodeRef { code, reason: &r.reason, url: plan::url_of(site, locale, Route::Code { reg, code }) })
}

/// The related codes of `rec`, as links.
pub(super) fn related<'a>(site: &'a Site, locale: &Locale, reg: usize, rec: &Record) -> Vec<CodeRef<'a>> {
    rec.related.iter().filter_map(|(code, _)| code_ref(site, locale, reg, *code)).collect()
}

/// What a programmer types for the code in one library.
#[derive(Serialize)]
pub(super) struct LibraryView<'a> {
    library: &'a str,
    symbol: String,
}

/// The library names of `code` in registry `reg`.
pub(super) fn libraries(site: &Site, reg: usize, code: u16) -> Vec<LibraryView<'_>> {
    let Some(names) = &site.registries[reg].libraries else { return Vec::new() };
    names.for_code(code).into_iter().map(|(l, symbol)| LibraryView { library: &l.label, symbol }).collect()
}

/// A drawn flow: the picture and its text equivalent.
#[derive(Serialize)]
pub(super) struct FlowView {
    /// Unique on the page; the list of steps has id `<id>-steps`.
    id: String,
    title: String,
    /// The `<svg>` element (safe HTML).
    svg: String,
    /// The steps as sentences, in order.
    steps: Vec<String>,
}

/// What a flow is drawn for: the codes it emphasizes and where its notes'
/// texts are.
pub(super) struct FlowSource<'a, F: Fn(&TextKey) -> Option<Shown<'a>>> {
    pub(super) flow: &'a Flow,
    pub(super) codes: Vec<u16>,
    pub(super) note: F,
    pub(super) id: String,
    pub(super) title: String,
}

/// Draws a flow in `locale`: participants named by `role-<role>` messages,
/// notes from the record's (or pair's) texts.
pub(super) fn flow<'a, F: Fn(&TextKey) -> Option<Shown<'a>>>(
    i18n: &I18n,
    locale: &Locale,
    src: FlowSource<'a, F>,
) -> Result<FlowView, Diagnostic> {
    let names = src
        .flow
        .participants
        .iter()
        .map(|p| {
            let role = msg(i18n, locale, &format!("role-{}", p.role), &[])?;
            match p.number {
                Some(n) => msg(i18n, locale, "flow-participant-numbered", &[("role", role), ("number", n.to_string())]),
                None => Ok(role),
            }
        })
        .collect::<Result<Vec<String>, Diagnostic>>()?;
    let mut steps = Vec::with_capacity(src.flow.steps.len());
    let mut sentences = Vec::with_capacity(src.flow.steps.len());
    for step in &src.flow.steps {
        match step {
            Step::Message { from, to, label, .. } => {
                let code = response_code(label);
                let own = src.codes.iter().any(|c| label_shows(label, *c));
                steps.push(DrawStep::Message {
                    from: *from,
                    to: *to,
                    label: label.clone(),
                    response: code.is_some(),
                    own,
                });
                let args = [("from", names[*from].clone()), ("to", names[*to].clone()), ("label", label.clone())];
                sentences.push(msg(i18n, locale, "flow-step-message", &args)?);
            }
            Step::Note { over, id, .. } => {
                let text =
                    (src.note)(&TextKey::FlowNote(id.clone())).map(|s| s.rendered.text.clone()).unwrap_or_default();
                let (first, last) = (*over.iter().min().unwrap_or(&0), *over.iter().max().unwrap_or(&0));
                steps.push(DrawStep::Note { first, last, text: text.clone() });
                let who = match last - first {
                    0 => names[first].clone(),
                    1 => msg(i18n, locale, "flow-who-two", &[("a", names[first].clone()), ("b", names[last].clone())])?,
                    _ => msg(
                        i18n,
                        locale,
                        "flow-who-range",
                        &[("first", names[first].clone()), ("last", names[last].clone())],
                    )?,
                };
                sentences.push(msg(i18n, locale, "flow-step-note", &[("who", who), ("text", text)])?);
            }
        }
    }
    let diagram = Diagram { names, steps };
    let svg = diagram::draw(&diagram, &src.id, &src.title, &format!("{}-steps", src.id));
    Ok(FlowView { id: src.id, title: src.title, svg, steps: sentences })
}
