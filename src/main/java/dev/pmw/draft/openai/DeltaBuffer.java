package dev.pmw.draft.openai;

/// Collects streamed pieces on the stream's thread for the UI to take in batches at its own pace
/// (an animation timer draining it each frame), so that a fast model does not flood the UI thread
/// with one update per token.
public final class DeltaBuffer implements StreamListener {
    private final StringBuilder pending = new StringBuilder();
    private long received;

    @Override
    public synchronized void onDelta(String text) {
        pending.append(text);
        received += text.length();
    }

    /// Everything that arrived since the last call ("" when nothing did).
    public synchronized String drain() {
        if (pending.isEmpty()) {
            return "";
        }
        String s = pending.toString();
        pending.setLength(0);
        return s;
    }

    /// Characters received in total.
    public synchronized long received() {
        return received;
    }
}
