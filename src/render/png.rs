//! SVG → PNG in-process with resvg, using only the fonts embedded in the binary, so a machine
//! with no fonts installed draws the same picture.

use super::text::font_data;
use resvg::{tiny_skia, usvg};

/// The most pixels a PNG may have: 64 megapixels, about 256 MB while drawing. A larger picture
/// is refused with a message rather than an allocation that exhausts the machine.
pub const PIXEL_BUDGET: u64 = 64_000_000;

/// The scales every engine accepts for pictures.
pub fn check_scale(scale: f32) -> crate::Result<()> {
    if scale.is_finite() && scale > 0.0 && scale <= 16.0 {
        Ok(())
    } else {
        Err(crate::Error::Usage(crate::t!("bad-scale", scale = scale)))
    }
}

/// The drawing tree of an SVG document, with the embedded fonts: what both the PNG and the
/// PDF are made from, so they show the same picture.
pub(super) fn tree(svg: &str) -> crate::Result<usvg::Tree> {
    let mut options = usvg::Options {
        font_family: "DejaVu Sans".to_string(),
        ..usvg::Options::default()
    };
    for data in font_data() {
        options.fontdb_mut().load_font_data(data.to_vec());
    }
    usvg::Tree::from_str(svg, &options)
        .map_err(|e| crate::Error::Failed(crate::t!("svg-unreadable", error = e.to_string())))
}

/// Rasterises an SVG document at `scale` (1.0 = one pixel per SVG unit).
pub fn png(svg: &str, scale: f32) -> crate::Result<Vec<u8>> {
    check_scale(scale)?;
    draw(&tree(svg)?, scale)
}

/// Rasterises at `scale`, or, when that would be over the pixel budget, at the largest scale
/// down to `floor` that is within it. Returns the PNG and the scale used.
pub fn png_within_budget(svg: &str, scale: f32, floor: f32) -> crate::Result<(Vec<u8>, f32)> {
    check_scale(scale)?;
    let tree = tree(svg)?;
    let size = tree.size();
    let pixels = f64::from(size.width()) * f64::from(size.height());
    let fits = (PIXEL_BUDGET as f64 / pixels).sqrt() as f32;
    // A little under the exact fit, so rounding up to whole pixels stays within the budget.
    let used = scale.min((fits * 0.999 * 100.0).floor() / 100.0);
    if used < floor {
        return draw(&tree, scale).map(|png| (png, scale));
    }
    draw(&tree, used).map(|png| (png, used))
}

/// A small picture of an SVG document, `width` pixels wide: the shape of a diagram, for an
/// overview of many.
pub fn thumbnail(svg: &str, width: u32) -> crate::Result<Vec<u8>> {
    let tree = tree(svg)?;
    let scale = (width as f32 / tree.size().width()).clamp(0.01, 1.0);
    draw(&tree, scale)
}

fn draw(tree: &usvg::Tree, scale: f32) -> crate::Result<Vec<u8>> {
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| crate::Error::Usage(crate::t!("picture-empty")))?;
    let pixels = u64::from(size.width()) * u64::from(size.height());
    if pixels > PIXEL_BUDGET {
        return Err(crate::Error::TooLarge(crate::t!(
            "png-too-large",
            width = size.width().to_string(),
            height = size.height().to_string(),
            megapixels = (pixels / 1_000_000).to_string(),
            limit = (PIXEL_BUDGET / 1_000_000).to_string()
        )));
    }
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| {
        crate::Error::Usage(crate::t!(
            "picture-too-large",
            width = size.width().to_string(),
            height = size.height().to_string()
        ))
    })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    encode(&pixmap)
}

/// The picture as PNG. Every pixel is opaque (it is drawn on white), so premultiplied and
/// straight alpha agree and the pixels are written as they are: no second copy of the
/// picture while encoding, which keeps the peak near the picture's own size.
fn encode(pixmap: &tiny_skia::Pixmap) -> crate::Result<Vec<u8>> {
    let fail = |e: png::EncodingError| {
        crate::Error::Failed(crate::t!("png-encode-failed", error = e.to_string()))
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(pixmap.data()).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
}
