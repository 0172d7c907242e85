//! A curated comparison of two codes, `content/<registry>/pairs/<a>-vs-<b>.yaml`:
//! only locale blocks with `differences` and `which_to_use`.

use super::blocks::{BlockContext, Keyed, PairBlock, locale_blocks, require_default};
use super::config::SiteConfig;
use super::flow::{Flow, RawFlow, parse_flow};
use super::text::{Localized, TextKey};
use crate::diagnostics::{Diagnostic, Diagnostics};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;
use std::path::{Path, PathBuf};

/// Hand-written comparison of two codes of one registry (a < b).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CuratedPair {
    /// The lower code.
    pub a: u16,
    /// The higher code.
    pub b: u16,
    /// The comparison's texts per locale.
    pub texts: Localized,
    /// A flow that shows both codes in one exchange, when the pair has one.
    pub flow: Option<Flow>,
    /// As shown to users in diagnostics.
    pub path: PathBuf,
}

/// A pair file as written: an optional flow and locale blocks.
struct RawPair {
    flow: Option<Spanned<RawFlow>>,
    others: Keyed<PairBlock>,
}

impl<'de> Deserialize<'de> for RawPair {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawPair;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of locale blocks")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawPair, A::Error> {
                let (mut flow, mut others) = (None, Vec::new());
                while let Some(k) = m.next_key::<Spanned<String>>()? {
                    match k.value.as_str() {
                        "flow" => flow = Some(m.next_value()?),
                        _ => others.push((k, m.next_value()?)),
                    }
                }
                Ok(RawPair { flow, others })
            }
        }
        d.deserialize_map(V)
    }
}

/// Parses a curated pair's texts and flow.
pub(super) fn parse_pair(
    shown: &Path,
    source: &str,
    config: &SiteConfig,
) -> Result<(Localized, Option<Flow>), Vec<Diagnostic>> {
    let raw: RawPair = super::yaml::parse(shown, source).map_err(|d| vec![d])?;
    let mut diags = Diagnostics::default();
    let fixed = "flow, or differences or which_to_use inside";
    let cx = BlockContext { shown, source, config, fixed, keys: &TextKey::PAIR, notes: false };
    let texts = locale_blocks(&cx, raw.others, &mut diags);
    require_default(&cx, &texts, false, &mut diags);
    let flow = raw.flow.and_then(|f| parse_flow(shown, f, &mut diags));
    diags.finish((texts, flow))
}

/// The two codes a pair file's name gives, checked: `<a>-vs-<b>.yaml`, no
/// leading zeros, two different codes, the lower first.
pub(super) fn pair_codes(shown: &Path, fname: &str) -> Result<(u16, u16), Diagnostic> {
    let Some((a, b)) = fname
        .strip_suffix(".yaml")
        .and_then(|s| s.split_once("-vs-"))
        .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)))
    else {
        return Err(Diagnostic::file(
            shown,
            format!("found `{fname}`, expected a pair file named `<a>-vs-<b>.yaml`, e.g. `183-vs-437.yaml`"),
        ));
    };
    if fname != format!("{a}-vs-{b}.yaml") {
        let msg = format!("found `{fname}`, expected `{a}-vs-{b}.yaml` (codes without leading zeros)");
        return Err(Diagnostic::file(shown, msg));
    }
    if a == b {
        let msg = format!("found the same code twice ({a}-vs-{b}), expected two different codes");
        return Err(Diagnostic::file(shown, msg));
    }
    if a > b {
        let msg = format!("found pair {a}-vs-{b}, expected the lower code first: `{}-vs-{}.yaml`", a.min(b), a.max(b));
        return Err(Diagnostic::file(shown, msg));
    }
    Ok((a, b))
}
