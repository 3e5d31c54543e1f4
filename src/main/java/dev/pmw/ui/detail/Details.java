package dev.pmw.ui.detail;

import dev.pmw.ingest.LogStore;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Bursts;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;
import dev.pmw.timeline.query.RowLabels;
import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// Everything the detail pane shows beyond the row itself, gathered in the background: the raw
/// record, the lines or messages around it, the Slack thread it belongs to, and a burst's lines.
///
/// @param record     the record as written in the source
/// @param context    surrounding file lines, log lines or channel messages
/// @param thread     the thread's messages (parent first), empty when the row is not in one
/// @param burst      the burst's lines (at most [#MAX_BURST_LINES]), empty for other rows
/// @param burstTotal how many lines the burst has
/// @param folder     the folder to reveal (`file:` URI), or null
record Details(String record, List<ContextLine> context, List<Row> thread, List<BurstLine> burst, int burstTotal,
               String folder) {
    static final int MAX_BURST_LINES = 100_000;
    private static final int NEIGHBOURS = 5;
    private static final int SCAN_LIMIT = 20_000;

    /// A line around the record: `where` is "line 472" or "#channel"; `rowId` selects a row when known.
    record ContextLine(String where, Instant time, String text, boolean current, String rowId) {
    }

    /// One line of a burst, read from the log store.
    record BurstLine(long line, Instant time, String level, String message) {
    }

    static Details load(Incident incident, Timeline t, Row row, Work work) throws IOException {
        Event e = row.event();
        SourceRef ref = e.source();
        TimelineSource ts = row.source() >= 0 && row.source() < t.sources().size() ? t.sources().get(row.source()) : null;
        LoadedSource src = ts == null ? null
                : incident.sources().stream().filter(s -> s.file().equals(ts.file())).findFirst().orElse(null);
        Bursts bursts = ts == null ? null : ts.bursts();
        int cluster = cluster(row.original());
        String record;
        List<ContextLine> context;
        if (src == null || !src.isRead()) {
            record = row.isManual() ? "Added by you: there is no source record."
                    : src != null ? "The source file is not at hand (" + src.availability().note() + "); the row is shown as saved."
                    : "The source is not available.";
            context = neighbours(t, row);
        } else {
            RawRecords.Excerpt x = RawRecords.read(src, ref, nextLine(t, row), work);
            record = x.record();
            if (bursts != null && cluster >= 0 && e.count() == 1) {
                context = logNeighbours(bursts, cluster, t, row);
            } else if (!x.around().isEmpty()) {
                context = x.around().stream().map(l -> new ContextLine(l.number() > 0 ? "line " + l.number() : "",
                        null, l.text(), l.inRecord(), null)).toList();
            } else {
                context = neighbours(t, row);
            }
        }
        work.check();
        List<BurstLine> lines = List.of();
        int total = 0;
        if (bursts != null && cluster >= 0 && e.count() > 1) {
            int[] idx = t.lines(row); // a part of a split burst has only its own lines
            total = idx.length;
            LogStore store = bursts.store();
            List<BurstLine> out = new ArrayList<>(Math.min(idx.length, MAX_BURST_LINES));
            for (int k = 0; k < idx.length && k < MAX_BURST_LINES; k++) {
                int i = idx[k];
                out.add(new BurstLine(store.line(i), store.time(i), store.level(i).name(), store.message(i)));
            }
            lines = out;
        }
        return new Details(record, context, thread(t, row), lines, total, folder(ref));
    }

    static int cluster(Event e) {
        // edits may change the kind shown: the cluster is the source's
        String c = e.attr(Attr.CLUSTER);
        if (c == null) {
            return -1;
        }
        try {
            return Integer.parseInt(c);
        } catch (NumberFormatException x) {
            return -1;
        }
    }

    /// The line where the next record of the same file starts, so a multi-line record (an author
    /// line, a time line and the message of copied Slack text) is shown whole.
    private static long nextLine(Timeline t, Row row) {
        SourceRef ref = row.event().source();
        if (ref.line() <= 0) {
            return 0;
        }
        long best = 0;
        for (Row r : t.rows()) {
            SourceRef o = r.event().source();
            if (r.source() == row.source() && Objects.equals(o.entry(), ref.entry()) && o.line() > ref.line()
                    && (best == 0 || o.line() < best)) {
                best = o.line();
            }
        }
        return best;
    }

    /// Log lines around a single log line, in file order, from the log store.
    private static List<ContextLine> logNeighbours(Bursts b, int cluster, Timeline t, Row row) {
        LogStore store = b.store();
        int at = b.clusters().get(cluster).firstLine();
        List<ContextLine> out = new ArrayList<>();
        for (int i = Math.max(0, at - NEIGHBOURS); i < Math.min(store.size(), at + NEIGHBOURS + 1); i++) {
            out.add(new ContextLine("line " + store.line(i), store.time(i), store.level(i).name() + "  " + store.message(i),
                    i == at, null));
        }
        return out;
    }

    /// Rows of the same source (and channel) next to the row in the timeline, hidden ones included.
    private static List<ContextLine> neighbours(Timeline t, Row row) {
        int at = t.indexOf(row.id());
        if (at < 0) {
            return List.of();
        }
        String channel = row.event().attr(Attr.CHANNEL);
        List<Row> rows = t.rows();
        List<ContextLine> before = new ArrayList<>();
        for (int i = at - 1; i >= 0 && i >= at - SCAN_LIMIT && before.size() < NEIGHBOURS; i--) {
            if (same(rows.get(i), row, channel)) {
                before.addFirst(line(rows.get(i), false));
            }
        }
        List<ContextLine> out = new ArrayList<>(before);
        out.add(line(row, true));
        int after = 0;
        for (int i = at + 1; i < rows.size() && i <= at + SCAN_LIMIT && after < NEIGHBOURS; i++) {
            if (same(rows.get(i), row, channel)) {
                out.add(line(rows.get(i), false));
                after++;
            }
        }
        return out;
    }

    private static boolean same(Row r, Row row, String channel) {
        return r.source() == row.source() && Objects.equals(r.event().attr(Attr.CHANNEL), channel);
    }

    private static ContextLine line(Row r, boolean current) {
        Event e = r.event();
        String who = e.actor().isEmpty() ? "" : e.actor() + ": ";
        return new ContextLine(RowLabels.source(r), e.time(), who + RowLabels.oneLine(e.text()), current, r.id());
    }

    /// The Slack thread: the parent and its replies, in time order.
    private static List<Row> thread(Timeline t, Row row) {
        Event e = row.event();
        String ts = e.attr(Attr.THREAD_TS);
        if (ts == null && e.attr(Attr.REPLY_COUNT) != null) {
            String key = e.source().recordKey();
            ts = key == null ? null : key.substring(key.lastIndexOf(':') + 1);
        }
        if (ts == null) {
            return List.of();
        }
        String channel = e.attr(Attr.CHANNEL);
        List<Row> out = new ArrayList<>();
        for (Row r : t.rows()) {
            Event o = r.event();
            if (r.source() != row.source() || !Objects.equals(o.attr(Attr.CHANNEL), channel)) {
                continue;
            }
            String key = o.source().recordKey();
            if (ts.equals(o.attr(Attr.THREAD_TS)) || key != null && key.endsWith(":" + ts)) {
                out.add(r);
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /// The folder holding the source: the export folder itself, or the folder of the file or ZIP.
    private static String folder(SourceRef ref) {
        if (ref.file().isEmpty()) {
            return null;
        }
        Path p = Path.of(ref.file()).toAbsolutePath();
        Path dir = Files.isDirectory(p) ? p : p.getParent();
        return dir == null ? null : dir.toUri().toString();
    }
}
