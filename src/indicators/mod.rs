//! Indicators as a model that computes: measurements (inline or from CSV), attainment against
//! targets, the scorecard a steering group reads, and coverage that CI can gate on.

pub mod attainment;
pub mod coverage;
pub mod data;
pub mod format;
pub mod report;
