//! The SIP ↔ ISUP cause mapping (RFC 3398) as pages show it: on each SIP
//! code page, the causes that become the code and the cause it becomes, with
//! the lossy round trips said plainly; and the whole mapping on the
//! registry's Q.850 page. Cause names and footnotes are localized through
//! Fluent (`q850-cause-<n>`, `isup-note-<table>-<mark>`).

use super::msg;
use super::protocol::{CodeRef, code_ref};
use crate::diagnostics::Diagnostic;
use crate::i18n::I18n;
use crate::plan::{self, Route};
use crate::site::{CauseMapping, Diagnostic22, Locale, NoCause, Registry, SipToIsup, Site, ToIsup};
use serde::Serialize;

/// A cause value with its localized name.
#[derive(Serialize)]
pub(super) struct Cause {
    cause: u8,
    name: String,
}

fn cause(i18n: &I18n, locale: &Locale, c: u8) -> Result<Cause, Diagnostic> {
    Ok(Cause { cause: c, name: cause_name(i18n, locale, c)? })
}

/// Cause value `c`'s name in `locale`.
pub(super) fn cause_name(i18n: &I18n, locale: &Locale, c: u8) -> Result<String, Diagnostic> {
    msg(i18n, locale, &format!("q850-cause-{c}"), &[])
}

/// A footnote of one of RFC 3398's tables: its mark and localized text.
#[derive(Serialize)]
pub(super) struct Note {
    mark: &'static str,
    text: String,
}

/// One ISUP → SIP row.
#[derive(Serialize)]
pub(super) struct FromRow<'a> {
    cause: Cause,
    /// `with` or `without` (a diagnostic), for cause 22.
    when: Option<&'static str>,
    /// The footnote's mark and localized text.
    note: Option<Note>,
    /// The SIP code the cause becomes (None: `---`).
    code: Option<CodeRef<'a>>,
}

/// What a code becomes on the ISUP side.
#[derive(Serialize)]
pub(super) struct ToView<'a> {
    /// `row` (the table has a row), `default` (no row: cause 31),
    /// `no-mapping`, `warning` (from the Warning header), `not-listed`
    /// (1xx–3xx, which the table does not cover).
    kind: &'static str,
    cause: Option<Cause>,
    /// For `warning`: the cause for a bearer capability warning.
    bearer: Option<Cause>,
    note: Option<Note>,
    /// The cause location (localized), by the code's class.
    location: Option<String>,
    /// The row as printed when it names another code's number (505 is
    /// printed as "504 Version Not Supported").
    printed: Option<String>,
    /// The codes the cause turns back into, when the code is not among them.
    back: Vec<CodeRef<'a>>,
    /// The default code the cause turns back into when the ISUP → SIP table
    /// does not list it (and that is not this code).
    back_default: Option<CodeRef<'a>>,
    /// Other codes that become the same cause.
    others: Vec<CodeRef<'a>>,
    /// `Reason: Q.850;cause=17;text="User busy"` (RFC 3326).
    reason_header: Option<String>,
}

/// The ISUP section of one SIP code page.
#[derive(Serialize)]
pub(super) struct IsupView<'a> {
    from: Vec<FromRow<'a>>,
    /// Whether causes the table does not list become this code.
    from_default: bool,
    to: ToView<'a>,
    /// The registry's Q.850 page.
    page_url: String,
}

/// The code that a SIP → ISUP row is about: the number printed, unless the
/// row's reason phrase names another code of the registry (RFC 3398 prints
/// "504 Version Not Supported", which is 505).
fn row_code(reg: &Registry, row: &SipToIsup) -> u16 {
    row.reason
        .as_deref()
        .and_then(|r| reg.records.iter().find(|rec| rec.reason.eq_ignore_ascii_case(r)))
        .map_or(row.code, |rec| rec.code)
}

/// The row as RFC 3398 prints it, where that names another code's number
/// ("504 Version Not Supported" for 505).
fn printed(row: &SipToIsup, code: u16) -> Option<String> {
    (row.code != code).then(|| format!("{} {}", row.code, row.reason.as_deref().unwrap_or("")))
}

fn when(w: Option<Diagnostic22>) -> Option<&'static str> {
    w.map(|w| match w {
        Diagnostic22::With => "with",
        Diagnostic22::Without => "without",
    })
}

/// Everything a page needs to show the mapping, in one locale.
pub(super) struct Ctx<'a> {
    pub(super) site: &'a Site,
    pub(super) i18n: &'a I18n,
    pub(super) locale: &'a Locale,
    pub(super) reg: usize,
}

impl<'a> Ctx<'a> {
    fn map(&self) -> Option<&'a CauseMapping> {
        self.site.registries[self.reg].causes.as_ref()
    }

    fn note(&self, table: &str, mark: Option<crate::site::Mark>) -> Result<Option<Note>, Diagnostic> {
        mark.map(|m| {
            Ok(Note {
                mark: m.symbol(),
                text: msg(self.i18n, self.locale, &format!("isup-note-{table}-{}", m.key()), &[])?,
            })
        })
        .transpose()
    }

    fn link(&self, code: u16) -> Option<CodeRef<'a>> {
        code_ref(self.site, self.locale, self.reg, code)
    }

    fn isup_rows(
        &self,
        rows: impl Iterator<Item = &'a crate::site::IsupToSip>,
    ) -> Result<Vec<FromRow<'a>>, Diagnostic> {
        rows.map(|r| {
            Ok(FromRow {
                cause: cause(self.i18n, self.locale, r.cause)?,
                when: when(r.when),
                note: self.note("from", r.note)?,
                code: r.code.and_then(|c| self.link(c)),
            })
        })
        .collect()
    }

    /// The ISUP section of `code`'s page, when the registry has a mapping.
    pub(super) fn code_view(&self, code: u16) -> Result<Option<IsupView<'a>>, Diagnostic> {
        let Some(map) = self.map() else { return Ok(None) };
        let from = self.isup_rows(map.causes_to(code))?;
        let to = self.to_view(map, code)?;
        let page_url = plan::url_of(self.site, self.locale, Route::Causes { reg: self.reg });
        Ok(Some(IsupView { from, from_default: code == map.default.isup_to_sip.code, to, page_url }))
    }

    fn to_view(&self, map: &'a CauseMapping, code: u16) -> Result<ToView<'a>, Diagnostic> {
        let reg = &self.site.registries[self.reg];
        let reason = reg.record(code).map_or("", |r| r.reason.as_str());
        let to = map.to_isup(code, reason);
        let mut view = ToView {
            kind: "not-listed",
            cause: None,
            bearer: None,
            note: None,
            location: None,
            printed: None,
            back: Vec::new(),
            back_default: None,
            others: Vec::new(),
            reason_header: None,
        };
        if let Some(r) = to.row() {
            view.note = self.note("to", r.note)?;
            view.printed = printed(r, code);
        }
        view.kind = match to {
            ToIsup::Row(..) => "row",
            ToIsup::Warning { bearer, .. } => {
                view.bearer = Some(cause(self.i18n, self.locale, bearer)?);
                "warning"
            }
            ToIsup::NoMapping(_) => "no-mapping",
            ToIsup::Default(_) => "default",
            ToIsup::NotListed => "not-listed",
        };
        let value = to.cause();
        let Some(c) = value else { return Ok(view) };
        view.cause = Some(cause(self.i18n, self.locale, c)?);
        let location = match code / 100 {
            6 => &map.default.location.c6,
            5 => &map.default.location.c5,
            _ => &map.default.location.c4,
        };
        view.location = Some(msg(self.i18n, self.locale, &format!("isup-location-{location}"), &[])?);
        let back: Vec<Option<u16>> = map.codes_for(c).map(|r| r.code).collect();
        if back.is_empty() && map.default.isup_to_sip.code != code {
            view.back_default = self.link(map.default.isup_to_sip.code);
        }
        if !back.contains(&Some(code)) {
            view.back = back.into_iter().flatten().filter_map(|b| self.link(b)).collect();
        }
        if view.kind == "row" {
            let others =
                map.sip_to_isup.iter().filter(|r| r.cause == Some(c)).map(|r| row_code(reg, r)).filter(|o| *o != code);
            view.others = others.filter_map(|o| self.link(o)).collect();
        }
        let name = &map.causes[&c];
        let mut printed_name = name.clone();
        if let Some(first) = printed_name.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        view.reason_header = Some(format!("Reason: Q.850;cause={c};text=\"{printed_name}\""));
        Ok(view)
    }

    /// The registry's Q.850 page: both tables, the footnotes, the defaults.
    pub(super) fn page_view(&self) -> Result<Option<CausesPage<'a>>, Diagnostic> {
        let Some(map) = self.map() else { return Ok(None) };
        let reg = &self.site.registries[self.reg];
        let from = self.isup_rows(map.isup_to_sip.iter())?;
        let to = map
            .sip_to_isup
            .iter()
            .map(|r| {
                let code = row_code(reg, r);
                Ok(ToRow {
                    code: self.link(code),
                    printed: printed(r, code),
                    cause: r.cause.map(|c| cause(self.i18n, self.locale, c)).transpose()?,
                    text: r.text.map(|t| match t {
                        NoCause::NoMapping => "no-mapping",
                        NoCause::ByWarning => "warning",
                    }),
                    note: self.note("to", r.note)?,
                })
            })
            .collect::<Result<_, Diagnostic>>()?;
        let notes = |table: &str, marks: Vec<crate::site::Mark>| -> Result<Vec<Note>, Diagnostic> {
            marks.into_iter().filter_map(|m| self.note(table, Some(m)).transpose()).collect()
        };
        Ok(Some(CausesPage {
            from,
            to,
            from_notes: notes("from", map.footnotes.isup_to_sip.keys().copied().collect())?,
            to_notes: notes("to", map.footnotes.sip_to_isup.keys().copied().collect())?,
            default_code: self.link(map.default.isup_to_sip.code),
            default_cause: cause(self.i18n, self.locale, map.default.sip_to_isup.cause)?,
            warning_cause: cause(self.i18n, self.locale, map.default.warning_header.cause)?,
            bearer_cause: cause(self.i18n, self.locale, map.default.warning_header.bearer_capability)?,
        }))
    }
}

/// One SIP → ISUP row of the Q.850 page.
#[derive(Serialize)]
pub(super) struct ToRow<'a> {
    code: Option<CodeRef<'a>>,
    printed: Option<String>,
    cause: Option<Cause>,
    /// For a `---` cell: `no-mapping` or `warning`.
    text: Option<&'static str>,
    note: Option<Note>,
}

/// The Q.850 page's data.
#[derive(Serialize)]
pub(super) struct CausesPage<'a> {
    from: Vec<FromRow<'a>>,
    to: Vec<ToRow<'a>>,
    from_notes: Vec<Note>,
    to_notes: Vec<Note>,
    /// The response for a cause no row names (500).
    default_code: Option<CodeRef<'a>>,
    /// The cause for a code no row names (31).
    default_cause: Cause,
    /// The causes for a 488 or 606 by its Warning header.
    warning_cause: Cause,
    bearer_cause: Cause,
}
