package dev.pmw.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// The first bytes of an input after decompression and encoding normalisation, for detection.
///
/// @param input     what was sniffed
/// @param head      the first up to 64 KiB as UTF-8 (BOM removed, UTF-16/Latin-1 converted)
/// @param encoding  how the bytes were decoded
/// @param gzip      whether the input was gzip-compressed
/// @param complete  whether [#head] is the whole input
public record Sniff(Input input, byte[] head, Encoding encoding, boolean gzip, boolean complete) {

    /// The head as text. A multi-byte character cut at the end becomes U+FFFD.
    public String text() {
        return new String(head, StandardCharsets.UTF_8);
    }

    /// First non-whitespace character, or 0 for an empty input.
    public char firstChar() {
        for (byte b : head) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return (char) (b & 0xff);
            }
        }
        return 0;
    }

    public boolean isEmpty() {
        return firstChar() == 0;
    }

    /// Up to `max` non-blank lines of the head (the last, possibly cut, line is dropped unless the
    /// head is the whole input).
    public List<String> lines(int max) {
        List<String> out = new ArrayList<>();
        String t = text();
        int start = 0;
        while (start < t.length() && out.size() < max) {
            int nl = t.indexOf('\n', start);
            if (nl < 0) {
                if (complete) {
                    addLine(out, t.substring(start));
                }
                break;
            }
            addLine(out, t.substring(start, nl));
            start = nl + 1;
        }
        return out;
    }

    private static void addLine(List<String> out, String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (!l.isBlank()) {
            out.add(l);
        }
    }
}
