//! A flow follows the protocol: every response travels back over a hop its
//! request took (a response never comes from nowhere), SIP `ACK` follows only
//! an INVITE's final response, and the codes the flow is about appear in it.
//! Participants are declared before use, which the loader already checks.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{Flow, Step, label_shows, response_code};
use std::path::Path;

/// What a flow's messages are: a response (its code) or a request (its method).
enum Label<'a> {
    Response(u16),
    Request(&'a str),
}

fn label(s: &str) -> Label<'_> {
    match response_code(s) {
        Some(code) => Label::Response(code),
        None => Label::Request(s.split_whitespace().next().unwrap_or("")),
    }
}

/// A request sent over a hop, and whether it has had its final response.
struct Pending<'a> {
    from: usize,
    to: usize,
    method: &'a str,
    /// The final response's code, once it came.
    answered: Option<u16>,
    /// For an INVITE answered with a final response: whether it was ACKed.
    acked: bool,
}

/// Checks `flow` (in the file `path`); `codes` must each appear as a response.
pub(crate) fn flow(path: &Path, flow: &Flow, codes: &[u16], diags: &mut Diagnostics) {
    let mut pending: Vec<Pending> = Vec::new();
    let err = |at: (usize, usize), msg: String| Diagnostic::new(path, at.0, at.1, msg);
    for step in &flow.steps {
        let Step::Message { from, to, label: text, at } = step else { continue };
        match label(text) {
            Label::Request("ACK") => {
                let invite = pending.iter_mut().rev().find(|p| {
                    p.from == *from && p.to == *to && p.method == "INVITE" && p.answered.is_some() && !p.acked
                });
                match invite {
                    Some(p) => p.acked = true,
                    None => diags.push(err(*at, format!("found `{text}`, expected ACK only after a final response to an INVITE sent over the same hop"))),
                }
            }
            Label::Request(method) => {
                pending.push(Pending { from: *from, to: *to, method, answered: None, acked: false })
            }
            Label::Response(code) => {
                let request = pending.iter_mut().rev().find(|p| p.from == *to && p.to == *from && p.answered.is_none());
                match request {
                    Some(p) if code >= 200 => p.answered = Some(code),
                    Some(_) => {}
                    None => {
                        let (f, t) = (&flow.participants[*from].id, &flow.participants[*to].id);
                        diags.push(err(*at, format!("found `{text}` from {f} to {t}, expected a response to travel back over a hop its request took ({t} -> {f} with no final answer yet)")));
                    }
                }
            }
        }
    }
    for code in codes {
        let present = flow.steps.iter().any(|s| matches!(s, Step::Message { label: l, .. } if label_shows(l, *code)));
        if !present {
            diags.push(err(
                flow.at,
                format!("found no {code} in the flow, expected the code to appear where it arises"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::Participant;

    fn flow(steps: &[(usize, usize, &str)]) -> Flow {
        let participants = ["uac", "proxy", "uas"]
            .iter()
            .map(|id| Participant { id: id.to_string(), role: id.to_string(), number: None, at: (1, 1) })
            .collect();
        let steps = steps
            .iter()
            .enumerate()
            .map(|(i, (from, to, label))| Step::Message {
                from: *from,
                to: *to,
                label: label.to_string(),
                at: (i + 1, 1),
            })
            .collect();
        Flow { participants, steps, at: (1, 1) }
    }

    fn problems(f: &Flow, codes: &[u16]) -> Vec<usize> {
        let mut d = Diagnostics::default();
        super::flow(Path::new("f.yaml"), f, codes, &mut d);
        d.into_sorted().iter().map(|d| d.line).collect()
    }

    #[test]
    fn a_proper_ladder_passes() {
        let f = flow(&[
            (0, 1, "INVITE"),
            (1, 0, "100 Trying"),
            (1, 2, "INVITE"),
            (2, 1, "486 Busy Here"),
            (1, 2, "ACK"),
            (1, 0, "486 Busy Here"),
            (0, 1, "ACK"),
        ]);
        assert!(problems(&f, &[486]).is_empty());
    }

    #[test]
    fn responses_from_nowhere_stray_acks_and_missing_codes() {
        let f = flow(&[(0, 1, "INVITE"), (2, 1, "180 Ringing"), (0, 1, "ACK"), (1, 0, "200 OK"), (0, 1, "ACK")]);
        // 180 from the UAS, which never got the INVITE; an ACK before any final response; 486 absent.
        assert_eq!(problems(&f, &[486]), [1, 2, 3]);
    }
}
