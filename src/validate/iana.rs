//! The records agree with the IANA registry's snapshot: every code present
//! both ways, reason phrases letter for letter, IANA's markers ("(Deprecated)",
//! "(TEMPORARY)", "(OBSOLETED)", "(Unused)") as `status`, and every document
//! IANA cites among the record's references.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::site::{IanaEntry, IanaSnapshot, Record, Registry};

/// Compares a registry with its IANA snapshot.
pub(crate) fn iana(registry: &Registry, diags: &mut Diagnostics) {
    let Some(snapshot) = &registry.iana else { return };
    for (code, entry) in &snapshot.entries {
        match registry.record(*code) {
            Some(record) => compare(snapshot, entry, record, diags),
            None => diags.push(Diagnostic::new(
                &snapshot.path,
                entry.at.0,
                entry.at.1,
                format!(
                    "IANA lists {} {code} ({}), expected a record content/{}/{code}.yaml",
                    registry.name, entry.description, registry.id
                ),
            )),
        }
    }
    for record in registry.records.iter().filter(|r| !snapshot.entries.contains_key(&r.code)) {
        let (line, col) = record.at.code;
        let msg = format!(
            "found code {}, which the IANA snapshot {} does not list, expected only registered codes",
            record.code,
            snapshot.path.display()
        );
        diags.push(Diagnostic::new(&record.path, line, col, msg));
    }
}

fn compare(snapshot: &IanaSnapshot, entry: &IanaEntry, record: &Record, diags: &mut Diagnostics) {
    let (reason, status) = entry.reason_and_status();
    if record.reason != reason {
        let (line, col) = record.at.reason;
        let msg = format!(
            "found reason `{}`, expected `{reason}`, IANA's description `{}` letter for letter (a marker such as \"(Deprecated)\" goes to `status`)",
            record.reason, entry.description
        );
        diags.push(Diagnostic::new(&record.path, line, col, msg));
    }
    if record.status != status {
        let (line, col) = if record.status.is_some() { record.at.status } else { record.at.code };
        let want = status.map_or("no `status`".to_string(), |s| format!("`status: {}`", s.key()));
        let found = record.status.map_or("no `status`".to_string(), |s| format!("`status: {}`", s.key()));
        let msg = format!("found {found}, expected {want}, as IANA's description `{}` says", entry.description);
        diags.push(Diagnostic::new(&record.path, line, col, msg));
    }
    for cited in entry.references.iter().filter(|w| !record.references.iter().any(|r| r.covers(w))) {
        let (line, col) = record.at.references;
        let msg = format!(
            "IANA cites {cited} for {}, expected it among the record's references (see {})",
            record.code,
            snapshot.path.display()
        );
        diags.push(Diagnostic::new(&record.path, line, col, msg));
    }
}
