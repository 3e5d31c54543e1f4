package dev.pmw.ingest.vendor;

import dev.pmw.ingest.Limits;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/// Lines (or records ended by another terminator, such as git's `%x1e`) of a text source with a cap
/// on their length, so one hostile multi-gigabyte line cannot exhaust memory: the rest of an
/// over-long line is skipped and [#cut()] says so.
public final class Lines implements Closeable {
    private final Reader in;
    private final int max;
    private final char terminator;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long newlines;
    private long start;
    private boolean cut;

    public Lines(InputStream utf8) {
        this(new InputStreamReader(utf8, StandardCharsets.UTF_8), Limits.MAX_LINE_BYTES, '\n');
    }

    /// Records ended by `terminator` instead of a line feed.
    public Lines(InputStream utf8, char terminator) {
        this(new InputStreamReader(utf8, StandardCharsets.UTF_8), Limits.MAX_LINE_BYTES, terminator);
    }

    Lines(Reader in, int max, char terminator) {
        this.in = in;
        this.max = max;
        this.terminator = terminator;
    }

    /// The next line without its terminator (LF or CRLF), or null at the end.
    public String next() throws IOException {
        StringBuilder sb = new StringBuilder();
        cut = false;
        boolean any = false;
        start = newlines + 1;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? strip(sb) : null;
                }
            }
            any = true;
            char c = buf[pos++];
            if (c == '\n') {
                newlines++;
            }
            if (c == terminator) {
                return strip(sb);
            }
            if (sb.length() < max) {
                sb.append(c);
            } else {
                cut = true;
            }
        }
    }

    private static String strip(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }

    /// 1-based line number where the line (record) last returned starts.
    public long number() {
        return start;
    }

    /// Whether the line last returned was longer than the cap and was cut.
    public boolean cut() {
        return cut;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
