//! verkan's integration tests, as one test binary.
//!
//! One binary instead of one per file: each binary links every dependency, and with 22 of them
//! linking was most of a clean test build. A file here is a module; its name says what it
//! tests (`cargo test --test suite layout::` runs one file's tests).
//!
//! Tests that take more than a few seconds in a debug build have names starting with `slow_`;
//! `cargo test -- --skip slow_` leaves them out for a quick loop. CI runs all of them.

mod common;

mod authoring;
mod browser;
mod ci_formats;
mod cli;
mod data;
mod diff;
mod docx;
mod edit;
mod facts;
mod fidelity;
mod fmt;
mod fuzz_replay;
mod hostile;
mod house;
mod iati;
mod indicators;
mod json;
mod layout;
mod locale;
#[cfg(feature = "lsp")]
mod lsp;
#[cfg(feature = "lsp")]
mod lsp_client;
mod mermaid;
mod page;
mod pages;
mod portfolio;
mod render;
mod robustness;
mod rules;
#[cfg(feature = "serve")]
mod serve;
mod spreadsheets;
mod theories;
mod theory_schema;
