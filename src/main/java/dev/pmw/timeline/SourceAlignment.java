package dev.pmw.timeline;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Event;
import dev.pmw.model.TimeFlag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Estimates clock corrections from happenings that two sources both record: the same chat message
/// in a Slack export (exact UTC) and in copied thread text (local clock, zone assumed), the same
/// alert in Datadog and in its Slack bot message. The offset that most matches agree on is the
/// correction; for sources whose zone was only assumed it is applied automatically (the assumption
/// was arbitrary), for the others it is offered as a suggestion.
public final class SourceAlignment {
    /// Offsets are rounded to this step when voting (zones differ by 15-minute multiples).
    private static final long ZONE_STEP_SECONDS = 15 * 60;
    private static final int MIN_MATCHES = 3;
    private static final double MIN_AGREEMENT = 0.6;

    private SourceAlignment() {
    }

    /// A correction for one source.
    ///
    /// @param offset    add this to the source's times
    /// @param reference display path of the source it was matched against
    /// @param matches   how many records agree
    /// @param compared  how many records could be matched at all
    /// @param applied   whether it was applied automatically (zone-assumed source)
    public record Correction(Duration offset, String reference, int matches, int compared, boolean applied) {
        public String describe() {
            long s = offset.getSeconds();
            String sign = s < 0 ? "−" : "+";
            long a = Math.abs(s);
            String off = String.format("%s%d:%02d", sign, a / 3600, (a / 60) % 60);
            String ref = dev.pmw.model.SourceRef.fileName(reference);
            return (applied ? "times shifted " + off + " to match " + ref : "times differ from " + ref + " by " + off)
                    + " (" + matches + " of " + compared + " matching records agree)";
        }
    }

    /// Corrections per source index, for sources with a clear whole-zone offset against another.
    static Map<Integer, Correction> estimate(List<ParseResult> results, List<List<Event>> events) {
        Map<Integer, Correction> out = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).info().zoneAssumed()) {
                continue;
            }
            Correction best = null;
            for (int j = 0; j < results.size(); j++) {
                if (i == j || results.get(j).info().zoneAssumed()) {
                    continue;
                }
                Correction c = compare(events.get(i), events.get(j), results.get(j).info().file());
                if (c != null && (best == null || c.matches() > best.matches())) {
                    best = c;
                }
            }
            if (best != null && !best.offset().isZero()) {
                out.put(i, best);
            }
        }
        return out;
    }

    private static Correction compare(List<Event> assumed, List<Event> exact, String referenceFile) {
        Map<String, List<Event>> byKey = new HashMap<>();
        for (Event e : exact) {
            String k = key(e);
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
            }
        }
        Map<Long, Integer> votes = new HashMap<>();
        int compared = 0;
        for (Event e : assumed) {
            if (!e.timeInfo().has(TimeFlag.ZONE_ASSUMED)) {
                continue;
            }
            List<Event> same = byKey.get(key(e));
            if (same == null || same.size() != 1) {
                continue; // ambiguous or unmatched text says nothing about the offset
            }
            compared++;
            long delta = Duration.between(e.time(), same.getFirst().time()).getSeconds();
            long rounded = Math.round((double) delta / ZONE_STEP_SECONDS) * ZONE_STEP_SECONDS;
            if (Math.abs(delta - rounded) <= 120) {
                votes.merge(rounded, 1, Integer::sum);
            }
        }
        if (compared < MIN_MATCHES) {
            return null;
        }
        Map.Entry<Long, Integer> top = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (top == null || top.getValue() < MIN_MATCHES || top.getValue() < MIN_AGREEMENT * compared) {
            return null;
        }
        return new Correction(Duration.ofSeconds(top.getKey()), referenceFile, top.getValue(), compared, true);
    }

    /// Actor plus the first letters of the text, ignoring markup and case: what survives copying a
    /// Slack message out of the client.
    static String key(Event e) {
        String text = normalise(e.text());
        if (text.length() < 12) {
            return null; // "ok", "+1": too common to identify a message
        }
        return normalise(e.actor()) + "|" + (text.length() > 48 ? text.substring(0, 48) : text);
    }

    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 120));
        boolean space = false;
        for (int i = 0; i < s.length() && sb.length() < 120; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
