//! `codeatlas new <registry> <code>`: a record with every field for every
//! locale, ready to fill in. Empty fields fail `check` until they are written.

use crate::site::{self, Field};
use std::path::{Path, PathBuf};

pub fn new_record(root: &Path, registry: &str, code: u16) -> Result<PathBuf, String> {
    let config =
        site::load_config(root).map_err(|ds| ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))?;
    let (_, classes, _) = site::read_registry(root, registry)
        .map_err(|ds| ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))?;
    let digit = (code / 100) as u8;
    if !(100..=999).contains(&code) || !classes.contains_key(&digit) {
        let declared: Vec<String> = classes.keys().map(|d| format!("{d}xx")).collect();
        return Err(format!("code {code} is not in a class of registry `{registry}` ({})", declared.join(", ")));
    }
    let path = root.join("content").join(registry).join(format!("{code}.yaml"));
    let mut text = format!(
        "# {registry} {code}: fill in every field, then run `codeatlas check`.\n\
         code: {code}\n\
         reason: \"\"          # the IANA registry's reason phrase, letter for letter\n\
         references: []       # e.g. [\"RFC 3261 §21.4.24\"]\n"
    );
    for locale in &config.locales {
        text.push_str(&format!("{locale}:\n"));
        for f in Field::ALL {
            text.push_str(&format!("  {}: \"\"\n", f.key()));
        }
    }
    // create_new: never overwrite a record someone wrote.
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!("{} already exists; refusing to overwrite it", path.display())
        } else {
            format!("cannot create {}: {e}", path.display())
        }
    })?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}
