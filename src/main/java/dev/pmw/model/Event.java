package dev.pmw.model;

import java.time.Instant;
import java.util.Map;

/// One row of the merged incident timeline, as parsed from a source (the user's edits live in a
/// separate layer keyed by [#id()]).
///
/// @param id       short stable id (`e-…`): the same source record gives the same id on every run
/// @param time     the moment in UTC (nanosecond precision)
/// @param timeInfo raw timestamp text, zone assumption and flags
/// @param source   provenance
/// @param kind     what happened
/// @param actor    who or what did it (display name, bot, service); may be empty
/// @param text     display text (markup unescaped, mentions resolved)
/// @param level    log level, [Level#UNKNOWN] for non-log events
/// @param attrs    small map of facts (see [Attr])
/// @param count    number of occurrences (1, or the size of a log burst)
/// @param endTime  last occurrence of a burst, else null
public record Event(String id, Instant time, TimeInfo timeInfo, SourceRef source, EventKind kind, String actor,
                    String text, Level level, Map<String, String> attrs, int count, Instant endTime) {

    public Event {
        if (id == null || time == null || source == null || kind == null) {
            throw new IllegalArgumentException("id, time, source and kind are required");
        }
        timeInfo = timeInfo == null ? TimeInfo.exact("") : timeInfo;
        actor = actor == null ? "" : actor;
        text = text == null ? "" : text;
        level = level == null ? Level.UNKNOWN : level;
        attrs = attrs == null || attrs.isEmpty() ? Map.of() : Map.copyOf(attrs);
        count = Math.max(1, count);
    }

    public static Builder builder(String id, Instant time, SourceRef source, EventKind kind) {
        return new Builder(id, time, source, kind);
    }

    public String attr(String key) {
        return attrs.get(key);
    }

    public boolean isBot() {
        return "true".equals(attrs.get(Attr.BOT));
    }

    public Instant lastTime() {
        return endTime != null ? endTime : time;
    }

    public Event withTime(Instant t, TimeInfo info) {
        return new Event(id, t, info, source, kind, actor, text, level, attrs, count, endTime == null ? null
                : endTime.plus(java.time.Duration.between(time, t)));
    }

    public Event withKind(EventKind k) {
        return new Event(id, time, timeInfo, source, k, actor, text, level, attrs, count, endTime);
    }

    public Event withText(String t) {
        return new Event(id, time, timeInfo, source, kind, actor, t, level, attrs, count, endTime);
    }

    public Event withActor(String a) {
        return new Event(id, time, timeInfo, source, kind, a, text, level, attrs, count, endTime);
    }

    public Event withAttr(String key, String value) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>(attrs);
        if (value == null) {
            m.remove(key);
        } else {
            m.put(key, value);
        }
        return new Event(id, time, timeInfo, source, kind, actor, text, level, m, count, endTime);
    }

    /// Fluent construction for parsers, which set a handful of optional fields.
    public static final class Builder {
        private final String id;
        private final Instant time;
        private final SourceRef source;
        private final EventKind kind;
        private TimeInfo timeInfo;
        private String actor;
        private String text;
        private Level level = Level.UNKNOWN;
        private final java.util.LinkedHashMap<String, String> attrs = new java.util.LinkedHashMap<>();
        private int count = 1;
        private Instant endTime;

        private Builder(String id, Instant time, SourceRef source, EventKind kind) {
            this.id = id;
            this.time = time;
            this.source = source;
            this.kind = kind;
        }

        public Builder timeInfo(TimeInfo v) { this.timeInfo = v; return this; }
        public Builder actor(String v) { this.actor = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder level(Level v) { this.level = v; return this; }
        public Builder count(int v) { this.count = v; return this; }
        public Builder endTime(Instant v) { this.endTime = v; return this; }

        public Builder attr(String key, Object value) {
            if (key != null && value != null && !value.toString().isEmpty()) {
                attrs.put(key, value.toString());
            }
            return this;
        }

        public Event build() {
            return new Event(id, time, timeInfo, source, kind, actor, text, level, attrs, count, endTime);
        }
    }
}
