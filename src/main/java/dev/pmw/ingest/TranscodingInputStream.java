package dev.pmw.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/// Re-encodes a stream from another charset to UTF-8, so every parser reads UTF-8 bytes.
final class TranscodingInputStream extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean eof;

    TranscodingInputStream(InputStream in, Charset from) {
        this.reader = new InputStreamReader(in, from);
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!bytes.hasRemaining()) {
            if (eof && !chars.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.compact();
        int n = reader.read(chars);
        if (n < 0) {
            eof = true;
        }
        chars.flip();
        bytes.clear();
        CoderResult r = encoder.encode(chars, bytes, eof);
        if (r.isError()) {
            // unpaired surrogates: skip the offending char rather than fail the whole file
            chars.position(Math.min(chars.limit(), chars.position() + r.length()));
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
