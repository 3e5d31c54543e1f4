package dev.pmw.project;

import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/// [Event] ↔ its JSON form, losslessly (nanosecond times, every flag and attribute).
final class EventCodec {
    private EventCodec() {
    }

    static ProjectJson.EventJson write(Event e) {
        if (e == null) {
            return null;
        }
        TimeInfo ti = e.timeInfo();
        return new ProjectJson.EventJson(e.id(), e.time().toString(), e.endTime() == null ? null : e.endTime().toString(),
                blankToNull(ti.raw()), ti.assumedZone(),
                ti.flags().isEmpty() ? null : ti.flags().stream().map(Enum::name).sorted().toList(),
                ref(e.source()), e.kind().id(), blankToNull(e.actor()), blankToNull(e.text()),
                e.level() == Level.UNKNOWN ? null : e.level().name(), e.attrs().isEmpty() ? null : new java.util.TreeMap<>(e.attrs()),
                e.count() == 1 ? null : e.count());
    }

    static Event read(ProjectJson.EventJson j) {
        if (j == null) {
            return null;
        }
        if (j.id() == null || j.time() == null || j.kind() == null || j.ref() == null) {
            throw new IllegalArgumentException("an event lacks its id, time, kind or source");
        }
        EnumSet<TimeFlag> flags = EnumSet.noneOf(TimeFlag.class);
        if (j.flags() != null) {
            j.flags().forEach(f -> flags.add(TimeFlag.valueOf(f)));
        }
        return new Event(j.id(), Instant.parse(j.time()), new TimeInfo(j.raw(), j.zone(), flags), ref(j.ref()),
                EventKind.fromId(j.kind()), j.actor(), j.text(), j.level() == null ? Level.UNKNOWN : Level.valueOf(j.level()),
                j.attrs(), j.count() == null ? 1 : j.count(), j.end() == null ? null : Instant.parse(j.end()));
    }

    static List<ProjectJson.EventJson> writeAll(List<Event> events) {
        return events.stream().map(EventCodec::write).toList();
    }

    static List<Event> readAll(List<ProjectJson.EventJson> events) {
        return events == null ? List.of() : events.stream().map(EventCodec::read).toList();
    }

    static ProjectJson.Ref ref(SourceRef r) {
        return new ProjectJson.Ref(r.file(), r.format(), r.entry(), r.origin(), r.line() == 0 ? null : r.line(),
                r.offset() == -1 ? null : r.offset(), r.recordKey());
    }

    static SourceRef ref(ProjectJson.Ref r) {
        return new SourceRef(r.file(), r.format(), r.entry(), r.origin(), r.line() == null ? 0 : r.line(),
                r.offset() == null ? -1 : r.offset(), r.key());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
