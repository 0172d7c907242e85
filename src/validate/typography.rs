//! House typography for texts in Chinese and Japanese scripts, as a locale's
//! `locales/<locale>/typography.yaml` sets it: spaces between scripts, none
//! between a numeral and its counter, Arabic numerals for counting, no space
//! at full-width punctuation, `、` for lists, full-width parentheses around
//! CJK text. CONTRIBUTING.md ("House typography") explains each rule.

use super::prose::Prose;
use crate::diagnostics::Diagnostic;
use crate::site::Locale;
use crate::source::SiteRoot;
use serde::Deserialize;
use std::ops::Range;

/// A locale's rules; every rule is off unless the file turns it on.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Typography {
    /// One half-width space between CJK text and Latin letters, digits or code.
    #[serde(default)]
    space_between_scripts: bool,
    /// Words that follow a numeral with no space (1つ, 90秒).
    #[serde(default)]
    counters: Vec<String>,
    /// 1つ, not 一つ.
    #[serde(default)]
    arabic_numerals: bool,
    /// No space next to full-width punctuation.
    #[serde(default)]
    no_space_around_fullwidth_punctuation: bool,
    /// What separates list items inside a sentence (`、`).
    #[serde(default)]
    list_separator: Option<String>,
    /// （…） around text that holds CJK characters.
    #[serde(default)]
    fullwidth_parentheses: bool,
}

/// Full-width punctuation that takes no space beside it.
const FULLWIDTH: &str = "、。，．（）「」『』【】《》：；！？〜・";

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '々' | '\u{ac00}'..='\u{d7af}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl Typography {
    /// `locales/<locale>/typography.yaml`, or no rules when the locale has none.
    pub(crate) fn load(root: &SiteRoot, locale: &Locale) -> Result<Typography, Diagnostic> {
        let path = root.path().join("locales").join(locale.as_str()).join("typography.yaml");
        if !path.exists() {
            return Ok(Typography::default());
        }
        let source = root.read_text(&path)?;
        let mut t: Typography = crate::site::parse_yaml(&root.shown(&path), &source)?;
        // Longest first, so 分間 is seen before 分.
        t.counters.sort_by_key(|c| std::cmp::Reverse(c.chars().count()));
        Ok(t)
    }

    /// Every typography finding in `prose`: (byte range, message).
    pub(crate) fn findings(&self, prose: &Prose) -> Vec<(Range<usize>, String)> {
        let mut out = Vec::new();
        let text = prose.source;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next = chars.get(k + 1).copied();
            let prev = k.checked_sub(1).map(|p| chars[p]);
            let here = i..i + c.len_utf8();
            if prose.is_excluded(&here) && prose.code_at(i).is_none() && prose.code_at(here.end).is_none() {
                continue;
            }
            self.at_char(prose, (prev, (i, c), next), &mut out);
        }
        if self.fullwidth_parentheses {
            out.extend(ascii_parentheses(prose));
        }
        out.sort_by_key(|(r, _)| r.start);
        out.dedup_by_key(|(r, _)| r.start);
        out
    }

    /// The rules that look at one character and its neighbours.
    fn at_char(&self, prose: &Prose, (prev, (i, c), next): Neighbours, out: &mut Vec<(Range<usize>, String)>) {
        let text = prose.source;
        let end = i + c.len_utf8();
        // A title is written as published: 『華氏451度』, 《华氏451度》. Asked
        // only when a rule would fire: it scans the text before `i`.
        let in_title = || inside(text, i, '『', '』') || inside(text, i, '《', '》');
        if self.space_between_scripts
            && let Some((j, d)) = next
        {
            let latin_after = is_latin(d) || prose.code_at(j).is_some();
            let latin_here = is_latin(c) || prose.code_at(end).is_some();
            // A numeral between counters takes no space either: 2026年11月13日.
            let counted_number = d.is_ascii_digit() && self.counted_digits_at(text, j);
            // Inline code glued to a word reads as one word: URI`sip:…` shows as "URIsip:…".
            let glued_code =
                (is_latin(c) && prose.code_at(j).is_some()) || (prose.code_at(end).is_some() && is_latin(d));
            if ((is_cjk(c) && latin_after && !counted_number)
                || (latin_here && is_cjk(d) && !self.counter_at(text, j, c))
                || glued_code)
                && !in_title()
            {
                let msg = "found CJK and Latin text (or code) side by side, expected one half-width space between them";
                out.push((i..j + d.len_utf8(), msg.to_string()));
            }
        }
        if c == ' ' {
            self.at_space(text, prev, i, next, out);
        }
        if self.arabic_numerals && "一二三四五六七八九十".contains(c) && next.is_some_and(|(_, d)| d == 'つ')
        {
            let kanji = prev.is_none_or(|(_, p)| !is_cjk(p) || "、。（「".contains(p));
            if kanji {
                out.push((i..end, format!("found `{c}つ`, expected an Arabic numeral for counting, as in `1つ`")));
            }
        }
        if c == '・' && self.list_separator.is_some() {
            let spaced = prev.is_some_and(|(_, p)| p == ' ') || next.is_some_and(|(_, n)| n == ' ');
            let latin = prev.is_some_and(|(_, p)| is_latin(p)) || next.is_some_and(|(_, n)| is_latin(n));
            if spaced || latin {
                let sep = self.list_separator.as_deref().unwrap_or("、");
                out.push((i..end, format!("found `・` between words in a list, expected `{sep}` with no spaces")));
            }
        }
    }

    /// The rules about a space at byte `i`.
    fn at_space(
        &self,
        text: &str,
        prev: Option<(usize, char)>,
        i: usize,
        next: Option<(usize, char)>,
        out: &mut Vec<(Range<usize>, String)>,
    ) {
        let (Some((_, p)), Some((j, n))) = (prev, next) else { return };
        if self.no_space_around_fullwidth_punctuation
            && (FULLWIDTH.contains(p) || FULLWIDTH.contains(n))
            && p != ' '
            && n != ' '
            && !"-*>|".contains(p)
        {
            let which = if FULLWIDTH.contains(p) { p } else { n };
            out.push((
                i..i + 1,
                format!("found a space next to `{which}`, expected none beside full-width punctuation"),
            ));
        }
        if p.is_ascii_digit() && self.counter_at(text, j, p) {
            let counter = self.counters.iter().find(|c| text[j..].starts_with(c.as_str())).map_or("", String::as_str);
            out.push((
                i..i + 1,
                format!("found a space between a numeral and `{counter}`, expected none: `1{counter}`"),
            ));
        }
    }

    /// Whether the digits starting at byte `at` are followed by a counter.
    fn counted_digits_at(&self, text: &str, at: usize) -> bool {
        let digits = text[at..].find(|c: char| !c.is_ascii_digit() && c != ',' && c != '.').unwrap_or(text.len() - at);
        self.counters.iter().any(|c| text[at + digits..].starts_with(c.as_str()))
    }

    /// Whether a counter starts at byte `at` right after the digit `before`.
    fn counter_at(&self, text: &str, at: usize, before: char) -> bool {
        before.is_ascii_digit() && self.counters.iter().any(|c| text[at..].starts_with(c.as_str()))
    }
}

type Neighbours = (Option<(usize, char)>, (usize, char), Option<(usize, char)>);

/// Whether byte `at` lies between an `open` and its `close`.
fn inside(text: &str, at: usize, open: char, close: char) -> bool {
    let before = &text[..at];
    match (before.rfind(open), before.rfind(close)) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    }
}

/// ASCII parentheses around text that holds CJK characters.
fn ascii_parentheses(prose: &Prose) -> Vec<(Range<usize>, String)> {
    let text = prose.source;
    let mut out = Vec::new();
    for (i, _) in text.match_indices('(') {
        let Some(len) = text[i..].find(')') else { continue };
        let inner = &text[i + 1..i + len];
        let range = i..i + len + 1;
        if inner.chars().any(is_cjk) && !inner.contains('\n') && !prose.is_excluded(&(i..i + 1)) {
            out.push((range, "found ASCII parentheses around CJK text, expected full-width ones: `（…）`".to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::prose::Exempt;

    fn ja() -> Typography {
        let yaml = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/ja/typography.yaml"),
        )
        .unwrap();
        let mut t: Typography = crate::site::parse_yaml(std::path::Path::new("t.yaml"), &yaml).unwrap();
        t.counters.sort_by_key(|c| std::cmp::Reverse(c.chars().count()));
        t
    }

    fn found(text: &str) -> Vec<String> {
        let p = Prose::markdown(text, &Exempt { phrases: &[], quotations: false });
        ja().findings(&p).into_iter().map(|(r, _)| text[r].to_string()).collect()
    }

    #[test]
    fn the_japanese_rules() {
        assert!(found("183 は `Retry-After` ヘッダーを 1つ、90秒、2台付けます（RFC 3261 §21.4.24）。").is_empty());
        assert_eq!(found("183は"), ["3は"]);
        assert_eq!(found("SIPの"), ["Pの"]);
        assert_eq!(found("URI`sip:x`"), ["I`"]);
        assert_eq!(found("1 つ、90 秒"), [" ", " "]);
        assert_eq!(found("一つだけ"), ["一"]);
        assert_eq!(found("クライアント・ SBC ・ PBX"), ["・", " ", " ", "・", " "]);
        assert_eq!(found("これ （例）です。 次"), [" ", " "]);
        assert_eq!(found("値(既定)です"), ["(既定)"]);
        assert!(found("『華氏451度』").is_empty());
        assert!(found("《华氏451度》").is_empty());
        assert!(found("2026年11月13日、約32秒").is_empty());
    }
}
