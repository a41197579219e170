//! The `verkan` binary, run as a user runs it.

use crate::common;
use std::path::Path;
use std::process::{Command, Output};

fn verkan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verkan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        // Messages follow each theory's language; the environment's only where none is known.
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// `verkan build [INPUT] -o OUT EXTRA…`: the bundled `theories/` when `input` is `None`.
fn build(input: Option<&std::path::Path>, out: &std::path::Path, extra: &[&str]) -> Output {
    let mut args = vec!["build"];
    if let Some(input) = input {
        args.push(input.to_str().expect("a UTF-8 path"));
    }
    args.extend(["-o", out.to_str().expect("a UTF-8 path")]);
    args.extend(extra);
    verkan(&args)
}

#[test]
fn check_of_the_bundled_theories_passes_and_lists_the_drafts() {
    let output = verkan(&["check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = stdout(&output);
    assert!(text.contains("warning[draft-indicator]"));
    assert!(text
        .lines()
        .last()
        .unwrap()
        .starts_with("kontrollerade 4 teorier: 0 fel, "));
    insta::with_settings!({snapshot_path => "../../snapshots/cli", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("check_theories", text);
    });
}

#[test]
fn check_is_deterministic() {
    let first = verkan(&["check", "theories", "--format", "json"]);
    let second = verkan(&["check", "theories", "--format", "json"]);
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn errors_exit_1_and_deny_warnings_makes_warnings_fail() {
    let broken = verkan(&[
        "check",
        "tests/rules/effect-without-mechanism/no-mechanism.toml",
    ]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stdout(&broken).contains("error[effect-without-mechanism]"));

    let denied = verkan(&["check", "--deny", "warnings", "theories/spira.toml"]);
    assert_eq!(denied.status.code(), Some(1));
    assert!(stdout(&denied).contains("error[draft-indicator]"));
}

#[test]
fn allow_silences_a_rule_and_deny_wins_over_allow() {
    let allowed = verkan(&[
        "check",
        "--allow",
        "draft-indicator",
        "--allow",
        "draft-mechanism",
        "theories/spira.toml",
    ]);
    assert_eq!(allowed.status.code(), Some(0));
    assert_eq!(
        stdout(&allowed).trim(),
        "kontrollerade 1 teori: 0 fel, 0 varningar"
    );

    let denied = verkan(&[
        "check",
        "--allow",
        "draft-indicator",
        "--deny",
        "draft-indicator",
        "theories/spira.toml",
    ]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn lints_table_in_a_theory_sets_levels() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/stegen.toml"))
            .unwrap();
    let path = dir.path().join("stegen.toml");
    std::fs::write(
        &path,
        format!("{text}\n[lints]\ndraft-indicator = \"deny\"\ndraft-mechanism = \"allow\"\n"),
    )
    .unwrap();
    let output = verkan(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("error[draft-indicator]"));
    assert!(!text.contains("draft-mechanism"));
}

#[test]
fn json_is_one_object_per_line_with_positions() {
    let output = verkan(&[
        "check",
        "--format",
        "json",
        "tests/rules/unresolved-reference/misspelt-activity.toml",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let finding = lines
        .iter()
        .find(|v| v["rule"] == "unresolved-reference")
        .expect("the finding");
    assert_eq!(finding["version"], 1);
    assert_eq!(
        finding["file"],
        "tests/rules/unresolved-reference/misspelt-activity.toml"
    );
    assert_eq!(finding["line"], 22);
    assert_eq!(finding["column"], 9);
    assert_eq!(finding["end_column"], 18);
    assert_eq!(finding["severity"], "error");
    // The fixture names no language: the format's default, Swedish.
    assert_eq!(finding["language"], "sv");
    assert_eq!(finding["help"], "menade du `forrehab`?");
    assert!(stderr(&output).contains("kontrollerade 1 teori: 1 fel"));
}

#[test]
fn github_format_writes_workflow_annotations() {
    let output = verkan(&[
        "check",
        "--format",
        "github",
        "tests/rules/effect-without-mechanism/no-mechanism.toml",
    ]);
    let text = stdout(&output);
    assert!(
        text.lines().any(|l| l.starts_with(
            "::error file=tests/rules/effect-without-mechanism/no-mechanism.toml,line=15,col=1,endLine=15,endColumn=21,title=verkan(effect-without-mechanism)::"
        )),
        "{text}"
    );
}

#[test]
fn usage_and_io_problems_exit_2_with_a_clear_message() {
    let missing = verkan(&["check", "no/such/theory.toml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("no/such/theory.toml"),
        "{}",
        stderr(&missing)
    );

    let unknown = verkan(&["check", "--allow", "feedback-loops"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("did you mean `feedback-loop`?"),
        "{}",
        stderr(&unknown)
    );

    let fixed = verkan(&["check", "--allow", "syntax-error"]);
    assert_eq!(fixed.status.code(), Some(2));

    let empty = tempfile::tempdir().unwrap();
    let none = verkan(&["check", empty.path().to_str().unwrap()]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("no *.toml theory files"));
}

#[test]
fn explain_lists_rules_and_explains_one() {
    let list = verkan(&["explain"]);
    assert_eq!(list.status.code(), Some(0));
    for rule in verkan::rules::RULES {
        assert!(
            stdout(&list).contains(rule.name()),
            "{} is listed",
            rule.name()
        );
    }
    let one = verkan(&["explain", "effect-without-outcome-indicator"]);
    assert_eq!(one.status.code(), Some(0));
    assert!(stdout(&one).contains("utfallsindikatorer"));

    let typo = verkan(&["explain", "feedback-loops"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("did you mean `feedback-loop`?"));
}

#[test]
fn broken_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    // A diagram far larger than a pipe's buffer (64 KiB), so writing it must hit the closed pipe.
    let dir = tempfile::tempdir().unwrap();
    let theory = dir.path().join("big.toml");
    std::fs::write(&theory, verkan::synthetic::theory(200)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["render", theory.to_str().unwrap(), "--format", "svg"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // the reader goes away, as `| head -c 16` does
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(&first[..4], b"<svg");
    assert!(err.is_empty(), "a closed pipe is not an error: {err}");
    assert_eq!(status.code(), Some(0), "exits cleanly, not by a signal");
}

#[test]
fn render_picks_the_format_from_the_extension_and_writes_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("spira.svg");
    let png = dir.path().join("spira.png");
    let mmd = dir.path().join("spira.mmd");
    for path in [&svg, &png, &mmd] {
        let output = verkan(&[
            "render",
            "theories/spira.toml",
            "-o",
            path.to_str().unwrap(),
            "--scale",
            "1",
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
    assert_eq!(&std::fs::read(&png).unwrap()[..8], b"\x89PNG\r\n\x1a\n");
    assert!(std::fs::read_to_string(&mmd)
        .unwrap()
        .contains("flowchart LR"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".verkan-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let stdout_svg = verkan(&["render", "theories/spira.toml"]);
    assert_eq!(stdout_svg.stdout, std::fs::read(&svg).unwrap());
    let dot = verkan(&["render", "theories/spira.toml", "--format", "dot"]);
    assert!(stdout(&dot).starts_with("digraph"));
}

#[test]
fn slow_render_and_build_advise_a_lane_order_that_crosses_fewer_arrows() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("theories/pa_vag.toml").unwrap();
    let ours = "slutmalgrupp = \"Slutmålgrupp\"\nsamverkan = \"Samverkan\"\n\
                personal = \"Personal (primär målgrupp)\"\n";
    let figure = "personal = \"Personal (primär målgrupp)\"\n\
                  slutmalgrupp = \"Slutmålgrupp\"\nsamverkan = \"Samverkan\"\n";
    assert!(text.contains(ours), "pa_vag.toml's perspectives changed");
    let theories = dir.path().join("theories");
    std::fs::create_dir(&theories).unwrap();
    let theory = theories.join("pa_vag.toml");
    std::fs::write(&theory, text.replace(ours, figure)).unwrap();
    let svg = dir.path().join("x.svg");
    let (theory, svg) = (theory.to_str().unwrap(), svg.to_str().unwrap());

    let rendered = verkan(&["render", theory, "-o", svg]);
    assert_eq!(rendered.status.code(), Some(0), "{}", stderr(&rendered));
    let advice = stderr(&rendered);
    assert!(
        advice.starts_with("obs: ")
            && advice.contains("med perspektiven i ordningen `")
            && advice.contains("under [perspectives]"),
        "{advice}"
    );
    let english = verkan(&["--lang", "en", "render", theory, "-o", svg]);
    assert!(
        stderr(&english).contains("with the perspectives in the order `"),
        "{}",
        stderr(&english)
    );
    // A view of one perspective is not the file's order: no advice.
    let one = verkan(&["render", theory, "-o", svg, "--perspective", "personal"]);
    assert_eq!(stderr(&one), "");
    // The bundled file follows the advice already.
    let bundled = verkan(&["render", "theories/pa_vag.toml", "-o", svg]);
    assert_eq!(stderr(&bundled), "");

    let out = dir.path().join("out");
    let built = build(Some(&theories), &out, &["--scale", "1"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    assert!(
        stderr(&built).contains("med perspektiven i ordningen `"),
        "{}",
        stderr(&built)
    );
}

#[test]
fn render_refuses_what_it_cannot_do_with_a_clear_message() {
    let png = verkan(&["render", "theories/spira.toml", "--format", "png"]);
    assert_eq!(png.status.code(), Some(2));
    assert!(stderr(&png).contains("give an output file with -o"));

    let unknown = verkan(&["render", "theories/spira.toml", "-o", "spira.bmp"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("cannot tell the format"));

    let focus = verkan(&[
        "render",
        "theories/spira.toml",
        "--focus",
        "stegforflytning",
    ]);
    assert_eq!(focus.status.code(), Some(2));
    assert!(
        stderr(&focus).contains("did you mean `stegforflyttning`?"),
        "{}",
        stderr(&focus)
    );

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("broken.svg");
    let broken = verkan(&[
        "render",
        "tests/rules/effect-without-mechanism/no-mechanism.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    // A theory still being built is drawn, its error marked on the box it concerns.
    assert_eq!(broken.status.code(), Some(0), "{}", stderr(&broken));
    assert!(stderr(&broken).contains("error[effect-without-mechanism]"));
    let svg = std::fs::read_to_string(&out).expect("drawn");
    assert!(
        svg.contains(r#"data-findings="effect-without-mechanism""#),
        "{svg}"
    );
    // One that names what it does not have cannot be drawn: nothing is written.
    let out = dir.path().join("unresolved.svg");
    let unresolved = verkan(&[
        "render",
        "tests/rules/unresolved-reference/misspelt-activity.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(unresolved.status.code(), Some(1));
    assert!(stderr(&unresolved).contains("error[unresolved-reference]"));
    assert!(
        !out.exists(),
        "nothing is written for a theory that cannot be drawn"
    );
}

#[test]
fn graphviz_engine_works_or_says_in_one_line_that_dot_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("spira.svg");
    let output = verkan(&[
        "render",
        "theories/spira.toml",
        "--engine",
        "graphviz",
        "-o",
        out.to_str().unwrap(),
    ]);
    // A scale no picture can have is refused before Graphviz is called.
    let huge = verkan(&[
        "render",
        "theories/spira.toml",
        "--engine",
        "graphviz",
        "--scale",
        "1e9",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(huge.status.code(), Some(2), "{}", stderr(&huge));
    assert!(stderr(&huge).contains("--scale"), "{}", stderr(&huge));
    let has_dot = Command::new("dot").arg("-V").output().is_ok();
    if has_dot {
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(std::fs::read_to_string(&out).unwrap().contains("<svg"));
    } else {
        // Under CI the optional tool must be there: a missing one is a failure, not a skip.
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI=true but Graphviz (`dot`) is missing: .ci/run installs it"
        );
        eprintln!("skipped: the Graphviz engine's output (no `dot`); checked its one-line message");
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
        assert!(stderr(&output).contains("Graphviz is not installed"));
        assert!(!out.exists());
    }
}

#[test]
fn slow_build_writes_every_diagram_and_an_index_deterministically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let first = build(None, &out, &["--scale", "1"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    for stem in ["spira", "pa_vag", "stegen", "aktivitetsarenan"] {
        for ext in ["svg", "png"] {
            assert!(out.join(format!("{stem}.{ext}")).is_file(), "{stem}.{ext}");
        }
    }
    let index = std::fs::read_to_string(out.join("index.md")).unwrap();
    assert!(
        index.contains("[SVG](spira.svg)") && index.contains("| På väg |"),
        "{index}"
    );
    let svg = std::fs::read(out.join("pa_vag.svg")).unwrap();
    let second = build(None, &out, &["--scale", "1"]);
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(
        std::fs::read(out.join("pa_vag.svg")).unwrap(),
        svg,
        "same input, same bytes"
    );
}

#[test]
fn build_gives_every_input_file_its_own_output_names() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("theories");
    std::fs::create_dir_all(input.join("a")).unwrap();
    let spira =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/stegen.toml"))
            .unwrap();
    // Each theory's data file sits in its own folder tree, where theories may read.
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/data/stegen-2011.csv");
    for folder in ["data", "a/data"] {
        std::fs::create_dir_all(input.join(folder)).unwrap();
        std::fs::copy(&csv, input.join(folder).join("stegen-2011.csv")).unwrap();
    }
    for (file, name) in [("a-b.toml", "Flat"), ("a/b.toml", "Nested")] {
        let text = spira.replacen("name = \"Stegen\"", &format!("name = \"{name}\""), 1);
        std::fs::write(input.join(file), text).unwrap();
    }
    let out = dir.path().join("out");
    let built = build(Some(&input), &out, &["--scale", "1"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    let flat = std::fs::read_to_string(out.join("a-b.svg")).unwrap();
    let nested = std::fs::read_to_string(out.join("a/b.svg")).unwrap();
    assert!(flat.contains("Flat") && nested.contains("Nested"));
    assert!(out.join("a/b-report.md").is_file() && out.join("a-b-report.md").is_file());
    let index = std::fs::read_to_string(out.join("index.md")).unwrap();
    assert!(
        index.contains("(a-b.svg)") && index.contains("(a/b.svg)"),
        "{index}"
    );
}

#[test]
fn build_with_an_error_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("theories");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/rules/backwards-in-time/to-activity.toml"),
        input.join("broken.toml"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let output = build(Some(&input), &out, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("error[backwards-in-time]"));
    assert!(stderr(&output).contains("inget skrevs till"));
    assert!(!out.exists());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_under_a_theory_folder_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let theories = dir.path().join("theories");
    std::fs::create_dir(&theories).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/rules/backwards-in-time/to-activity.toml"),
        theories.join("a.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(".", theories.join("self")).unwrap();
    std::os::unix::fs::symlink("..", theories.join("up")).unwrap();
    let output = verkan(&["check", theories.to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("kontrollerade 1 teori"),
        "{}",
        stderr(&output)
    );
}

#[cfg(unix)]
#[test]
fn a_theory_reads_only_regular_data_files_in_its_own_folder_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let theories = dir.path().join("theories");
    std::fs::create_dir(&theories).unwrap();
    let fixture = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules/data-file-error/bad-rows.toml"),
    )
    .unwrap();
    let secret = "hemlig-rad-som-inte-far-synas";
    std::fs::write(dir.path().join("outside.csv"), format!("{secret}\n")).unwrap();
    let check = |data: &str, extra: &[&str]| {
        let theory = theories.join("t.toml");
        std::fs::write(&theory, fixture.replace("bad-rows.csv", data)).unwrap();
        let mut args = vec!["check", theory.to_str().unwrap(), "--format", "github"];
        args.extend_from_slice(extra);
        let output = verkan(&args);
        String::from_utf8_lossy(&output.stdout).to_string() + &stderr(&output)
    };
    let outside = check("../outside.csv", &[]);
    assert!(outside.contains("ligger utanför teorins mapp"), "{outside}");
    assert!(
        !outside.contains(secret),
        "nothing of the file is echoed: {outside}"
    );
    let system = check("/etc/passwd", &[]);
    assert!(
        system.contains("ligger utanför teorins mapp") && !system.contains("root:"),
        "{system}"
    );
    // Allowed on the command line, it is read (and its bad header reported).
    let allowed = check("../outside.csv", &["--allow-data-outside"]);
    assert!(
        !allowed.contains("ligger utanför teorins mapp"),
        "{allowed}"
    );
    // Devices and pipes are refused before a byte is read, even when allowed.
    let device = check("/dev/zero", &["--allow-data-outside"]);
    assert!(device.contains("är ingen vanlig fil"), "{device}");
    let fifo = theories.join("pipe.csv");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let pipe = check("pipe.csv", &[]);
    assert!(pipe.contains("är ingen vanlig fil"), "{pipe}");
    // Over the size limit.
    std::fs::write(theories.join("big.csv"), "indicator,period\n").unwrap();
    let big = check("big.csv", &["--max-data-size", "0"]);
    assert!(big.contains("över gränsen"), "{big}");
}

#[test]
fn escape_sequences_in_a_theory_never_reach_the_terminal_or_the_ci_log() {
    let dir = tempfile::tempdir().unwrap();
    let theory = dir.path().join("esc.toml");
    // A screen clear, a bell, an OSC-8 hyperlink and a right-to-left override, in a text and
    // in a misspelt id that ends up in the message, the label and the quoted source line.
    std::fs::write(
        &theory,
        "[theory]\nname = \"Esc \u{1b}[2J\u{7}\"\n[activities.a]\ntext = \"\u{1b}]8;;http://evil\u{7}klick\u{1b}]8;;\u{7} \u{202e}txet\"\n\
         [effects.e]\nhorizon = \"short\"\ntext = \"E\"\n[mechanisms.m]\ntext = \"M\"\nfrom = [\"a\u{1b}[31m\"]\nto = [\"e\"]\n",
    )
    .unwrap();
    for format in ["human", "github"] {
        let output = verkan(&["check", theory.to_str().unwrap(), "--format", format]);
        let all = [output.stdout, output.stderr].concat();
        assert!(!all.is_empty());
        for hostile in ["\u{1b}", "\u{7}", "\u{202e}"] {
            assert!(
                !String::from_utf8_lossy(&all).contains(hostile),
                "{format}: {hostile:?} reached the output"
            );
        }
    }
}

#[test]
fn slow_build_never_replaces_a_file_it_did_not_write_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("docs");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("index.md"), "# My own notes\n").unwrap();
    std::fs::write(out.join("other.txt"), "untouched\n").unwrap();
    let refused = build(None, &out, &["--scale", "1"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("index.md"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("index.md")).unwrap(),
        "# My own notes\n"
    );
    assert!(
        !out.join("spira.svg").exists(),
        "nothing written when refused"
    );

    let forced = build(None, &out, &["--scale", "1", "--force"]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
    assert!(out.join("spira.svg").is_file());
    // Each theory's Word report, listed in the index beside its other reports.
    assert!(out.join("spira-report.docx").is_file());
    assert!(std::fs::read_to_string(out.join("index.md"))
        .unwrap()
        .contains("[DOCX](spira-report.docx)"));
    // The overview shows each diagram small, linked to its page, and its effects by status
    // as a bar that a screen reader hears as words.
    let overview = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(overview
        .contains(r#"<a class="thumbnail" href="spira.html"><img src="data:image/png;base64,"#));
    assert!(overview.contains(r#"alt="Förändringsteorin för Spira: sidan visar den i sin helhet""#));
    assert!(overview.contains(r#"role="img" aria-label="7 uppnått, 5 delvis uppnått, 1 ej uppnått, 1 mål saknas, 5 data saknas""#));
    assert_eq!(
        std::fs::read_to_string(out.join("other.txt")).unwrap(),
        "untouched\n"
    );
    // Its own files it may replace on the next build.
    let again = build(None, &out, &["--scale", "1"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
}

#[cfg(unix)]
#[test]
fn output_onto_a_symlink_or_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.svg");
    std::fs::write(&target, "keep").unwrap();
    let link = dir.path().join("link.svg");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let output = verkan(&[
        "render",
        "theories/spira.toml",
        "-o",
        link.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("not a regular file"),
        "{}",
        stderr(&output)
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    let device = verkan(&[
        "render",
        "theories/spira.toml",
        "--format",
        "svg",
        "-o",
        "/dev/null",
    ]);
    assert_eq!(device.status.code(), Some(2), "{}", stderr(&device));
}

#[test]
fn build_leaves_out_a_png_over_the_pixel_budget_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("theories");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("big.toml"), verkan::synthetic::theory(100)).unwrap();
    let out = dir.path().join("out");
    let built = build(Some(&input), &out, &["--scale", "8"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    assert!(out.join("big.svg").is_file() && out.join("big-report.md").is_file());
    assert!(!out.join("big.png").exists());
    assert!(stderr(&built).contains("ingen PNG"), "{}", stderr(&built));
    let index = std::fs::read_to_string(out.join("index.md")).unwrap();
    assert!(!index.contains("big.png"), "{index}");
}

#[test]
fn slow_build_scales_a_large_png_down_to_the_pixel_budget_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("theories");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("big.toml"), verkan::synthetic::tangled(1000)).unwrap();
    let out = dir.path().join("out");
    let built = build(Some(&input), &out, &[]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    assert!(
        stderr(&built).contains("i stället för 2, för att hålla sig inom pixelbudgeten"),
        "{}",
        stderr(&built)
    );
    let png = std::fs::read(out.join("big.png")).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let info = decoder.read_info().unwrap().info().clone();
    let pixels = u64::from(info.width) * u64::from(info.height);
    assert!(pixels <= verkan::render::PIXEL_BUDGET, "{pixels}");
    assert!(out.join("big.pdf").is_file());
}

/// A `dot` that never finishes is stopped after the time limit, with a message; nothing is
/// written.
#[cfg(unix)]
#[test]
fn graphviz_that_hangs_is_stopped_after_its_time_limit() {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().unwrap();
    let fake = bin.path().join("dot");
    std::fs::write(&fake, "#!/bin/sh\nexec sleep 30\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = tempfile::tempdir().unwrap();
    let svg = out.path().join("spira.svg");
    let started = std::time::Instant::now();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args([
            "render",
            "theories/spira.toml",
            "--engine",
            "graphviz",
            "-o",
        ])
        .arg(&svg)
        .env("PATH", format!("{}:/usr/bin:/bin", bin.path().display()))
        .env("VERKAN_GRAPHVIZ_SECONDS", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "stopped, not waited for"
    );
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Graphviz took longer than 1 s"), "{stderr}");
    assert!(!svg.exists(), "nothing written");
}

/// What a build killed mid-write left behind is cleared by the next build.
#[test]
fn build_clears_the_temporary_files_a_killed_build_left() {
    let out = tempfile::tempdir().unwrap();
    let left = out.path().join(".verkan-k1ll3d.tmp");
    std::fs::write(&left, "half a diagram").unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&left)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["build", "theories/aktivitetsarenan.toml", "-o"])
        .arg(out.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!left.exists());
    let temporaries = std::fs::read_dir(out.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(temporaries, 0);
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    for args in [
        &["explain"][..],
        &["explain", "feedback-loop", "--lang", "sv"],
        &["schema"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_verkan"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // `verkan explain | head -0`: the pipe closed before verkan writes to it.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(output.status.success(), "{args:?}: {stderr}");
    }
}

/// An English theory, complete enough to build, with one warning: its one effect leads to no
/// later effect.
const ENGLISH: &str = r#"
[theory]
name = "Bridges"
language = "en"

[resources.r]
text = "Staff time"

[activities.a]
text = "Weekly meetings"
uses = ["r"]

[effects.e]
horizon = "short"
text = "Participants feel supported"

[mechanisms.m]
text = "Meeting often builds trust"
from = ["a"]
to = ["e"]

[indicators.i]
measures = "e"
kind = "outcome"
text = "Share who feel supported"
unit = "percent"
target = { value = 70, direction = "at_least" }
source = "Survey"
"#;

/// Builds `input` into `out`, which must succeed, and reads the index it wrote.
fn built_index(input: &Path, out: &Path) -> String {
    let built = build(Some(input), out, &["--scale", "1"]);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    std::fs::read_to_string(out.join("index.md")).unwrap()
}

#[test]
fn build_writes_the_index_in_the_language_of_its_theories() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("theories");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("bridges.toml"), ENGLISH).unwrap();
    let out = dir.path().join("en");
    let index = built_index(&input, &out);
    assert!(index.starts_with("# Theories of change\n"), "{index}");
    assert!(
        index.contains("| theory | file | diagram | scorecard | check |"),
        "{index}"
    );
    assert!(index.contains("[page](bridges.html)"), "{index}");
    assert!(index.contains("| 0 errors, 1 warning |"), "{index}");

    // One Swedish theory among them, and the whole index is Swedish, as the overview page is.
    let stegen = Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    std::fs::copy(stegen.join("stegen.toml"), input.join("stegen.toml")).unwrap();
    std::fs::create_dir(input.join("data")).unwrap();
    std::fs::copy(
        stegen.join("data/stegen-2011.csv"),
        input.join("data/stegen-2011.csv"),
    )
    .unwrap();
    let out = dir.path().join("sv");
    let index = built_index(&input, &out);
    assert!(index.starts_with("# Förändringsteorier\n"), "{index}");
    assert!(
        index.contains("| teori | fil | diagram | styrkort | kontroll |"),
        "{index}"
    );
    assert!(index.contains("[sida](bridges.html)"), "{index}");
    assert!(index.contains("| 0 fel, 1 varning |"), "{index}");
}

#[test]
fn diff_speaks_english_for_an_english_theory() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.toml");
    let new = dir.path().join("new.toml");
    std::fs::write(&old, ENGLISH).unwrap();
    std::fs::write(&new, ENGLISH.replace("Weekly meetings", "Daily meetings")).unwrap();
    let path = |p: &Path| p.to_str().expect("a UTF-8 path").to_string();
    let (old, new) = (path(&old), path(&new));
    let lines = stdout(&verkan(&["diff", &old, &new]));
    assert_eq!(
        lines,
        "~ activity a reworded: text: Weekly meetings → Daily meetings\n1 change\n"
    );
    let same = stdout(&verkan(&["diff", &old, &old]));
    assert_eq!(same, "no changes in the theory's meaning\n");
    let markdown = stdout(&verkan(&["diff", &old, &new, "--format", "markdown"]));
    assert!(
        markdown.contains("| Change | What | Field | Before | After |\n|---|")
            && markdown
                .contains("| reworded | activity a | text | Weekly meetings | Daily meetings |"),
        "{markdown}"
    );
}

#[test]
fn render_with_an_earlier_drawing_that_cannot_guide_it_warns_and_draws_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.svg");
    let out = verkan(&[
        "render",
        "theories/spira.toml",
        "-o",
        fresh.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let other = dir.path().join("stegen.svg");
    verkan(&[
        "render",
        "theories/stegen.toml",
        "-o",
        other.to_str().unwrap(),
    ]);
    let garbage = dir.path().join("garbage.svg");
    std::fs::write(&garbage, "<svg><g class=\"item\"").unwrap();
    let foreign = dir.path().join("foreign.svg");
    std::fs::write(
        &foreign,
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>",
    )
    .unwrap();
    let missing = dir.path().join("missing.svg");
    for (previous, reason) in [
        (&other, "ritar en annan teori"),
        (&garbage, "ingen SVG-fil"),
        (&foreign, "inget diagram som verkan ritat"),
        (&missing, "kan inte läsas"),
    ] {
        let drawn = dir.path().join("drawn.svg");
        let out = verkan(&[
            "render",
            "theories/spira.toml",
            "-o",
            drawn.to_str().unwrap(),
            "--previous",
            previous.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let said = stderr(&out);
        assert!(
            said.contains("kan inte vägleda den här") && said.contains(reason),
            "{previous:?}: {said}"
        );
        assert_eq!(
            std::fs::read(&drawn).unwrap(),
            std::fs::read(&fresh).unwrap(),
            "{previous:?}: a fresh drawing"
        );
    }
}

#[test]
fn build_keeps_the_drawing_in_its_output_folder_after_an_edit() {
    // Removing one effect from På väg reshuffles a fresh drawing; the build keeps the picture
    // the output folder already has, and `--fresh` draws anew.
    let dir = tempfile::tempdir().unwrap();
    let theories = dir.path().join("theories");
    std::fs::create_dir(&theories).unwrap();
    let text = std::fs::read_to_string("theories/pa_vag.toml").unwrap();
    let file = theories.join("pa_vag.toml");
    std::fs::write(&file, &text).unwrap();
    let out = dir.path().join("out");
    assert_eq!(
        build(Some(&theories), &out, &["--scale", "1"])
            .status
            .code(),
        Some(0)
    );
    let before = std::fs::read_to_string(out.join("pa_vag.svg")).unwrap();
    std::fs::write(&file, common::without_effect(&text, "kannedom")).unwrap();
    assert_eq!(
        build(Some(&theories), &out, &["--scale", "1"])
            .status
            .code(),
        Some(0)
    );
    let steady = std::fs::read_to_string(out.join("pa_vag.svg")).unwrap();
    let again = dir.path().join("again");
    let fresh_build = build(Some(&theories), &again, &["--scale", "1", "--fresh"]);
    assert_eq!(fresh_build.status.code(), Some(0));
    let fresh = std::fs::read_to_string(again.join("pa_vag.svg")).unwrap();
    let boxes = common::box_centres(&before).len();
    let (kept, reshuffled) = (
        common::boxes_moved(&before, &steady),
        common::boxes_moved(&before, &fresh),
    );
    assert!(kept * 10 <= boxes, "{kept} of {boxes} boxes moved");
    assert!(reshuffled > kept, "afresh {reshuffled} moved, kept {kept}");
    // A damaged drawing in the folder is drawn afresh, with a note, never an error.
    std::fs::write(out.join("pa_vag.svg"), "<svg><g").unwrap();
    let damaged = build(Some(&theories), &out, &["--scale", "1"]);
    assert_eq!(damaged.status.code(), Some(0), "{}", stderr(&damaged));
    assert!(
        stderr(&damaged).contains("ingen SVG-fil"),
        "{}",
        stderr(&damaged)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("pa_vag.svg")).unwrap(),
        fresh
    );
}

/// The folder policy (`verkan::folder`): a theory file that cannot be read neither stops nor
/// hides the others. `check` says the others' findings, then the file; the commands that make
/// something make nothing; every one ends with exit status 2 and names the file. The kernel's
/// `/proc/self/mem` is a regular file that every read refuses, even root's.
#[cfg(target_os = "linux")]
#[test]
fn every_folder_command_says_an_unreadable_file_after_the_others_and_fails_with_2() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("theories");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy("theories/spira.toml", folder.join("spira.toml")).unwrap();
    std::os::unix::fs::symlink("/proc/self/mem", folder.join("broken.toml")).unwrap();
    let folder = folder.to_str().unwrap();
    let out = dir.path().join("out");
    let runs = [
        verkan(&["check", folder]),
        verkan(&["coverage", folder]),
        verkan(&["report", folder]),
        verkan(&["fmt", "--check", folder]),
        build(Some(Path::new(folder)), &out, &[]),
    ];
    for output in &runs {
        let err = stderr(output);
        assert_eq!(output.status.code(), Some(2), "{err}");
        assert!(err.contains("broken.toml"), "{err}");
    }
    // check went on: Spira's findings and the count of theories checked.
    assert!(stdout(&runs[0]).contains("1 teori"), "{}", stdout(&runs[0]));
    assert!(stdout(&runs[0]).contains("varning"), "{}", stdout(&runs[0]));
    // Nothing was made.
    assert!(stdout(&runs[1]).is_empty() && stdout(&runs[2]).is_empty());
    assert!(!out.exists());
}

#[test]
fn build_shows_progress_on_a_terminal_and_never_in_a_log() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let command = format!(
        "{} build theories -o {}",
        env!("CARGO_BIN_EXE_verkan"),
        out.display()
    );
    // A terminal, through `script`, which gives the command one.
    let on_terminal = |ci: bool| {
        let mut script = std::process::Command::new("script");
        script
            .args(["-qec", &command, "/dev/null"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("LANG", "C");
        if ci {
            script.env("CI", "true");
        } else {
            script.env_remove("CI");
        }
        script.output()
    };
    match on_terminal(false) {
        Ok(seen) if seen.status.success() => {
            let seen = String::from_utf8_lossy(&seen.stdout);
            assert!(
                seen.contains("Building [") && seen.contains("8/8"),
                "{seen}"
            );
            let in_ci = on_terminal(true).unwrap();
            assert!(!String::from_utf8_lossy(&in_ci.stdout).contains("Building ["));
        }
        _ => eprintln!("skipped: progress on a terminal (no `script` to give the build one)"),
    }
    // Piped, as in a log: no bar.
    let piped = std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .args(["build", "theories", "-o"])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("CI")
        .output()
        .unwrap();
    assert!(piped.status.success());
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(
        !stderr.contains('\r') && !stderr.contains("Building ["),
        "{stderr}"
    );
}
