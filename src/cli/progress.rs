//! A progress bar on the terminal for long runs (`build` and a portfolio `report` over many
//! theories, `import` of a large workbook). Drawn on stderr only when stderr is a terminal and not in CI (`CI` set), so a
//! log or a pipe never gets its redraws.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress {
    /// What the bar says, when it is to be drawn at all.
    what: Option<String>,
    /// Made at the first step, when the number of steps is known.
    bar: std::cell::OnceCell<ProgressBar>,
}

impl Progress {
    /// A bar that says `what` ("Bygger", "Building"), hidden where it would not be seen.
    pub fn new(what: String) -> Self {
        let shown = shown(
            std::io::stderr().is_terminal(),
            std::env::var_os("CI").is_some(),
        );
        Progress {
            what: shown.then_some(what),
            bar: std::cell::OnceCell::new(),
        }
    }

    /// `done` of `of` steps.
    pub fn tick(&self, done: usize, of: usize) {
        let Some(what) = &self.what else {
            return;
        };
        let bar = self.bar.get_or_init(|| {
            let bar = ProgressBar::with_draw_target(Some(of as u64), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
                .expect("a valid template")
                .progress_chars("=> ");
            bar.set_style(style);
            bar.set_message(what.clone());
            bar
        });
        bar.set_length(of as u64);
        bar.set_position(done as u64);
    }

    /// Takes the bar off the terminal, before the run's own lines.
    pub fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

/// A run that ends early (an error) takes its bar away too.
impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Whether a bar is drawn: on a terminal, never in CI.
fn shown(terminal: bool, ci: bool) -> bool {
    terminal && !ci
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bar_only_on_a_terminal_outside_ci() {
        assert!(super::shown(true, false));
        assert!(!super::shown(false, false));
        assert!(!super::shown(true, true));
    }
}
