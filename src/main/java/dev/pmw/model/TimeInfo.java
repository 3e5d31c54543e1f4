package dev.pmw.model;

import java.util.EnumSet;
import java.util.Set;

/// The original timestamp of an event as the source wrote it, and what we assumed to read it.
///
/// @param raw         the timestamp text exactly as in the source (or the numeric literal)
/// @param assumedZone the zone id used when the source carried no offset, else null
/// @param flags       assumptions and problems, see [TimeFlag]
public record TimeInfo(String raw, String assumedZone, Set<TimeFlag> flags) {

    public TimeInfo {
        raw = raw == null ? "" : raw;
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public static TimeInfo exact(String raw) {
        return new TimeInfo(raw, null, Set.of());
    }

    public static TimeInfo assumed(String raw, String zone) {
        return new TimeInfo(raw, zone, Set.of(TimeFlag.ZONE_ASSUMED));
    }

    public boolean has(TimeFlag flag) {
        return flags.contains(flag);
    }

    public TimeInfo with(TimeFlag flag) {
        if (flags.contains(flag)) {
            return this;
        }
        EnumSet<TimeFlag> f = flags.isEmpty() ? EnumSet.noneOf(TimeFlag.class) : EnumSet.copyOf(flags);
        f.add(flag);
        return new TimeInfo(raw, assumedZone, f);
    }
}
