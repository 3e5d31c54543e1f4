package dev.pmw.ingest;

/// Limits that keep hostile input from exhausting memory or time. Every input is treated as
/// untrusted: ZIP entries with `../`, bombs, deep JSON, huge lines.
public final class Limits {
    private Limits() {
    }

    /// Longest line a line-oriented parser buffers; longer lines become a diagnostic.
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    /// Deepest JSON nesting accepted (Jackson's StreamReadConstraints are set to this).
    public static final int MAX_JSON_DEPTH = 200;
    /// Largest single JSON document (a whole-file object such as a Datadog response).
    public static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;
    /// Largest JSON string value.
    public static final int MAX_STRING_BYTES = 64 * 1024 * 1024;
    /// Decompressed bytes allowed per compressed byte before a gzip/ZIP entry counts as a bomb,
    /// once it has expanded past [#BOMB_FLOOR_BYTES].
    public static final int MAX_EXPANSION_RATIO = 200;
    public static final long BOMB_FLOOR_BYTES = 256L * 1024 * 1024;
    /// Absolute cap on decompressed bytes of one entry or gzip stream.
    public static final long MAX_EXPANDED_BYTES = 16L * 1024 * 1024 * 1024;
    /// ZIP archives with more entries than this are refused.
    public static final int MAX_ZIP_ENTRIES = 100_000;
    /// Diagnostics kept per source; the rest are counted.
    public static final int MAX_DIAGNOSTICS_PER_SOURCE = 200;
    /// Longest log message kept in a [LogStore] (chars; continuation lines count too). The full
    /// line stays in the file and can be read again by its offset.
    public static final int MAX_MESSAGE_CHARS = 64 * 1024;
    /// Distinct message templates per log store; beyond, new templates share an overflow group
    /// per service and level (a file where every line is unique must not make a group per line).
    public static final int MAX_LOG_GROUPS = 100_000;
    /// Distinct service names per log store; beyond, lines count as "(other services)".
    public static final int MAX_LOG_SERVICES = 10_000;
    /// Bytes read from the start of an input for format detection.
    public static final int SNIFF_BYTES = 64 * 1024;
}
