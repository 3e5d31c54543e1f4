package dev.pmw.ui.work;

import java.time.Duration;

/// Waits until calls stop coming for a moment, then runs the last one (on the FX thread): checking
/// the text once the user pauses typing, not on every keystroke. With a synchronous [Background]
/// (tests) every call runs at once.
public final class Debouncer {
    private final Background background;
    private final Duration quiet;
    private Background.Job pending;

    /// @param quiet how long calls must stop before the last one runs
    public Debouncer(Background background, Duration quiet) {
        this.background = background;
        this.quiet = quiet;
    }

    /// Runs `action` after the quiet period unless another call comes first; call on the FX thread.
    public void call(Runnable action) {
        cancel();
        pending = background.later(quiet, action);
    }

    /// Drops the waiting call, if any.
    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
