//! The workshop pages in a real browser: Debian's chromium driven by puppeteer-core
//! (tests/browser/*.cjs), with axe-core for accessibility. `.ci/run` installs chromium and the
//! Node packages (.ci/node); without them these tests print one line saying they were skipped,
//! and under CI=true their absence fails them.
//!
//! Screenshots go to `target/browser-shots/` (or `$VERKAN_SHOTS`), outside the repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Node and the packages the scripts need, with Chromium; `None` (after saying so) when one is
/// missing outside CI.
fn browser() -> Option<PathBuf> {
    let modules = std::env::var_os("VERKAN_NODE_MODULES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(ROOT).join(".ci/node/node_modules"));
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let chromium =
        Path::new("/usr/bin/chromium").exists() || std::env::var_os("CHROMIUM").is_some();
    let packages = ["puppeteer-core", "axe-core"]
        .iter()
        .all(|p| modules.join(p).join("package.json").exists());
    if node && chromium && packages {
        return Some(modules);
    }
    let missing: Vec<&str> = [
        (node, "node"),
        (chromium, "chromium"),
        (packages, "puppeteer-core and axe-core in .ci/node"),
    ]
    .into_iter()
    .filter(|(there, _)| !there)
    .map(|(_, name)| name)
    .collect();
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "CI=true but {} missing: .ci/run installs them",
        missing.join(", ")
    );
    eprintln!(
        "skipped: the browser tests (no {}; .ci/run installs them)",
        missing.join(", ")
    );
    None
}

fn shots() -> PathBuf {
    std::env::var_os("VERKAN_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(ROOT).join("target/browser-shots"))
}

/// Runs a test script; its checks print `ok`/`FAIL` lines and set the exit code.
fn node(modules: &Path, script: &str, args: &[&std::ffi::OsStr]) {
    let output = Command::new("node")
        .arg(Path::new(ROOT).join("tests/browser").join(script))
        .args(args)
        .env("NODE_PATH", modules)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{script} failed:\n{stdout}");
    assert!(stdout.contains("ok "), "{script} ran no check");
}

fn verkan(args: &[&std::ffi::OsStr]) {
    let status = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("verkan runs");
    assert!(status.success(), "verkan {args:?}");
}

/// A theory whose every text tries to run script.
const HOSTILE: &str = r#"
[theory]
name = "<script>window.pwned = 1</script>"
language = "sv"

[perspectives]
deltagare = "<img src=x onerror=\"window.pwned = 1\">"

[activities.a]
text = "<script>window.pwned = 1</script>"
perspective = "deltagare"

[effects.e]
text = "<img src=x onerror=\"window.pwned = 1\">"
horizon = "short"
perspective = "deltagare"

[mechanisms.m]
text = "</script><script>window.pwned = 1</script>"
from = ["a"]
to = ["e"]
evidence = ["<img src=x onerror=\"window.pwned = 1\">"]

[indicators.i]
text = "<script>window.pwned = 1</script>"
measures = "e"
kind = "outcome"
unit = "percent"
target = { value = 50, direction = "at_least" }
measurements = [
  { period = "2019", value = 40, note = "<img src=x onerror=\"window.pwned = 1\">" },
  { period = "2020", value = 60, note = "]]></script><script>window.pwned = 1</script>" },
]
"#;

#[test]
fn pages_from_a_usb_stick() {
    let Some(modules) = browser() else { return };
    let out = tempfile::tempdir().unwrap();
    verkan(&[
        "build".as_ref(),
        Path::new(ROOT).join("theories").as_os_str(),
        "-o".as_ref(),
        out.path().as_os_str(),
    ]);
    let hostile = tempfile::tempdir().unwrap();
    let theory = hostile.path().join("hostile.toml");
    std::fs::write(&theory, HOSTILE).unwrap();
    let page = hostile.path().join("hostile.html");
    verkan(&[
        "render".as_ref(),
        theory.as_os_str(),
        "-o".as_ref(),
        page.as_os_str(),
    ]);
    let shots = shots();
    node(
        &modules,
        "pages.cjs",
        &[out.path().as_os_str(), shots.as_os_str(), page.as_os_str()],
    );
}

#[cfg(feature = "serve")]
#[test]
fn live_reload_in_the_workshop() {
    let Some(modules) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(Path::new(ROOT).join("theories")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        } else if path.is_dir() {
            let to = dir.path().join(path.file_name().unwrap());
            std::fs::create_dir_all(&to).unwrap();
            for inner in std::fs::read_dir(&path).unwrap() {
                let inner = inner.unwrap().path();
                if inner.is_file() {
                    std::fs::copy(&inner, to.join(inner.file_name().unwrap())).unwrap();
                }
            }
        }
    }
    let mut server = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("serve")
        .arg(dir.path())
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("verkan serve runs");
    use std::io::BufRead;
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    let shots = shots();
    let result = std::panic::catch_unwind(|| {
        node(
            &modules,
            "serve.cjs",
            &[url.as_ref(), dir.path().as_os_str(), shots.as_os_str()],
        )
    });
    let _ = server.kill();
    let _ = server.wait();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}
