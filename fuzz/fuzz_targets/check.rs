//! Any bytes as a theory file: mutated from the seed theories in `corpus/check/`.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        common::exercise(text);
    }
});
