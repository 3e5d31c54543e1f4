package dev.pmw.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.MetricSeries;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.TimelineSource;
import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/// Turns a [Project] into the bytes of a `*.pmw` file: every source with where it is, its content
/// hash, how it was read and what it gave (events, the log rows the timeline shows, series), the
/// edit layer, settings and the document — and no secret.
final class ProjectWriter {
    private final Secrets secrets;

    ProjectWriter(Secrets secrets) {
        this.secrets = secrets;
    }

    /// @param projectFile where the file will be (for relative source paths), or null
    byte[] write(Project p, Path projectFile, ProjectJson.RecoveryHeader recovery, Work work) throws IOException {
        ProjectJson.File f = toJson(p, projectFile, recovery, work);
        byte[] bytes = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(f);
        if (!containsSecret(bytes)) {
            return bytes;
        }
        JsonNode tree = Json.mapper().valueToTree(f);
        scrub(tree);
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    }

    private ProjectJson.File toJson(Project p, Path projectFile, ProjectJson.RecoveryHeader recovery, Work work) {
        Timeline t = p.incident().timeline();
        Path projectDir = projectFile == null ? null : projectFile.toAbsolutePath().normalize().getParent();
        List<ProjectJson.Source> sources = new ArrayList<>();
        List<LoadedSource> loaded = p.incident().sources();
        for (int i = 0; i < loaded.size(); i++) {
            work.check();
            sources.add(source(loaded.get(i), t.sources().get(i), p.saved().get(loaded.get(i).file()), projectDir, work));
        }
        var s = p.settings();
        return new ProjectJson.File(ProjectFormat.FORMAT, ProjectFormat.SCHEMA_VERSION, recovery,
                ProjectFormat.appVersion(), Instant.now().toString(),
                new ProjectJson.Settings(s.displayZone().getId(), s.template(),
                        List.copyOf(new TreeSet<>(p.incident().disabledRules())), consents(s.aiConsents()),
                        s.redactNames()), sources,
                p.incident().edits().edits().stream().map(EditCodec::write).toList(), p.document());
    }

    private static List<ProjectJson.ConsentJson> consents(dev.pmw.draft.privacy.Consents c) {
        return c.granted().isEmpty() ? null : c.granted().stream().map(g -> new ProjectJson.ConsentJson(g.endpoint(),
                g.grantedAt() == null ? null : g.grantedAt().toString(), g.redactionSummary())).toList();
    }

    private static ProjectJson.Source source(LoadedSource s, TimelineSource ts, SavedSource saved, Path projectDir,
                                             Work work) {
        String absolute = null;
        String beside = null;
        String entry = null;
        String hash = null;
        if (s.isRead()) {
            SourceLocation loc = SourceLocation.of(s.discovered().path());
            if (loc != null) {
                absolute = loc.absolute().toString();
                entry = loc.entry();
                try {
                    hash = ContentHash.of(loc.absolute(), work);
                } catch (IOException e) {
                    hash = null; // gone since it was read: the saved events still describe it
                }
            }
        } else if (saved != null) {
            absolute = saved.absolutePath();
            beside = saved.besideProject();
            entry = saved.entry();
            hash = saved.hash();
        }
        String relative = null;
        String relativeTo = beside != null ? beside : absolute;
        if (relativeTo != null && projectDir != null) {
            try {
                relative = projectDir.relativize(Path.of(relativeTo)).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                relative = null; // another drive
            }
        }
        ParseResult r = s.result();
        ParseOptions o = s.options();
        List<Event> logRows = r.logs() != null && ts.bursts() != null ? ts.bursts().events() : s.savedLogRows();
        var info = r.info();
        return new ProjectJson.Source(s.file(), absolute, entry, relative, hash, info.format(),
                o == null ? null : new ProjectJson.Options(o.zone().getId(), o.zoneExplicit(),
                        o.referenceDate() == null ? null : o.referenceDate().toString(), o.formatOverride()),
                new ProjectJson.SourceSettings(s.settings().channels() == null ? null
                        : List.copyOf(new TreeSet<>(s.settings().channels())),
                        s.settings().clockOffset().isZero() ? null : s.settings().clockOffset().toString()),
                new ProjectJson.Info(info.file(), info.format(), info.dialect(), info.timezone(), info.zoneAssumed(),
                        info.encoding() == null ? null : info.encoding().name(), info.records(),
                        info.parts().isEmpty() ? null : new java.util.TreeMap<>(info.parts())),
                r.diagnostics().stream().map(ProjectWriter::diagnostic).toList(),
                r.diagnosticsDropped() == 0 ? null : r.diagnosticsDropped(),
                EventCodec.writeAll(r.events()), EventCodec.writeAll(logRows),
                r.series().isEmpty() ? null : r.series().stream().map(ProjectWriter::series).toList());
    }

    private static ProjectJson.DiagnosticJson diagnostic(Diagnostic d) {
        return new ProjectJson.DiagnosticJson(d.file(), d.line() == 0 ? null : d.line(), d.message(),
                d.excerpt().isEmpty() ? null : d.excerpt(), d.severity().name());
    }

    private static ProjectJson.Series series(MetricSeries m) {
        List<Double> values = new ArrayList<>(m.size());
        for (double v : m.values()) {
            values.add(Double.isFinite(v) ? v : null);
        }
        return new ProjectJson.Series(m.name(), m.unit(), EventCodec.ref(m.source()), m.times(), values);
    }

    private boolean containsSecret(byte[] bytes) {
        if (secrets.isEmpty()) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return secrets.values().stream().anyMatch(text::contains);
    }

    /// Replaces every occurrence of a secret in every string of the tree.
    private void scrub(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            it.forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> e : fields) {
                String key = clean(e.getKey());
                if (!key.equals(e.getKey())) {
                    o.remove(e.getKey());
                }
                if (e.getValue().isTextual()) {
                    o.set(key, TextNode.valueOf(clean(e.getValue().asText())));
                } else {
                    scrub(e.getValue());
                    o.set(key, e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isTextual()) {
                    a.set(i, TextNode.valueOf(clean(a.get(i).asText())));
                } else {
                    scrub(a.get(i));
                }
            }
        }
    }

    private String clean(String s) {
        String out = s;
        for (String secret : secrets.values()) {
            out = out.replace(secret, Secrets.REPLACEMENT);
        }
        return out;
    }
}
