//! The page's Content-Security-Policy: its own inline script and style, by hash, and nothing
//! else from anywhere. A label that smuggled markup past the escaping still could not run or
//! load anything.

use base64::Engine as _;
use sha2::{Digest, Sha256};

fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy for a page whose only script and style are `script` and `style`. A page served
/// by `verkan serve` may also fetch from its own origin (the live updates).
pub fn policy(script: &str, style: &str, live: bool) -> String {
    let connect = if live { "'self'" } else { "'none'" };
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src data:; connect-src {connect}; base-uri 'none'; form-action 'none'",
        hash(script),
        hash(style)
    )
}
