//! `verkan serve`: the workshop server. Serves the overview and each theory's page from
//! memory (nothing is read from disk by URL, so no path can lead outside the folder), watches
//! the folder, and tells every open page to update itself when a theory or a data file
//! changes (server-sent events). Bound to 127.0.0.1 unless told otherwise, and deaf to
//! requests for any other host name (DNS rebinding). It writes only through its edit API
//! (`api`), and only the theory files of the folder, for its own pages.

mod api;
mod share;
mod site;

pub use site::Site;

use crate::t;
use crate::Error;
use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

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
    /// Let the room's laptops join over the local network, with a secret (`--share`).
    pub share: bool,
}

/// A server bound and ready: [`Running::url`] to open, [`Running::run`] to serve until
/// [`Running::stopper`] is called.
pub struct Running {
    listener: std::net::TcpListener,
    state: Arc<State>,
    addr: SocketAddr,
    stop: Arc<tokio::sync::Notify>,
    _watcher: notify::RecommendedWatcher,
}

struct State {
    site: RwLock<Site>,
    /// Each change's event data, to every open page's event stream.
    events: tokio::sync::broadcast::Sender<String>,
    allowed_hosts: Vec<String>,
    /// The secret this server's own pages carry, without which no edit is taken.
    token: String,
    /// Edits one at a time, and the revisions of each file they were made against.
    edits: Mutex<api::Revisions>,
    /// How many changes the pages have been told of.
    generation: std::sync::atomic::AtomicU64,
    /// Who is editing what, per theory file: a participant's name, the id, since when.
    presence: Mutex<api::Presence>,
    /// With `--share`: the secret every request must carry, and the join address.
    share: Option<share::Share>,
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
    let mut site = Site::new(&options.dir, options.policy, Some(token.clone()))?;
    // What an earlier server killed in the middle of a write left behind.
    site.remove_stale_temporaries();
    // Shared, the default loopback address gives way to every address of the machine.
    let host = if options.share && options.host == "127.0.0.1" {
        "0.0.0.0"
    } else {
        options.host.as_str()
    };
    let listener = bind(host, options.port)?;
    let addr = listener
        .local_addr()
        .map_err(|_| Error::Failed(crate::t!("serve-no-address")))?;
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
    if host != addr.ip().to_string() {
        allowed_hosts.push(format!("{}:{port}", host.to_ascii_lowercase()));
    }
    let share = if options.share {
        let key = new_token()?;
        let lan = share::lan_address()
            .map(|ip| match ip {
                std::net::IpAddr::V6(v6) => format!("[{v6}]:{port}"),
                std::net::IpAddr::V4(v4) => format!("{v4}:{port}"),
            })
            .unwrap_or_else(|| format!("127.0.0.1:{port}"));
        if !allowed_hosts.contains(&lan) {
            allowed_hosts.push(lan.clone());
        }
        let join = format!("http://{lan}/?key={key}");
        site.set_join(&join, share::page_code(&join));
        Some(share::Share { key, join })
    } else {
        None
    };
    let state = Arc::new(State {
        site: RwLock::new(site),
        events: tokio::sync::broadcast::channel(64).0,
        allowed_hosts,
        token,
        edits: Mutex::new(api::Revisions::default()),
        generation: std::sync::atomic::AtomicU64::new(0),
        presence: Mutex::new(api::Presence::default()),
        share,
    });
    let watcher = watch(&options.dir, Arc::clone(&state))?;
    Ok(Running {
        listener,
        state,
        addr,
        stop: Arc::new(tokio::sync::Notify::new()),
        _watcher: watcher,
    })
}

fn bind(host: &str, port: u16) -> crate::Result<std::net::TcpListener> {
    std::net::TcpListener::bind((host, port)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
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
    /// The address the pages are at, on this machine (with the secret when shared).
    pub fn url(&self) -> String {
        let ip = match self.addr.ip() {
            ip if ip.is_unspecified() => std::net::IpAddr::from([127, 0, 0, 1]),
            ip => ip,
        };
        let base = match ip {
            std::net::IpAddr::V6(v6) => format!("http://[{v6}]:{}/", self.addr.port()),
            std::net::IpAddr::V4(v4) => format!("http://{v4}:{}/", self.addr.port()),
        };
        match &self.state.share {
            Some(share) => format!("{base}?key={}", share.key),
            None => base,
        }
    }

    /// With `--share`: the address the room's other laptops join at, and its QR code for a
    /// terminal.
    pub fn join(&self) -> Option<(String, Option<String>)> {
        let share = self.state.share.as_ref()?;
        Some((share.join.clone(), share::terminal_code(&share.join)))
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
        let stop = Arc::clone(&self.stop);
        // A stop before `run` has begun waiting is kept, and ends it at once.
        move || stop.notify_one()
    }

    /// Serves until stopped, on a small runtime of its own. An open page holds its event
    /// stream for as long as it is open; stopping ends them all.
    pub fn run(self) {
        let runtime = match tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
        {
            Ok(runtime) => runtime,
            Err(e) => {
                eprintln!("verkan serve: {e}");
                return;
            }
        };
        let Running {
            listener,
            state,
            stop,
            ..
        } = self;
        runtime.block_on(async move {
            let listener = match listener
                .set_nonblocking(true)
                .and_then(|()| tokio::net::TcpListener::from_std(listener))
            {
                Ok(listener) => listener,
                Err(e) => {
                    eprintln!("verkan serve: {e}");
                    return;
                }
            };
            let app = axum::Router::new().fallback(handle).with_state(state);
            let serving = std::pin::pin!(axum::serve(listener, app).into_future());
            let stopped = std::pin::pin!(stop.notified());
            // Not a graceful shutdown: the open event streams would keep it waiting forever.
            let _ = futures_util::future::select(serving, stopped).await;
        });
        runtime.shutdown_timeout(Duration::from_millis(200));
    }
}

type Shared = axum::extract::State<Arc<State>>;

/// The language a browser asks for first (`Accept-Language`), when verkan speaks it; else the
/// server's own.
fn reader_language(headers: &axum::http::HeaderMap) -> crate::locale::Language {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|list| {
            list.split(',')
                .map(|tag| tag.split(';').next().unwrap_or("").trim())
                .find_map(
                    |tag| match tag.split('-').next()?.to_ascii_lowercase().as_str() {
                        "sv" => Some(crate::locale::Language::Sv),
                        "en" => Some(crate::locale::Language::En),
                        _ => None,
                    },
                )
        })
        .or_else(crate::locale::from_env)
        .unwrap_or(crate::locale::Language::En)
}

async fn handle(axum::extract::State(state): Shared, request: axum::extract::Request) -> Response {
    let reader = reader_language(request.headers());
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase);
    if !host.is_some_and(|h| state.allowed_hosts.contains(&h)) {
        // A page on another site that resolves its own name to this address (DNS
        // rebinding) must not read the theories.
        return text(421, &t!("serve-http-foreign-host").render(reader));
    }
    let method = request.method().clone();
    let uri = request.uri().clone();
    if let Some(shared) = &state.share {
        let cookie = request
            .headers()
            .get(header::COOKIE)
            .and_then(|c| c.to_str().ok());
        match share::check(&shared.key, uri.query(), cookie) {
            share::Key::Known => {}
            share::Key::Joining => {
                // The secret becomes a cookie, and the address the reader sees loses it.
                let mut response = text(303, &t!("serve-http-joined").render(reader));
                let cookie = format!(
                    "{}={}; Path=/; HttpOnly; SameSite=Strict",
                    share::COOKIE,
                    shared.key
                );
                let headers = response.headers_mut();
                if let (Ok(cookie), Ok(location)) = (
                    HeaderValue::from_str(&cookie),
                    HeaderValue::from_str(uri.path()),
                ) {
                    headers.insert(header::SET_COOKIE, cookie);
                    headers.insert(header::LOCATION, location);
                }
                return response;
            }
            share::Key::Missing => return text(403, &t!("serve-http-needs-secret").render(reader)),
        }
    }
    let raw = uri.path();
    if let Some(rest) = raw.strip_prefix("/api/v1/theories/") {
        let Ok(rest) = percent_encoding::percent_decode_str(rest).decode_utf8() else {
            return text(404, &t!("serve-http-not-found").render(reader));
        };
        let rest = rest.into_owned();
        let headers = request.headers().clone();
        let body = match axum::body::to_bytes(request.into_body(), api::MAX_EDIT + 1).await {
            Ok(body) if body.len() <= api::MAX_EDIT => body,
            _ => return json_status(413, api::too_large(reader)),
        };
        let (status, answer) = api::handle(&state, &method, &headers, &rest, &body);
        return json_status(status, answer);
    }
    if !matches!(method, Method::GET | Method::HEAD) {
        let mut response = text(405, &t!("serve-http-get-only").render(reader));
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let Ok(path) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        return text(404, &t!("serve-http-not-found").render(reader));
    };
    let path = path.trim_start_matches('/').to_string();
    // `?parts=HASH,HASH…`: only the parts of the page the asking page lacks. The page
    // encodes the list as a query value (its commas as `%2C`).
    let have = uri.query().unwrap_or("").split('&').find_map(|pair| {
        pair.strip_prefix("parts=").map(|list| {
            percent_encoding::percent_decode_str(list)
                .decode_utf8_lossy()
                .split(',')
                .filter(|h| !h.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    });
    match path.as_str() {
        "events" => events(&state),
        "" | "index.html" => page(state.site.read().expect("site lock").overview()),
        "favicon.ico" => common(StatusCode::NO_CONTENT.into_response()),
        key => {
            // The page is looked up by name among the theories: the URL never becomes a
            // file path.
            let site = state.site.read().expect("site lock");
            let answer = match &have {
                Some(have) => {
                    let have: Vec<&str> = have.iter().map(String::as_str).collect();
                    site.parts(key, &have).map(|body| json_status(200, body))
                }
                None => site.page(key).map(page),
            };
            drop(site);
            answer.unwrap_or_else(|| text(404, &t!("serve-http-not-found").render(reader)))
        }
    }
}

/// Headers every answer carries: no sniffing, no caching, no framing, no referrer.
fn common(mut response: Response) -> Response {
    let headers: &mut HeaderMap = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

fn with(status: u16, content_type: &'static str, body: String) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    common(response)
}

fn text(status: u16, message: &str) -> Response {
    with(status, "text/plain; charset=utf-8", format!("{message}\n"))
}

fn page(html: String) -> Response {
    let mut response = with(200, "text/html; charset=utf-8", html);
    // The page's own policy is in a meta element; framing can only be refused here.
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("frame-ancestors 'none'"),
    );
    response
}

fn json_status(status: u16, body: String) -> Response {
    with(status, "application/json; charset=utf-8", body)
}

/// A page's event stream: one `data:` line per change to the theories, naming the pages that
/// changed, with their files' revisions (`{"generation":3,"changed":["spira.html"],
/// "revisions":{"spira.toml":"sha256:…"}}`; `""` is the overview alone), and who
/// edits what (`{"presence":…}`). A page that fell behind is told to fetch itself whole.
fn events(state: &State) -> Response {
    use axum::response::sse::{Event, KeepAlive, Sse};
    use futures_util::StreamExt;
    type Item = Result<Event, std::convert::Infallible>;
    let receiver = state.events.subscribe();
    let first = futures_util::stream::once(async {
        Ok::<_, std::convert::Infallible>(Event::default().retry(Duration::from_millis(500)))
    });
    let changes = futures_util::stream::unfold(receiver, |mut receiver| async move {
        use tokio::sync::broadcast::error::RecvError;
        let data = match receiver.recv().await {
            Ok(data) => data,
            Err(RecvError::Lagged(_)) => "{}".to_string(),
            Err(RecvError::Closed) => return None,
        };
        Some((
            Ok::<_, std::convert::Infallible>(Event::default().data(data)),
            receiver,
        ))
    });
    let stream = first.chain(changes).map(|event: Item| event);
    let sse = Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEPALIVE).text("keep-alive"));
    common(sse.into_response())
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
    // With each changed theory's revision, so that a page edits on without asking for it.
    let revisions: serde_json::Map<String, serde_json::Value> = {
        let site = state.site.read().expect("site lock");
        changed
            .iter()
            .filter_map(|key| site.revision(key))
            .map(|(file, revision)| (file, revision.into()))
            .collect()
    };
    let data =
        serde_json::json!({ "generation": generation, "changed": changed, "revisions": revisions })
            .to_string();
    broadcast(state, &data);
}

/// Sends one event to every open page (none open is no error).
fn broadcast(state: &State, data: &str) {
    let _ = state.events.send(data.to_string());
}
