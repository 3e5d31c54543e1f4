package dev.pmw.draft.privacy;

import java.util.regex.Pattern;

/// Maps placeholders back in an answer that arrives as a stream of small pieces. A piece that ends
/// with what may be the start of a placeholder (`… by <USE`) is held back until the next piece
/// settles it, so the editor never shows half a placeholder and never misses one.
public final class StreamingRestorer {
    /// What the tail of a piece can look like while a placeholder is still arriving.
    private static final Pattern OPEN_TAIL = Pattern.compile(
            "(?:<|&(?:l(?:t(?:;)?)?)?|\\\\<?|&lt;|\\\\<)[A-Z]{0,5}(?:_\\d{0,5})?(?:&(?:g(?:t)?)?|\\\\)?");
    private static final int MAX_HELD = 24;

    private final RedactionMap map;
    private final StringBuilder held = new StringBuilder();

    StreamingRestorer(RedactionMap map) {
        this.map = map;
    }

    /// The restored text that can be shown now (possibly empty).
    public String push(String delta) {
        held.append(delta);
        int cut = holdFrom();
        String ready = held.substring(0, cut);
        held.delete(0, cut);
        return map.restore(ready);
    }

    /// Everything still held, restored (call when the stream ends).
    public String flush() {
        String rest = map.restore(held.toString());
        held.setLength(0);
        return rest;
    }

    /// Index from which the held text may still become a placeholder.
    private int holdFrom() {
        int n = held.length();
        for (int i = Math.max(0, n - MAX_HELD); i < n; i++) {
            char c = held.charAt(i);
            if ((c == '<' || c == '&' || c == '\\') && OPEN_TAIL.matcher(held.subSequence(i, n)).matches()) {
                return i;
            }
        }
        return n;
    }
}
