package dev.pmw.draft.openai;

import java.time.Duration;

/// Receives a streamed answer. Called on the stream's own thread, never on the UI thread: the UI
/// batches the deltas into its editor at its own pace.
public interface StreamListener {
    /// A piece of the answer, in order. Never called after [ChatStream#cancel()] returns. Must not
    /// block on the UI thread (hand the piece over and return).
    void onDelta(String text);

    /// The endpoint asked to wait (HTTP 429 with `Retry-After`); the request is sent once more after `wait`.
    default void onRetry(Duration wait, String reason) {
    }

    StreamListener NONE = text -> {
    };
}
