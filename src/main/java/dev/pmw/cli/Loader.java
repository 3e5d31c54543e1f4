package dev.pmw.cli;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineBuilder;
import dev.pmw.work.Work;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/// Reads the command line's inputs into a timeline, reporting per-file problems on stderr.
final class Loader {
    record Loaded(List<ParseResult> results, Timeline timeline) {
        boolean nothingRead() {
            return results.stream().allMatch(r -> r.failed() || r.info().format().equals("unknown"));
        }
    }

    private Loader() {
    }

    static Loaded load(List<Path> paths, ParseOptions options, PrintWriter err) {
        Importer importer = new Importer();
        List<Discovered> found = importer.discover(paths, Work.NONE);
        List<ParseResult> results = importer.parseAll(found, d -> options, Work.NONE);
        for (ParseResult r : results) {
            for (Diagnostic d : r.diagnostics()) {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    err.println("pmw: " + r.info().file() + ": " + d.message());
                }
            }
        }
        Timeline t = new TimelineBuilder().build(results);
        return new Loaded(results, t);
    }
}
