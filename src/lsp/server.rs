//! The server's state (the open documents) and its message loop.

use super::analysis::Analysis;
use super::position::{Encoding, Lines};
use super::{Stopped, QUIET};
use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{self as lsp, notification as n, request as r, Uri};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// A theory file open in the editor.
pub(super) struct Document {
    /// Where the file is (or would be), for its data files and the names in messages.
    pub path: PathBuf,
    pub text: String,
    pub version: i32,
    pub lines: Lines,
    analysis: Option<Analysis>,
    /// The last analysis that compiled: ids to complete while the text is mid-edit and does
    /// not parse.
    last_good: Option<Analysis>,
}

impl Document {
    fn new(uri: Uri, text: String, version: i32, encoding: Encoding) -> Self {
        let path = super::path_of(&uri).unwrap_or_else(|| PathBuf::from(uri.as_str()));
        Document {
            lines: Lines::new(&text, encoding),
            path,
            text,
            version,
            analysis: None,
            last_good: None,
        }
    }

    /// The text checked, computed on first use after a change.
    pub fn analysis(&mut self) -> &Analysis {
        let (path, text) = (&self.path, &self.text);
        self.analysis
            .get_or_insert_with(|| Analysis::new(path, text))
    }

    /// The analysis to read ids from: this text's when it compiled, else the last that did.
    pub fn known(&mut self) -> Option<&Analysis> {
        if self.analysis().compiled().is_some() {
            return self.analysis.as_ref();
        }
        self.last_good.as_ref()
    }

    /// Whether the file is a theory (see [`looks_like_theory`]).
    pub fn is_theory(&self) -> bool {
        looks_like_theory(&self.text)
    }

    fn changed(&mut self, text: String, version: i32, encoding: Encoding) {
        self.lines = Lines::new(&text, encoding);
        self.text = text;
        self.version = version;
        self.forget();
    }

    /// Drops the analysis (the text or a data file changed), keeping it for ids if it
    /// compiled.
    fn forget(&mut self) {
        if let Some(old) = self.analysis.take() {
            if old.compiled().is_some() {
                self.last_good = Some(old);
            }
        }
    }
}

/// Whether a TOML file is a theory: it has a `[theory]` table or points at the theory
/// schema. Other TOML files an editor sends (a `Cargo.toml`, a `pyproject.toml`) are left
/// alone.
pub fn looks_like_theory(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim();
        line.starts_with("[theory]")
            || (line.starts_with("#:schema") && line.contains("theory.schema"))
    })
}

/// Everything the server knows.
pub(super) struct Server {
    pub encoding: Encoding,
    pub documents: BTreeMap<Uri, Document>,
    /// Documents changed since their diagnostics were last sent.
    pending: BTreeSet<Uri>,
    /// The workspace's folders, for symbols across theories.
    pub roots: Vec<PathBuf>,
}

/// A request refused, with the message the editor shows.
pub(super) type Answer<T> = Result<T, String>;

/// Serves one connection: `initialize`, then messages until `shutdown` and `exit`.
pub fn serve(connection: &Connection) -> Result<(), Stopped> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| Stopped(e.to_string()))?;
    let params: lsp::InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let encoding = encoding(&params);
    let result = lsp::InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(lsp::ServerInfo {
            name: "verkan".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|e| Stopped(e.to_string()))?;
    connection
        .initialize_finish(id, result)
        .map_err(|e| Stopped(e.to_string()))?;
    let mut server = Server {
        encoding,
        documents: BTreeMap::new(),
        pending: BTreeSet::new(),
        roots: roots(&params),
    };
    let gone = || Stopped("the client closed the connection without `shutdown`".to_string());
    loop {
        let message = if server.pending.is_empty() {
            connection.receiver.recv().map_err(|_| gone())?
        } else {
            match connection.receiver.recv_timeout(QUIET) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => {
                    server.publish(connection)?;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return Err(gone()),
            }
        };
        match message {
            Message::Request(request) => {
                let shutdown = connection
                    .handle_shutdown(&request)
                    .map_err(|e| Stopped(e.to_string()))?;
                if shutdown {
                    return Ok(());
                }
                let response = server.request(request);
                send(connection, response.into())?;
            }
            Message::Notification(notification) => {
                if notification.method == n::Exit::METHOD {
                    return Err(Stopped(
                        "the client sent `exit` before `shutdown`".to_string(),
                    ));
                }
                let closed = server.notify(notification);
                if let Some(uri) = closed {
                    // A closed file's findings leave the editor's problem list.
                    let params = lsp::PublishDiagnosticsParams::new(uri, Vec::new(), None);
                    send(connection, notification_of::<n::PublishDiagnostics>(params))?;
                }
            }
            Message::Response(_) => {}
        }
    }
}

fn send(connection: &Connection, message: Message) -> Result<(), Stopped> {
    connection
        .sender
        .send(message)
        .map_err(|_| Stopped("the connection to the client broke".to_string()))
}

fn notification_of<N: n::Notification>(params: N::Params) -> Message {
    Notification::new(N::METHOD.to_string(), params).into()
}

/// UTF-8 when the client offers it (no counting in UTF-16 then), else the default.
fn encoding(params: &lsp::InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(kinds) if kinds.contains(&lsp::PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

fn roots(params: &lsp::InitializeParams) -> Vec<PathBuf> {
    let folders = params.workspace_folders.iter().flatten();
    let mut roots: Vec<PathBuf> = folders.filter_map(|f| super::path_of(&f.uri)).collect();
    #[allow(deprecated)] // Older clients send only `rootUri`.
    if roots.is_empty() {
        roots.extend(params.root_uri.as_ref().and_then(super::path_of));
    }
    roots
}

fn capabilities(encoding: Encoding) -> lsp::ServerCapabilities {
    use lsp::{OneOf, ServerCapabilities as Caps};
    let sync = lsp::TextDocumentSyncOptions {
        open_close: Some(true),
        change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
        save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
        ..Default::default()
    };
    Caps {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(sync)),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions {
            trigger_characters: Some(["\"", "'", ".", "["].map(String::from).to_vec()),
            ..Default::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(lsp::RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Options(
            lsp::CodeActionOptions {
                code_action_kinds: Some(vec![
                    lsp::CodeActionKind::QUICKFIX,
                    lsp::CodeActionKind::REFACTOR,
                ]),
                ..Default::default()
            },
        )),
        code_lens_provider: Some(lsp::CodeLensOptions {
            resolve_provider: Some(false),
        }),
        document_formatting_provider: Some(OneOf::Left(true)),
        semantic_tokens_provider: Some(
            lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
                lsp::SemanticTokensOptions {
                    legend: super::decorate::legend(),
                    full: Some(lsp::SemanticTokensFullOptions::Bool(true)),
                    ..Default::default()
                },
            ),
        ),
        inlay_hint_provider: Some(OneOf::Left(true)),
        ..Default::default()
    }
}

impl Server {
    /// The open document at `uri`.
    pub fn document(&mut self, uri: &Uri) -> Answer<&mut Document> {
        self.documents
            .get_mut(uri)
            .ok_or_else(|| format!("verkan has no open document {}", uri.as_str()))
    }

    fn request(&mut self, request: Request) -> Response {
        use super::{actions, complete, decorate, hover, navigate};
        match request.method.as_str() {
            r::HoverRequest::METHOD => self.answer::<r::HoverRequest>(request, hover::hover),
            r::Completion::METHOD => self.answer::<r::Completion>(request, complete::complete),
            r::GotoDefinition::METHOD => {
                self.answer::<r::GotoDefinition>(request, navigate::definition)
            }
            r::References::METHOD => self.answer::<r::References>(request, navigate::references),
            r::DocumentHighlightRequest::METHOD => {
                self.answer::<r::DocumentHighlightRequest>(request, navigate::highlight)
            }
            r::PrepareRenameRequest::METHOD => {
                self.answer::<r::PrepareRenameRequest>(request, navigate::prepare_rename)
            }
            r::Rename::METHOD => self.answer::<r::Rename>(request, navigate::rename),
            r::DocumentSymbolRequest::METHOD => {
                self.answer::<r::DocumentSymbolRequest>(request, navigate::document_symbols)
            }
            r::WorkspaceSymbolRequest::METHOD => {
                self.answer::<r::WorkspaceSymbolRequest>(request, navigate::workspace_symbols)
            }
            r::CodeActionRequest::METHOD => {
                self.answer::<r::CodeActionRequest>(request, actions::code_actions)
            }
            r::CodeLensRequest::METHOD => {
                self.answer::<r::CodeLensRequest>(request, decorate::code_lenses)
            }
            r::SemanticTokensFullRequest::METHOD => {
                self.answer::<r::SemanticTokensFullRequest>(request, decorate::semantic_tokens)
            }
            r::InlayHintRequest::METHOD => {
                self.answer::<r::InlayHintRequest>(request, decorate::inlay_hints)
            }
            r::Formatting::METHOD => self.answer::<r::Formatting>(request, actions::format),
            _ => Response::new_err(
                request.id,
                ErrorCode::MethodNotFound as i32,
                format!("verkan lsp does not answer `{}`", request.method),
            ),
        }
    }

    fn answer<R: r::Request>(
        &mut self,
        request: Request,
        feature: fn(&mut Server, R::Params) -> Answer<R::Result>,
    ) -> Response {
        // Another TOML file the editor has open (a `Cargo.toml`) gets nothing from verkan.
        let uri = request
            .params
            .pointer("/textDocument/uri")
            .and_then(|u| u.as_str());
        let elsewhere = uri
            .and_then(|u| u.parse::<Uri>().ok())
            .and_then(|u| self.documents.get(&u))
            .is_some_and(|d| !d.is_theory());
        if elsewhere {
            return Response::new_ok(request.id, serde_json::Value::Null);
        }
        match serde_json::from_value::<R::Params>(request.params) {
            Ok(params) => match feature(self, params) {
                Ok(result) => Response::new_ok(request.id, result),
                Err(message) => {
                    Response::new_err(request.id, ErrorCode::RequestFailed as i32, message)
                }
            },
            Err(e) => Response::new_err(request.id, ErrorCode::InvalidParams as i32, e.to_string()),
        }
    }

    /// Applies a notification; returns the document it closed, if any.
    fn notify(&mut self, notification: Notification) -> Option<Uri> {
        let encoding = self.encoding;
        match notification.method.as_str() {
            n::DidOpenTextDocument::METHOD => {
                let params: lsp::DidOpenTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let item = params.text_document;
                let uri = item.uri.clone();
                let document = Document::new(item.uri, item.text, item.version, encoding);
                self.documents.insert(uri.clone(), document);
                self.pending.insert(uri);
            }
            n::DidChangeTextDocument::METHOD => {
                let params: lsp::DidChangeTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let uri = params.text_document.uri;
                let document = self.documents.get_mut(&uri)?;
                let mut text = std::mem::take(&mut document.text);
                for change in params.content_changes {
                    match change.range {
                        Some(range) => {
                            // Each change is against the text the ones before it made.
                            let lines = Lines::new(&text, encoding);
                            let span = lines.span(&text, range);
                            text.replace_range(span, &change.text);
                        }
                        None => text = change.text,
                    }
                }
                document.changed(text, params.text_document.version, encoding);
                self.pending.insert(uri);
            }
            n::DidSaveTextDocument::METHOD | n::DidChangeWatchedFiles::METHOD => {
                // A data file may have changed on disk: every open theory reads its own again.
                for (uri, document) in &mut self.documents {
                    document.forget();
                    self.pending.insert(uri.clone());
                }
            }
            n::DidCloseTextDocument::METHOD => {
                let params: lsp::DidCloseTextDocumentParams =
                    serde_json::from_value(notification.params).ok()?;
                let uri = params.text_document.uri;
                self.documents.remove(&uri);
                self.pending.remove(&uri);
                return Some(uri);
            }
            _ => {}
        }
        None
    }

    /// Sends the diagnostics of every document changed since they were last sent.
    fn publish(&mut self, connection: &Connection) -> Result<(), Stopped> {
        let encoding = self.encoding;
        for uri in std::mem::take(&mut self.pending) {
            let Some(document) = self.documents.get_mut(&uri) else {
                continue;
            };
            let found = if document.is_theory() {
                document.analysis();
                let analysis = document.analysis.as_ref().expect("just analysed");
                super::diagnostics::of(analysis, &document.lines, encoding, &uri)
            } else {
                Vec::new()
            };
            let params = lsp::PublishDiagnosticsParams::new(uri, found, Some(document.version));
            send(connection, notification_of::<n::PublishDiagnostics>(params))?;
        }
        Ok(())
    }
}
