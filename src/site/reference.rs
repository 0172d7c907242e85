//! Citations: the RFC sections, Internet-Drafts and other bodies' documents
//! a record rests on, each with the one spelling the site uses and a link.

use std::fmt;

/// A citation: an RFC (optionally a section), an Internet-Draft, or a
/// document of another body that the site knows how to name (and link).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// `RFC 3261 §21.4.24`
    Rfc {
        /// The RFC's number.
        number: u32,
        /// A section or appendix (`21.4.24`, `B.1`), if one is cited.
        section: Option<String>,
    },
    /// `draft-ietf-httpbis-resumable-upload-05`
    Draft {
        /// The draft's name, with its revision where one is cited.
        name: String,
    },
    /// Another body's document: `3GPP TS 24.229 §5.2.10`.
    Document {
        /// Who publishes it.
        family: DocFamily,
        /// Its number within the family (`24.229`, `Q.850`, `SIPRE`).
        id: String,
        /// A section, if one is cited.
        section: Option<String>,
    },
}

/// Standards bodies and publishers cited besides the IETF. Each has a fixed
/// spelling (so citations are uniform) and, where a stable address exists, a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFamily {
    /// `3GPP TS 24.229`
    ThreeGpp,
    /// `ITU-T Q.850`
    ItuT,
    /// `ATIS-1000074`
    Atis,
    /// `GSMA IR.92`
    Gsma,
    /// `MS-SIPRE` (Microsoft Open Specifications)
    Microsoft,
    /// `WHATWG HTML`, `WHATWG Fetch`
    Whatwg,
}

/// The forms a non-IETF citation can take, for error messages.
pub(crate) const DOCUMENT_FORMS: &str =
    "`3GPP TS 24.229 §5.1.2`, `ITU-T Q.850`, `ATIS-1000074 §5.3`, `GSMA IR.92 §2.4`, `MS-SIPRE §3.1`, `WHATWG HTML`";

/// A section such as `21.4.24`, `B.1` or `5.1.2A`: dot-separated alphanumerics.
fn parse_section(sec: Option<&str>) -> Option<Option<String>> {
    match sec {
        None => Some(None),
        Some(sec)
            if !sec.is_empty()
                && sec.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric())) =>
        {
            Some(Some(sec.to_string()))
        }
        Some(_) => None,
    }
}

impl DocFamily {
    /// The document id if `s` (without a section) names one of this family's documents.
    fn parse(s: &str) -> Option<(DocFamily, String)> {
        let digits_dots = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        if let Some(n) = s.strip_prefix("3GPP TS ") {
            return (digits_dots(n) && n.contains('.')).then(|| (DocFamily::ThreeGpp, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("ITU-T ") {
            let ok = n.len() >= 2 && n.as_bytes()[0].is_ascii_uppercase() && n.as_bytes()[1] == b'.';
            return (ok && digits_dots(&n[2..])).then(|| (DocFamily::ItuT, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("ATIS-") {
            return (n.len() == 7 && n.bytes().all(|b| b.is_ascii_digit())).then(|| (DocFamily::Atis, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("GSMA ") {
            let ok = n.len() > 3
                && n.split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && a.bytes().all(|c| c.is_ascii_uppercase()) && digits_dots(b));
            return ok.then(|| (DocFamily::Gsma, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("MS-") {
            let ok = (3..=12).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            return ok.then(|| (DocFamily::Microsoft, n.to_string()));
        }
        if let Some(n) = s.strip_prefix("WHATWG ") {
            return matches!(n, "HTML" | "Fetch" | "URL").then(|| (DocFamily::Whatwg, n.to_string()));
        }
        None
    }
}

impl Reference {
    /// Whether citing `self` covers a citation of `wanted`: the same RFC (and
    /// section, when `wanted` names one), or the same document. What the
    /// header-field and IANA checks both mean by "listed in references".
    pub fn covers(&self, wanted: &Reference) -> bool {
        match (self, wanted) {
            (Reference::Rfc { number: a, section: sa }, Reference::Rfc { number: b, section: sb }) => {
                a == b && (sb.is_none() || sa == sb)
            }
            _ => self == wanted,
        }
    }

    /// The citation written as `s`, if it has one of the known forms.
    pub fn parse(s: &str) -> Option<Reference> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("RFC ") {
            let (num, section) = match rest.split_once('§') {
                Some((n, sec)) => (n.trim(), Some(sec.trim())),
                None => (rest.trim(), None),
            };
            let number: u32 = num.parse().ok().filter(|n| *n > 0 && *n < 100_000)?;
            let section = parse_section(section)?;
            return Some(Reference::Rfc { number, section });
        }
        let (doc, section) = match s.split_once('§') {
            Some((d, sec)) => (d.trim(), Some(sec.trim())),
            None => (s, None),
        };
        if let Some((family, id)) = DocFamily::parse(doc) {
            let section = parse_section(section)?;
            return Some(Reference::Document { family, id, section });
        }
        let draft_ok = s.starts_with("draft-")
            && s.len() < 120
            && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        draft_ok.then(|| Reference::Draft { name: s.to_string() })
    }

    /// Where readers can read the cited text; `None` for documents that have
    /// no stable public address (ATIS and GSMA publish through member portals).
    pub fn url(&self) -> Option<String> {
        Some(match self {
            Reference::Rfc { number, section: Some(sec) } => {
                let kind = if sec.starts_with(|c: char| c.is_ascii_alphabetic()) { "appendix" } else { "section" };
                format!("https://www.rfc-editor.org/rfc/rfc{number}.html#{kind}-{sec}")
            }
            Reference::Rfc { number, section: None } => format!("https://www.rfc-editor.org/rfc/rfc{number}.html"),
            Reference::Draft { name } => format!("https://datatracker.ietf.org/doc/{name}/"),
            Reference::Document { family, id, .. } => match family {
                DocFamily::ThreeGpp => format!("https://www.3gpp.org/DynaReport/{}.htm", id.replace('.', "")),
                DocFamily::ItuT => format!("https://www.itu.int/rec/T-REC-{id}"),
                DocFamily::Microsoft => {
                    format!("https://learn.microsoft.com/en-us/openspecs/office_protocols/ms-{}/", id.to_lowercase())
                }
                DocFamily::Whatwg => format!("https://{}.spec.whatwg.org/", id.to_lowercase()),
                DocFamily::Atis | DocFamily::Gsma => return None,
            },
        })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reference::Rfc { number, section: Some(s) } => write!(f, "RFC {number} §{s}"),
            Reference::Rfc { number, section: None } => write!(f, "RFC {number}"),
            Reference::Draft { name } => f.write_str(name),
            Reference::Document { family, id, section } => {
                let prefix = match family {
                    DocFamily::ThreeGpp => "3GPP TS ",
                    DocFamily::ItuT => "ITU-T ",
                    DocFamily::Atis => "ATIS-",
                    DocFamily::Gsma => "GSMA ",
                    DocFamily::Microsoft => "MS-",
                    DocFamily::Whatwg => "WHATWG ",
                };
                write!(f, "{prefix}{id}")?;
                match section {
                    Some(s) => write!(f, " §{s}"),
                    None => Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_covers_its_section_or_the_whole_document() {
        let r = |s: &str| Reference::parse(s).unwrap();
        assert!(r("RFC 3261 §21.4.24").covers(&r("RFC 3261 §21.4.24")));
        assert!(r("RFC 3261 §21.4.24").covers(&r("RFC 3261")), "any section covers the RFC");
        assert!(!r("RFC 3261").covers(&r("RFC 3261 §21.4.24")), "the RFC does not cover one section");
        assert!(!r("RFC 3261 §8").covers(&r("RFC 3262 §8")));
    }

    #[test]
    fn references_are_parsed_strictly() {
        assert!(Reference::parse("RFC 9110 §15.5.2").is_some());
        assert!(Reference::parse("RFC 2324").is_some());
        assert!(Reference::parse("draft-ietf-httpbis-resumable-upload").is_some());
        assert!(Reference::parse("RFC 9110 §\"><script>").is_none());
        assert!(Reference::parse("javascript:alert(1)").is_none());
        assert_eq!(
            Reference::parse("RFC 9110 §B.1").unwrap().url().unwrap(),
            "https://www.rfc-editor.org/rfc/rfc9110.html#appendix-B.1"
        );
        for (s, url) in [
            ("3GPP TS 24.229 §5.1.2A", Some("https://www.3gpp.org/DynaReport/24229.htm")),
            ("ITU-T Q.850", Some("https://www.itu.int/rec/T-REC-Q.850")),
            ("ATIS-1000074 §5.3.1", None),
            ("GSMA IR.92 §2.4", None),
            ("MS-SIPRE §3.1.5.4", Some("https://learn.microsoft.com/en-us/openspecs/office_protocols/ms-sipre/")),
            ("WHATWG Fetch", Some("https://fetch.spec.whatwg.org/")),
        ] {
            let r = Reference::parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(r.to_string(), s);
            assert_eq!(r.url().as_deref(), url, "{s}");
        }
        for bad in ["3GPP TS x", "ITU-T q850", "ATIS-12", "GSMA ir.92", "MS-sipre", "WHATWG CSS", "IEEE 802.11"] {
            assert!(Reference::parse(bad).is_none(), "{bad}");
        }
    }
}
