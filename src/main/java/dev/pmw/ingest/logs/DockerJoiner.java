package dev.pmw.ingest.logs;

import dev.pmw.ingest.Limits;

/// Docker's json-file driver splits lines over 16 KiB into several records; only the last one's
/// `log` ends with a newline. This re-joins consecutive records of the same stream until the
/// newline, keeping the first part's time, line and offset (formats.md §2.2).
final class DockerJoiner {
    interface Sink {
        void emit(Rec r, long line, long offset);
    }

    private final Sink sink;
    private final Rec[] pending = {new Rec(), new Rec(), new Rec()};
    private final boolean[] active = new boolean[3];
    private final long[] line = new long[3];
    private final long[] offset = new long[3];

    DockerJoiner(Sink sink) {
        this.sink = sink;
    }

    void accept(Rec r, long lineNo, long off) {
        r.materialize();
        boolean complete = r.msgLen == 0 || r.msg[r.msgLen - 1] == '\n' || !r.hasMessage();
        int s = r.stream;
        if (active[s]) {
            append(pending[s], r);
            if (complete) {
                active[s] = false;
                sink.emit(pending[s], line[s], offset[s]);
            }
            return;
        }
        if (complete) {
            sink.emit(r, lineNo, off);
            return;
        }
        Rec p = pending[s];
        copy(r, p);
        active[s] = true;
        line[s] = lineNo;
        offset[s] = off;
    }

    /// Emits partial lines still waiting for their end (the file ended mid-line).
    void flush() {
        for (int s = 0; s < 3; s++) {
            if (active[s]) {
                active[s] = false;
                sink.emit(pending[s], line[s], offset[s]);
            }
        }
    }

    private static void append(Rec to, Rec part) {
        int room = Limits.MAX_MESSAGE_CHARS - to.msgLen;
        int n = Math.min(room, part.msgLen);
        if (n <= 0) {
            return;
        }
        if (to.msg.length < to.msgLen + n) {
            to.msg = java.util.Arrays.copyOf(to.msg, Math.max(to.msgLen + n, to.msg.length * 2));
        }
        System.arraycopy(part.msg, 0, to.msg, to.msgLen, n);
        to.msgLen += n;
    }

    private static void copy(Rec from, Rec to) {
        to.reset();
        to.setMessage(from.msg, 0, from.msgLen, from.msgRank);
        to.time = from.time;
        to.timeRank = from.timeRank;
        to.timeNaive = from.timeNaive;
        to.naiveZone = from.naiveZone;
        to.timeOffset = from.timeOffset;
        to.badTime = from.badTime;
        to.level = from.level;
        to.service = from.service;
        to.stream = from.stream;
    }
}
