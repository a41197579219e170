//! Indicators as a model that computes: measurements (inline or from CSV), the scorecard a
//! steering group reads, and coverage that CI can gate on. Attainment is computed once, in
//! [`crate::compile`].

pub mod columns;
pub mod coverage;
pub mod data;
pub mod encoding;
pub mod format;
pub mod iati;
pub mod portfolio;
pub mod report;
#[cfg(feature = "xlsx")]
pub mod workbook;
