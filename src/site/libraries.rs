//! The names programming libraries give each code,
//! `content/<registry>/libraries.yaml`: for each library its label and how a
//! name is written in code (`http.HTTPStatus.{name}`), and for each code the
//! names the libraries give it. Kept once for every locale.

use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One library.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// Short id used under `codes`: `python`.
    pub id: String,
    /// As shown: `Python`.
    pub label: String,
    /// How a name is written, with `{name}` and optionally `{code}`.
    pub symbol: String,
}

/// Every library's names for the codes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LibraryNames {
    /// In the order they are shown.
    pub libraries: Vec<Library>,
    /// Code → library id → the library's name for the code.
    pub codes: BTreeMap<u16, BTreeMap<String, String>>,
    /// The file as shown to users.
    #[serde(skip)]
    pub path: PathBuf,
}

impl LibraryNames {
    /// What a programmer types for `code` in each library that names it, in
    /// library order: (library, the expression).
    pub fn for_code(&self, code: u16) -> Vec<(&Library, String)> {
        let Some(names) = self.codes.get(&code) else { return Vec::new() };
        self.libraries
            .iter()
            .filter_map(|l| {
                let name = names.get(&l.id)?;
                Some((l, l.symbol.replace("{code}", &code.to_string()).replace("{name}", name)))
            })
            .collect()
    }
}

/// Parses `libraries.yaml`; every name belongs to a listed library.
pub(super) fn parse_libraries(shown: &Path, source: &str) -> Result<LibraryNames, Vec<Diagnostic>> {
    let mut names: LibraryNames = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    names.path = shown.to_path_buf();
    let mut diags = Diagnostics::default();
    for l in &names.libraries {
        if !l.symbol.contains("{name}") {
            diags.push(Diagnostic::file(
                shown,
                format!("found symbol `{}` for {}, expected `{{name}}` in it", l.symbol, l.id),
            ));
        }
    }
    for (code, map) in &names.codes {
        for id in map.keys().filter(|id| !names.libraries.iter().any(|l| &l.id == *id)) {
            let known: Vec<&str> = names.libraries.iter().map(|l| l.id.as_str()).collect();
            diags.push(Diagnostic::file(
                shown,
                format!("found library `{id}` for {code}, expected one of {}", known.join(", ")),
            ));
        }
    }
    diags.finish(names)
}
