package dev.pmw.timeline;

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

    public Timeline(List<Row> rows, List<TimelineSource> sources, RuleContext context) {
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
        this.sources = List.copyOf(sources);
        this.context = context;
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

    /// Log lines plus events of all sources (what `counts.events` reports).
    public long recordCount() {
        return sources.stream().mapToLong(s -> s.result().records()).sum();
    }
}
