package dev.pmw.cli;

import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Timeline;
import dev.pmw.work.Work;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/// Reads the command line's inputs into an incident, reporting per-file problems on stderr.
final class Loader {
    record Loaded(Incident incident) {
        List<ParseResult> results() {
            return incident.results();
        }

        Timeline timeline() {
            return incident.timeline();
        }

        boolean nothingRead() {
            return results().stream().allMatch(r -> r.failed() || r.info().format().equals("unknown"));
        }
    }

    private Loader() {
    }

    static Loaded load(List<Path> paths, ParseOptions options, PrintWriter err) {
        Incident incident = new Incident(new IncidentLoader().load(paths, options, Work.NONE));
        for (ParseResult r : incident.results()) {
            for (Diagnostic d : r.diagnostics()) {
                if (d.severity() == Diagnostic.Severity.ERROR) {
                    err.println("pmw: " + r.info().file() + ": " + d.message());
                }
            }
        }
        return new Loaded(incident);
    }
}
