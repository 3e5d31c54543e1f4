package dev.pmw.ingest.logs;

import java.util.regex.Matcher;

/// `kubectl logs --timestamps`: `<RFC3339Nano> <application line>`; other lines continue the one
/// before. Application JSON is unpacked, else a level word near the start is used.
final class KubectlLines implements TextLineHandler {
    private final LogSink sink;
    private final InnerJson inner;
    private final Rec rec = new Rec();

    KubectlLines(LogSink sink) {
        this.sink = sink;
        this.inner = new InnerJson(sink.options().zone());
    }

    @Override
    public void line(String text, long line, long offset) {
        Matcher m = TextShape.KUBECTL.matcher(text);
        if (!m.matches()) {
            sink.continuation(line, text);
            return;
        }
        rec.reset();
        TextLineHandler.time(rec, m.group(1), sink.options().zone());
        String content = m.group(2);
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
