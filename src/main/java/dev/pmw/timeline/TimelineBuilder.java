package dev.pmw.timeline;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.TimeFlag;
import dev.pmw.timeline.edit.EditLayer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/// Merges parsed sources into a [Timeline]: collapses log lines into bursts, applies per-source
/// settings (channels, clock corrections), orders everything stably by time, estimates the
/// incident window and scores every row with the relevance rules.
public final class TimelineBuilder {
    private static final Duration WINDOW_MARGIN = Duration.ofMinutes(30);
    private static final Duration ANCHOR_GAP = Duration.ofMinutes(60);
    private static final Duration AFTER_RESOLVE = Duration.ofMinutes(10);

    private RelevanceRules rules = RelevanceRules.defaults();
    private Duration burstGap = Bursts.DEFAULT_GAP;
    private final Map<String, SourceSettings> settings = new HashMap<>();
    private final Map<String, List<Event>> savedLogRows = new HashMap<>();
    private EditLayer edits = EditLayer.EMPTY;
    private Function<LogStore, Bursts> burstsOf;

    public TimelineBuilder rules(RelevanceRules r) {
        this.rules = r;
        return this;
    }

    public TimelineBuilder burstGap(Duration gap) {
        this.burstGap = gap;
        return this;
    }

    /// Settings for the source with display path `file`.
    public TimelineBuilder source(String file, SourceSettings s) {
        settings.put(file, s);
        return this;
    }

    /// The user's edits, applied by event id.
    public TimelineBuilder edits(EditLayer layer) {
        this.edits = layer == null ? EditLayer.EMPTY : layer;
        return this;
    }

    /// Log rows (bursts and single lines) saved in a project, standing in for the log lines of the
    /// source with display path `file` when its file is missing.
    public TimelineBuilder savedLogRows(String file, List<Event> rows) {
        savedLogRows.put(file, List.copyOf(rows));
        return this;
    }

    /// Where bursts come from (a cache that survives edits); default: clustered on every build.
    public TimelineBuilder burstsOf(Function<LogStore, Bursts> f) {
        this.burstsOf = f;
        return this;
    }

    public Timeline build(List<ParseResult> results) {
        return build(results, List.of());
    }

    /// @param extra rows that belong to no source and no edit, already final
    public Timeline build(List<ParseResult> results, List<Event> extra) {
        record Item(Event event, int source, RowState.Origin origin) {
        }
        EditApplier applier = new EditApplier(edits);
        List<Bursts> bursts = new ArrayList<>();
        List<List<Event>> perSource = new ArrayList<>();
        for (ParseResult r : results) {
            Bursts b = r.logs() == null || r.logs().size() == 0 ? null
                    : burstsOf != null ? burstsOf.apply(r.logs()) : Bursts.of(r.logs(), burstGap);
            bursts.add(b);
            List<Event> events = new ArrayList<>(r.events());
            if (b != null) {
                events.addAll(b.events());
            } else {
                events.addAll(savedLogRows.getOrDefault(r.info().file(), List.of()));
            }
            SourceSettings s = settings.getOrDefault(r.info().file(), SourceSettings.DEFAULT);
            if (!s.clockOffset().isZero()) {
                events.replaceAll(e -> e.withTime(e.time().plus(s.clockOffset()), e.timeInfo().with(TimeFlag.CORRECTED)));
            }
            perSource.add(events);
        }
        // a source read in an assumed zone is shifted when another source shows by how much
        Map<Integer, SourceAlignment.Correction> corrections = SourceAlignment.estimate(results, perSource);
        corrections.keySet().removeIf(i -> !settings.getOrDefault(results.get(i).info().file(), SourceSettings.DEFAULT)
                .clockOffset().isZero()); // the user's own correction wins
        corrections.forEach((i, c) -> perSource.get(i).replaceAll(
                e -> e.withTime(e.time().plus(c.offset()), e.timeInfo().with(TimeFlag.CORRECTED))));
        // the user's edits: splits once times are final, then field edits, then added rows and orphans
        List<EditApplier.Extra> extras = List.of();
        if (!applier.isEmpty()) {
            Map<String, Integer> sourceByFile = new HashMap<>();
            for (int i = 0; i < results.size(); i++) {
                Duration offset = settings.getOrDefault(results.get(i).info().file(), SourceSettings.DEFAULT).clockOffset()
                        .plus(corrections.containsKey(i) ? corrections.get(i).offset() : Duration.ZERO);
                List<Event> events = applier.split(perSource.get(i), bursts.get(i), offset);
                events.replaceAll(applier::fields);
                perSource.set(i, events);
                sourceByFile.putIfAbsent(results.get(i).info().file(), i);
            }
            extras = applier.extras(sourceByFile);
        }
        // the incident window comes from alerting and error evidence across all sources
        List<Event> all = new ArrayList<>(perSource.stream().flatMap(List::stream).toList());
        extras.forEach(x -> all.add(x.event()));
        Instant[] window = estimateWindow(all);

        List<TimelineSource> sources = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ParseResult r = results.get(i);
            SourceSettings s = settings.getOrDefault(r.info().file(), SourceSettings.DEFAULT);
            Set<String> included = includedChannels(r, perSource.get(i), s, window);
            sources.add(new TimelineSource(r, bursts.get(i), s, included, corrections.get(i)));
            for (Event e : perSource.get(i)) {
                String ch = e.attr(Attr.CHANNEL);
                if (ch == null || included.contains(ch)) {
                    items.add(new Item(e, i, RowState.Origin.SOURCE));
                }
            }
        }
        for (EditApplier.Extra x : extras) {
            items.add(new Item(x.event(), x.source(), x.origin()));
        }
        for (Event e : extra) {
            items.add(new Item(e, -1, RowState.Origin.SOURCE));
        }
        items.sort(Comparator.comparing((Item it) -> it.event().time())); // stable: source order, then record order
        List<Event> marked = Duplicates.mark(items.stream().map(Item::event).toList(),
                items.stream().map(Item::source).toList());
        for (int i = 0; i < items.size(); i++) {
            items.set(i, new Item(marked.get(i), items.get(i).source(), items.get(i).origin()));
        }

        List<Event> merged = items.stream().map(Item::event).toList();
        RuleContext ctx = new RuleContext(responders(merged), window[0], window[1], paged(merged));
        List<Row> rows = new ArrayList<>(items.size());
        Set<String> seen = new HashSet<>();
        for (Item it : items) {
            Event e = it.event();
            if (!seen.add(e.id())) {
                e = withUniqueId(e, seen);
            }
            RowState state = applier.state(e, it.origin());
            rows.add(new Row(e, applier.relevance(rules.score(e, ctx), state), it.source(), state));
        }
        return new Timeline(rows, sources, ctx, applier.boundaryPins());
    }

    private static Event withUniqueId(Event e, Set<String> seen) {
        for (int n = 2; ; n++) {
            String id = e.id() + "-" + n;
            if (seen.add(id)) {
                return new Event(id, e.time(), e.timeInfo(), e.source(), e.kind(), e.actor(), e.text(), e.level(),
                        e.attrs(), e.count(), e.endTime());
            }
        }
    }

    /// Channels with at least one message in the incident window, unless the user chose.
    private static Set<String> includedChannels(ParseResult r, List<Event> events, SourceSettings s, Instant[] window) {
        if (s.channels() != null) {
            return s.channels();
        }
        Set<String> all = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        for (Event e : events) {
            String ch = e.attr(Attr.CHANNEL);
            if (ch == null) {
                continue;
            }
            all.add(ch);
            if (window[0] == null || !e.time().isBefore(window[0]) && !e.time().isAfter(window[1])) {
                active.add(ch);
            }
        }
        return active.isEmpty() ? all : active;
    }

    /// Anchors are alerts, pages, acks, declarations, resolutions and error bursts. They are split
    /// into clusters at gaps over an hour; the cluster with most weight is the incident, widened by a
    /// margin on each side. Null bounds when there is no anchor.
    static Instant[] estimateWindow(List<Event> events) {
        List<Event> anchors = new ArrayList<>();
        for (Event e : events) {
            if (e.timeInfo().has(TimeFlag.OUT_OF_RANGE) || e.timeInfo().has(TimeFlag.UNPARSEABLE)) {
                continue;
            }
            EventKind k = e.kind();
            // recoveries are not anchors: a flapping warning-only monitor recovers all night long
            boolean alerting = k == EventKind.ALERT_TRIGGERED || k == EventKind.PAGE || k == EventKind.ACKNOWLEDGE
                    || k == EventKind.DECLARE || k == EventKind.RESOLVE;
            boolean errors = k == EventKind.LOG_BURST && e.level().atLeast(Level.ERROR) && e.count() >= 5;
            if (alerting || errors) {
                anchors.add(e);
            }
        }
        if (anchors.isEmpty()) {
            return new Instant[] {null, null};
        }
        anchors.sort(Comparator.comparing(Event::time));
        Instant bestStart = null;
        Instant bestEnd = null;
        double bestWeight = -1;
        Instant start = anchors.getFirst().time();
        Instant end = anchors.getFirst().lastTime();
        double weight = 0;
        for (Event a : anchors) {
            if (Duration.between(end, a.time()).compareTo(ANCHOR_GAP) > 0) {
                if (weight > bestWeight) {
                    bestWeight = weight;
                    bestStart = start;
                    bestEnd = end;
                }
                start = a.time();
                end = a.lastTime();
                weight = 0;
            }
            weight += a.kind() == EventKind.LOG_BURST ? 1 : 2;
            if (a.lastTime().isAfter(end)) {
                end = a.lastTime();
            }
        }
        if (weight > bestWeight) {
            bestStart = start;
            bestEnd = end;
        }
        Instant windowEnd = bestEnd.plus(WINDOW_MARGIN);
        // once the incident is resolved, what follows is aftermath: close the window soon after
        Instant s0 = bestStart;
        Instant e0 = bestEnd;
        Instant lastResolve = anchors.stream().filter(a -> a.kind() == EventKind.RESOLVE)
                .map(Event::time).filter(t -> !t.isBefore(s0) && !t.isAfter(e0)).max(Instant::compareTo).orElse(null);
        if (lastResolve != null && lastResolve.plus(AFTER_RESOLVE).isBefore(windowEnd)) {
            windowEnd = lastResolve.plus(AFTER_RESOLVE);
        }
        return new Instant[] {bestStart.minus(WINDOW_MARGIN), windowEnd};
    }

    /// People the paging system names: who acknowledged, and the assignees it recorded.
    private static Set<String> paged(List<Event> events) {
        Set<String> out = new LinkedHashSet<>();
        for (Event e : events) {
            String responder = e.attr(Attr.RESPONDER);
            if (responder != null && !responder.isBlank()) {
                for (String r : responder.split("\\s*,\\s*")) {
                    out.add(r);
                }
            }
            if ((e.kind() == EventKind.ACKNOWLEDGE || e.kind() == EventKind.ESCALATE) && !e.isBot() && !e.actor().isEmpty()) {
                out.add(e.actor());
            }
        }
        return out;
    }

    /// People who acknowledged, were paged, or wrote a finding or action in chat.
    private static Set<String> responders(List<Event> events) {
        Set<String> out = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.actor().isEmpty() || e.isBot()) {
                continue;
            }
            if (e.kind() == EventKind.ACKNOWLEDGE || e.kind() == EventKind.PAGE
                    || e.kind() == EventKind.CHAT && (ChatText.isFindingOrAction(e.text()) || ChatText.isAck(e.text()))) {
                out.add(e.actor());
            }
        }
        return out;
    }
}
