//! How each message is formatted, decided once when its bundle loads.
//!
//! Pages format a dozen messages each; profiling showed Fluent's general
//! resolver at a tenth of all build work. So each message is classified:
//! - `Fixed`: needs no arguments (plain text, terms, other messages): its
//!   text is formatted once, here, and reused;
//! - `Plain`: text and `{ $variable }`s only: joined directly, as Fluent
//!   would with this bundle's setup (no isolation marks, no transform, no
//!   custom formatter), numbers through Fluent's own `FluentNumber`;
//! - `Resolver`: anything else (selects, functions): Fluent's resolver.
//!
//! A test compares the first two with Fluent's own output for every shipped
//! message.

use super::Arg;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::fmt::Write as _;
use std::sync::Arc;

/// A message as it will be formatted (see the module comment).
#[derive(Debug)]
pub(super) enum Compiled {
    Fixed(Arc<str>),
    Plain(Vec<Piece>),
    Resolver,
}

/// A piece of a message made of text and variables only.
#[derive(Debug)]
pub(super) enum Piece {
    Text(String),
    Var(String),
}

impl Compiled {
    /// Classifies message `id` of `bundle`.
    pub(super) fn new(bundle: &FluentBundle<FluentResource>, id: &str) -> Compiled {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { return Compiled::Resolver };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            return Compiled::Fixed(Arc::from(text.as_ref()));
        }
        plain_pieces(pattern).map_or(Compiled::Resolver, Compiled::Plain)
    }
}

/// `pattern` as pieces, when it holds nothing but text and variable references.
fn plain_pieces(pattern: &ast::Pattern<&str>) -> Option<Vec<Piece>> {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(Piece::Text(value.to_string())),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => Some(Piece::Var(id.name.to_string())),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// The message from its pieces; `None` when an argument is missing (Fluent
/// then reports it).
pub(super) fn format_plain(pieces: &[Piece], args: &[(&str, Arg)]) -> Option<String> {
    let mut out = String::with_capacity(96);
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match &args.iter().find(|(k, _)| k == name)?.1 {
                Arg::Str(s) => out.push_str(s),
                // Whole numbers (codes, counts) print as f64's Display prints them,
                // which is what Fluent's default number formatting does, without
                // the float formatting machinery.
                Arg::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 && !(*n == 0.0 && n.is_sign_negative()) => {
                    let _ = write!(out, "{}", *n as i64);
                }
                Arg::Num(n) => match FluentValue::from(*n) {
                    FluentValue::Number(num) => out.push_str(&num.as_string()),
                    _ => return None,
                },
            },
        }
    }
    Some(out)
}

/// Fluent's arguments from ours.
pub(super) fn fluent_args<'a>(args: &'a [(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_ref())),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    fargs
}
