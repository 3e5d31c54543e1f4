package dev.pmw.timeline;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.TimeFlag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Marks rows that record the same happening as another row: the same message in a Slack export
/// and in its copied text, a bot message posted to two channels, a Datadog alert and the alert
/// bot's Slack post about it. The weaker copy (less exact time, or chat rather than the system of
/// record, or the later one) gets [Attr#DUPLICATE_OF]; the relevance rules hide it, both stay.
final class Duplicates {
    private static final Duration WINDOW = Duration.ofSeconds(90);
    private static final Duration HAPPENING_WINDOW = Duration.ofMinutes(3);

    private Duplicates() {
    }

    /// @param events events in time order, with the index of their source
    /// @return the same list with duplicates marked
    static List<Event> mark(List<Event> events, List<Integer> sources) {
        return markHappenings(markTexts(events, sources), sources);
    }

    /// Same happening told by two different sources: the chat copy yields to the system of record.
    private static List<Event> markHappenings(List<Event> events, List<Integer> sources) {
        Map<String, List<Integer>> seenByKey = new HashMap<>();
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            String k = e.attr(Attr.DUPLICATE_OF) == null ? Happenings.key(e) : null;
            if (k == null) {
                continue;
            }
            List<Integer> seen = seenByKey.computeIfAbsent(k, x -> new ArrayList<>());
            Integer match = null;
            for (int j : seen) {
                Event o = out.get(j);
                if (!sources.get(j).equals(sources.get(i)) && o.attr(Attr.DUPLICATE_OF) == null
                        && Duration.between(o.time(), e.time()).abs().compareTo(HAPPENING_WINDOW) <= 0) {
                    match = j;
                    break;
                }
            }
            if (match == null) {
                seen.add(i);
                continue;
            }
            Event first = out.get(match);
            if (Happenings.isChatCopy(first) && !Happenings.isChatCopy(e)) {
                out.set(match, first.withAttr(Attr.DUPLICATE_OF, e.id()));
                seen.remove(match);
                seen.add(i);
            } else {
                out.set(i, e.withAttr(Attr.DUPLICATE_OF, first.id()));
            }
        }
        return out;
    }

    private static List<Event> markTexts(List<Event> events, List<Integer> sources) {
        Map<String, List<Integer>> recent = new HashMap<>();
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String k = key(e);
            if (k == null || e.kind() == dev.pmw.model.EventKind.LOG || e.kind() == dev.pmw.model.EventKind.LOG_BURST) {
                continue;
            }
            List<Integer> seen = recent.computeIfAbsent(k, x -> new ArrayList<>());
            Integer match = null;
            for (int j : seen) {
                Event o = out.get(j);
                boolean near = Duration.between(o.time(), e.time()).abs().compareTo(WINDOW) <= 0;
                boolean elsewhere = !sources.get(j).equals(sources.get(i))
                        || !java.util.Objects.equals(o.attr(Attr.CHANNEL), e.attr(Attr.CHANNEL));
                if (near && elsewhere && o.attr(Attr.DUPLICATE_OF) == null) {
                    match = j;
                    break;
                }
            }
            if (match == null) {
                seen.add(i);
                continue;
            }
            Event keep = out.get(match);
            if (lessExact(keep, e)) { // the earlier row is the copy: swap roles
                out.set(match, keep.withAttr(Attr.DUPLICATE_OF, e.id()));
                seen.remove(match);
                seen.add(i);
            } else {
                out.set(i, e.withAttr(Attr.DUPLICATE_OF, keep.id()));
            }
        }
        return out;
    }

    /// Unlike the alignment key, short texts count too: once times agree, "on it" from the same
    /// person within 90 s in two sources is one message.
    private static String key(Event e) {
        String text = SourceAlignment.normalise(e.text());
        if (text.isEmpty()) {
            return null;
        }
        return SourceAlignment.normalise(e.actor()) + "|" + (text.length() > 48 ? text.substring(0, 48) : text);
    }

    private static boolean lessExact(Event a, Event b) {
        boolean aAssumed = a.timeInfo().has(TimeFlag.ZONE_ASSUMED) || a.timeInfo().has(TimeFlag.CORRECTED);
        boolean bAssumed = b.timeInfo().has(TimeFlag.ZONE_ASSUMED) || b.timeInfo().has(TimeFlag.CORRECTED);
        return aAssumed && !bAssumed;
    }
}
