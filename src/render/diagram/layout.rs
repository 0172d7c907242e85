//! Where everything goes. Participants are lanes with a name box on top;
//! each step takes its own row, so no two labels can share a line. Lanes are
//! spaced so neighbouring name boxes never touch; labels start next to their
//! sender and may run across other lanes, but are kept inside the picture,
//! which is widened to hold the longest label.

use super::measure::{width, wrap};
use super::{Diagram, DrawStep};

/// Font size of every text, in px at scale 1.
pub(super) const FONT: f32 = 14.0;
/// Distance between two lines of a wrapped text.
pub(super) const LINE: f32 = 18.0;
/// Inner padding of boxes, left and right.
const PAD_X: f32 = 8.0;
/// Inner padding of boxes, top and bottom.
const PAD_Y: f32 = 6.0;
/// Kept free at the picture's edges.
const EDGE: f32 = 4.0;
/// Space between neighbouring name boxes, and the least distance between lanes.
const GAP: f32 = 10.0;
const MIN_LANE: f32 = 84.0;
/// A name wider than this is wrapped onto two lines.
const MAX_NAME: f32 = 120.0;
/// Height of a message row: label, then the arrow below it.
const MESSAGE_ROW: f32 = 34.0;
/// How far a label starts from its sender's lane.
const LABEL_OFFSET: f32 = 8.0;

/// A box of text: its lines and where the box is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextBox {
    /// The text's lines.
    pub(crate) lines: Vec<String>,
    /// Left edge.
    pub(crate) x: f32,
    /// Top edge.
    pub(crate) y: f32,
    /// Width.
    pub(crate) w: f32,
    /// Height.
    pub(crate) h: f32,
}

/// One laid-out step.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Placed {
    /// An arrow at height `y` from `x1` to `x2`, its label's left edge at
    /// `label_x` and baseline at `label_y`.
    Arrow { x1: f32, x2: f32, y: f32, label_x: f32, label_y: f32, label_w: f32 },
    /// A note box.
    Note(TextBox),
}

/// The whole picture's geometry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Layout {
    /// Width and height of the picture.
    pub(crate) width: f32,
    pub(crate) height: f32,
    /// Each lane's x.
    pub(crate) lanes: Vec<f32>,
    /// Each participant's name box.
    pub(crate) names: Vec<TextBox>,
    /// Where lanes start (below the name boxes).
    pub(crate) lanes_top: f32,
    /// The steps, in order.
    pub(crate) steps: Vec<Placed>,
}

impl Layout {
    /// Lays `d` out.
    pub(crate) fn new(d: &Diagram) -> Layout {
        let names: Vec<Vec<String>> = d.names.iter().map(|n| name_lines(n)).collect();
        let name_w: Vec<f32> = names.iter().map(|l| widest(l) + 2.0 * PAD_X).collect();
        let name_h = names.iter().map(Vec::len).max().unwrap_or(1) as f32 * LINE + 2.0 * PAD_Y;
        let mut lanes = Vec::with_capacity(names.len());
        let mut x = EDGE + name_w.first().copied().unwrap_or(0.0) / 2.0;
        for (i, w) in name_w.iter().enumerate() {
            if i > 0 {
                x += ((name_w[i - 1] + w) / 2.0 + GAP).max(MIN_LANE);
            }
            lanes.push(x);
        }
        let mut width = x + name_w.last().copied().unwrap_or(0.0) / 2.0 + EDGE;
        let widest_label = d.steps.iter().map(step_width).fold(0.0, f32::max);
        let wanted = widest_label + 2.0 * EDGE;
        if wanted > width && lanes.len() > 1 {
            // Spread the lanes rather than leave the extra room on one side.
            let extra = wanted - width;
            let n = (lanes.len() - 1) as f32;
            for (i, lane) in lanes.iter_mut().enumerate() {
                *lane += extra * i as f32 / n;
            }
            width = wanted;
        }
        let width = width.max(wanted).ceil();
        let name_boxes = names
            .into_iter()
            .zip(&name_w)
            .zip(&lanes)
            .map(|((lines, w), lane)| TextBox { lines, x: lane - w / 2.0, y: EDGE, w: *w, h: name_h })
            .collect();
        let lanes_top = EDGE + name_h;
        let mut y = lanes_top + 8.0;
        let steps = d.steps.iter().map(|s| place(s, &lanes, width, &mut y)).collect();
        Layout { width, height: (y + 8.0).ceil(), lanes, names: name_boxes, lanes_top, steps }
    }
}

/// A participant's name, wrapped at a space onto two lines when long.
fn name_lines(name: &str) -> Vec<String> {
    if width(name, FONT, true) <= MAX_NAME {
        return vec![name.to_string()];
    }
    let lines = wrap(name, FONT, MAX_NAME);
    if lines.len() <= 2 { lines } else { vec![name.to_string()] }
}

fn widest(lines: &[String]) -> f32 {
    lines.iter().map(|l| width(l, FONT, true)).fold(0.0, f32::max)
}

/// The width a step's text needs on one line (notes wrap, so they need less).
fn step_width(s: &DrawStep) -> f32 {
    match s {
        DrawStep::Message { label, own, .. } => width(label, FONT, *own) + LABEL_OFFSET,
        DrawStep::Note { text, .. } => width(text, FONT, false).min(MAX_NOTE) + 2.0 * PAD_X,
    }
}

/// A note wider than this wraps.
const MAX_NOTE: f32 = 240.0;

/// Places one step at `y`, moving `y` below it.
fn place(s: &DrawStep, lanes: &[f32], width: f32, y: &mut f32) -> Placed {
    match s {
        DrawStep::Message { from, to, label, own, .. } => {
            let (x1, x2) = (lanes[*from], lanes[*to]);
            let w = width_of(label, *own);
            // Next to the sender, on the arrow's side, inside the picture.
            let ideal = if x1 < x2 { x1 + LABEL_OFFSET } else { x1 - LABEL_OFFSET - w };
            let label_x = ideal.clamp(EDGE, width - EDGE - w);
            let placed = Placed::Arrow { x1, x2, y: *y + 24.0, label_x, label_y: *y + 14.0, label_w: w };
            *y += MESSAGE_ROW;
            placed
        }
        DrawStep::Note { first, last, text } => {
            let lines = wrap(text, FONT, MAX_NOTE.min(width - 2.0 * EDGE - 2.0 * PAD_X));
            let span = lanes[*last] - lanes[*first];
            let w = (widest_regular(&lines) + 2.0 * PAD_X).max(span + 2.0 * PAD_X).min(width - 2.0 * EDGE);
            let centre = (lanes[*first] + lanes[*last]) / 2.0;
            let x = (centre - w / 2.0).clamp(EDGE, width - EDGE - w);
            let h = lines.len() as f32 * LINE + 2.0 * PAD_Y;
            let placed = Placed::Note(TextBox { lines, x, y: *y + 4.0, w, h });
            *y += h + 12.0;
            placed
        }
    }
}

fn width_of(label: &str, own: bool) -> f32 {
    width(label, FONT, own)
}

fn widest_regular(lines: &[String]) -> f32 {
    lines.iter().map(|l| width(l, FONT, false)).fold(0.0, f32::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagram(names: &[&str], steps: Vec<DrawStep>) -> Diagram {
        Diagram { names: names.iter().map(|s| s.to_string()).collect(), steps }
    }

    fn msg(from: usize, to: usize, label: &str) -> DrawStep {
        DrawStep::Message { from, to, label: label.into(), response: false, own: false }
    }

    #[test]
    fn name_boxes_never_touch_and_everything_stays_inside() {
        let d = diagram(
            &["リダイレクトサーバー", "発信者", "Origin server", "B2BUA"],
            vec![
                msg(0, 1, "INVITE"),
                msg(3, 0, "555 Push Notification Service Not Supported"),
                DrawStep::Note {
                    first: 1, last: 2, text: "すでに別の通話中のため、着信できません".into()
                },
            ],
        );
        let l = Layout::new(&d);
        for pair in l.names.windows(2) {
            assert!(pair[0].x + pair[0].w + GAP <= pair[1].x + 0.01, "{pair:?}");
        }
        for b in &l.names {
            assert!(b.x >= EDGE - 0.01 && b.x + b.w <= l.width + 0.01, "{b:?}");
        }
        for s in &l.steps {
            match s {
                Placed::Arrow { label_x, label_w, .. } => {
                    assert!(*label_x >= EDGE && label_x + label_w <= l.width - EDGE + 0.01)
                }
                Placed::Note(b) => assert!(b.x >= EDGE && b.x + b.w <= l.width - EDGE + 0.01),
            }
        }
    }

    #[test]
    fn rows_follow_each_other_without_overlap() {
        let d = diagram(
            &["A", "B"],
            vec![msg(0, 1, "GET /"), DrawStep::Note { first: 1, last: 1, text: "n".into() }, msg(1, 0, "200 OK")],
        );
        let l = Layout::new(&d);
        let tops: Vec<f32> = l
            .steps
            .iter()
            .map(|s| match s {
                Placed::Arrow { label_y, .. } => label_y - FONT,
                Placed::Note(b) => b.y,
            })
            .collect();
        assert!(tops.windows(2).all(|w| w[0] < w[1]));
        assert!(l.height > tops[2] + FONT);
    }
}
