//! How long the language server takes from a change to its diagnostics, end to end over an
//! in-memory connection: the quiet time that joins a burst of keystrokes ([`QUIET`], 20 ms),
//! then parse, compile, check and the diagnostics sent. Goals: ≤ 50 ms on a bundled theory,
//! ≤ 300 ms at 5 000 items.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use verkan::lsp::QUIET;
use verkan::synthetic::{theory, ITEMS_PER_CHAIN};

/// A server on its own thread and the client's end of the connection.
struct Session {
    client: Connection,
    server: Option<std::thread::JoinHandle<()>>,
    version: i64,
    uri: String,
}

impl Session {
    fn start(text: &str) -> Session {
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || {
            let _ = verkan::lsp::serve(&server);
        });
        let request = Request::new(
            RequestId::from(1),
            "initialize".into(),
            json!({"capabilities": {}}),
        );
        client.sender.send(request.into()).unwrap();
        loop {
            if let Message::Response(_) = client.receiver.recv().unwrap() {
                break;
            }
        }
        client
            .sender
            .send(Notification::new("initialized".into(), json!({})).into())
            .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
        let uri = format!("file://{}/bench.toml", dir.display());
        let open =
            json!({"textDocument": {"uri": uri, "languageId": "toml", "version": 1, "text": text}});
        client
            .sender
            .send(Notification::new("textDocument/didOpen".into(), open).into())
            .unwrap();
        let mut session = Session {
            client,
            server: Some(handle),
            version: 1,
            uri,
        };
        session.diagnostics();
        session
    }

    /// Waits for the diagnostics of the current version; how many there are.
    fn diagnostics(&mut self) -> usize {
        loop {
            if let Message::Notification(n) = self.client.receiver.recv().unwrap() {
                if n.method == "textDocument/publishDiagnostics"
                    && n.params["version"] == json!(self.version)
                {
                    return n.params["diagnostics"].as_array().map_or(0, Vec::len);
                }
            }
        }
    }

    /// One change (a character typed at the end of a comment line) and its diagnostics.
    fn type_a_character(&mut self) -> usize {
        self.version += 1;
        let change = json!({
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": if self.version % 2 == 0 { "#\n" } else { "" }}],
        });
        self.client
            .sender
            .send(Notification::new("textDocument/didChange".into(), change).into())
            .unwrap();
        self.diagnostics()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let shutdown = Request::new(RequestId::from(2), "shutdown".into(), Value::Null);
        let _ = self.client.sender.send(shutdown.into());
        let _ = self
            .client
            .sender
            .send(Notification::new("exit".into(), Value::Null).into());
        if let Some(server) = self.server.take() {
            let _ = server.join();
        }
    }
}

fn change_to_diagnostics(c: &mut Criterion) {
    let mut group = c.benchmark_group("lsp/change-to-diagnostics");
    group.sample_size(20);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    for name in ["spira", "pa_vag", "stegen", "aktivitetsarenan"] {
        let text = std::fs::read_to_string(dir.join(format!("{name}.toml"))).unwrap();
        let mut session = Session::start(&text);
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| session.type_a_character())
        });
    }
    for items in [1_000, 5_000] {
        let text = theory(items / ITEMS_PER_CHAIN);
        let mut session = Session::start(&text);
        group.bench_function(BenchmarkId::from_parameter(format!("{items}-items")), |b| {
            b.iter(|| session.type_a_character())
        });
    }
    group.finish();
    eprintln!("(each includes the {QUIET:?} the server waits for the typing to pause)");
}

criterion_group!(benches, change_to_diagnostics);
criterion_main!(benches);
