//! Numbers as verkan shows them, in machine output and in messages alike.

/// `v` rounded to `decimals` places, so that `171.64999999999998` reads `171.65`.
pub(crate) fn round(v: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let rounded = (v * scale).round() / scale;
    // -0.0 prints as "-0.0"; nothing verkan measures is negative zero.
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}
