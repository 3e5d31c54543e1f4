package dev.pmw.model;

/// How trustworthy an event's time is. Shown as badges next to the time and in tooltips.
public enum TimeFlag {
    /// The source had no zone or offset; the zone in [TimeInfo#assumedZone()] was assumed.
    ZONE_ASSUMED,
    /// The source had a clock time only; the date came from a separator line or the user.
    DATE_ASSUMED,
    /// Before 2000 or more than a day in the future: probably a unit mix-up (s vs ms vs ns).
    OUT_OF_RANGE,
    /// The time text could not be read; the event sits after its predecessor in the source.
    UNPARSEABLE,
    /// A per-source clock correction (skew or zone offset) was applied.
    CORRECTED
}
