//! The workshop's edits: `POST /api/v1/theories/{file}/edit` applies an edit (`edit.v1`,
//! [`crate::edit`]) to a theory file of the served folder, and `GET /api/v1/theories/{file}`
//! answers its revision and page data. An edit needs the server's token, which only its own
//! pages carry (`<meta name="verkan-token">`), sent as `X-Verkan-Token`, and an `Origin` of
//! the server itself: 403 otherwise, 413 over 1 MiB, 409 when the boxes it touches changed
//! since its revision, 422 when it is refused for another reason. Each write is atomic.

use super::State;
use crate::edit::{self, revision};
use crate::locale::{Language, Text};
use crate::t;
use axum::http::{HeaderMap, Method};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// The most an edit may weigh.
pub(super) const MAX_EDIT: usize = 1 << 20;

/// The answer to an edit over [`MAX_EDIT`].
pub(super) fn too_large(language: Language) -> String {
    error(t!("serve-api-too-large"), language)
}
/// Earlier revisions kept per file, so that an edit made against one of them can still be
/// applied when the boxes it touches did not change since.
const KEPT: usize = 64;

/// One revision of a file: its name, its text, and who made it (`None`: a save from outside,
/// a text editor's).
struct Kept {
    revision: String,
    text: String,
    who: Option<String>,
}

/// The revisions of each file the server has seen, newest last.
#[derive(Default)]
pub(super) struct Revisions {
    by_file: std::collections::HashMap<PathBuf, VecDeque<Kept>>,
}

impl Revisions {
    fn keep(&mut self, path: &Path, text: &str, who: Option<&str>) {
        let kept = self.by_file.entry(path.to_path_buf()).or_default();
        let named = revision(text.as_bytes());
        if kept.back().is_some_and(|k| k.revision == named) {
            return;
        }
        kept.push_back(Kept {
            revision: named,
            text: text.to_string(),
            who: who.map(str::to_string),
        });
        if kept.len() > KEPT {
            kept.pop_front();
        }
    }

    fn text(&self, path: &Path, named: &str) -> Option<&str> {
        self.by_file
            .get(path)?
            .iter()
            .find(|k| k.revision == named)
            .map(|k| k.text.as_str())
    }

    /// Who made the revisions after `named`, each once, in order; `None` for a save from
    /// outside the server.
    fn since(&self, path: &Path, named: &str) -> Vec<Option<String>> {
        let Some(kept) = self.by_file.get(path) else {
            return Vec::new();
        };
        let from = kept
            .iter()
            .position(|k| k.revision == named)
            .map_or(0, |i| i + 1);
        let mut who: Vec<Option<String>> = Vec::new();
        for k in kept.iter().skip(from) {
            if !who.contains(&k.who) {
                who.push(k.who.clone());
            }
        }
        who
    }
}

/// How long a participant shows as editing a box without saying so again.
const PRESENT_FOR: std::time::Duration = std::time::Duration::from_secs(120);

/// Who is editing which item, per theory file: name → (id, since).
#[derive(Default)]
pub(super) struct Presence {
    by_file: std::collections::HashMap<
        String,
        std::collections::BTreeMap<String, (String, std::time::Instant)>,
    >,
}

impl Presence {
    /// The file's items being edited now, with who edits each.
    fn of(&mut self, file: &str) -> std::collections::BTreeMap<String, Vec<String>> {
        let mut editing = std::collections::BTreeMap::<String, Vec<String>>::new();
        if let Some(names) = self.by_file.get_mut(file) {
            names.retain(|_, (_, since)| since.elapsed() < PRESENT_FOR);
            for (name, (id, _)) in names.iter() {
                editing.entry(id.clone()).or_default().push(name.clone());
            }
        }
        editing
    }
}

/// A header's value as text, when it is there and is text.
fn header_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The token and the origin of the server's own pages: what every write needs.
fn own_page(state: &State, headers: &HeaderMap) -> bool {
    let header_value = |name: &str| header_value(headers, name);
    let token_ok = header_value("X-Verkan-Token").is_some_and(|t| t == state.token);
    let origin_ok = header_value("Origin").is_some_and(|origin| {
        state
            .allowed_hosts
            .iter()
            .any(|host| origin.eq_ignore_ascii_case(&format!("http://{host}")))
    });
    token_ok && origin_ok
}

/// A participant says which item they are editing (`{"name": "Anna", "editing": "id"}`,
/// `null` when done); every open page of the theory is told who edits what.
fn presence(
    state: &State,
    headers: &HeaderMap,
    body: &[u8],
    file: &str,
    language: Language,
) -> (u16, String) {
    if !own_page(state, headers) {
        return (403, error(t!("serve-api-presence-not-own"), language));
    }
    let said: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let Some(name) = said.get("name").and_then(serde_json::Value::as_str) else {
        return (422, error(t!("serve-api-no-name"), language));
    };
    let name: String = name.chars().filter(|c| !c.is_control()).take(60).collect();
    let editing = said.get("editing").and_then(serde_json::Value::as_str);
    let now = {
        let mut presence = state.presence.lock().expect("presence lock");
        let names = presence.by_file.entry(file.to_string()).or_default();
        match editing {
            Some(id) => {
                names.insert(name, (id.to_string(), std::time::Instant::now()));
            }
            None => {
                names.remove(&name);
            }
        }
        presence.of(file)
    };
    let event = serde_json::json!({ "presence": { "file": file, "editing": now } });
    super::broadcast(state, &event.to_string());
    (200, r#"{"version":1}"#.to_string())
}

/// Answers a request under `/api/v1/theories/`; `rest` is the part after it, `body` what was
/// sent (at most [`MAX_EDIT`]). The status and the JSON answer.
pub(super) fn handle(
    state: &State,
    method: &Method,
    headers: &HeaderMap,
    rest: &str,
    body: &[u8],
) -> (u16, String) {
    // A theory's answers speak its language, as its page does; others the reader's.
    let theory = rest
        .strip_suffix("/presence")
        .or_else(|| rest.strip_suffix("/edit"))
        .unwrap_or(rest);
    let language = state
        .site
        .read()
        .expect("site lock")
        .language(theory)
        .unwrap_or_else(|| super::reader_language(headers));
    let refuse = |status: u16, message: Text| (status, error(message, language));
    if let Some(file) = rest.strip_suffix("/presence") {
        let known = state
            .site
            .read()
            .expect("site lock")
            .theory_file(file)
            .is_some();
        return match (method, known) {
            (&Method::POST, true) => presence(state, headers, body, file, language),
            (&Method::POST, false) => refuse(404, t!("serve-api-no-theory")),
            _ => refuse(405, t!("serve-api-only-post")),
        };
    }
    let (file, edit) = match rest.strip_suffix("/edit") {
        Some(file) => (file, true),
        None => (rest, false),
    };
    let path = state.site.read().expect("site lock").theory_file(file);
    let Some(path) = path else {
        return refuse(404, t!("serve-api-no-theory"));
    };
    match (method, edit) {
        (&Method::GET | &Method::HEAD, false) => match read(state, &path, file) {
            Some(answer) => (200, answer),
            None => refuse(404, t!("serve-api-no-theory")),
        },
        (&Method::POST, true) => post(state, headers, body, &path, file, language),
        (_, true) => refuse(405, t!("serve-api-edit-is-post")),
        _ => refuse(405, t!("serve-api-read-with-get")),
    }
}

fn read(state: &State, path: &Path, file: &str) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let site = state.site.read().expect("site lock");
    let data = site.page_data(file)?;
    Some(format!(
        r#"{{"version":1,"revision":"{}","theory":{data}}}"#,
        revision(&bytes)
    ))
}

/// An answer that says what is wrong, in `language`.
fn error(message: Text, language: Language) -> String {
    serde_json::json!({ "version": 1, "error": message.render(language) }).to_string()
}

fn post(
    state: &State,
    headers: &HeaderMap,
    body: &[u8],
    path: &Path,
    file: &str,
    language: Language,
) -> (u16, String) {
    if !own_page(state, headers) {
        return (403, error(t!("serve-api-not-own"), language));
    }
    let header_value = |name: &str| header_value(headers, name);
    // The name as the page sent it, percent-encoded (a header is ASCII).
    let who = header_value("X-Verkan-Name")
        .map(|n| {
            percent_encoding::percent_decode_str(&n)
                .decode_utf8_lossy()
                .into_owned()
        })
        .map(|n| {
            n.chars()
                .filter(|c| !c.is_control())
                .take(60)
                .collect::<String>()
        })
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "?".to_string());
    let Ok(body) = std::str::from_utf8(body) else {
        return (400, error(t!("serve-api-edit-not-utf8"), language));
    };
    let parsed = match edit::parse(body) {
        Ok(parsed) => parsed,
        Err(refused) => return (422, error(refused.text(), language)),
    };
    // One edit at a time: each is applied to the file as the one before left it.
    let mut revisions = state.edits.lock().expect("edits lock");
    // What a write killed before its rename left behind (a power cut), gone before the next.
    if let Some(folder) = path.parent() {
        crate::output::remove_stale_temporaries(folder, std::time::Duration::from_secs(60));
    }
    let Ok(bytes) = std::fs::read(path) else {
        return (404, error(t!("serve-api-unreadable"), language));
    };
    let Ok(now) = String::from_utf8(bytes) else {
        return (422, error(t!("serve-api-theory-not-utf8"), language));
    };
    revisions.keep(path, &now, None);
    let base = parsed.base.as_deref().and_then(|b| revisions.text(path, b));
    let reader = |p: &Path| std::fs::read(p);
    let applied = match edit::apply(path, &now, base, &parsed, &reader) {
        Ok(applied) => applied,
        Err(refused) => {
            let stale = parsed
                .base
                .as_deref()
                .is_some_and(|b| b != revision(now.as_bytes()))
                && refused.op.is_none()
                && refused.reason.en() == crate::t!("edit-stale").en();
            if !stale {
                return (422, error(refused.text(), language));
            }
            let base = parsed.base.as_deref().unwrap_or_default();
            let names: Vec<String> = revisions
                .since(path, base)
                .into_iter()
                .map(|who| who.unwrap_or_else(|| t!("edit-by-editor").render(language)))
                .collect();
            let by = t!("edit-changed-by", names = names.join(", "));
            let message = format!(
                "{} ({})",
                refused.text().render(language),
                by.render(language)
            );
            let answer = serde_json::json!({ "version": 1, "error": message, "by": names });
            return (409, answer.to_string());
        }
    };
    for (data, text) in &applied.data {
        if let Err(e) = crate::output::write_atomic(data, text.as_bytes()) {
            return (500, error(e.text(), language));
        }
    }
    if let Err(e) = crate::output::write_atomic(path, applied.text.as_bytes()) {
        return (500, error(e.text(), language));
    }
    revisions.keep(path, &applied.text, Some(&who));
    drop(revisions);
    let done: Vec<String> = applied.done.iter().map(|d| d.render(language)).collect();
    // The server's log: one line per edit, who and what, in the server's language.
    let log = crate::locale::from_env().unwrap_or(Language::En);
    let said: Vec<String> = applied.done.iter().map(|d| d.render(log)).collect();
    eprintln!("{file}: {who}: {}", said.join("; "));
    let notes: Vec<String> = applied.notes.iter().map(|n| n.render(language)).collect();
    super::refresh_now(state);
    let answer = serde_json::json!({
        "version": 1,
        "revision": revision(applied.text.as_bytes()),
        "done": done,
        "notes": notes,
    });
    (200, answer.to_string())
}
