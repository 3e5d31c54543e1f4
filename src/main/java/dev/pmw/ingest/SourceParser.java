package dev.pmw.ingest;

import dev.pmw.work.Work;

import java.io.IOException;

/// One input format family. Implementations are stateless and thread-safe.
///
/// Contract: detection looks at content, never only at the file name. Parsing never throws for a
/// bad record — it becomes a [dev.pmw.model.Diagnostic] (file, line, reason, excerpt) and the rest
/// loads; only an unreadable source throws [IngestException] with a message for the user. Long
/// loops call `work.check()` and report progress. Event ids come from
/// [dev.pmw.model.EventIds#of(String, String)] with the source's name and the record's own key.
public interface SourceParser {

    /// Format id, e.g. `slack-export` (see ARCHITECTURE.md).
    String format();

    /// Confidence 0..100 that this parser reads the single input described by `sniff` (0 = no).
    default int detect(Sniff sniff) {
        return 0;
    }

    /// Confidence 0..100 that this parser reads the whole folder or ZIP as one source.
    default int detectTree(InputTree tree) {
        return 0;
    }

    ParseResult parse(Source source, ParseOptions options, Work work) throws IOException;
}
