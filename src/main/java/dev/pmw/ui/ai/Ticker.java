package dev.pmw.ui.ai;

import java.time.Duration;

/// Calls a task on the UI thread at a steady pace until stopped: how streamed text reaches the
/// editor in batches (one update per period, however fast the tokens come) instead of one UI
/// update per token. [FxTicker] in the app; tests tick by hand or from a test thread.
@FunctionalInterface
public interface Ticker {
    /// Starts calling `tick` on the UI thread every `period`; run the returned action to stop.
    Runnable every(Duration period, Runnable tick);
}
