package dev.pmw.model;

/// Where an event came from, precise enough to show the raw record again and to "reveal in source".
///
/// @param file      the source as the user gave it (file, folder or ZIP path, as displayed)
/// @param format    format id, e.g. `slack-export`, `json-logs` (see ARCHITECTURE.md)
/// @param entry     file inside a folder/ZIP source (e.g. `inc-payments/2026-02-15.json`), or null
/// @param origin    channel, service or monitor the record belongs to, or null
/// @param line      1-based line number in the file or entry, or 0 when not line-oriented
/// @param offset    byte offset of the record in the (decompressed) file or entry, or -1
/// @param recordKey the source's own identity of the record (Slack ts, PagerDuty id, git sha …)
public record SourceRef(String file, String format, String entry, String origin, long line, long offset,
                        String recordKey) {

    public SourceRef {
        file = file == null ? "" : file;
        format = format == null ? "" : format;
    }

    public static SourceRef of(String file, String format) {
        return new SourceRef(file, format, null, null, 0, -1, null);
    }

    public SourceRef withLine(long newLine, long newOffset) {
        return new SourceRef(file, format, entry, origin, newLine, newOffset, recordKey);
    }

    public SourceRef withOrigin(String newOrigin) {
        return new SourceRef(file, format, entry, newOrigin, line, offset, recordKey);
    }

    public SourceRef withEntry(String newEntry) {
        return new SourceRef(file, format, newEntry, origin, line, offset, recordKey);
    }

    public SourceRef withRecordKey(String key) {
        return new SourceRef(file, format, entry, origin, line, offset, key);
    }

    /// "error-logs.json:1234" or "export.zip › inc/2026-02-15.json #12" for tooltips and citations.
    public String location() {
        StringBuilder sb = new StringBuilder(fileName(file));
        if (entry != null && !entry.isEmpty()) {
            sb.append(" › ").append(entry);
        }
        if (line > 0) {
            sb.append(':').append(line);
        }
        return sb.toString();
    }

    public static String fileName(String path) {
        String p = path;
        while (p.endsWith("/") || p.endsWith("\\")) {
            p = p.substring(0, p.length() - 1);
        }
        int i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return i >= 0 ? p.substring(i + 1) : p;
    }
}
