//! `codeatlas l10n import <file.po>`: all or nothing. The edits are planned,
//! applied to a copy of the site, and the copy validated exactly as `build`
//! validates; only then are the files written (each atomically) and the
//! source texts remembered for later diffs.

use crate::commands::CommandError;
use crate::commands::write_file;
use crate::diagnostics::Diagnostic;
use crate::l10n::export::po_text;
use crate::l10n::{import, sources::Sources};
use crate::source::SiteRoot;
use std::collections::BTreeSet;
use std::path::Path;

/// A PO file larger than this is refused unread.
const MAX_PO_BYTES: u64 = 16 * 1024 * 1024;

/// Imports `file` into the site at `root`; returns what was done.
pub fn import_po(root: &Path, file: &Path) -> Result<String, CommandError> {
    // Shown relative to the site root when it lies inside, like every other path.
    let shown = match (file.canonicalize(), root.canonicalize()) {
        (Ok(f), Ok(r)) => f.strip_prefix(&r).map_or_else(|_| file.to_path_buf(), Path::to_path_buf),
        _ => file.to_path_buf(),
    };
    let meta = std::fs::metadata(file).map_err(CommandError::io(format!("read {}", file.display())))?;
    if !meta.is_file() || meta.len() > MAX_PO_BYTES {
        let msg = format!(
            "found {} bytes or not a regular file, expected a PO file of at most {MAX_PO_BYTES} bytes",
            meta.len()
        );
        return Err(CommandError::Content(vec![Diagnostic::file(&shown, msg)]));
    }
    let bytes = std::fs::read(file).map_err(CommandError::io(format!("read {}", file.display())))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, col) = crate::source::line_col(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
        CommandError::Content(vec![Diagnostic::new(
            &shown,
            line,
            col,
            "found bytes that are not UTF-8, expected a PO file in UTF-8 (charset=UTF-8)",
        )])
    })?;
    let site_root = SiteRoot::open(root).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let site = crate::site::load(&site_root)?;
    let plan = import::plan(&site, root, &shown, &text)?;
    let locale = &plan.locale;
    if plan.files.is_empty() {
        return Ok(format!(
            "{}: nothing to import into `{locale}` ({} entries fuzzy or empty)",
            shown.display(),
            plan.skipped
        ));
    }
    let after = prove(root, &plan).map_err(|e| match e {
        CommandError::Content(ds) => {
            // Quote the lines as they would be, not as they are on disk.
            let mut ds: Vec<Diagnostic> = ds
                .into_iter()
                .map(|d| match plan.files.get(&d.path).and_then(|t| t.lines().nth(d.line.max(1) - 1)) {
                    Some(line) => {
                        let line = line.to_string();
                        d.with_quote(line)
                    }
                    None => d,
                })
                .collect();
            let msg = "found translations the build would refuse (below, in the records as they would be), expected texts that build; nothing was imported";
            ds.insert(0, Diagnostic::file(&shown, msg));
            CommandError::Content(ds)
        }
        other => other,
    })?;
    let mut store = Sources::load(&site_root).map_err(|d| CommandError::Content(vec![d]))?;
    for (rel, text) in &plan.files {
        write_file(&root.join(rel), text)?;
    }
    for s in &plan.sources {
        store.add(s);
    }
    // The proven copy is the site as now written: no need to load it again.
    store
        .save(root, &after.site, &ftl_hashes(&after.i18n, &after.site.config))
        .map_err(CommandError::io("write locales/sources.yaml"))?;
    Ok(format!(
        "imported into `{locale}`: {} texts written, {} confirmed as translated from the current text, {} fuzzy or empty entries left alone; {} files changed",
        plan.written.len(),
        plan.confirmed,
        plan.skipped,
        plan.files.len()
    ))
}

/// The hashes .ftl markers refer to, so saving the store keeps their texts.
pub(crate) fn ftl_hashes(i18n: &crate::i18n::I18n, config: &crate::site::SiteConfig) -> BTreeSet<String> {
    config
        .locales
        .iter()
        .flat_map(|l| i18n.ids(l).filter_map(|id| i18n.site(l, id).and_then(|s| s.from.clone())).collect::<Vec<_>>())
        .collect()
}

/// Applies the plan to a copy of the site and validates the copy as `build`
/// does; every edited text must read back exactly as imported. Returns what
/// the copy loaded: the site as it is once the plan is written.
fn prove(root: &Path, plan: &import::Plan) -> Result<crate::validate::Inputs, CommandError> {
    let tmp = tempfile::tempdir().map_err(CommandError::io("create a temporary folder"))?;
    for dir in ["content", "locales", "templates", "static"] {
        let from = root.join(dir);
        if from.is_dir() {
            copy_tree(&from, &tmp.path().join(dir))?;
        }
    }
    for (rel, text) in &plan.files {
        std::fs::write(tmp.path().join(rel), text)
            .map_err(CommandError::io(format!("write a copy of {}", rel.display())))?;
    }
    let copy = SiteRoot::open(tmp.path()).map_err(|e| CommandError::Content(vec![e.into()]))?;
    let inputs = crate::validate::load(&copy, None)?;
    let locale = &plan.locale;
    let parsed: std::collections::HashMap<_, _> =
        inputs.site.registries.iter().flat_map(|r| r.text_files()).map(|f| (f.path, f.texts)).collect();
    for (rel, key, text) in &plan.written {
        let read = parsed.get(rel.as_path()).and_then(|t| t.text(locale, key)).map(|t| po_text(&t.source));
        if read != Some(po_text(text)) {
            let msg = format!("the text of `{}` did not read back as imported; nothing was imported", key.key());
            return Err(CommandError::Usage(format!("{}: {msg}", rel.display())));
        }
    }
    Ok(inputs)
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), CommandError> {
    for entry in walkdir::WalkDir::new(from).follow_links(false) {
        let entry = entry.map_err(|e| CommandError::Usage(format!("cannot read {}: {e}", from.display())))?;
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).map_err(CommandError::io(format!("create {}", target.display())))?;
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &target)
                .map_err(CommandError::io(format!("copy {}", entry.path().display())))?;
        }
    }
    Ok(())
}
