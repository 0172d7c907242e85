//! How wide a line of text is, without a font at hand. The diagram's text is
//! set in Arial or a metric-compatible face (Liberation Sans, Helvetica;
//! see `.flow` in style.css), so printable ASCII uses those fonts' advance
//! widths (Helvetica's published metrics, in thousandths of an em). Wide
//! characters (CJK ideographs, kana, full-width forms, per Unicode's East
//! Asian Width) are one em in every CJK font. Anything else is guessed at
//! 0.6 em. Where the browser falls back to another Latin face the guess can
//! be some 10% short, which `SLACK` absorbs.

use unicode_width::UnicodeWidthChar;

/// Advance widths of ' ' (32) to '~' (126), thousandths of an em.
const ASCII: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' ' to '/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // '0' to '9'
    278, 278, 584, 584, 584, 556, 1015, // ':' to '@'
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // 'A' to 'M'
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // 'N' to 'Z'
    278, 278, 278, 469, 556, 333, // '[' to '`'
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // 'a' to 'm'
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // 'n' to 'z'
    334, 260, 334, 584, // '{' to '~'
];

/// Room left for a fallback font's wider Latin glyphs.
const SLACK: f32 = 1.2;

/// Bold glyphs are about this much wider than regular ones.
const BOLD: f32 = 1.07;

/// Whether `c` takes a full em: CJK and other wide characters.
pub(super) fn is_wide(c: char) -> bool {
    c.width() == Some(2)
}

/// The width of `text` set in `size` px, regular or bold.
pub(super) fn width(text: &str, size: f32, bold: bool) -> f32 {
    let mut narrow = 0.0f32;
    let mut wide = 0.0f32;
    for c in text.chars() {
        match c as u32 {
            32..=126 => narrow += f32::from(ASCII[c as usize - 32]) / 1000.0,
            _ if is_wide(c) => wide += 1.0,
            _ if c.width() == Some(0) => {}
            _ => narrow += 0.6,
        }
    }
    let narrow = narrow * SLACK * if bold { BOLD } else { 1.0 };
    (narrow + wide) * size
}

/// Splits `text` into lines no wider than `max` px: at spaces where there
/// are any, else between wide characters (never before closing punctuation).
pub(super) fn wrap(text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces(text) {
        let candidate = format!("{line}{piece}");
        if !line.is_empty() && width(candidate.trim_end(), size, false) > max {
            lines.push(line.trim_end().to_string());
            line = piece.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The units a line may break between: words with their trailing space, and
/// single wide characters (a closing mark stays with the character before).
fn pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in text.chars() {
        let closing = "、。，．）」』】〉》！？ー".contains(c);
        let joins_last = match out.last() {
            None => false,
            Some(last) if closing => !last.is_empty(),
            Some(last) => {
                let last_char = last.chars().last().unwrap_or(' ');
                !(is_wide(c) || is_wide(last_char) || last_char == ' ')
            }
        };
        match out.last_mut() {
            Some(last) if joins_last || c == ' ' => last.push(c),
            _ => out.push(c.to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_uses_font_metrics_and_wide_characters_take_an_em() {
        // "OK" in Helvetica: O 778 + K 667 = 1.445 em, plus slack.
        assert!((width("OK", 10.0, false) - 1.445 * 10.0 * SLACK).abs() < 0.01);
        assert_eq!(width("発信者", 14.0, false), 42.0);
        assert!(width("486 Busy Here", 14.0, true) > width("486 Busy Here", 14.0, false));
    }

    #[test]
    fn wraps_at_spaces_and_between_wide_characters() {
        assert_eq!(wrap("Already on another call", 14.0, 100.0), ["Already on", "another call"]);
        let ja = wrap("すでに別の通話中です。", 14.0, 70.0);
        assert!(ja.iter().all(|l| width(l, 14.0, false) <= 70.0 || l.chars().count() == 1), "{ja:?}");
        assert!(!ja.iter().any(|l| l.starts_with('。')), "{ja:?}");
        assert_eq!(ja.concat(), "すでに別の通話中です。");
    }
}
