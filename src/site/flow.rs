//! A message flow (a ladder diagram): who takes part, and the messages in
//! order, each an arrow from one participant to another with its label as on
//! the wire, and notes over participants. Written in a record or a curated
//! pair as:
//!
//! ```yaml
//! flow:
//!   participants: [uac, proxy, uas]
//!   steps:
//!     - uac -> proxy: INVITE
//!     - proxy -> uas: INVITE
//!     - note uas: busy            # a note; its text is `flow.busy` in each locale block
//!     - uas -> proxy: 486 Busy Here
//! ```
//!
//! A participant's id is a role (`proxy`), optionally numbered (`proxy2`);
//! the role's name is the Fluent message `role-<role>`. The rules a flow must
//! follow are checked in `validate/flow.rs`.

use super::yaml::at;
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;
use std::path::Path;

/// One participant of a flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// As written: `uac`, `proxy2`.
    pub id: String,
    /// The role: the id without its number (`proxy`).
    pub role: String,
    /// The number after the role, if any (`2` in `proxy2`).
    pub number: Option<u8>,
    /// Where it is declared (line, column).
    pub at: (usize, usize),
}

/// One step of a flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A message from one participant to another.
    Message {
        /// Index of the sender in `participants`.
        from: usize,
        /// Index of the receiver.
        to: usize,
        /// The message as on the wire: `INVITE`, `183 Session Progress (SDP)`, `GET /a`.
        label: String,
        /// Where the step is written.
        at: (usize, usize),
    },
    /// A note over one or more participants; its text is localized.
    Note {
        /// Indices of the participants it spans.
        over: Vec<usize>,
        /// The note's id: its text is `flow.<id>` in each locale block.
        id: String,
        /// Where the step is written.
        at: (usize, usize),
    },
}

/// A validated-for-syntax flow (the protocol rules come later).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    /// Who takes part, left to right.
    pub participants: Vec<Participant>,
    /// The steps, top to bottom.
    pub steps: Vec<Step>,
    /// Where `flow:` is written.
    pub at: (usize, usize),
}

/// The code of a message label that is a response (`486 Busy Here` → 486);
/// `None` for a request (`INVITE`, `GET /a`).
pub fn response_code(label: &str) -> Option<u16> {
    let first = label.split_whitespace().next()?;
    first.parse().ok().filter(|c| first.len() == 3 && (100..=699).contains(c))
}

/// Whether a message label shows `code`: as its status, or inside its
/// parenthesis for a code carried in a body (`207 Multi-Status (424)`).
pub fn label_shows(label: &str, code: u16) -> bool {
    response_code(label) == Some(code)
        || label
            .split_once('(')
            .is_some_and(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).any(|w| w == code.to_string()))
}

impl Flow {
    /// The note ids the flow uses, in order.
    pub fn note_ids(&self) -> impl Iterator<Item = &str> {
        self.steps.iter().filter_map(|s| match s {
            Step::Note { id, .. } => Some(id.as_str()),
            Step::Message { .. } => None,
        })
    }
}

/// A flow as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFlow {
    participants: Vec<Spanned<String>>,
    steps: Vec<Spanned<RawStep>>,
}

/// A step as written: a mapping with one key.
pub(super) struct RawStep {
    key: String,
    value: String,
}

impl<'de> Deserialize<'de> for RawStep {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawStep;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a step such as `uac -> proxy: INVITE` or `note uas: busy`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawStep, A::Error> {
                let Some((key, value)) = m.next_entry::<String, String>()? else {
                    return Err(serde::de::Error::custom("found an empty step, expected `a -> b: label`"));
                };
                if m.next_key::<String>()?.is_some() {
                    return Err(serde::de::Error::custom(
                        "found two keys in one step, expected one step per list item",
                    ));
                }
                Ok(RawStep { key, value })
            }
        }
        d.deserialize_map(V)
    }
}

/// A participant id: a lowercase role (which may hold digits inside, as
/// `b2bua` does) with an optional number at the end.
fn participant(s: &Spanned<String>) -> Option<Participant> {
    let id = s.value.trim();
    let role = id.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = id[role.len()..].parse::<u8>().ok();
    let ok = role.starts_with(|c: char| c.is_ascii_lowercase())
        && role.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && (number.is_some() || role.len() == id.len())
        && id.len() <= 24;
    let at = (s.referenced.line() as usize, s.referenced.column() as usize);
    ok.then(|| Participant { id: id.to_string(), role: role.to_string(), number, at })
}

/// Checks a flow's syntax: participant ids, step forms, participants declared
/// before use. The protocol rules are `validate::flow`'s.
pub(super) fn parse_flow(shown: &Path, raw: Spanned<RawFlow>, diags: &mut Diagnostics) -> Option<Flow> {
    let flow_at = (raw.referenced.line() as usize, raw.referenced.column() as usize);
    let raw = raw.value;
    let mut participants: Vec<Participant> = Vec::new();
    for p in &raw.participants {
        match participant(p) {
            Some(part) if participants.iter().any(|q| q.id == part.id) => {
                diags.push(at(shown, p, format!("found participant `{}` twice, expected each once", part.id)));
            }
            Some(part) => participants.push(part),
            None => diags.push(at(
                shown,
                p,
                format!("found participant `{}`, expected a role such as `uac`, `proxy` or `origin`, optionally numbered (`proxy2`)", p.value),
            )),
        }
    }
    let before = diags.len();
    let steps: Vec<Step> = raw.steps.iter().filter_map(|s| step(shown, s, &participants, diags)).collect();
    (diags.len() == before).then_some(Flow { participants, steps, at: flow_at })
}

/// One step; problems are reported and the step left out.
fn step(shown: &Path, s: &Spanned<RawStep>, participants: &[Participant], diags: &mut Diagnostics) -> Option<Step> {
    let at_ = (s.referenced.line() as usize, s.referenced.column() as usize);
    let mut find = |id: &str| {
        let found = participants.iter().position(|p| p.id == id.trim());
        if found.is_none() {
            let known: Vec<&str> = participants.iter().map(|p| p.id.as_str()).collect();
            let msg = format!(
                "found `{}`, expected a participant declared in `participants` ({})",
                id.trim(),
                known.join(", ")
            );
            diags.push(Diagnostic::new(shown, at_.0, at_.1, msg));
        }
        found
    };
    let key = s.value.key.trim();
    if let Some(over) = key.strip_prefix("note ") {
        let over: Vec<usize> = over.split(',').map(&mut find).collect::<Option<_>>()?;
        let id = s.value.value.trim().to_string();
        let ok = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            let msg = format!(
                "found note `{id}`, expected a note id of lowercase letters, digits and hyphens (its text is `flow.<id>` in each locale block)"
            );
            diags.push(Diagnostic::new(shown, at_.0, at_.1, msg));
            return None;
        }
        return Some(Step::Note { over, id, at: at_ });
    }
    let Some((from, to)) = key.split_once("->") else {
        let msg = format!("found step `{key}`, expected `<from> -> <to>: <label>` or `note <participant>: <note id>`");
        diags.push(Diagnostic::new(shown, at_.0, at_.1, msg));
        return None;
    };
    let (from, to) = (find(from), find(to));
    let (from, to) = (from?, to?);
    let label = s.value.value.trim().to_string();
    if from == to || label.is_empty() || label.len() > 60 || label.contains(['\n', '<', '>']) {
        let msg = format!(
            "found `{key}: {label}`, expected an arrow between two different participants with a one-line label as on the wire"
        );
        diags.push(Diagnostic::new(shown, at_.0, at_.1, msg));
        return None;
    }
    Some(Step::Message { from, to, label, at: at_ })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Option<(String, Option<u8>)> {
        let spanned: Spanned<String> = serde_saphyr::from_str(&format!("\"{s}\"")).unwrap();
        participant(&spanned).map(|p| (p.role, p.number))
    }

    #[test]
    fn participant_ids_are_roles_with_an_optional_number() {
        assert_eq!(id("proxy"), Some(("proxy".into(), None)));
        assert_eq!(id("proxy2"), Some(("proxy".into(), Some(2))));
        assert_eq!(id("b2bua"), Some(("b2bua".into(), None)));
        assert_eq!(id("b2bua2"), Some(("b2bua".into(), Some(2))));
        assert_eq!(id("2proxy"), None);
        assert_eq!(id("Proxy"), None);
        assert_eq!(id("pro xy"), None);
    }
}
