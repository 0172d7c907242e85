//! Message-flow (ladder) diagrams drawn at build time as inline SVG: real
//! `<text>`, colours from the page's CSS (classes only, no colours here),
//! sized to the content and scaled down with the column. Drawn once per
//! record (or curated pair) and locale, then shared by every page that shows
//! it. `measure` estimates text widths; `layout` places everything; `svg`
//! writes it out.

mod layout;
mod measure;
mod svg;

use layout::Layout;

/// A diagram to draw, already localized: participant names and note texts in
/// the page's language, message labels as on the wire.
#[derive(Debug, Clone)]
pub(crate) struct Diagram {
    /// Participants' names, left to right.
    pub(crate) names: Vec<String>,
    /// The steps, top to bottom.
    pub(crate) steps: Vec<DrawStep>,
}

/// One step of a diagram.
#[derive(Debug, Clone)]
pub(crate) enum DrawStep {
    /// An arrow between two participants.
    Message {
        /// Index of the sender.
        from: usize,
        /// Index of the receiver.
        to: usize,
        /// As on the wire.
        label: String,
        /// A response (drawn dashed), not a request.
        response: bool,
        /// The message the page is about (emphasized).
        own: bool,
    },
    /// A note over participants `first..=last`.
    Note {
        /// Leftmost participant.
        first: usize,
        /// Rightmost participant.
        last: usize,
        /// The note's text, plain.
        text: String,
    },
}

/// Draws `diagram` as an `<svg>` element. `id` makes the element ids unique
/// on a page; `title` names the picture; `described_by` is the id of the
/// text equivalent (the steps as an ordered list) the page shows with it.
pub(crate) fn draw(diagram: &Diagram, id: &str, title: &str, described_by: &str) -> String {
    let layout = Layout::new(diagram);
    svg::write(diagram, &layout, id, title, described_by)
}
