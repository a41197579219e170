//! `verkan serve` over HTTP, as a browser and as an attacker would talk to it: pages and
//! their types, live events after a save, the last good page kept while a file has errors,
//! and refusals (paths outside the folder, symlinks out, a foreign Host, writes, a port in
//! use). The browser side of live reload is in tests/suite/browser.rs.

use crate::common;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `verkan serve` child process on a free port, killed when dropped.
struct Served {
    child: Child,
    port: u16,
    /// What the server printed first: the address, with the secret when shared.
    first_line: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &Path, extra: &[&str]) -> Served {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("serve")
        .arg(dir)
        .args(["--port", "0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("verkan runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the first line names the address");
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Served {
        child,
        port,
        first_line: line,
    }
}

/// One raw HTTP/1.1 request: the status code, headers and body. Raw, so that `..` and odd
/// hosts reach the server exactly as written.
fn request(port: u16, method: &str, path: &str, host: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("server listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let (status, head, body) = parse_response(&response);
    (status, head, body)
}

/// Status, head and body of a raw response, the body's chunks joined (as bytes: a chunk may
/// end inside a character).
fn parse_response(response: &[u8]) -> (u16, String, String) {
    let at = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(response.len());
    // Header names as HTTP has them: in any case; here in lower case, to compare.
    let head = String::from_utf8_lossy(&response[..at])
        .lines()
        .map(|line| match line.split_once(':') {
            Some((name, value)) => format!("{}:{value}", name.to_ascii_lowercase()),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    let mut body = response.get(at + 4..).unwrap_or_default();
    let mut joined = Vec::new();
    if head.contains("transfer-encoding: chunked") {
        while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
            let size = std::str::from_utf8(&body[..end]).expect("a chunk size");
            let size = usize::from_str_radix(size.trim(), 16).expect("a chunk size");
            if size == 0 {
                break;
            }
            joined.extend_from_slice(&body[end + 2..end + 2 + size]);
            body = &body[end + 2 + size + 2..];
        }
    } else {
        joined.extend_from_slice(body);
    }
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head, String::from_utf8_lossy(&joined).into_owned())
}

fn get(port: u16, path: &str) -> (u16, String, String) {
    request(port, "GET", path, &format!("127.0.0.1:{port}"))
}

fn copy_theories() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let theories = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    for entry in walk(&theories) {
        let to = dir.path().join(entry.strip_prefix(&theories).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&entry, &to).unwrap();
    }
    dir
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn serves_the_overview_and_every_page_with_their_types() {
    let dir = copy_theories();
    let server = serve(dir.path(), &[]);
    let (status, head, body) = get(server.port, "/");
    assert_eq!(status, 200);
    assert!(head.contains("text/html; charset=utf-8"), "{head}");
    assert!(head.contains("x-content-type-options: nosniff"), "{head}");
    for page in [
        "spira.html",
        "pa_vag.html",
        "stegen.html",
        "aktivitetsarenan.html",
    ] {
        assert!(
            body.contains(&format!("href=\"{page}\"")),
            "overview links {page}"
        );
        let (status, _, html) = get(server.port, &format!("/{page}"));
        assert_eq!(status, 200, "{page}");
        assert!(html.contains("<svg"), "{page} has its diagram");
        assert!(
            html.contains("data-live=\"true\""),
            "{page} listens for changes"
        );
    }
    // HEAD answers like GET, without the body.
    let (status, _, body) = request(
        server.port,
        "HEAD",
        "/spira.html",
        &format!("localhost:{}", server.port),
    );
    assert_eq!(status, 200);
    assert!(body.is_empty());
}

#[test]
fn refuses_what_is_outside_the_folder_foreign_hosts_and_writes() {
    let dir = copy_theories();
    // A theory file and a folder that lead outside through symlinks.
    let outside = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/spira.toml"),
        outside.path().join("secret.toml"),
    )
    .unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            outside.path().join("secret.toml"),
            dir.path().join("secret.toml"),
        )
        .unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).unwrap();
    }
    let server = serve(dir.path(), &[]);
    for path in [
        "/../Cargo.toml",
        "/..%2fCargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E%2FCargo.toml",
        "/theories/../../etc/passwd",
        "/spira.toml",
        "/secret.html",
        "/out/secret.html",
        "/out/secret.toml",
        "//etc/passwd",
        "/%00",
    ] {
        let (status, _, body) = get(server.port, path);
        assert_eq!(status, 404, "{path}: {body}");
        assert!(!body.contains("[theory]"), "{path} leaked a file");
    }
    let (status, _, _) = request(server.port, "GET", "/", "evil.example");
    assert_eq!(status, 421, "a foreign Host is refused");
    let (status, _, _) = request(
        server.port,
        "GET",
        "/spira.html",
        &format!("evil.example:{}", server.port),
    );
    assert_eq!(status, 421, "a foreign Host on our port is refused");
    for method in ["POST", "PUT", "DELETE"] {
        let (status, head, _) = get_with(server.port, method);
        assert_eq!(status, 405, "{method}");
        assert!(head.contains("allow: GET, HEAD"), "{head}");
    }
    // The overview lists the four theories, not the ones behind the symlinks.
    let (_, _, body) = get(server.port, "/");
    assert!(!body.contains("secret"), "a symlinked theory is not served");
}

fn get_with(port: u16, method: &str) -> (u16, String, String) {
    request(port, method, "/spira.html", &format!("127.0.0.1:{port}"))
}

/// Reads an event stream until a `data:` line arrives, or gives up after `limit`.
fn next_event(stream: &mut BufReader<TcpStream>, limit: Duration) -> Option<String> {
    let start = Instant::now();
    let mut line = String::new();
    while start.elapsed() < limit {
        line.clear();
        match stream.read_line(&mut line) {
            Ok(0) => return None,
            Ok(_) if line.starts_with("data:") => return Some(line.trim().to_string()),
            Ok(_) => {}
            Err(_) => {}
        }
    }
    None
}

fn events(port: u16) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    write!(
        stream,
        "GET /events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 200"), "{line}");
    reader
}

#[test]
fn a_save_is_announced_and_a_broken_file_keeps_its_last_good_page() {
    let dir = copy_theories();
    let server = serve(dir.path(), &[]);
    let mut stream = events(server.port);
    let spira = dir.path().join("spira.toml");
    let good = std::fs::read_to_string(&spira).unwrap();

    // An edit: the event comes, and the page has the new text.
    let edited = good.replacen("name = \"Spira\"", "name = \"Spira (workshop)\"", 1);
    assert_ne!(edited, good, "the fixture has the name line");
    std::fs::write(&spira, &edited).unwrap();
    assert!(
        next_event(&mut stream, Duration::from_secs(10)).is_some(),
        "an event after the save"
    );
    let (_, _, html) = get(server.port, "/spira.html");
    assert!(html.contains("Spira (workshop)"), "the page shows the edit");

    // Broken: the page keeps the diagram and shows the error with its line.
    std::fs::write(&spira, format!("{edited}\n[effects.broken\n")).unwrap();
    assert!(next_event(&mut stream, Duration::from_secs(10)).is_some());
    let (status, _, html) = get(server.port, "/spira.html");
    assert_eq!(status, 200);
    assert!(html.contains("<svg"), "the last good diagram stays");
    let errors = html
        .split("id=\"live-errors\"")
        .nth(1)
        .expect("an error block");
    let errors = &errors[..errors.find("</div>").unwrap()];
    assert!(
        !errors.starts_with(" role=\"alert\" hidden"),
        "the errors are shown: {errors}"
    );
    assert!(
        errors.contains("spira.toml:"),
        "the error names its file and line: {errors}"
    );
    let (_, _, overview) = get(server.port, "/");
    assert!(overview.contains("1 fel"), "the overview counts the error");

    // Incomplete, as a theory is while the room builds it: drawn, the error marked on its box,
    // no stale banner; the overview still counts the error.
    let incomplete = format!(
        "{edited}\n[effects.trygghet]\nhorizon = \"short\"\ntext = \"Deltagarna känner sig trygga\"\n"
    );
    std::fs::write(&spira, incomplete).unwrap();
    assert!(next_event(&mut stream, Duration::from_secs(10)).is_some());
    let (_, _, html) = get(server.port, "/spira.html");
    assert!(
        html.contains(r#"data-id="trygghet""#) && html.contains("data-findings=\""),
        "the new effect is drawn with its mark"
    );
    assert!(html.contains("id=\"live-errors\" role=\"alert\" hidden"));
    let (_, _, overview) = get(server.port, "/");
    assert!(overview.contains("fel"), "the overview counts the errors");

    // Fixed: the message goes.
    std::fs::write(&spira, &good).unwrap();
    assert!(next_event(&mut stream, Duration::from_secs(10)).is_some());
    let (_, _, html) = get(server.port, "/spira.html");
    assert!(
        html.contains("id=\"live-errors\" role=\"alert\" hidden"),
        "no errors shown once fixed"
    );

    // A new theory file appears in the overview.
    std::fs::copy(
        dir.path().join("stegen.toml"),
        dir.path().join("kopia.toml"),
    )
    .unwrap();
    assert!(next_event(&mut stream, Duration::from_secs(10)).is_some());
    let (_, _, overview) = get(server.port, "/");
    assert!(overview.contains("href=\"kopia.html\""));
}

#[test]
fn a_port_in_use_is_a_clear_message() {
    let dir = copy_theories();
    let server = serve(dir.path(), &[]);
    let output = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("serve")
        .arg(dir.path())
        .args(["--port", &server.port.to_string()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("already in use"), "{stderr}");
    assert!(
        stderr.contains("--port"),
        "it suggests another port: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly() {
    let dir = copy_theories();
    let mut server = serve(dir.path(), &[]);
    let status = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let start = Instant::now();
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            assert!(status.success(), "exit status {status}");
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "still running after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A response's JSON body.
fn json_body(head: &str, body: &str) -> serde_json::Value {
    assert!(head.contains("application/json"), "{head}");
    serde_json::from_str(body).expect("JSON")
}

/// The hashes of the parts a served page has, from its `verkan-parts` data.
fn part_hashes(html: &str) -> Vec<String> {
    let data = html
        .split("<script id=\"verkan-parts\" type=\"application/json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("a served page lists its parts");
    let parts: std::collections::BTreeMap<String, String> =
        serde_json::from_str(data).expect("JSON");
    parts.into_values().collect()
}

#[test]
fn an_edit_redraws_its_page_from_the_last_drawing_and_sends_only_what_changed() {
    let dir = copy_theories();
    let server = serve(dir.path(), &[]);
    let mut stream = events(server.port);
    let (_, _, before) = get(server.port, "/pa_vag.html");
    // As the page asks: the list as a query value, its commas encoded.
    let have = part_hashes(&before).join("%2C");
    let (status, head, answer) = get(server.port, &format!("/pa_vag.html?parts={have}"));
    assert_eq!(status, 200);
    assert!(head.contains("application/json"), "{head}");
    let answer = json_body(&head, &answer);
    assert_eq!(answer["parts"], serde_json::json!({}), "nothing is missing");

    // Removing one effect, which a fresh drawing would reshuffle.
    let file = dir.path().join("pa_vag.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, common::without_effect(&text, "kannedom")).unwrap();
    let event = next_event(&mut stream, Duration::from_secs(10)).expect("an event");
    assert!(
        event.contains("\"pa_vag.html\"") && !event.contains("spira.html"),
        "the event names the page that changed, and only it: {event}"
    );
    let have = have.replace("%2C", ",");
    let (_, head, answer) = get(server.port, &format!("/pa_vag.html?parts={have}"));
    let answer = json_body(&head, &answer);
    let parts = answer["parts"].as_object().expect("parts");
    assert!(parts.contains_key("#diagram") && parts.contains_key("#verkan-data"));
    for unchanged in ["header.toolbar h1", "#live-errors"] {
        assert!(
            !parts.contains_key(unchanged),
            "{unchanged} is not sent again"
        );
    }
    let svg = |html: &str| {
        let start = html.find("<svg").expect("a diagram");
        html[start..start + html[start..].find("</svg>").unwrap() + 6].to_string()
    };
    let after = svg(parts["#diagram"].as_str().unwrap());
    let boxes = common::box_centres(&svg(&before)).len();
    let moved = common::boxes_moved(&svg(&before), &after);
    assert!(
        moved * 10 <= boxes,
        "the redrawn page moved {moved} of {boxes} boxes"
    );

    // A save no theory reads tells no page anything.
    std::fs::write(dir.path().join("anteckningar.txt"), "från workshopen").unwrap();
    assert_eq!(next_event(&mut stream, Duration::from_millis(1500)), None);
}

/// A POST with a body and headers, raw.
fn post(port: u16, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("server listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // A server may answer before reading a body it refuses (413): a failed write is no error.
    let _ = stream.write_all(body.as_bytes());
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let (status, _, body) = parse_response(&response);
    (status, body)
}

#[test]
fn the_room_edits_through_the_api_with_the_pages_token_only() {
    let dir = copy_theories();
    let server = serve(dir.path(), &[]);
    let mut stream = events(server.port);
    let port = server.port;
    let spira = dir.path().join("spira.toml");
    let (_, _, page) = get(port, "/spira.html");
    let token = page
        .split(r#"<meta name="verkan-token" content=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a served page carries the token")
        .to_string();
    assert_eq!(token.len(), 32);
    let (status, head, body) = get(port, "/api/v1/theories/spira.toml");
    assert_eq!(status, 200);
    let base = json_body(&head, &body)["revision"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(base.starts_with("sha256:"));

    let origin = format!("http://127.0.0.1:{port}");
    let edit = |base: &str, id: &str, words: &str| {
        format!(
            r#"{{"version":1,"base":"{base}","ops":[{{"op":"set","id":"{id}","field":"text","value":"{words}"}}]}}"#
        )
    };
    let url = "/api/v1/theories/spira.toml/edit";
    let before = std::fs::read(&spira).unwrap();
    // Without the token, or from another origin: refused, the file untouched.
    let body = edit(&base, "upplevd-skillnad", "Utan nyckel");
    assert_eq!(post(port, url, &[("Origin", &origin)], &body).0, 403);
    let foreign = [
        ("Origin", "http://evil.example"),
        ("X-Verkan-Token", token.as_str()),
    ];
    assert_eq!(post(port, url, &foreign, &body).0, 403);
    assert_eq!(std::fs::read(&spira).unwrap(), before);
    // Traversal and files that are not the folder's theories: nothing there.
    let ours = [
        ("Origin", origin.as_str()),
        ("X-Verkan-Token", token.as_str()),
    ];
    assert_eq!(
        post(port, "/api/v1/theories/..%2Fspira.toml/edit", &ours, &body).0,
        404
    );
    assert_eq!(
        post(
            port,
            "/api/v1/theories/data/stegen-2011.csv/edit",
            &ours,
            &body
        )
        .0,
        404
    );

    // With both: written, announced, drawn, and the server says who.
    let anna = [
        ("Origin", origin.as_str()),
        ("X-Verkan-Token", token.as_str()),
        ("X-Verkan-Name", "Anna"),
    ];
    let (status, answer) = post(
        port,
        url,
        &anna,
        &edit(&base, "upplevd-skillnad", "Ny text från rummet"),
    );
    assert_eq!(status, 200, "{answer}");
    assert!(std::fs::read_to_string(&spira)
        .unwrap()
        .contains("Ny text från rummet"));
    // The event names the file's new revision, the one the edit's answer gives and a read
    // gives: the pages edit on from it without asking.
    let event = next_event(&mut stream, Duration::from_secs(10)).expect("an event");
    let event: serde_json::Value =
        serde_json::from_str(event.trim_start_matches("data:").trim()).expect("the event is JSON");
    let answered: serde_json::Value = serde_json::from_str(&answer).unwrap();
    let now = verkan::edit::revision(&std::fs::read(&spira).unwrap());
    assert_eq!(event["revisions"]["spira.toml"], now.as_str(), "{event}");
    assert_eq!(answered["revision"], now.as_str(), "{answer}");
    let (_, head, body) = get(port, "/api/v1/theories/spira.toml");
    let read = json_body(&head, &body);
    assert_eq!(read["revision"], now.as_str());
    assert!(read["theory"]["report"]["effects"]
        .to_string()
        .contains("Ny text från rummet"));
    let (_, _, page) = get(port, "/spira.html");
    assert!(page.contains("Ny text från rummet"));

    // Another participant, still on the first revision: a different box merges, the same
    // box is a conflict.
    let (status, answer) = post(
        port,
        url,
        &ours,
        &edit(&base, "fungerande-liv", "Annan ruta"),
    );
    assert_eq!(status, 200, "{answer}");
    let (status, answer) = post(port, url, &ours, &edit(&base, "upplevd-skillnad", "Krock"));
    assert_eq!(status, 409, "{answer}");
    assert!(
        answer.contains("Anna"),
        "the conflict says who changed the box: {answer}"
    );
    assert!(!std::fs::read_to_string(&spira).unwrap().contains("Krock"));

    // Refused edits say why; an edit over 1 MiB is not read.
    let (status, answer) = post(
        port,
        url,
        &ours,
        r#"{"version":1,"ops":[{"op":"remove","id":"ingen-sadan"}]}"#,
    );
    assert_eq!(status, 422);
    // In the theory's language (Swedish), as its page speaks, whatever the server's.
    assert!(
        answer.contains("teorin har inget `ingen-sadan`"),
        "{answer}"
    );
    let huge = format!(r#"{{"version":1,"ops":[],"x":"{}"}}"#, "x".repeat(1 << 20));
    assert_eq!(post(port, url, &ours, &huge).0, 413);
    // Only POST edits; a page is still only read.
    assert_eq!(
        request(port, "POST", "/spira.html", &format!("127.0.0.1:{port}")).0,
        405
    );
}

/// A GET with extra headers, raw.
fn get_with_headers(port: u16, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("server listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    parse_response(&response)
}

#[test]
fn a_shared_server_answers_only_those_who_have_its_secret() {
    let dir = copy_theories();
    let server = serve(dir.path(), &["--share"]);
    let port = server.port;
    let key = server
        .first_line
        .split("?key=")
        .nth(1)
        .map(|rest| {
            rest.trim_end()
                .split(|c: char| !c.is_ascii_hexdigit())
                .next()
                .unwrap()
                .to_string()
        })
        .expect("the address printed carries the secret");
    assert_eq!(key.len(), 32);
    // Without it: nothing, reading included.
    for path in ["/", "/spira.html", "/events", "/api/v1/theories/spira.toml"] {
        assert_eq!(get(port, path).0, 403, "{path}");
    }
    let wrong = get_with_headers(port, "/", &[("Cookie", "verkan-key=0000")]);
    assert_eq!(wrong.0, 403);
    // Said in the language the browser asks for, when verkan speaks it.
    let swedish = get_with_headers(
        port,
        "/",
        &[("Accept-Language", "de-DE, sv-SE;q=0.8, en;q=0.5")],
    );
    assert!(
        swedish.2.contains("delas med en hemlighet"),
        "{}",
        swedish.2
    );
    let english = get_with_headers(port, "/", &[("Accept-Language", "en-GB")]);
    assert!(english.2.contains("shared with a secret"), "{}", english.2);
    // The join address: the secret becomes a cookie, the address loses it.
    let (status, head, _) = get(port, &format!("/spira.html?key={key}"));
    assert_eq!(status, 303, "{head}");
    assert!(head.contains("location: /spira.html"), "{head}");
    assert!(
        head.contains(&format!(
            "set-cookie: verkan-key={key}; Path=/; HttpOnly; SameSite=Strict"
        )),
        "{head}"
    );
    let cookie = format!("verkan-key={key}");
    let (status, _, page) = get_with_headers(port, "/spira.html", &[("Cookie", &cookie)]);
    assert_eq!(status, 200);
    assert!(page.contains("<svg"));
    // The overview shows the join address and its code, for the room to scan.
    let (status, _, overview) = get_with_headers(port, "/", &[("Cookie", &cookie)]);
    assert_eq!(status, 200);
    assert!(
        overview.contains(&format!("?key={key}")),
        "the join address is on the overview"
    );
    assert!(overview.contains("class=\"join-code\""), "with its code");
}

/// The token a served page carries for the edit API.
fn token_of(port: u16) -> String {
    let (_, _, page) = get(port, "/spira.html");
    page.split(r#"<meta name="verkan-token" content=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a served page carries the token")
        .to_string()
}

#[test]
fn slow_a_server_killed_while_the_room_edits_leaves_a_whole_file_and_no_stray_one() {
    let dir = copy_theories();
    let spira = dir.path().join("spira.toml");
    let listing = |dir: &Path| {
        let mut names: Vec<_> = walk(dir)
            .into_iter()
            .map(|p| p.strip_prefix(dir).unwrap().to_path_buf())
            .collect();
        names.sort();
        names
    };
    let files = listing(dir.path());
    let mut dice = 11u64;
    let mut edits = 0;
    for round in 0..8 {
        let server = serve(dir.path(), &[]);
        let port = server.port;
        let token = token_of(port);
        let origin = format!("http://127.0.0.1:{port}");
        // Edits as fast as the server takes them, until it is gone.
        let sender = std::thread::spawn(move || {
            let mut sent = 0;
            for n in 0.. {
                let body = format!(
                    r#"{{"version":1,"ops":[{{"op":"set","id":"upplevd-skillnad","field":"text","value":"Runda {round}, ändring {n}"}}]}}"#
                );
                let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
                    return sent;
                };
                let request = format!(
                    "POST /api/v1/theories/spira.toml/edit HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: {origin}\r\nX-Verkan-Token: {token}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                if stream.write_all(request.as_bytes()).is_err() {
                    return sent;
                }
                let mut answer = Vec::new();
                let _ = stream.read_to_end(&mut answer);
                if !answer.starts_with(b"HTTP/1.1 200") {
                    return sent;
                }
                sent += 1;
            }
            sent
        });
        dice = dice
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        std::thread::sleep(Duration::from_millis(20 + (dice >> 33) % 150));
        drop(server); // SIGKILL: no chance to tidy up
        edits += sender.join().unwrap();
        // The file is one of its versions, whole: it reads and checks as a theory.
        let text = std::fs::read_to_string(&spira).unwrap();
        let mut sources = verkan::source::Sources::new();
        let file = sources.add("spira.toml", text.clone());
        let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
        assert!(
            checked.compiled.is_some() && text.contains("upplevd-skillnad"),
            "round {round}: the file is whole"
        );
    }
    assert!(
        edits >= 8,
        "the server took edits before it was killed: {edits}"
    );
    // Nothing left behind once a server runs there again: a write killed before its rename
    // leaves its temporary file, which the next server removes (its writer's lock is gone).
    std::thread::sleep(Duration::from_millis(1100));
    let again = serve(dir.path(), &[]);
    assert_eq!(get(again.port, "/spira.html").0, 200);
    assert_eq!(listing(dir.path()), files);
}
