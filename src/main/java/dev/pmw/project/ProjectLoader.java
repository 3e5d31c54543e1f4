package dev.pmw.project;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Encoding;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.MetricSeries;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.SourceSettings;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.timeline.edit.EditLayer;
import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Builds a [Project] from its JSON form. Each source is looked for where it was given, at its
/// absolute path, and relative to the project file; one whose content hash matches is read again
/// (so raw log lines come back), the others show the events saved in the project, flagged
/// "missing" or "changed".
final class ProjectLoader {
    private final Importer importer;

    ProjectLoader(Importer importer) {
        this.importer = importer;
    }

    /// A source of the file, decoded, and where its file was found.
    private record Pending(ProjectJson.Source json, ParseOptions options, SourceSettings settings, Path found,
                           Path changed, Path besideProject) {
    }

    /// @param projectFile the project file sources may be relative to, or null
    Opened load(Path file, Path projectFile, ProjectJson.File f, Work work, boolean recovered) throws ProjectException {
        List<Pending> pending = new ArrayList<>();
        EditLayer layer;
        IncidentSettings settings;
        try {
            Path projectDir = projectFile == null ? null : projectFile.toAbsolutePath().normalize().getParent();
            for (ProjectJson.Source s : f.sources() == null ? List.<ProjectJson.Source>of() : f.sources()) {
                work.check();
                pending.add(locate(s, projectDir, work));
            }
            List<Edit> edits = new ArrayList<>();
            for (ProjectJson.EditJson e : f.edits() == null ? List.<ProjectJson.EditJson>of() : f.edits()) {
                edits.add(EditCodec.read(e));
            }
            layer = new EditLayer(edits);
            settings = f.settings() == null ? IncidentSettings.DEFAULT
                    : new IncidentSettings(f.settings().displayZone() == null ? null : ZoneId.of(f.settings().displayZone()),
                    f.settings().template(), consents(f.settings().aiConsents()), f.settings().redactNames());
        } catch (RuntimeException e) {
            throw ProjectReader.damaged(file, String.valueOf(e.getMessage()), e);
        }
        // every saved source is decoded, found or not: a damaged file is reported now, not the day
        // its sources go missing
        List<LoadedSource> restored = new ArrayList<>();
        for (Pending p : pending) {
            LoadedSource.Availability a = p.changed() != null ? LoadedSource.Availability.changed()
                    : LoadedSource.Availability.missing();
            try {
                restored.add(restore(p, a));
            } catch (RuntimeException e) {
                throw ProjectReader.damaged(file, "source " + dev.pmw.model.SourceRef.fileName(String.valueOf(p.json().path()))
                        + ": " + e.getMessage(), e);
            }
        }
        List<LoadedSource> sources = new ArrayList<>();
        List<SourceStatus> statuses = new ArrayList<>();
        Map<String, SavedSource> saved = new HashMap<>();
        Map<Integer, LoadedSource> reread = reread(pending, work);
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            LoadedSource again = reread.get(i);
            if (again != null) {
                sources.add(again);
                statuses.add(new SourceStatus(again.file(), LoadedSource.Availability.State.READ, "", null));
                continue;
            }
            LoadedSource r = restored.get(i);
            sources.add(r);
            saved.put(r.file(), new SavedSource(p.json().absolutePath(),
                    p.besideProject() == null ? null : p.besideProject().toString(), p.json().entry(), p.json().hash()));
            statuses.add(new SourceStatus(r.file(), r.availability().state(), r.availability().note(), p.changed()));
        }
        Incident incident = new Incident(sources, layer);
        if (f.settings() != null && f.settings().rulesOff() != null && !f.settings().rulesOff().isEmpty()) {
            incident = incident.withDisabledRules(Set.copyOf(f.settings().rulesOff()));
        }
        Project project = new Project(incident, settings, f.document(), saved);
        EditHistory history = EditHistory.of(layer);
        return new Opened(file, project, recovered ? history.markUnsaved() : history, statuses, recovered);
    }

    private Pending locate(ProjectJson.Source s, Path projectDir, Work work) {
        ParseOptions options = options(s.options());
        SourceSettings settings = settings(s.settings());
        Set<Path> candidates = new LinkedHashSet<>();
        SourceLocation given = s.path() == null ? null : SourceLocation.of(s.path());
        if (given != null) {
            candidates.add(pathOf(given.given()));
        }
        candidates.add(pathOf(s.absolutePath()));
        Path beside = null;
        if (projectDir != null && s.relativePath() != null) {
            beside = pathOf(projectDir.resolve(s.relativePath()).normalize().toString());
            candidates.add(beside);
        }
        candidates.remove(null);
        Path changed = null;
        for (Path c : candidates) {
            if (!Files.exists(c)) {
                continue;
            }
            String hash;
            try {
                hash = ContentHash.of(c, work);
            } catch (IOException e) {
                continue;
            }
            if (s.hash() == null || s.hash().equals(hash)) {
                return new Pending(s, options, settings, c, null, beside);
            }
            changed = changed == null ? c : changed;
        }
        return new Pending(s, options, settings, null, changed, beside);
    }

    /// Reads the found sources again, concurrently; by index of `pending`.
    private Map<Integer, LoadedSource> reread(List<Pending> pending, Work work) {
        List<Discovered> found = new ArrayList<>();
        Map<Discovered, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.found() == null) {
                continue;
            }
            String want = SourceLocation.display(p.found().toString(), p.json().entry());
            for (Discovered d : importer.discover(List.of(p.found()), work)) {
                if (d.path().equals(want)) {
                    found.add(d);
                    index.put(d, i);
                    break;
                }
            }
        }
        List<ParseResult> results = importer.parseAll(found, d -> pending.get(index.get(d)).options(), work);
        Map<Integer, LoadedSource> out = new HashMap<>();
        for (int k = 0; k < found.size(); k++) {
            Pending p = pending.get(index.get(found.get(k)));
            out.put(index.get(found.get(k)), new LoadedSource(found.get(k), p.options(), p.settings(), results.get(k)));
        }
        return out;
    }

    /// The source as saved: its events, log rows and series, without its file.
    private static LoadedSource restore(Pending p, LoadedSource.Availability a) {
        ProjectJson.Source s = p.json();
        ProjectJson.Info i = s.info();
        String file = i != null && i.file() != null ? i.file() : s.path();
        SourceInfo info = new SourceInfo(file, i == null || i.format() == null ? s.format() : i.format(),
                i == null ? "" : i.dialect(), i == null ? "UTC" : i.timezone(), i != null && Boolean.TRUE.equals(i.zoneAssumed()),
                i == null || i.encoding() == null ? null : Encoding.valueOf(i.encoding()),
                i == null || i.records() == null ? 0 : i.records(), i == null ? null : i.parts());
        List<Diagnostic> diagnostics = s.diagnostics() == null ? List.of() : s.diagnostics().stream()
                .map(d -> new Diagnostic(d.file(), d.line() == null ? 0 : d.line(), d.message(), d.excerpt(),
                        d.severity() == null ? null : Diagnostic.Severity.valueOf(d.severity())))
                .toList();
        List<MetricSeries> series = s.series() == null ? List.of() : s.series().stream().map(ProjectLoader::series).toList();
        ParseResult r = new ParseResult(info, EventCodec.readAll(s.events()), null, series, diagnostics,
                s.diagnosticsDropped() == null ? 0 : s.diagnosticsDropped());
        return new LoadedSource(null, p.options(), p.settings(), r, a, EventCodec.readAll(s.logRows()));
    }

    private static MetricSeries series(ProjectJson.Series s) {
        long[] times = s.times() == null ? new long[0] : s.times();
        double[] values = new double[times.length];
        for (int i = 0; i < values.length; i++) {
            Double v = s.values() == null || i >= s.values().size() ? null : s.values().get(i);
            values[i] = v == null ? Double.NaN : v;
        }
        return new MetricSeries(s.name(), s.unit(), s.ref() == null ? dev.pmw.model.SourceRef.of("", "")
                : EventCodec.ref(s.ref()), times, values);
    }

    static ParseOptions options(ProjectJson.Options o) {
        if (o == null) {
            return ParseOptions.defaults();
        }
        return new ParseOptions(o.zone() == null ? null : ZoneId.of(o.zone()), Boolean.TRUE.equals(o.zoneExplicit()),
                o.referenceDate() == null ? null : LocalDate.parse(o.referenceDate()), o.formatOverride());
    }

    static SourceSettings settings(ProjectJson.SourceSettings s) {
        if (s == null) {
            return SourceSettings.DEFAULT;
        }
        return new SourceSettings(s.channels() == null ? null : Set.copyOf(s.channels()),
                s.clockOffset() == null ? Duration.ZERO : Duration.parse(s.clockOffset()));
    }

    private static Path pathOf(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static dev.pmw.draft.privacy.Consents consents(List<ProjectJson.ConsentJson> saved) {
        if (saved == null) {
            return dev.pmw.draft.privacy.Consents.NONE;
        }
        return new dev.pmw.draft.privacy.Consents(saved.stream().filter(c -> c.endpoint() != null && !c.endpoint().isBlank())
                .map(c -> new dev.pmw.draft.privacy.Consent(c.endpoint(),
                        c.grantedAt() == null ? null : java.time.Instant.parse(c.grantedAt()), c.redactionSummary()))
                .toList());
    }
}
