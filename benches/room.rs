//! The workshop room, measured in a real browser: `verkan serve` over a copy of the bundled
//! theories, ten pages of each open in Debian's chromium, and the time from an edit sent until
//! all ten have redrawn (`tests/browser/room.cjs`). The goal: a median under 300 ms.
//! Run: `cargo bench --bench room` (needs node, chromium and `.ci/node`, which `.ci/run`
//! installs; without them it says what is missing and measures nothing).

use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn main() {
    // `cargo bench` passes criterion's flags to every bench; `--list` asks for names only.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let modules = Path::new(ROOT).join(".ci/node/node_modules");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let chromium =
        Path::new("/usr/bin/chromium").exists() || std::env::var_os("CHROMIUM").is_some();
    if !(node && chromium && modules.join("puppeteer-core").exists()) {
        println!(
            "skipped: the room benchmark needs node, chromium and .ci/node (.ci/run installs them)"
        );
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy(&Path::new(ROOT).join("theories"), dir.path());
    let mut server = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .args(["serve", "--port", "0"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("verkan serve runs");
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.take().expect("its output"))
        .read_line(&mut line)
        .expect("its first line");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let status = Command::new("node")
        .arg(Path::new(ROOT).join("tests/browser/room.cjs"))
        .arg(&url)
        .env("NODE_PATH", &modules)
        .status()
        .expect("node runs");
    let _ = server.kill();
    let _ = server.wait();
    assert!(status.success(), "room.cjs failed");
}

/// The theories and their data files, one level of folders deep, as the folder holds them.
fn copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("theories/") {
        let path = entry.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            std::fs::create_dir_all(&target).expect("a folder");
            copy(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("a copy");
        }
    }
}
