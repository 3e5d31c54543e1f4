package dev.pmw.ingest.logs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// zap's console encoder: `time \t level \t [logger \t] [caller \t] message [\t {json context}]`;
/// stack traces follow on their own lines and continue the record.
final class ZapConsoleLines implements TextLineHandler {
    private static final Pattern CALLER = Pattern.compile("^\\S+\\.\\w+:\\d+$");
    private final LogSink sink;
    private final Rec rec = new Rec();

    ZapConsoleLines(LogSink sink) {
        this.sink = sink;
    }

    @Override
    public void line(String text, long line, long offset) {
        Matcher m = TextShape.ZAP.matcher(text);
        if (!m.matches()) {
            sink.continuation(line, text);
            return;
        }
        rec.reset();
        TextLineHandler.time(rec, m.group(1), sink.options().zone());
        char[] lv = m.group(2).toCharArray();
        rec.level = Levels.of(lv, 0, lv.length, Levels.TEXT);
        String[] f = m.group(3).split("\t", -1);
        int last = f.length - 1;
        String context = null;
        if (last >= 1 && f[last].startsWith("{")) {
            context = f[last];
            last--;
        }
        String message = f[last];
        String logger = null;
        if (last >= 1) {
            boolean callerBefore = CALLER.matcher(f[last - 1]).matches();
            if (!callerBefore || last >= 2) {
                logger = CALLER.matcher(f[0]).matches() ? null : f[0];
            }
        }
        rec.setMessage(context == null ? message : message + " " + context, 0);
        rec.service = logger;
        sink.add(rec, line, offset);
    }
}
