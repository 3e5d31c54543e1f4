package dev.pmw.ingest;

import java.util.List;

/// The registry of every format we read. Order breaks detection ties: more specific formats first.
public final class Parsers {
    private Parsers() {
    }

    public static List<SourceParser> all() {
        return List.of(
                // chat
                // logs
                new dev.pmw.ingest.logs.JsonLogsParser(),
                new dev.pmw.ingest.logs.TextLogsParser()
                // alerting and changes
        );
    }

    public static SourceParser byFormat(String format) {
        for (SourceParser p : all()) {
            if (p.format().equals(format)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown format: " + format + " (known: "
                + all().stream().map(SourceParser::format).distinct().toList() + ")");
    }
}
