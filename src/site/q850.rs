//! The SIP ↔ ISUP cause mapping of RFC 3398, `content/<registry>/q850.yaml`:
//! the ITU-T Q.850 cause values both tables name, the ISUP → SIP table
//! (§7.2.4.1), the SIP → ISUP table (§8.2.6.1), their footnotes and the
//! defaults for what no row names. Kept once for every locale; the pages
//! localize cause names and notes through Fluent (`q850-cause-<n>`).

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics};
use serde_saphyr::Spanned;

/// A footnote mark of one of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Mark {
    /// `(*)`
    #[serde(rename = "*")]
    Star,
    /// `(+)`
    #[serde(rename = "+")]
    Plus,
    /// `(=)`
    #[serde(rename = "=")]
    Equals,
}

impl Mark {
    /// The mark as printed, and as a message-id part.
    pub fn key(self) -> &'static str {
        match self {
            Mark::Star => "star",
            Mark::Plus => "plus",
            Mark::Equals => "equals",
        }
    }

    /// The mark as the RFC prints it.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Star => "*",
            Mark::Plus => "+",
            Mark::Equals => "=",
        }
    }
}

/// The condition some ISUP → SIP rows carry (cause 22 only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Diagnostic22 {
    /// "(w/o diagnostic)"
    #[serde(rename = "w/o diagnostic")]
    Without,
    /// "(w/ diagnostic)"
    #[serde(rename = "w/ diagnostic")]
    With,
}

/// Why a SIP → ISUP row gives no cause value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum NoCause {
    /// "(no mapping)"
    #[serde(rename = "(no mapping)")]
    NoMapping,
    /// "by Warning header"
    #[serde(rename = "by Warning header")]
    ByWarning,
}

/// One row of the ISUP → SIP table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IsupToSip {
    /// The Q.850 cause value received in the REL.
    pub cause: u8,
    /// The SIP response to send; `None` where the RFC prints `---`.
    pub code: Option<u16>,
    /// The footnote the row carries.
    #[serde(default)]
    pub note: Option<Mark>,
    /// The condition on the row (cause 22).
    #[serde(default)]
    pub when: Option<Diagnostic22>,
    /// Where the row is written (line, column).
    #[serde(skip)]
    pub at: (usize, usize),
}

/// One row of the SIP → ISUP table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SipToIsup {
    /// The SIP response received, as the RFC prints the number.
    pub code: u16,
    /// The reason phrase the row prints, where it differs from the code's
    /// own (the row the RFC prints as "504 Version Not Supported").
    #[serde(default)]
    pub reason: Option<String>,
    /// The cause value for the REL; `None` where the RFC prints `---`.
    pub cause: Option<u8>,
    /// The cause name as this table prints it.
    #[serde(default)]
    pub name: Option<String>,
    /// The footnote the row carries.
    #[serde(default)]
    pub note: Option<Mark>,
    /// What a `---` cell says.
    #[serde(default)]
    pub text: Option<NoCause>,
    /// Where the row is written (line, column).
    #[serde(skip)]
    pub at: (usize, usize),
}

/// The footnotes of both tables, verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Footnotes {
    /// Of the ISUP → SIP table.
    pub isup_to_sip: BTreeMap<Mark, String>,
    /// Of the SIP → ISUP table.
    pub sip_to_isup: BTreeMap<Mark, String>,
}

/// What the RFC says to do where no row names a value.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// For a cause no ISUP → SIP row names.
    pub isup_to_sip: DefaultCode,
    /// For a code no SIP → ISUP row names.
    pub sip_to_isup: DefaultCause,
    /// The cause location the REL carries, by class.
    pub location: Location,
    /// For the rows whose cause comes from the `Warning` header (488, 606).
    pub warning_header: WarningDefault,
}

/// The cause location by class of the SIP response, with the RFC's words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// For 4xx: `network`.
    #[serde(rename = "4xx")]
    pub c4: String,
    /// For 5xx: `network`.
    #[serde(rename = "5xx")]
    pub c5: String,
    /// For 6xx: `user`.
    #[serde(rename = "6xx")]
    pub c6: String,
    /// The sentence, verbatim.
    pub text: String,
}

/// The cause for a 488 or 606 whose `Warning` header says why.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningDefault {
    /// For most warning codes: 31.
    pub cause: u8,
    /// When the warning is about an unavailable bearer capability: 65.
    pub bearer_capability: u8,
    /// The sentences, verbatim.
    pub text: String,
}

/// The default SIP response, with the RFC's words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultCode {
    /// The code.
    pub code: u16,
    /// The sentence, verbatim.
    pub text: String,
}

/// The default cause value, with the RFC's words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultCause {
    /// The cause value.
    pub cause: u8,
    /// The sentence, verbatim.
    pub text: String,
}

/// The whole mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CauseMapping {
    /// The document the tables come from.
    pub source: String,
    /// Every cause value either table names, with its name as printed.
    pub causes: BTreeMap<u8, String>,
    /// RFC 3398 §7.2.4.1, in the table's order.
    pub isup_to_sip: Vec<IsupToSip>,
    /// RFC 3398 §8.2.6.1, in the table's order.
    pub sip_to_isup: Vec<SipToIsup>,
    /// Both tables' footnotes.
    pub footnotes: Footnotes,
    /// What no row names.
    pub default: Defaults,
    /// Where `default:` is written.
    pub default_at: (usize, usize),
    /// The file as shown to users.
    pub path: PathBuf,
}

/// The mapping as written, with positions.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    source: String,
    causes: BTreeMap<u8, String>,
    isup_to_sip: Vec<Spanned<IsupToSip>>,
    sip_to_isup: Vec<Spanned<SipToIsup>>,
    footnotes: Footnotes,
    default: Spanned<Defaults>,
}

fn pos<T>(s: &Spanned<T>) -> (usize, usize) {
    (s.referenced.line() as usize, s.referenced.column() as usize)
}

/// What a SIP response becomes in ISUP (RFC 3398 §8.2.6.1): the one rule
/// the code pages, the Q.850 page and the JSON API share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToIsup<'a> {
    /// A row of the table gives the cause.
    Row(&'a SipToIsup, u8),
    /// The row says the cause comes from the Warning header field: usually
    /// `cause`, and `bearer` for an unavailable bearer capability.
    Warning {
        /// The row that says so.
        row: &'a SipToIsup,
        /// The cause for most Warning codes.
        cause: u8,
        /// The cause for an unavailable bearer capability.
        bearer: u8,
    },
    /// The row maps the response to no cause (`---`).
    NoMapping(&'a SipToIsup),
    /// No row: a 4xx–6xx response gets the default cause.
    Default(u8),
    /// No row, and a 1xx–3xx response: not mapped at all.
    NotListed,
}

impl<'a> ToIsup<'a> {
    /// The table's row for the response, when it has one.
    pub fn row(&self) -> Option<&'a SipToIsup> {
        match *self {
            ToIsup::Row(row, _) | ToIsup::Warning { row, .. } | ToIsup::NoMapping(row) => Some(row),
            ToIsup::Default(_) | ToIsup::NotListed => None,
        }
    }

    /// The cause value the REL carries, when there is one.
    pub fn cause(&self) -> Option<u8> {
        match *self {
            ToIsup::Row(_, c) | ToIsup::Default(c) | ToIsup::Warning { cause: c, .. } => Some(c),
            ToIsup::NoMapping(_) | ToIsup::NotListed => None,
        }
    }
}

impl CauseMapping {
    /// What the response `code` with reason phrase `reason` becomes in ISUP.
    pub fn to_isup(&self, code: u16, reason: &str) -> ToIsup<'_> {
        match self.row_for(code, reason) {
            Some(row) => match (row.cause, row.text) {
                (Some(c), _) => ToIsup::Row(row, c),
                (None, Some(NoCause::ByWarning)) => ToIsup::Warning {
                    row,
                    cause: self.default.warning_header.cause,
                    bearer: self.default.warning_header.bearer_capability,
                },
                (None, _) => ToIsup::NoMapping(row),
            },
            None if code >= 400 => ToIsup::Default(self.default.sip_to_isup.cause),
            None => ToIsup::NotListed,
        }
    }

    /// The ISUP → SIP rows that lead to `code`.
    pub fn causes_to(&self, code: u16) -> impl Iterator<Item = &IsupToSip> {
        self.isup_to_sip.iter().filter(move |r| r.code == Some(code))
    }

    /// The SIP → ISUP row for the code `code` with reason phrase `reason`. A
    /// row that prints a reason phrase is the row of the code with that
    /// phrase: RFC 3398 prints "504 Version Not Supported", which is 505.
    pub fn row_for(&self, code: u16, reason: &str) -> Option<&SipToIsup> {
        self.sip_to_isup.iter().find(|r| r.reason.as_deref().map_or(r.code == code, |x| x.eq_ignore_ascii_case(reason)))
    }

    /// The ISUP → SIP rows for `cause` (two for cause 22).
    pub fn codes_for(&self, cause: u8) -> impl Iterator<Item = &IsupToSip> {
        self.isup_to_sip.iter().filter(move |r| r.cause == cause)
    }
}

/// Parses `q850.yaml` and checks that it hangs together: every cause a row
/// names has a name, every mark a row carries has its footnote.
pub fn parse_q850(shown: &Path, source: &str) -> Result<CauseMapping, Vec<Diagnostic>> {
    let raw: RawMapping = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    let isup_to_sip = raw.isup_to_sip.into_iter().map(|r| IsupToSip { at: pos(&r), ..r.value }).collect();
    let sip_to_isup = raw.sip_to_isup.into_iter().map(|r| SipToIsup { at: pos(&r), ..r.value }).collect();
    let map = CauseMapping {
        source: raw.source,
        causes: raw.causes,
        isup_to_sip,
        sip_to_isup,
        footnotes: raw.footnotes,
        default_at: pos(&raw.default),
        default: raw.default.value,
        path: shown.to_path_buf(),
    };
    let mut diags = Diagnostics::default();
    let mut problem = |at: (usize, usize), msg: String| diags.push(Diagnostic::new(shown, at.0, at.1, msg));
    let named = |c: u8| map.causes.contains_key(&c);
    for r in &map.isup_to_sip {
        if !named(r.cause) {
            problem(r.at, format!("found cause {}, expected it under `causes` with its name", r.cause));
        }
        if let Some(m) = r.note.filter(|m| !map.footnotes.isup_to_sip.contains_key(m)) {
            problem(
                r.at,
                format!("found note `{}` on cause {}, expected it under footnotes.isup_to_sip", m.symbol(), r.cause),
            );
        }
    }
    for r in &map.sip_to_isup {
        match (r.cause, r.text) {
            (Some(c), None) if named(c) && r.name.is_some() => {}
            (Some(c), None) => {
                problem(r.at, format!("found cause {c} for {}, expected it under `causes`, and a `name`", r.code))
            }
            (None, Some(_)) => {}
            _ => problem(
                r.at,
                format!("found row {}, expected either `cause` with `name` or `cause: null` with `text`", r.code),
            ),
        }
        if let Some(m) = r.note.filter(|m| !map.footnotes.sip_to_isup.contains_key(m)) {
            problem(
                r.at,
                format!("found note `{}` on {}, expected it under footnotes.sip_to_isup", m.symbol(), r.code),
            );
        }
    }
    let d = &map.default;
    for c in [d.sip_to_isup.cause, d.warning_header.cause, d.warning_header.bearer_capability] {
        if !named(c) {
            problem(map.default_at, format!("found default cause {c}, expected it under `causes` with its name"));
        }
    }
    diags.finish(map)
}
