//! Writes a laid-out diagram as compact SVG markup. Styling is by class
//! only (`.flow` rules in style.css), so light, dark and print themes apply;
//! every text is escaped.

use super::layout::{FONT, LINE, Layout, Placed, TextBox};
use super::{Diagram, DrawStep};
use crate::render::escape::escaped;
use std::fmt::Write;

/// A coordinate, to a tenth of a pixel, without a trailing `.0`.
fn n(v: f32) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 { format!("{}", r as i64) } else { format!("{r:.1}") }
}

pub(super) fn write(d: &Diagram, l: &Layout, id: &str, title: &str, described_by: &str) -> String {
    let mut s = String::with_capacity(2048);
    let (w, h) = (n(l.width), n(l.height));
    let _ = write!(
        s,
        r#"<svg class="flow" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-t" aria-describedby="{described_by}"><title id="{id}-t">{}</title>"#,
        escaped(title)
    );
    s.push_str(r#"<g class="lanes">"#);
    for x in &l.lanes {
        let _ = write!(s, r#"<path d="M{} {}V{}"/>"#, n(*x), n(l.lanes_top), n(l.height - 4.0));
    }
    s.push_str(r#"</g><g class="names">"#);
    for b in &l.names {
        text_box(&mut s, b, true);
    }
    s.push_str("</g>");
    for (step, placed) in d.steps.iter().zip(&l.steps) {
        match (step, placed) {
            (DrawStep::Message { label, response, own, .. }, Placed::Arrow { x1, x2, y, label_x, label_y, .. }) => {
                let class = match (response, own) {
                    (true, true) => "m r own",
                    (true, false) => "m r",
                    (false, true) => "m own",
                    (false, false) => "m",
                };
                // The line stops where the arrowhead begins.
                let dir = if x2 > x1 { 1.0 } else { -1.0 };
                let _ = write!(
                    s,
                    r#"<g class="{class}"><path d="M{} {}H{}"/><path class="h" d="M{} {}l{} -4v8z"/><text x="{}" y="{}">{}</text></g>"#,
                    n(*x1),
                    n(*y),
                    n(x2 - dir * 7.0),
                    n(*x2),
                    n(*y),
                    n(-dir * 8.0),
                    n(*label_x),
                    n(*label_y),
                    escaped(label)
                );
            }
            (DrawStep::Note { .. }, Placed::Note(b)) => {
                s.push_str(r#"<g class="note">"#);
                text_box(&mut s, b, false);
                s.push_str("</g>");
            }
            _ => {}
        }
    }
    s.push_str("</svg>");
    s
}

/// A rounded box with its lines of text, centred or left-aligned.
fn text_box(s: &mut String, b: &TextBox, centred: bool) {
    let _ = write!(s, r#"<rect x="{}" y="{}" width="{}" height="{}" rx="4"/>"#, n(b.x), n(b.y), n(b.w), n(b.h));
    let first_baseline = b.y + (b.h - b.lines.len() as f32 * LINE) / 2.0 + FONT;
    for (i, line) in b.lines.iter().enumerate() {
        let y = first_baseline + i as f32 * LINE;
        if centred {
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                n(b.x + b.w / 2.0),
                n(y),
                escaped(line)
            );
        } else {
            let _ = write!(s, r#"<text x="{}" y="{}">{}</text>"#, n(b.x + 8.0), n(y), escaped(line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Diagram, DrawStep, draw};

    #[test]
    fn draws_labelled_escaped_svg_with_real_text() {
        let d = Diagram {
            names: vec!["Caller".into(), "A & B".into()],
            steps: vec![
                DrawStep::Message { from: 0, to: 1, label: "INVITE".into(), response: false, own: false },
                DrawStep::Note { first: 1, last: 1, text: "<busy>".into() },
                DrawStep::Message { from: 1, to: 0, label: "486 Busy Here".into(), response: true, own: true },
            ],
        };
        let svg = draw(&d, "f486", "Message flow", "f486-steps");
        assert!(svg.starts_with(r#"<svg class="flow" viewBox="0 0 "#));
        assert!(svg.contains(r#"role="img" aria-labelledby="f486-t" aria-describedby="f486-steps"><title id="f486-t">Message flow</title>"#));
        assert!(svg.contains(">A &amp; B</text>") && svg.contains(">&lt;busy&gt;</text>"));
        assert!(svg.contains(r#"<g class="m r own">"#) && svg.contains(">486 Busy Here</text>"));
        assert!(!svg.contains("fill=") && !svg.contains("stroke="), "colours come from CSS");
    }
}
