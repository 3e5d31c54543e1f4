package dev.pmw.ingest.logs;

import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.Encoding;
import dev.pmw.ingest.LogGroup;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Where a log parser puts what it read: cleans each message for display, adds it to the source's
/// [LogStore], keeps per-line problems (capped; beyond the cap only counted), counts what was
/// assumed (zone, skipped lines) and finally builds the [ParseResult] — one summary note per kind
/// of problem, then the per-line diagnostics, through [Diagnostics]. A helper sink reads a later
/// part of the same file on another thread and is [#absorb]ed at the end.
final class LogSink {
    private static final int EXCERPT_BYTES = 200;

    private final String file;
    private final String format;
    private final ParseOptions options;
    private final LogStoreBuilder store;
    /// Per-line problems, up to the cap; [#droppedDiagnostics] counts the rest.
    private final java.util.ArrayList<Diagnostic> lineDiagnostics = new java.util.ArrayList<>();
    private long droppedDiagnostics;
    /// A helper for a later part of the file: text lines before its first record belong to the
    /// previous part's last record, so they are kept for [#absorb] instead of being reported.
    private final boolean helper;
    private final java.util.ArrayList<Object[]> leadingText = new java.util.ArrayList<>();
    private static final long EARLIEST_NANOS = 946_684_800_000_000_000L;
    private final long latestNanos = (System.currentTimeMillis() + 86_400_000L) * 1_000_000L;

    private long naiveTimes;
    private long firstNaiveLine;
    private String naiveZone;
    private long offsetTimes;
    private long badTimes;
    private long untimed;
    private long outOfRange;
    private long continuations;
    private long firstContinuationLine;
    private long badJson;
    private long skippedText;
    private long nulLines;
    private long firstNulLine;
    private long invalidUtf8;
    private long duplicates;

    LogSink(String file, String format, ParseOptions options) {
        this(file, format, options, false);
    }

    private LogSink(String file, String format, ParseOptions options, boolean helper) {
        this.file = file;
        this.format = format;
        this.options = options;
        this.helper = helper;
        this.store = new LogStoreBuilder(SourceRef.of(file, format), null);
    }

    /// A sink for a later part of the same file, read on another thread (see [#absorb]).
    LogSink helper() {
        return new LogSink(file, format, options, true);
    }

    ParseOptions options() {
        return options;
    }

    int lines() {
        return store.size();
    }

    /// Adds the record `r` as line `line` at byte `offset`. The message in `r` is cleaned in place.
    void add(Rec r, long line, long offset) {
        if (!r.hasTime()) {
            timeProblem(r.badTime, line);
        } else {
            noteTime(r.time, r.timeNaive, r.timeOffset, line, r.naiveZone);
        }
        Level level = r.level == null ? Level.UNKNOWN : r.level;
        if (r.rawMsg != null) {
            // printable ASCII straight from the input: nothing to clean but trailing blanks
            int len = r.msgLen;
            while (len > 0 && (r.rawMsg[r.rawOff + len - 1] == ' ' || r.rawMsg[r.rawOff + len - 1] == '\t')) {
                len--;
            }
            store.addAscii(r.time, level, r.rawMsg, r.rawOff, len, r.service, r.status, r.userHash, clampLine(line),
                    offset);
            return;
        }
        int len = Ansi.clean(r.msg, 0, r.msgLen);
        r.msgLen = len;
        store.add(r.time, level, r.msg, 0, len, r.service, r.status, r.userHash, clampLine(line), offset);
    }

    /// Adds a line read from text (text-log dialects). `naive` tells whether `time` was read in the
    /// assumed zone; `badTime` is the time text when it could not be read (time is then NO_TIME).
    void add(long time, boolean naive, boolean offsetTime, String badTime, Level level, String message,
             String service, long line, long offset) {
        char[] m = message.toCharArray();
        int len = Ansi.clean(m, 0, m.length);
        if (time == LogStore.NO_TIME) {
            timeProblem(badTime, line);
        } else {
            noteTime(time, naive, offsetTime, line, null);
        }
        store.add(time, level == null ? Level.UNKNOWN : level, m, 0, len, service, 0, 0, clampLine(line), offset);
    }

    private void timeProblem(String badTime, long line) {
        if (badTime == null) {
            untimed++;
        } else {
            badTimes++;
            if (lineDiagnostics.size() < dev.pmw.ingest.Limits.MAX_DIAGNOSTICS_PER_SOURCE) {
                warn(line, "the time \"" + Diagnostic.excerpt(badTime)
                        + "\" is not a time pmw can read; the line is kept right after the line before it", "");
            } else {
                droppedDiagnostics++;
            }
        }
    }

    private void noteTime(long time, boolean naive, boolean offsetTime, long line, String zoneOverride) {
        if (naive) {
            if (naiveTimes++ == 0) {
                firstNaiveLine = line;
                naiveZone = zoneOverride != null ? zoneOverride : options.zone().getId();
            }
        } else if (offsetTime) {
            offsetTimes++;
        }
        if (time < EARLIEST_NANOS || time > latestNanos) {
            outOfRange++; // Timestamps.outOfRangeNanos, with "now" read once per source
        }
    }

    /// A text line that belongs to the line before it (stack trace, wrapped output, interleaved
    /// non-JSON output). Lines before the first record are reported and skipped.
    void continuation(long line, String text) {
        String t = Ansi.clean(text);
        if (t.isEmpty()) {
            return;
        }
        if (store.size() == 0 && helper) {
            if (leadingText.size() < 10_000) {
                leadingText.add(new Object[] {line, t});
            }
            return;
        }
        if (store.size() == 0) {
            skippedText++;
            warn(line, "this line is not a log record and has no record before it to belong to; skipped", t);
            return;
        }
        if (continuations++ == 0) {
            firstContinuationLine = line;
        }
        store.appendToLast(t);
    }

    /// A line that starts like JSON but cannot be read (truncated, unterminated, too deep).
    void badJson(long line, String reason, String excerpt) {
        badJson++;
        warn(line, "not valid JSON (" + reason + "); line skipped", excerpt);
    }

    void oversizeLine(long line, long bytes, String excerpt) {
        warn(line, "line " + line + " is " + megabytes(bytes) + " long; skipped", excerpt);
    }

    /// The (compressed) input ended early or is damaged; what came before it is kept.
    void damaged(java.io.IOException e) {
        warn(0, "the compressed data ends early or is damaged (" + e.getMessage() + "); the " + lines()
                + " lines before that were kept", "");
    }

    void nulLine(long line) {
        if (nulLines++ == 0) {
            firstNulLine = line;
        }
    }

    void invalidUtf8() {
        invalidUtf8++;
    }

    void duplicate() {
        duplicates++;
    }

    void warn(long line, String message, String excerpt) {
        if (lineDiagnostics.size() < dev.pmw.ingest.Limits.MAX_DIAGNOSTICS_PER_SOURCE) {
            lineDiagnostics.add(Diagnostic.warning(file, line, message, excerpt));
        } else {
            droppedDiagnostics++; // counted only: a million bad lines must not make a million messages
        }
    }

    /// Takes over what `h` read from the part of the file after this one: `lineShift` is the
    /// number of lines before that part. Text lines at the start of `h` continue the last line here.
    void absorb(LogSink h, long lineShift) {
        for (Object[] lt : h.leadingText) {
            continuation((Long) lt[0] + lineShift, (String) lt[1]);
        }
        for (Diagnostic d : h.lineDiagnostics) {
            Diagnostic moved = new Diagnostic(d.file(), d.line() > 0 ? d.line() + lineShift : 0, d.message(),
                    d.excerpt(), d.severity());
            if (lineDiagnostics.size() < dev.pmw.ingest.Limits.MAX_DIAGNOSTICS_PER_SOURCE) {
                lineDiagnostics.add(moved);
            } else {
                droppedDiagnostics++;
            }
        }
        droppedDiagnostics += h.droppedDiagnostics;
        if (h.naiveTimes > 0 && naiveTimes == 0) {
            firstNaiveLine = h.firstNaiveLine + lineShift;
            naiveZone = h.naiveZone;
        }
        naiveTimes += h.naiveTimes;
        offsetTimes += h.offsetTimes;
        badTimes += h.badTimes;
        untimed += h.untimed;
        outOfRange += h.outOfRange;
        if (h.continuations > 0 && continuations == 0) {
            firstContinuationLine = h.firstContinuationLine + lineShift;
        }
        continuations += h.continuations;
        badJson += h.badJson;
        skippedText += h.skippedText;
        if (h.nulLines > 0 && nulLines == 0) {
            firstNulLine = h.firstNulLine + lineShift;
        }
        nulLines += h.nulLines;
        invalidUtf8 += h.invalidUtf8;
        duplicates += h.duplicates;
        store.absorb(h.store, (int) Math.min(Integer.MAX_VALUE, lineShift));
    }

    /// "1 line was" / "1,204 lines were".
    private static String count(NumberFormat nf, long n, String one, String many) {
        return nf.format(n) + " " + (n == 1 ? one : many);
    }

    static String megabytes(long bytes) {
        if (bytes >= 1_000_000) {
            return Math.round(bytes / 1e6) + " MB";
        }
        return Math.round(bytes / 1e3) + " kB";
    }

    private static int clampLine(long line) {
        return (int) Math.min(Integer.MAX_VALUE, line);
    }

    /// The result for `dialect`; summary notes go before the capped per-line diagnostics.
    ParseResult result(Dialect dialect, Encoding encoding) {
        boolean assumed = naiveTimes > 0;
        store.assumedZone(assumed ? naiveZone : null);
        LogStore logs = store.build();
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.ROOT);
        java.util.ArrayList<Diagnostic> notes = new java.util.ArrayList<>();
        if (assumed) {
            notes.add(Diagnostic.info(file, count(nf, naiveTimes, "time", "times") + " had no zone or offset (first on line "
                    + firstNaiveLine + "); read as " + naiveZone + (options.zoneExplicit() ? "" : " — set the zone if that is wrong")));
        }
        if (continuations > 0) {
            notes.add(Diagnostic.info(file, count(nf, continuations, "line is", "lines are") + " not log records (stack traces, "
                    + "wrapped or interleaved output; first on line " + firstContinuationLine
                    + "); each was attached to the log line before it"));
        }
        if (store.droppedContinuations() > 0) {
            notes.add(Diagnostic.warning(file, 0, count(nf, store.droppedContinuations(), "continuation line was", "continuation lines were")
                    + " dropped: the line they belong to already holds "
                    + dev.pmw.ingest.Limits.MAX_MESSAGE_CHARS / 1024 + " KiB", ""));
        }
        if (badJson > 0) {
            notes.add(Diagnostic.warning(file, 0, count(nf, badJson, "line was", "lines were") + " not valid JSON and skipped", ""));
        }
        if (badTimes > 0) {
            notes.add(Diagnostic.warning(file, 0, count(nf, badTimes, "line has", "lines have") + " a time pmw cannot read; kept and "
                    + "placed right after the line before", ""));
        }
        if (untimed > 0) {
            notes.add(Diagnostic.info(file, count(nf, untimed, "line carries", "lines carry") + " no time of their own; placed "
                    + "right after the line before"));
        }
        if (outOfRange > 0) {
            notes.add(Diagnostic.warning(file, 0, count(nf, outOfRange, "line has a time", "lines have times") + " before 2000 or more than "
                    + "a day in the future (a seconds/milliseconds mix-up?)", ""));
        }
        if (nulLines > 0) {
            notes.add(Diagnostic.warning(file, firstNulLine, count(nf, nulLines, "line holds", "lines hold") + " NUL bytes "
                    + "(a file pre-allocated or cut by a crash?); the NUL bytes were skipped", ""));
        }
        if (invalidUtf8 > 0) {
            notes.add(Diagnostic.warning(file, 0, count(nf, invalidUtf8, "line had", "lines had") + " bytes that are not valid UTF-8; "
                    + "they are shown as \uFFFD", ""));
        }
        if (duplicates > 0) {
            notes.add(Diagnostic.info(file, count(nf, duplicates, "duplicate event (same eventId) was", "duplicate events (same eventId) were") + " skipped"));
        }
        Diagnostics diags = new Diagnostics(file);
        notes.forEach(diags::add);
        lineDiagnostics.forEach(diags::add);
        Diagnostic counted = Diagnostic.warning(file, 0, "", "");
        for (long k = 0; k < droppedDiagnostics; k++) {
            diags.add(counted); // beyond the cap Diagnostics only counts
        }
        String timezone = assumed ? naiveZone : offsetTimes > 0 ? "offsets in source" : "UTC";
        SourceInfo info = new SourceInfo(file, format, dialect.id(), timezone, assumed && !options.zoneExplicit(),
                encoding, logs.size(), parts(logs));
        return new ParseResult(info, List.of(), logs, List.of(), diags.list(), diags.dropped());
    }

    private static Map<String, Integer> parts(LogStore logs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (LogGroup g : logs.groups()) {
            if (!g.service().isEmpty()) {
                out.merge(g.service(), g.count(), Integer::sum);
            }
        }
        return out;
    }

    static String excerpt(byte[] b, int from, int to) {
        int end = Math.min(to, from + EXCERPT_BYTES);
        return new String(b, from, Math.max(0, end - from), java.nio.charset.StandardCharsets.UTF_8);
    }
}
