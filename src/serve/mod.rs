//! `verkan serve`: the workshop server. Serves the overview and each theory's page from
//! memory (nothing is read from disk by URL, so no path can lead outside the folder), watches
//! the folder, and tells every open page to update itself when a theory or a data file
//! changes (server-sent events). Bound to 127.0.0.1 unless told otherwise, and deaf to
//! requests for any other host name (DNS rebinding). It writes only through its edit API
//! (`api`), and only the theory files of the folder, for its own pages.

mod api;
mod site;

pub use site::Site;

use crate::Error;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, Server};

/// What `verkan serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The folder of theories.
    pub dir: PathBuf,
    /// The address to listen on.
    pub host: String,
    /// The port; 0 for any free one.
    pub port: u16,
    /// How data files are read.
    pub policy: crate::DataPolicy,
}

/// A server bound and ready: [`Running::url`] to open, [`Running::run`] to serve until
/// [`Running::stopper`] is called.
pub struct Running {
    server: Arc<Server>,
    state: Arc<State>,
    addr: SocketAddr,
    _watcher: notify::RecommendedWatcher,
}

struct State {
    site: RwLock<Site>,
    /// One sender per open page's event stream: each change's event data.
    clients: Mutex<Vec<Sender<String>>>,
    allowed_hosts: Vec<String>,
    /// The secret this server's own pages carry, without which no edit is taken.
    token: String,
    /// Edits one at a time, and the revisions of each file they were made against.
    edits: Mutex<api::Revisions>,
    /// How many changes the pages have been told of.
    generation: std::sync::atomic::AtomicU64,
    /// Who is editing what, per theory file: a participant's name, the id, since when.
    presence: Mutex<api::Presence>,
}

/// A new secret for a server's pages: 128 random bits, as hex.
fn new_token() -> crate::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Failed(crate::t!("serve-no-random", error = e.to_string())))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// How long a burst of file events (an editor's save is often several) is gathered before the
/// theories are checked again.
const SETTLE: Duration = Duration::from_millis(40);
/// A comment line on each open event stream this often, so proxies and browsers keep it.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// Checks every theory under the folder, binds the port and starts watching.
pub fn start(options: &ServeOptions) -> crate::Result<Running> {
    let metadata =
        std::fs::metadata(&options.dir).map_err(|e| Error::io("read", &options.dir, e))?;
    if !metadata.is_dir() {
        return Err(Error::Usage(crate::t!(
            "serve-not-a-folder",
            path = options.dir.display().to_string()
        )));
    }
    let token = new_token()?;
    let site = Site::new(&options.dir, options.policy, Some(token.clone()))?;
    let server = bind(&options.host, options.port)?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Failed(crate::t!("serve-no-address")))?;
    let port = addr.port();
    let mut allowed_hosts = vec![
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ];
    let bound = match addr {
        SocketAddr::V6(v6) => format!("[{}]:{port}", v6.ip()),
        SocketAddr::V4(v4) => format!("{}:{port}", v4.ip()),
    };
    if !allowed_hosts.contains(&bound) {
        allowed_hosts.push(bound);
    }
    if options.host != addr.ip().to_string() {
        allowed_hosts.push(format!("{}:{port}", options.host.to_ascii_lowercase()));
    }
    let state = Arc::new(State {
        site: RwLock::new(site),
        clients: Mutex::new(Vec::new()),
        allowed_hosts,
        token,
        edits: Mutex::new(api::Revisions::default()),
        generation: std::sync::atomic::AtomicU64::new(0),
        presence: Mutex::new(api::Presence::default()),
    });
    let watcher = watch(&options.dir, Arc::clone(&state))?;
    Ok(Running {
        server: Arc::new(server),
        state,
        addr,
        _watcher: watcher,
    })
}

fn bind(host: &str, port: u16) -> crate::Result<Server> {
    Server::http((host, port)).map_err(|e| {
        let in_use = e
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::AddrInUse);
        if in_use {
            Error::Usage(crate::t!(
                "serve-port-in-use",
                port = port.to_string(),
                host = host,
                next = port.wrapping_add(1).max(1024).to_string()
            ))
        } else {
            Error::Usage(crate::t!(
                "serve-cannot-listen",
                host = host,
                port = port.to_string(),
                error = e.to_string()
            ))
        }
    })
}

impl Running {
    /// The address the pages are at.
    pub fn url(&self) -> String {
        match self.addr {
            SocketAddr::V6(v6) => format!("http://[{}]:{}/", v6.ip(), v6.port()),
            SocketAddr::V4(v4) => format!("http://{}:{}/", v4.ip(), v4.port()),
        }
    }

    /// How many theories are served.
    pub fn theories(&self) -> usize {
        self.state.site.read().expect("site lock").len()
    }

    /// Theory files left out because they lead outside the folder.
    pub fn outside(&self) -> Vec<PathBuf> {
        self.state.site.read().expect("site lock").outside.clone()
    }

    /// Something that stops [`Running::run`] from another thread (Ctrl-C).
    pub fn stopper(&self) -> impl Fn() + Send + 'static {
        let server = Arc::clone(&self.server);
        move || server.unblock()
    }

    /// Serves until stopped. Each request gets its own thread: an open page holds its event
    /// stream for as long as it is open.
    pub fn run(self) {
        for request in self.server.incoming_requests() {
            let state = Arc::clone(&self.state);
            std::thread::spawn(move || handle(&state, request));
        }
    }
}

fn handle(state: &State, request: Request) {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_ascii_lowercase());
    if !host.is_some_and(|h| state.allowed_hosts.contains(&h)) {
        // A page on another site that resolves its own name to this address (DNS
        // rebinding) must not read the theories.
        let _ = request.respond(text(421, "This server answers only for its own address."));
        return;
    }
    let url = request.url().split('#').next().unwrap_or("/").to_string();
    if let Some(rest) = url.strip_prefix("/api/v1/theories/") {
        let rest = percent_encoding::percent_decode_str(rest)
            .decode_utf8()
            .map(|r| r.into_owned());
        match rest {
            Ok(rest) => api::handle(state, request, &rest),
            Err(_) => {
                let _ = request.respond(text(404, "Not found."));
            }
        }
        return;
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(
            text(405, "Only the edit API takes anything but GET.")
                .with_header(header("Allow", "GET, HEAD")),
        );
        return;
    }
    let (raw, query) = url.split_once('?').unwrap_or((&url, ""));
    let Ok(path) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        let _ = request.respond(text(404, "Not found."));
        return;
    };
    let path = path.trim_start_matches('/').to_string();
    // `?parts=HASH,HASH…`: only the parts of the page the asking page lacks.
    let have = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("parts="))
        .map(|list| {
            list.split(',')
                .filter(|h| !h.is_empty())
                .collect::<Vec<_>>()
        });
    match path.as_str() {
        "events" => events(state, request),
        "" | "index.html" => {
            let html = state.site.read().expect("site lock").overview();
            let _ = request.respond(page(html));
        }
        "favicon.ico" => {
            let _ = request.respond(Response::empty(204));
        }
        key => {
            // The page is looked up by name among the theories: the URL never becomes a
            // file path.
            let site = state.site.read().expect("site lock");
            let answer = match &have {
                Some(have) => site.parts(key, have).map(json),
                None => site.page(key).map(page),
            };
            drop(site);
            let _ = match answer {
                Some(answer) => request.respond(answer),
                None => request.respond(text(404, "Not found.")),
            };
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("ASCII header")
}

/// Headers every answer carries: no sniffing, no caching, no framing, no referrer.
fn common<R: std::io::Read>(response: Response<R>) -> Response<R> {
    response
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("Referrer-Policy", "no-referrer"))
        .with_header(header("X-Frame-Options", "DENY"))
}

fn text(status: u16, message: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    common(
        Response::from_string(format!("{message}\n"))
            .with_status_code(status)
            .with_header(header("Content-Type", "text/plain; charset=utf-8")),
    )
}

fn page(html: String) -> Response<std::io::Cursor<Vec<u8>>> {
    common(
        Response::from_string(html)
            .with_header(header("Content-Type", "text/html; charset=utf-8"))
            // The page's own policy is in a meta element; framing can only be refused here.
            .with_header(header("Content-Security-Policy", "frame-ancestors 'none'")),
    )
}

fn json(body: String) -> Response<std::io::Cursor<Vec<u8>>> {
    common(
        Response::from_string(body)
            .with_header(header("Content-Type", "application/json; charset=utf-8")),
    )
}

/// A page's event stream: one `data:` line per change to the theories, naming the pages that
/// changed (`{"generation":3,"changed":["spira.html"]}`; `""` is the overview alone).
fn events(state: &State, request: Request) {
    let (send, receive) = mpsc::channel();
    state.clients.lock().expect("clients lock").push(send);
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    stream(&receive, &mut *writer);
}

fn stream(receive: &Receiver<String>, writer: &mut dyn Write) {
    loop {
        let line = match receive.recv_timeout(KEEPALIVE) {
            Ok(data) => format!("data: {data}\n\n"),
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(line.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            // The page was closed.
            return;
        }
    }
}

/// Watches the folder; after each burst of changes checks the theories again and tells the
/// open pages.
fn watch(dir: &std::path::Path, state: Arc<State>) -> crate::Result<notify::RecommendedWatcher> {
    use notify::Watcher;
    let (send, receive) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            if !matches!(event.kind, notify::EventKind::Access(_)) {
                let _ = send.send(());
            }
        }
    })
    .map_err(|e| {
        Error::Failed(crate::t!(
            "serve-cannot-watch",
            path = dir.display().to_string(),
            error = e.to_string()
        ))
    })?;
    watcher
        .watch(dir, notify::RecursiveMode::Recursive)
        .map_err(|e| {
            Error::Failed(crate::t!(
                "serve-cannot-watch",
                path = dir.display().to_string(),
                error = e.to_string()
            ))
        })?;
    std::thread::spawn(move || {
        while receive.recv().is_ok() {
            // Gather the rest of the burst.
            let until = Instant::now() + SETTLE;
            while let Some(left) = until.checked_duration_since(Instant::now()) {
                if receive.recv_timeout(left).is_err() {
                    break;
                }
            }
            refresh_now(&state);
        }
    });
    Ok(watcher)
}

/// Checks the theories again and tells the open pages what changed: after a burst of file
/// events, and at once after an edit (the watcher's event then finds nothing new).
fn refresh_now(state: &State) {
    let refreshed = state.site.write().expect("site lock").refresh();
    let changed = match refreshed {
        Ok(changed) => changed,
        Err(e) => {
            // The server's own log: the environment's language (it serves every theory).
            let language = crate::locale::from_env().unwrap_or(crate::locale::Language::En);
            eprintln!(
                "{}",
                crate::t!("warning", warning = e.text()).render(language)
            );
            return;
        }
    };
    // A save that changed nothing a theory reads (an editor's backup file) tells no page
    // anything.
    if changed.is_empty() {
        return;
    }
    let generation = state
        .generation
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        + 1;
    let data = serde_json::json!({ "generation": generation, "changed": changed }).to_string();
    broadcast(state, &data);
}

/// Sends one event to every open page; a closed page's stream is dropped.
fn broadcast(state: &State, data: &str) {
    state
        .clients
        .lock()
        .expect("clients lock")
        .retain(|client| client.send(data.to_string()).is_ok());
}
