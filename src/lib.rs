//! codeatlas: a static site generator for protocol response codes.
//!
//! The pipeline, one module per stage, data flowing one way:
//! `site` (load + validate the content model) → `i18n` (Fluent) →
//! `plan` (which pages, which URLs) → `render` (Tera, in parallel) → `output`
//! (staged, skip-unchanged, atomic writing). `build` wires them together.

pub mod api;
pub mod build;
pub mod check;
pub mod diagnostics;
pub mod hashes;
pub mod i18n;
pub mod json;
pub mod markdown;
pub mod output;
pub mod plan;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod sitemap;
