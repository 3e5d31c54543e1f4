package dev.pmw.timeline;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.work.Work;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Reads paths into [LoadedSource]s: discovery (10 % of the progress), then concurrent parsing.
public final class IncidentLoader {
    private final Importer importer;

    public IncidentLoader() {
        this(new Importer());
    }

    public IncidentLoader(Importer importer) {
        this.importer = importer;
    }

    public List<LoadedSource> load(List<Path> paths, ParseOptions options, Work work) {
        work.progress().update(-1, "Looking at " + paths.size() + (paths.size() == 1 ? " item" : " items") + "…");
        List<Discovered> found = importer.discover(paths, work);
        List<ParseResult> results = importer.parseAll(found, d -> options, work.slice(0.1, 0.9));
        List<LoadedSource> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            out.add(new LoadedSource(found.get(i), options, SourceSettings.DEFAULT, results.get(i)));
        }
        return out;
    }

    /// Reads one source again with other options (zone, format): nothing else is re-read. A
    /// source restored from a project without its file cannot be read again (relocate it first).
    public LoadedSource reload(LoadedSource s, ParseOptions options, Work work) {
        if (!s.isRead()) {
            throw new IllegalArgumentException(s.file() + " is " + s.availability().note()
                    + ": locate the file to read it with other options");
        }
        ParseResult r = importer.parse(s.discovered(), options, work);
        return new LoadedSource(s.discovered(), options, s.settings(), r);
    }
}
