package dev.pmw.ui.timeline;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;
import dev.pmw.timeline.query.TimelineQuery;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The values the filter menus offer, with how many rows carry each: only what the timeline has.
///
/// @param sources display path → label ("error-logs.json", "added by hand")
public record Facets(Map<EventKind, Integer> kinds, Map<Level, Integer> levels, Map<String, String> sources,
                     Map<String, Integer> actors) {
    public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of());
    private static final int MAX_ACTORS = 60;

    static Facets of(Timeline t) {
        Map<EventKind, Integer> kinds = new EnumMap<>(EventKind.class);
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        Map<String, Integer> actors = new LinkedHashMap<>();
        boolean manual = false;
        for (Row r : t.rows()) {
            kinds.merge(r.event().kind(), 1, Integer::sum);
            levels.merge(r.event().level(), 1, Integer::sum);
            if (!r.event().actor().isEmpty()) {
                actors.merge(r.event().actor(), 1, Integer::sum);
            }
            manual |= r.source() < 0;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (TimelineSource s : t.sources()) {
            if (!s.result().failed() && !"unknown".equals(s.format())) {
                sources.put(s.file(), SourceRef.fileName(s.file()));
            }
        }
        if (manual) {
            sources.put(TimelineQuery.MANUAL, "added by hand");
        }
        Map<String, Integer> top = actors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_ACTORS)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new Facets(kinds, levels, sources, top);
    }

    /// Actors in the menu order (most rows first).
    public List<String> actorNames() {
        return List.copyOf(actors.keySet());
    }
}
