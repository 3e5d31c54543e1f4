package dev.pmw.timeline;

import dev.pmw.model.Event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The merged incident timeline: every row of every source in time order (stable: equal times keep
/// source order, then record order). Immutable; building a new one is cheap enough to do after
/// every edit.
public final class Timeline {
    private final List<Row> rows;
    private final List<TimelineSource> sources;
    private final RuleContext context;
    private final Map<String, Integer> index;
    private final Map<String, String> boundaryPins;

    public Timeline(List<Row> rows, List<TimelineSource> sources, RuleContext context) {
        this(rows, sources, context, Map.of());
    }

    /// @param boundaryPins analysis boundary id (`impact_start` …) → id of the row the user pinned it to
    public Timeline(List<Row> rows, List<TimelineSource> sources, RuleContext context, Map<String, String> boundaryPins) {
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
        this.sources = List.copyOf(sources);
        this.context = context;
        this.boundaryPins = Map.copyOf(boundaryPins);
        Map<String, Integer> idx = HashMap.newHashMap(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            idx.putIfAbsent(rows.get(i).id(), i);
        }
        this.index = idx;
    }

    public static Timeline empty() {
        return new Timeline(List.of(), List.of(), RuleContext.EMPTY);
    }

    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public List<TimelineSource> sources() {
        return sources;
    }

    /// Responders and the estimated incident window the relevance rules used.
    public RuleContext context() {
        return context;
    }

    public Row byId(String id) {
        Integer i = index.get(id);
        return i == null ? null : rows.get(i);
    }

    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public List<Row> keyRows() {
        return rows.stream().filter(Row::isKey).toList();
    }

    public Instant start() {
        return rows.isEmpty() ? null : rows.getFirst().event().time();
    }

    public Instant end() {
        return rows.stream().map(r -> r.event().lastTime()).max(Instant::compareTo).orElse(null);
    }

    /// Hidden rows per noise rule id, most first.
    public Map<String, Integer> hiddenCounts() {
        Map<String, Integer> counts = rows.stream().filter(r -> !r.isKey())
                .collect(Collectors.groupingBy(r -> r.relevance().hiddenBy(), Collectors.summingInt(r -> 1)));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /// "142 rows hidden: 61 chatter, 48 joins, 12 bot noise".
    public String hiddenSummary() {
        Map<String, Integer> counts = hiddenCounts();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "no rows hidden";
        }
        return total + (total == 1 ? " row" : " rows") + " hidden: " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + RelevanceRules.label(e.getKey())).collect(Collectors.joining(", "));
    }

    /// Boundaries the user pinned to rows: boundary id (`impact_start`, `detected` … as in
    /// `pmw analyze --json`) → row id. The analysis uses these instead of deriving the boundary.
    public Map<String, String> boundaryPins() {
        return boundaryPins;
    }

    /// The rows merged into `row` (hidden, their sources kept), in timeline order.
    public List<Row> mergedInto(Row row) {
        if (row.state().mergedFrom().isEmpty()) {
            return List.of();
        }
        return row.state().mergedFrom().stream().map(this::byId).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(r -> indexOf(r.id()))).toList();
    }

    /// The raw log lines behind a log row (a burst, a part of a split burst, or a single line), as
    /// indices into the source's [dev.pmw.ingest.LogStore] in time order; empty when the lines are
    /// not at hand (the row is not a log row, or its source file is missing and only the saved row
    /// is shown).
    public int[] lines(Row row) {
        if (row.source() < 0 || row.isOrphaned()) {
            return new int[0];
        }
        Bursts b = sources.get(row.source()).bursts();
        String cluster = row.original().attr(dev.pmw.model.Attr.CLUSTER);
        if (b == null || cluster == null) {
            return new int[0];
        }
        int c = Integer.parseInt(cluster);
        if (c < 0 || c >= b.clusters().size()) {
            return new int[0];
        }
        return BurstSplit.lines(b, c, row.state().lines());
    }

    /// The two parts a burst row would be split into at `at` (a moment as shown), or null when the
    /// row is not a burst whose lines are at hand or the moment leaves one part empty. Used to
    /// make a [dev.pmw.timeline.edit.Edit.SplitBurst].
    public Event[] splitParts(Row row, Instant at, String firstId, String secondId) {
        if (row.source() < 0 || row.isOrphaned() || row.original().kind() != dev.pmw.model.EventKind.LOG_BURST) {
            return null;
        }
        TimelineSource s = sources.get(row.source());
        if (s.bursts() == null) {
            return null;
        }
        java.time.Duration offset = s.settings().clockOffset()
                .plus(s.correction() != null ? s.correction().offset() : java.time.Duration.ZERO);
        RowState.LineSpan span = row.state().lines() == null ? RowState.LineSpan.ALL : row.state().lines();
        BurstSplit.Part[] p = BurstSplit.split(s.bursts(), row.original(), span, at, offset, firstId, secondId);
        return p == null ? null : new Event[] {p[0].event(), p[1].event()};
    }

    /// Log lines plus events of all sources (what `counts.events` reports).
    public long recordCount() {
        return sources.stream().mapToLong(s -> s.result().records()).sum();
    }
}
