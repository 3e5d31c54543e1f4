package dev.pmw.timeline.query;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/// What the user asked to see: every criterion of the timeline's filter bar and chart. Empty sets
/// and null bounds mean "no restriction". Immutable; the `with…` methods give a changed copy.
///
/// @param text    free text: every whitespace-separated term must occur (case-insensitive) in the
///                row's text, actor, kind or source; with `regex`, one Java regular expression
///                (case-insensitive; `^` and `$` match at the ends of each field) that must be found there
/// @param regex   whether `text` is a regular expression
/// @param sources display paths of the sources to show ([#MANUAL] for rows the user added)
/// @param kinds   kinds to show
/// @param levels  levels to show (non-log events have [Level#UNKNOWN])
/// @param actors  exact actor names to show
/// @param pinned  pinned rows only, unpinned only, or either
/// @param edited  edited rows only, unedited only, or either
/// @param from    start of the time window (inclusive), or null
/// @param to      end of the time window (inclusive), or null; a burst matches when its span overlaps
/// @param keyOnly only rows the relevance rules keep as key events
public record TimelineQuery(String text, boolean regex, Set<String> sources, Set<EventKind> kinds, Set<Level> levels,
                            Set<String> actors, Flag pinned, Flag edited, Instant from, Instant to, boolean keyOnly) {

    /// The source name of rows that belong to no source (added by hand).
    public static final String MANUAL = "";

    /// A yes/no criterion.
    public enum Flag { ANY, ONLY, EXCEPT }

    public static final TimelineQuery ALL = new TimelineQuery("", false, Set.of(), Set.of(), Set.of(), Set.of(),
            Flag.ANY, Flag.ANY, null, null, false);
    public static final TimelineQuery KEY = ALL.withKeyOnly(true);

    public TimelineQuery {
        text = text == null ? "" : text;
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        levels = levels == null || levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        pinned = pinned == null ? Flag.ANY : pinned;
        edited = edited == null ? Flag.ANY : edited;
        if (from != null && to != null && to.isBefore(from)) {
            Instant t = from;
            from = to;
            to = t;
        }
    }

    public TimelineQuery withText(String t, boolean re) {
        return new TimelineQuery(t, re, sources, kinds, levels, actors, pinned, edited, from, to, keyOnly);
    }

    public TimelineQuery withSources(Set<String> s) {
        return new TimelineQuery(text, regex, s, kinds, levels, actors, pinned, edited, from, to, keyOnly);
    }

    public TimelineQuery withKinds(Set<EventKind> k) {
        return new TimelineQuery(text, regex, sources, k, levels, actors, pinned, edited, from, to, keyOnly);
    }

    public TimelineQuery withLevels(Set<Level> l) {
        return new TimelineQuery(text, regex, sources, kinds, l, actors, pinned, edited, from, to, keyOnly);
    }

    public TimelineQuery withActors(Set<String> a) {
        return new TimelineQuery(text, regex, sources, kinds, levels, a, pinned, edited, from, to, keyOnly);
    }

    public TimelineQuery withPinned(Flag f) {
        return new TimelineQuery(text, regex, sources, kinds, levels, actors, f, edited, from, to, keyOnly);
    }

    public TimelineQuery withEdited(Flag f) {
        return new TimelineQuery(text, regex, sources, kinds, levels, actors, pinned, f, from, to, keyOnly);
    }

    public TimelineQuery withWindow(Instant start, Instant end) {
        return new TimelineQuery(text, regex, sources, kinds, levels, actors, pinned, edited, start, end, keyOnly);
    }

    public TimelineQuery withKeyOnly(boolean k) {
        return new TimelineQuery(text, regex, sources, kinds, levels, actors, pinned, edited, from, to, k);
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    public boolean hasWindow() {
        return from != null || to != null;
    }

    /// The terms of a plain-text search, lower-cased (what [TimelineIndex] stores).
    public String[] terms() {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /// The compiled regular expression (case-insensitive), or null without regex search.
    ///
    /// @throws PatternSyntaxException when the expression is invalid (see [#regexError()])
    public Pattern pattern() {
        return regex && hasText() ? Pattern.compile(text, RegexPlan.FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                : null;
    }

    /// Why the regular expression does not compile, or null when it does (or is not one).
    public String regexError() {
        try {
            pattern();
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription() + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : "");
        }
    }
}
