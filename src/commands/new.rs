//! `codeatlas new <registry> <code>`: a record with every field for every
//! locale, ready to fill in. Empty fields fail `check` until they are written.

use super::CommandError;
use crate::site::{self, TextKey};
use crate::source::SiteRoot;
use std::path::{Path, PathBuf};

/// Writes `content/<registry>/<code>.yaml`; never overwrites a file.
pub fn new_record(root: &Path, registry: &str, code: u16) -> Result<PathBuf, CommandError> {
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let config = site::load_config(&site_root)?;
    let header = site::read_registry(&site_root, registry)?;
    let digit = (code / 100) as u8;
    if !(100..=999).contains(&code) || !header.classes.contains_key(&digit) {
        let declared: Vec<String> = header.classes.keys().map(|d| format!("{d}xx")).collect();
        let msg = format!("code {code} is not in a class of registry `{registry}` ({})", declared.join(", "));
        return Err(CommandError::Usage(msg));
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
        for k in TextKey::RECORD {
            text.push_str(&format!("  {}: \"\"\n", k.key()));
        }
    }
    // create_new: never overwrite a record someone wrote.
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            CommandError::Usage(format!("{} already exists; refusing to overwrite it", path.display()))
        } else {
            CommandError::io(format!("create {}", path.display()))(e)
        }
    })?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .map_err(CommandError::io(format!("write {}", path.display())))?;
    Ok(path)
}
