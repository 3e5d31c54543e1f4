package dev.pmw.ingest;

import java.util.Map;

/// What the sources panel and `pmw analyze` show about a parsed source.
///
/// @param file      display path
/// @param format    format id (`slack-export`, `json-logs` …, or `unknown`)
/// @param dialect   sub-format (`pino`, `ecs`, `docker` …) or empty
/// @param timezone  "UTC", "offsets in source", or the assumed zone id
/// @param zoneAssumed whether some times had no offset and [#timezone()] was assumed
/// @param encoding  how the bytes were decoded, null for trees
/// @param records   records read (log lines, messages, entries)
/// @param parts     channels / services / monitors found, with record counts
public record SourceInfo(String file, String format, String dialect, String timezone, boolean zoneAssumed,
                         Encoding encoding, long records, Map<String, Integer> parts) {
    public SourceInfo {
        dialect = dialect == null ? "" : dialect;
        timezone = timezone == null ? "UTC" : timezone;
        parts = parts == null ? Map.of() : Map.copyOf(parts);
    }
}
