package dev.pmw.draft.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/// The privacy gate's redaction pass: finds e-mail addresses, phone numbers, IP addresses, API keys
/// and tokens, card numbers (Luhn-checked), IBANs (checksum-checked), the user ids the caller took
/// from the logs' user fields and the names the user listed, and replaces each with a stable
/// placeholder from a [RedactionMap].
///
/// Immutable and thread-safe; `with…` return a new redactor.
public final class Redactor {
    /// Shorter user ids (`42`, `u1`) would also match counts, status codes and clock times.
    static final int MIN_USER_ID_LENGTH = 3;
    /// A purely numeric id shorter than this is indistinguishable from a count or an HTTP status.
    static final int MIN_NUMERIC_USER_ID_LENGTH = 5;

    private final LiteralMatcher userIds;
    private final LiteralMatcher names;

    private Redactor(LiteralMatcher userIds, LiteralMatcher names) {
        this.userIds = userIds;
        this.names = names;
    }

    /// The built-in detectors only.
    public static Redactor standard() {
        return new Redactor(new LiteralMatcher(Set.of(), false, Category.USER_ID),
                new LiteralMatcher(Set.of(), true, Category.NAME));
    }

    /// Also replace these user ids (exact, whole values), e.g. every `user_id` value in the logs.
    /// Ids too short to tell apart from numbers (see [#MIN_USER_ID_LENGTH]) are skipped.
    public Redactor withUserIds(Collection<String> ids) {
        List<String> usable = ids.stream().filter(Redactor::usableUserId).toList();
        return new Redactor(new LiteralMatcher(usable, false, Category.USER_ID), names);
    }

    /// Also replace these names (whole words, any case), e.g. people the user listed in the settings.
    public Redactor withNames(Collection<String> userNames) {
        List<String> usable = userNames.stream().filter(n -> n != null && n.strip().length() >= 2).toList();
        return new Redactor(userIds, new LiteralMatcher(usable, true, Category.NAME));
    }

    static boolean usableUserId(String id) {
        if (id == null) {
            return false;
        }
        String s = id.strip();
        boolean numeric = !s.isEmpty() && s.chars().allMatch(Character::isDigit);
        return s.length() >= (numeric ? MIN_NUMERIC_USER_ID_LENGTH : MIN_USER_ID_LENGTH);
    }

    /// Redacts `text` with a fresh map.
    public Redaction redact(String text) {
        return redact(text, new RedactionMap());
    }

    /// Redacts `text`, adding to `map` so that all texts of one request share placeholders.
    public Redaction redact(String text, RedactionMap map) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text == null ? "" : text, List.of(), map);
        }
        List<Match> chosen = find(text);
        StringBuilder sb = new StringBuilder(text.length());
        List<Redaction.Replacement> reps = new ArrayList<>(chosen.size());
        int pos = 0;
        for (Match m : chosen) {
            sb.append(text, pos, m.start());
            String ph = map.placeholderFor(m.category(), text.substring(m.start(), m.end()));
            int at = sb.length();
            sb.append(ph);
            reps.add(new Redaction.Replacement(m.category(), ph, m.start(), m.end(), at, sb.length()));
            pos = m.end();
        }
        sb.append(text, pos, text.length());
        return new Redaction(sb.toString(), reps, map);
    }

    /// The values to replace, in text order, without overlaps: where two detectors claim the same
    /// characters the higher-priority (more specific) one wins, then the longer match.
    List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        PatternDetectors.find(text, all);
        userIds.find(text, all);
        names.find(text, all);
        all.sort(Comparator.comparingInt((Match m) -> m.category().priority())
                .thenComparing(Comparator.comparingInt(Match::length).reversed())
                .thenComparingInt(Match::start));
        TreeMap<Integer, Match> kept = new TreeMap<>();
        for (Match m : all) {
            var before = kept.floorEntry(m.start());
            var after = kept.ceilingEntry(m.start());
            boolean clash = before != null && before.getValue().overlaps(m) || after != null && after.getValue().overlaps(m);
            if (!clash) {
                kept.put(m.start(), m);
            }
        }
        return List.copyOf(kept.values());
    }

    @Override
    public String toString() {
        return "Redactor[" + userIds.size() + " user ids, " + names.size() + " names]";
    }
}
