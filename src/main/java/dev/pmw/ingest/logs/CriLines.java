package dev.pmw.ingest.logs;

import dev.pmw.ingest.Limits;

import java.util.regex.Matcher;

/// Kubernetes CRI / containerd: `<RFC3339Nano> <stdout|stderr> <P|F> <content>`. `P` parts are
/// joined until the `F` part of the same stream; application JSON in the content is unpacked.
final class CriLines implements TextLineHandler {
    private final LogSink sink;
    private final InnerJson inner;
    private final Rec rec = new Rec();
    private final StringBuilder[] pending = {new StringBuilder(), new StringBuilder()};
    private final String[] pendingTime = new String[2];
    private final long[] pendingLine = new long[2];
    private final long[] pendingOffset = new long[2];

    CriLines(LogSink sink) {
        this.sink = sink;
        this.inner = new InnerJson(sink.options().zone());
    }

    @Override
    public void line(String text, long line, long offset) {
        Matcher m = TextShape.CRI.matcher(text);
        if (!m.matches()) {
            sink.continuation(line, text);
            return;
        }
        int s = m.group(2).equals("stderr") ? 1 : 0;
        String content = m.group(4) == null ? "" : m.group(4);
        StringBuilder p = pending[s];
        boolean partial = m.group(3).equals("P");
        if (pendingTime[s] != null && farApart(pendingTime[s], m.group(1))) {
            flush(s); // a part that never got its end (restart, rotation): do not glue across it
        }
        if (p.isEmpty() && pendingTime[s] == null) {
            if (!partial) {
                emit(m.group(1), content, line, offset);
                return;
            }
            pendingTime[s] = m.group(1);
            pendingLine[s] = line;
            pendingOffset[s] = offset;
        }
        if (p.length() < Limits.MAX_MESSAGE_CHARS) {
            p.append(content, 0, Math.min(content.length(), Limits.MAX_MESSAGE_CHARS - p.length()));
        }
        if (!partial) {
            flush(s);
        }
    }

    /// Parts of one line are written together; more than a minute apart they are not one line.
    private static boolean farApart(String a, String b) {
        long ta = dev.pmw.ingest.time.FastIso.parse(a, null);
        long tb = dev.pmw.ingest.time.FastIso.parse(b, null);
        return ta != dev.pmw.ingest.time.FastIso.FAIL && tb != dev.pmw.ingest.time.FastIso.FAIL
                && Math.abs(tb - ta) > 60_000_000_000L;
    }

    @Override
    public void end() {
        flush(0);
        flush(1);
    }

    private void flush(int s) {
        if (pendingTime[s] != null) {
            emit(pendingTime[s], pending[s].toString(), pendingLine[s], pendingOffset[s]);
            pending[s].setLength(0);
            pendingTime[s] = null;
        }
    }

    private void emit(String time, String content, long line, long offset) {
        rec.reset();
        TextLineHandler.time(rec, time, sink.options().zone());
        rec.setMessage(content, 0);
        Rec app = inner.parse(content);
        if (app != null) {
            rec.overlay(app, false);
        } else {
            rec.level = Levels.guess(content);
        }
        sink.add(rec, line, offset);
    }
}
