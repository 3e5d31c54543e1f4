package dev.pmw.ingest.logs;

/// Reads the lines of one text-log dialect. Lines that are not records of the dialect (stack
/// traces, wrapped output) go to the record before them.
interface TextLineHandler {
    void line(String text, long line, long offset);

    /// The input ended: emit anything held back (a CRI partial line).
    default void end() {
    }

    static TextLineHandler of(Dialect d, LogSink sink) {
        return switch (d) {
            case CRI -> new CriLines(sink);
            case LOGFMT -> new LogfmtLines(sink);
            case ZAP_CONSOLE -> new ZapConsoleLines(sink);
            case DOCKER_COMPOSE -> new ComposeLines(sink);
            default -> new KubectlLines(sink);
        };
    }

    /// Sets `r`'s time from ISO text (flagging naive times).
    static void time(Rec r, String text, java.time.ZoneId zone) {
        char[] c = text.toCharArray();
        RecordReader.time(c, 0, c.length, r, 0, zone);
    }
}
