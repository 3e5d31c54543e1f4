package dev.pmw.draft.check;

import dev.pmw.model.Event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// What one evidence row states, in the forms claims are compared with.
///
/// @param clocks     times of day written in its text ("moved to 02:00 UTC"), with their zone when written
/// @param durations  durations written in its text, and the length of a burst
/// @param numbers    every number in its text and attributes, and its occurrence count
/// @param versions   versions in its text and attributes, without a leading `v`
/// @param hexIds     hex ids (commits, traces) in its text, attributes and record key
/// @param searchable everything about the row, lower case, for name look-ups
record RowValues(List<Claim.Time> clocks, List<Duration> durations, Set<Long> numbers, Set<String> versions,
                 Set<String> hexIds, String searchable) {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern NUMBER_IN_WORD = Pattern.compile("\\d+");
    private static final Pattern HEX = Pattern.compile("(?<![0-9a-f])[0-9a-f]{7,40}(?![0-9a-f])");

    static RowValues of(Event e, ClaimExtractor extractor) {
        StringBuilder all = new StringBuilder(e.text());
        for (var a : e.attrs().entrySet()) {
            all.append(" \u0001 ").append(a.getKey()).append('=').append(a.getValue());
        }
        String text = all.toString();
        List<Claim.Time> clocks = new ArrayList<>();
        List<Duration> durations = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        for (Claim c : extractor.extract(text, 0, text.length(), new BitSet())) {
            switch (c) {
                case Claim.Time t -> clocks.add(t);
                case Claim.Elapsed d -> durations.add(d.value());
                case Claim.Version v -> versions.add(v.normalised());
                default -> {
                }
            }
        }
        String version = e.attr(dev.pmw.model.Attr.VERSION);
        if (version != null) {
            versions.add(version.strip().replaceFirst("^[vV]", ""));
        }
        if (e.endTime() != null) {
            durations.add(Duration.between(e.time(), e.endTime()));
        }
        Set<Long> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            parse(n.group(1).replace(",", ""), numbers);
        }
        Matcher w = NUMBER_IN_WORD.matcher(text);        // "waiting=37", "HikariPool-1", "1069/48211"
        while (w.find()) {
            parse(w.group(), numbers);
        }
        numbers.add((long) e.count());
        String recordKey = e.source().recordKey() == null ? "" : e.source().recordKey();
        Set<String> hex = new HashSet<>();
        Matcher h = HEX.matcher((text + " " + recordKey).toLowerCase(Locale.ROOT));
        while (h.find()) {
            hex.add(h.group());
        }
        String searchable = (e.actor() + " \u0001 " + text + " \u0001 " + e.source().format() + " \u0001 "
                + (e.source().origin() == null ? "" : e.source().origin()) + " \u0001 " + e.source().file())
                .toLowerCase(Locale.ROOT);
        return new RowValues(List.copyOf(clocks), List.copyOf(durations), Set.copyOf(numbers), Set.copyOf(versions),
                Set.copyOf(hex), searchable);
    }

    private static void parse(String digits, Set<Long> out) {
        if (digits.length() <= 18) {
            out.add(Long.parseLong(digits));
        }
    }
}
