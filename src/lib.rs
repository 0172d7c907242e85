//! codeatlas: a static site generator for protocol response codes.
//!
//! Data flows one way, one module per stage:
//! `source` (reading files safely) → `site` (YAML → typed model) and `i18n`
//! (Fluent) → `validate` (cross-checks) → `plan` (which pages, which URLs) →
//! `render` (Markdown once, views, fragments, Tera in parallel) → `write`
//! (staged, skip-unchanged, atomic output; sitemap; JSON API).
//! `commands` orchestrate the stages; `diagnostics` (problems for people and
//! their printers), `markdown`, `json` and `wire` (SIP and HTTP messages) are
//! leaf utilities.

// Never panic on user input: no unwrap outside tests.
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod commands;
pub mod diagnostics;
pub mod i18n;
pub mod json;
pub mod l10n;
pub mod markdown;
pub mod plan;
pub mod render;
pub mod site;
pub mod source;
pub mod validate;
pub mod wire;
pub mod write;
