package dev.pmw.ui.project;

import dev.pmw.draft.DocumentJson;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.privacy.Consents;
import dev.pmw.project.Autosave;
import dev.pmw.project.IncidentSettings;
import dev.pmw.project.Opened;
import dev.pmw.project.Project;
import dev.pmw.project.ProjectException;
import dev.pmw.project.ProjectFormat;
import dev.pmw.project.ProjectStore;
import dev.pmw.project.ProjectTitle;
import dev.pmw.project.RecentProjects;
import dev.pmw.project.Recovery;
import dev.pmw.project.SourceStatus;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.edit.EditHistory;
import dev.pmw.ui.editing.EditingViewModel;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.work.Background;
import dev.pmw.ui.work.IncidentChanges;
import dev.pmw.work.Progress;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/// The `*.pmw` project around the incident: its file, whether it has unsaved changes (the window
/// title says so), Save / Save As / Open / Open Recent, autosave while there are unsaved changes,
/// and restoring the work of a session that ended without saving. All file work runs in the
/// background; opening builds the incident's timeline there too.
public final class ProjectViewModel {
    private final ReadOnlyObjectProperty<Incident> incident;
    private final IncidentChanges changes;
    private final EditingViewModel editing;
    private final TimeDisplay time;
    private final Background background;
    private final ProjectStore store;
    private final RecentProjects recent;
    private final Recovery recovery;
    private final Autosave autosave;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(ProjectTitle.of(null, false));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Recovery.Pending> pending = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PostmortemDocument> document = new SimpleObjectProperty<>();
    private final ObjectProperty<Consents> aiConsents = new SimpleObjectProperty<>(Consents.NONE);
    private final javafx.collections.ObservableList<String> redactNames = javafx.collections.FXCollections.observableArrayList();

    /// The project as last saved or opened (null: restored from a recovery file, never saved since).
    private Project saved = Project.empty();
    /// The last project state, which carries what the incident does not (saved source locations,
    /// the postmortem document).
    private Project base = Project.empty();

    /// A project read in the background, with its postmortem document parsed there too.
    ///
    /// @param document the document, or null when the project has none (or it could not be read)
    /// @param problem  why the document could not be read, or null
    private record Loaded(Opened opened, PostmortemDocument document, String problem) {
        static Loaded of(Opened o) {
            var json = o.project().document();
            if (json == null || json.isNull()) {
                return new Loaded(o, null, null);
            }
            try {
                return new Loaded(o, DocumentJson.fromJson(json), null);
            } catch (IllegalArgumentException e) {
                return new Loaded(o, null, e.getMessage());
            }
        }
    }

    /// Something to tell the user; `cause` non-null for a failure.
    public record Notice(String title, String text, Throwable cause) {
    }

    /// The pieces of the project machinery, so tests can point them at temporary folders.
    public record Services(ProjectStore store, RecentProjects recent, Recovery recovery, Autosave autosave) {
        /// The user's config folder; autosave every few seconds.
        public static Services standard() {
            ProjectStore store = new ProjectStore();
            Recovery recovery = Recovery.inConfigDir();
            return new Services(store, RecentProjects.inConfigDir(), recovery,
                    new Autosave(store, recovery, Autosave.DEFAULT_INTERVAL));
        }
    }

    public ProjectViewModel(ReadOnlyObjectProperty<Incident> incident, IncidentChanges changes, EditingViewModel editing,
                            TimeDisplay time, Background background, Services services) {
        this.incident = incident;
        this.changes = changes;
        this.editing = editing;
        this.time = time;
        this.background = background;
        this.store = services.store();
        this.recent = services.recent();
        this.recovery = services.recovery();
        this.autosave = services.autosave();
        incident.addListener(o -> refresh());
        editing.historyProperty().addListener(o -> refresh());
        time.zoneProperty().addListener(o -> refresh());
        file.addListener(o -> refresh());
        document.addListener(o -> refresh());
        aiConsents.addListener(o -> refresh());
        redactNames.addListener((javafx.beans.InvalidationListener) o -> refresh());
        refresh();
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /// "● incident.pmw — Postmortem Workbench".
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /// Saving, opening or restoring is running.
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ObservableList<Path> recentFiles() { return recentFiles; }
    /// Work of earlier sessions that ended without saving, to offer restoring.
    public ObservableList<Recovery.Pending> pendingRecovery() { return pending; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    /// The postmortem document, saved with the project (null until one is drafted or opened).
    /// Setting it marks the project changed; opening a project replaces it.
    public ObjectProperty<PostmortemDocument> documentProperty() { return document; }
    /// The AI endpoints the user agreed this project's redacted evidence may go to; saved with the
    /// project, so reopening it does not ask again. Opening a project replaces them.
    public ObjectProperty<Consents> aiConsentsProperty() { return aiConsents; }
    /// Names to redact before sending to a model; saved with the project.
    public javafx.collections.ObservableList<String> redactNames() { return redactNames; }

    /// The project as it would be saved now.
    public Project current() {
        Project p = base.withIncident(incident.get()).withSettings(settings());
        PostmortemDocument d = document.get();
        // without a document, an unreadable one from the file is kept as it was
        return d == null ? p : p.withDocument(DocumentJson.toJson(d));
    }

    // ---- commands --------------------------------------------------------------------------

    /// Reads the recent list and looks for unsaved work of earlier sessions (at start).
    public void startUp() {
        background.run(w -> new Object[] {recent.list(), recovery.pending()}, Progress.NONE, r -> {
            @SuppressWarnings("unchecked") List<Path> list = (List<Path>) r[0];
            @SuppressWarnings("unchecked") List<Recovery.Pending> found = (List<Recovery.Pending>) r[1];
            recentFiles.setAll(list);
            pending.setAll(found);
        }, e -> { });
    }

    /// Saves to the project's file; false when it has none yet (ask where, then [#saveAs]).
    public boolean save(Runnable after) {
        if (file.get() == null) {
            return false;
        }
        saveTo(file.get(), after);
        return true;
    }

    /// Saves to `path` (".pmw" is added when missing) and makes it the project's file.
    public void saveAs(Path path, Runnable after) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        saveTo(name.endsWith(ProjectFormat.EXTENSION) ? path : path.resolveSibling(name + ProjectFormat.EXTENSION), after);
    }

    /// Opens a project; the incident, its edits (each undoable) and its settings replace the current ones.
    public void open(Path path) {
        busy.set(true);
        background.run(w -> {
            try {
                return Loaded.of(store.open(path, w));
            } catch (ProjectException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE, this::install, e -> failed("The project could not be opened", e));
    }

    /// Restores the work of a session that ended without saving; it stays unsaved until saved.
    public void restore(Recovery.Pending p) {
        pending.remove(p);
        busy.set(true);
        background.run(w -> {
            try {
                Opened o = store.restore(p, w);
                recovery.discard(p); // autosave writes this session's own file from now on
                return Loaded.of(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE, this::install, e -> failed("The unsaved work could not be restored", e));
    }

    /// Drops the unsaved work of an earlier session.
    public void discardRecovery(Recovery.Pending p) {
        pending.remove(p);
        background.run(w -> {
            try {
                recovery.discard(p);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE, x -> { }, e -> failed("The recovery file could not be removed", e));
    }

    /// A new, empty project (after Close Incident).
    public void reset() {
        file.set(null);
        saved = Project.empty();
        base = Project.empty();
        document.set(null);
        aiConsents.set(Consents.NONE);
        redactNames.clear();
        editing.reset(EditHistory.empty());
        refresh();
    }

    /// Closing without saving: the autosaved copy goes too.
    public void discardUnsaved(Runnable then) {
        background.run(w -> {
            try {
                autosave.discard();
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE, x -> then.run(), e -> then.run());
    }

    /// Writes the recovery file now when there are unsaved changes (the timer does it every few
    /// seconds; tests and quitting call this). On the caller's thread.
    public void flushAutosave() throws IOException {
        autosave.flush();
    }

    public Autosave autosave() {
        return autosave;
    }

    // ---- internals -------------------------------------------------------------------------

    private IncidentSettings settings() {
        PostmortemDocument d = document.get();
        IncidentSettings s = base.settings().withDisplayZone(time.zoneProperty().get()).withAiConsents(aiConsents.get())
                .withRedactNames(List.copyOf(redactNames));
        return d == null || d.template().isEmpty() ? s : s.withTemplate(d.template());
    }

    private void saveTo(Path path, Runnable after) {
        Project p = current();
        busy.set(true);
        background.run(w -> {
            try {
                store.save(path, p, w);
                autosave.saved(path, p);
                return recent.add(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Progress.NONE, list -> {
            busy.set(false);
            saved = p;
            base = p;
            file.set(path);
            editing.markSaved();
            recentFiles.setAll(list);
            refresh();
            after.run();
        }, e -> failed("The project could not be saved", e));
    }

    private void install(Loaded loaded) {
        Opened o = loaded.opened();
        // the document as this version writes it, so that opening does not count as a change
        Project opened = loaded.document() == null ? o.project()
                : o.project().withDocument(DocumentJson.toJson(loaded.document()));
        changes.submit("Opening " + (o.file() == null ? "the restored work" : o.file().getFileName()) + "…",
                (inc, w) -> o.project().incident(), next -> {
                    busy.set(false);
                    base = opened;
                    saved = o.recovered() ? null : opened;
                    document.set(loaded.document());
                    aiConsents.set(o.project().settings().aiConsents());
                    redactNames.setAll(o.project().settings().redactNames());
                    editing.reset(o.history());
                    time.zoneProperty().set(o.project().settings().displayZone());
                    file.set(o.file());
                    refresh();
                    if (o.file() != null && !o.recovered()) {
                        background.run(w -> {
                            try {
                                return recent.add(o.file());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, Progress.NONE, recentFiles::setAll, e -> { });
                    }
                    if (loaded.problem() != null) {
                        say("The postmortem could not be read", "The timeline and its edits are open, but the "
                                + "postmortem document in this file could not be read (" + loaded.problem() + "). It is "
                                + "kept in the file as it is unless you draft a new one.", null);
                    } else if (!o.problems().isEmpty()) {
                        say("Some sources were not found", o.problems().stream().map(ProjectViewModel::describe)
                                .collect(Collectors.joining("\n")) + "\nTheir saved rows are shown; drop the files again "
                                + "or change their location to read them.", null);
                    } else if (o.recovered()) {
                        say("Unsaved work restored", "The work is back as it was at the last autosave. "
                                + "Save it to keep it.", null);
                    }
                });
    }

    private static String describe(SourceStatus s) {
        return "• " + dev.pmw.model.SourceRef.fileName(s.file()) + ": " + s.note();
    }

    private void failed(String what, Throwable e) {
        busy.set(false);
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        String text = c instanceof ProjectException p ? p.userMessage()
                : c.getMessage() == null ? c.toString() : c.getMessage();
        say(what, text, c);
    }

    private void say(String t, String text, Throwable cause) {
        notice.set(null);
        notice.set(new Notice(t, text, cause));
    }

    private void refresh() {
        Project now = current();
        boolean d = saved == null || !now.sameContentAs(saved);
        dirty.set(d);
        title.set(ProjectTitle.of(file.get(), d));
        autosave.update(file.get(), now, d);
    }
}
