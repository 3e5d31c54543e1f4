package dev.pmw.project;

import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.ParseResult;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Saves and opens `*.pmw` projects. Everything runs on the caller's thread: call it from
/// background work. Saves are atomic (temporary file + move) and keep the previous version as
/// `name.pmw.bak`; reading never writes, and a damaged, foreign or newer-version file is reported
/// with a [ProjectException] and left byte for byte as it was.
public final class ProjectStore {
    private final ProjectWriter writer;
    private final ProjectLoader loader;
    private final Importer importer;

    /// With the default parsers; `OPENAI_API_KEY` from the environment is kept out of every file.
    public ProjectStore() {
        this(Secrets.fromEnvironment(), new Importer());
    }

    public ProjectStore(Secrets secrets, Importer importer) {
        this.writer = new ProjectWriter(secrets);
        this.importer = importer;
        this.loader = new ProjectLoader(importer);
    }

    /// Writes `project` to `file` (Save / Save As). Source content hashes are computed here
    /// (cached; see [ContentHash]). Refuses to replace a project written by a newer pmw.
    public void save(Path file, Project project, Work work) throws ProjectException {
        int existing = Files.exists(file) ? ProjectReader.peekSchemaVersion(file) : -1;
        if (existing > ProjectFormat.SCHEMA_VERSION) {
            throw new ProjectException(ProjectException.Kind.NEWER_VERSION, file, "written by a newer pmw (schema "
                    + existing + "; this version reads " + ProjectFormat.SCHEMA_VERSION
                    + "); save under another name to keep it", null);
        }
        try {
            AtomicFiles.write(file, writer.write(project, file, null, work), true);
        } catch (ProjectException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectException(ProjectException.Kind.UNREADABLE, file, "it could not be written ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /// Reads a project. Sources found unchanged (where given, at their absolute path, or relative
    /// to the project file) are read again; the others show the events saved in the project.
    public Opened open(Path file, Work work) throws ProjectException {
        ProjectJson.File f = ProjectReader.read(file);
        return loader.load(file, file, f, work, false);
    }

    /// Restores a session from an autosave recovery file (see [Recovery#pending()]). The result
    /// is unsaved: its `file` is the project it belongs to (null for a never-saved session).
    public Opened restore(Recovery.Pending pending, Work work) throws ProjectException {
        ProjectJson.File f = ProjectReader.read(pending.recoveryFile());
        Path project = pending.projectFile();
        return loader.load(project, project, f, work, true);
    }

    /// The result of pointing a source at a new place.
    ///
    /// @param project the project with the source read from there
    /// @param status  READ; its note says when the content differs from what was saved (edits are
    ///                applied again by event id, rows whose record is gone show as orphans)
    public record Relocated(Project project, SourceStatus status) {
    }

    /// Reads the source `file` (display path) of `project` from `location` (the user found the
    /// moved file or folder).
    public Relocated relocate(Project project, String file, Path location, Work work) throws ProjectException {
        LoadedSource old = project.incident().sources().stream().filter(s -> s.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + file));
        SavedSource saved = project.saved().get(file);
        String entry = saved == null ? null : saved.entry();
        String want = SourceLocation.display(location.toString(), entry);
        Discovered d = importer.discover(List.of(location), work).stream().filter(x -> x.path().equals(want))
                .findFirst().orElse(null);
        if (d == null || d.source() == null) {
            throw new ProjectException(ProjectException.Kind.UNREADABLE, location, d == null
                    ? "it does not hold " + (entry == null ? "the source" : entry.substring(SourceLocation.ZIP_SEPARATOR.length()))
                    : d.problem(), null);
        }
        ParseResult r = importer.parse(d, old.options(), work);
        String note = "";
        if (saved != null && saved.hash() != null) {
            try {
                if (!saved.hash().equals(ContentHash.of(location, work))) {
                    note = "the content differs from what was saved; your edits were applied again by event id";
                }
            } catch (IOException e) {
                note = "";
            }
        }
        LoadedSource again = new LoadedSource(d, old.options(), old.settings(), r);
        Project next = project.withIncident(project.incident().withReplaced(file, again));
        return new Relocated(next, new SourceStatus(again.file(), LoadedSource.Availability.State.READ, note, null));
    }

    /// Writes a recovery file (autosave): like a save, without a backup.
    void writeRecovery(Path recoveryFile, Project project, ProjectJson.RecoveryHeader header, Work work)
            throws IOException {
        Path projectFile = header.projectFile() == null ? null : Path.of(header.projectFile());
        AtomicFiles.write(recoveryFile, writer.write(project, projectFile, header, work), false);
    }
}
