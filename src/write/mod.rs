//! The last stage: writing what was rendered. The output folder is staged,
//! compared with what it holds and swapped in atomically (`output`); the
//! sitemap and robots.txt are written as streams (`sitemap`); the JSON API
//! and the search index come from the rendered texts (`api`).

pub mod api;
pub mod output;
pub mod sitemap;
