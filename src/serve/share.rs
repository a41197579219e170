//! `verkan serve --share`: the room's laptops join over the local network. The server listens
//! on every address, and answers only requests that carry its secret: the join address's
//! `?key=…` once (it becomes a cookie and the address is cleaned), the cookie after. Without
//! it, everything is refused, reading included: a theory can be confidential.

use qrcode::render::{svg, unicode};
use qrcode::QrCode;

/// The name of the cookie that carries the secret.
pub(super) const COOKIE: &str = "verkan-key";

/// A shared server's secret, and where the room finds it.
pub(super) struct Share {
    pub key: String,
    /// The address others on the network use, with the secret: what the QR code holds.
    pub join: String,
}

/// This machine's address on the local network: the one a packet to another network would
/// leave from. No packet is sent (a UDP socket only chooses its route).
pub(super) fn lan_address() -> Option<std::net::IpAddr> {
    let socket = std::net::UdpSocket::bind(("0.0.0.0", 0)).ok()?;
    // TEST-NET-1 (RFC 5737): never routed to anyone, only used to choose an interface.
    socket.connect(("192.0.2.1", 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified() && !ip.is_loopback()).then_some(ip)
}

/// What a request says about the secret.
pub(super) enum Key {
    /// The secret in the address: answered with the cookie and the clean address.
    Joining,
    /// The secret in the cookie.
    Known,
    /// No secret, or a wrong one.
    Missing,
}

/// Whether a request with this query and `Cookie` header knows `key`.
pub(super) fn check(key: &str, query: Option<&str>, cookie: Option<&str>) -> Key {
    let in_query = query
        .unwrap_or("")
        .split('&')
        .any(|pair| pair.strip_prefix("key=") == Some(key));
    if in_query {
        return Key::Joining;
    }
    let in_cookie = cookie.unwrap_or("").split(';').any(|pair| {
        pair.trim()
            .strip_prefix(COOKIE)
            .and_then(|rest| rest.strip_prefix('='))
            == Some(key)
    });
    if in_cookie {
        Key::Known
    } else {
        Key::Missing
    }
}

/// The join address as a QR code for a terminal: two rows of modules per line of text.
pub(super) fn terminal_code(join: &str) -> Option<String> {
    let code = QrCode::new(join.as_bytes()).ok()?;
    Some(
        code.render::<unicode::Dense1x2>()
            .dark_color(unicode::Dense1x2::Light)
            .light_color(unicode::Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}

/// The join address as an SVG QR code for the overview page, to scan from the projector.
pub(super) fn page_code(join: &str) -> Option<String> {
    let code = QrCode::new(join.as_bytes()).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // Inline in the page: no XML declaration.
    Some(match svg.find("<svg") {
        Some(at) => svg[at..].to_string(),
        None => svg,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_is_found_in_the_address_or_the_cookie_only() {
        let key = "abc123";
        assert!(matches!(check(key, Some("key=abc123"), None), Key::Joining));
        assert!(matches!(
            check(key, Some("a=1&key=abc123"), None),
            Key::Joining
        ));
        assert!(matches!(
            check(key, None, Some("x=1; verkan-key=abc123")),
            Key::Known
        ));
        assert!(matches!(check(key, Some("key=abc12"), None), Key::Missing));
        assert!(matches!(
            check(key, None, Some("verkan-key=abc1234")),
            Key::Missing
        ));
        assert!(matches!(
            check(key, None, Some("other-verkan-key=abc123")),
            Key::Missing
        ));
        assert!(matches!(check(key, None, None), Key::Missing));
        assert!(page_code("http://192.168.1.2:8000/?key=abc")
            .unwrap()
            .starts_with("<svg"));
        assert!(terminal_code("http://192.168.1.2:8000/?key=abc")
            .unwrap()
            .contains('▀'));
    }
}
