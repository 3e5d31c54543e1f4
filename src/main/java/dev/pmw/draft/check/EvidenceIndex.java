package dev.pmw.draft.check;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// The rows a text may cite, by id, with the values each row states (its times, the numbers,
/// versions and commits in its text and attributes), extracted once per row when first cited.
///
/// Built from the timeline's events, or from the rows as the user edited them. Thread-safe.
public final class EvidenceIndex {
    private final Map<String, Event> byId;
    private final Map<String, RowValues> values = new ConcurrentHashMap<>();
    private final List<String> people;
    private final List<String> services;
    private final ClaimExtractor extractor;

    private EvidenceIndex(Map<String, Event> byId) {
        this.byId = byId;
        Set<String> p = new LinkedHashSet<>();
        Set<String> s = new LinkedHashSet<>();
        for (Event e : byId.values()) {
            if (!e.isBot() && !e.actor().isBlank()) {
                p.add(e.actor());
            }
            addIfPresent(p, e.attr(Attr.RESPONDER));
            addIfPresent(s, e.attr(Attr.SERVICE));
        }
        this.people = List.copyOf(p);
        this.services = List.copyOf(s);
        this.extractor = new ClaimExtractor(new NameFinder(List.of(), List.of()));
    }

    private static void addIfPresent(Set<String> set, String v) {
        if (v != null && !v.isBlank()) {
            set.add(v.strip());
        }
    }

    public static EvidenceIndex of(Collection<Event> events) {
        Map<String, Event> m = new LinkedHashMap<>();
        for (Event e : events) {
            m.put(e.id(), e);
        }
        return new EvidenceIndex(m);
    }

    public Event get(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    /// Human actors and responders named anywhere in the evidence.
    public List<String> people() {
        return people;
    }

    /// Services named in the evidence's attributes.
    public List<String> services() {
        return services;
    }

    RowValues values(String id) {
        return values.computeIfAbsent(id, k -> RowValues.of(byId.get(k), extractor));
    }
}
