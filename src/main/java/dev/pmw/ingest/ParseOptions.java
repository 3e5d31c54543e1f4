package dev.pmw.ingest;

import java.time.LocalDate;
import java.time.ZoneId;

/// Per-source reading choices. Parsers use [#zone()] for timestamps that carry no offset and flag
/// every such event as zone-assumed.
///
/// @param zone          zone assumed for naive local times (default: the machine's zone)
/// @param zoneExplicit  whether the user chose the zone (then it is not "assumed" in the UI)
/// @param referenceDate date for sources that have clock times only and no date, or null to infer
/// @param formatOverride format id the user forced, or null
public record ParseOptions(ZoneId zone, boolean zoneExplicit, LocalDate referenceDate, String formatOverride) {

    public ParseOptions {
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }

    public static ParseOptions defaults() {
        return new ParseOptions(ZoneId.systemDefault(), false, null, null);
    }

    public static ParseOptions zone(ZoneId zone) {
        return new ParseOptions(zone, true, null, null);
    }

    public ParseOptions withZone(ZoneId z) {
        return new ParseOptions(z, true, referenceDate, formatOverride);
    }

    public ParseOptions withFormat(String format) {
        return new ParseOptions(zone, zoneExplicit, referenceDate, format);
    }

    public ParseOptions withReferenceDate(LocalDate date) {
        return new ParseOptions(zone, zoneExplicit, date, formatOverride);
    }
}
