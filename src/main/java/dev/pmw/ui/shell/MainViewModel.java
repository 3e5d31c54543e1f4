package dev.pmw.ui.shell;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.edit.Edits;
import dev.pmw.ui.ai.AiDraftViewModel;
import dev.pmw.ui.ai.FxTicker;
import dev.pmw.ui.ai.Ticker;
import dev.pmw.ui.analysis.AnalysisViewModel;
import dev.pmw.ui.postmortem.AiStreams;
import dev.pmw.ui.settings.AiConfig;
import dev.pmw.ui.detail.DetailViewModel;
import dev.pmw.ui.export.ExportViewModel;
import dev.pmw.ui.postmortem.PostmortemViewModel;
import dev.pmw.ui.editing.EditingViewModel;
import dev.pmw.ui.project.ProjectViewModel;
import dev.pmw.ui.sources.SourcesViewModel;
import dev.pmw.ui.timeline.TimelineViewModel;
import dev.pmw.ui.work.Background;
import dev.pmw.ui.work.IncidentChanges;
import dev.pmw.ui.work.LatestWins;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Work;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/// The window's state: the incident, background work and its progress, and the messages for the
/// user. Every change of the incident (import, re-read, a rule switched off) runs in the background,
/// in order, and builds the merged timeline there; the result replaces the incident on the FX thread.
public final class MainViewModel implements IncidentChanges {
    private static final String IDLE_STATUS = "Drop incident exports on the window, or open the sample incident.";

    private final Background background;
    private final IncidentLoader loader;
    private final Analyzer analyzer = new Analyzer();

    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(Incident.empty());
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(IDLE_STATUS);
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    /// Known once the background lookup of the bundled sample has run (file checks stay off the FX thread).
    private final ReadOnlyBooleanWrapper sampleAvailable = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>(Workspace.TIMELINE);
    private final BooleanProperty analysisShown = new SimpleBooleanProperty(true);

    private final SourcesViewModel sources;
    private final TimelineViewModel timeline;
    private final DetailViewModel detail;
    private final EditingViewModel editing;
    private final ProjectViewModel project;
    private final AnalysisViewModel analysisPanel;
    private final PostmortemViewModel postmortem;
    private final AiDraftViewModel ai;
    private final LatestWins analyzing;
    private final Deque<Change> queue = new ArrayDeque<>();
    private Background.Job current;
    private Change running;

    /// A message the view shows in a dialog; `cause` non-null makes it an error with details.
    public record UserMessage(String title, String text, Throwable cause) {
    }

    /// @param done the status once it is applied
    private record Change(String status, BiFunction<Incident, Work, Incident> apply, boolean isImport,
                          Function<Incident, String> done, java.util.function.Consumer<Incident> applied) {
    }

    public MainViewModel(Background background, IncidentLoader loader) {
        this(background, loader, ProjectViewModel.Services.standard());
    }

    /// @param projects where projects, recent files and autosave recovery files go
    public MainViewModel(Background background, IncidentLoader loader, ProjectViewModel.Services projects) {
        this(background, loader, projects, AiConfig.forUser(), new FxTicker());
    }

    /// @param ai     this machine's AI settings and key (tests pass a temporary folder and environment)
    /// @param ticker paces the AI stream's batches on the UI thread
    public MainViewModel(Background background, IncidentLoader loader, ProjectViewModel.Services projects, AiConfig ai,
                         Ticker ticker) {
        this.background = background;
        this.loader = loader;
        this.analyzing = new LatestWins(background);
        this.sources = new SourcesViewModel(incident.getReadOnlyProperty(), this, loader);
        this.timeline = new TimelineViewModel(incident.getReadOnlyProperty(), analysis.getReadOnlyProperty(), background, this);
        this.detail = new DetailViewModel(timeline.selectedProperty(), incident.getReadOnlyProperty(), timeline.time(),
                background);
        this.editing = new EditingViewModel(incident.getReadOnlyProperty(), this, Edits.now(),
                timeline.time().zoneProperty()::get);
        this.project = new ProjectViewModel(incident.getReadOnlyProperty(), this, editing, timeline.time(), background,
                projects);
        detail.setEditing(editing);
        this.analysisPanel = new AnalysisViewModel(analysis.getReadOnlyProperty(), incident.getReadOnlyProperty(), timeline,
                editing, Edits.now());
        this.postmortem = new PostmortemViewModel(incident.getReadOnlyProperty(), analysis.getReadOnlyProperty(),
                timeline.time(), project.documentProperty(), background);
        // AI drafting changes the one document, through the postmortem's undoable host
        this.ai = new AiDraftViewModel(background, ticker, ai, postmortem.host(), postmortem::context, Clock.systemUTC());
        this.ai.consentsProperty().bindBidirectional(project.aiConsentsProperty());
        javafx.beans.binding.Bindings.bindContentBidirectional(this.ai.namesToRedact(), project.redactNames());
        this.ai.zoneProperty().bind(timeline.time().zoneProperty());
        background.run(w -> SampleIncident.find(), dev.pmw.work.Progress.NONE,
                found -> sampleAvailable.set(found.isPresent()), e -> sampleAvailable.set(false));
        AiStreams.follow(this.ai, postmortem);
        this.ai.reload();
        // a citation's row: back to the timeline, filtered to what the section cites
        postmortem.setRowOpener(rows -> {
            workspace.set(Workspace.TIMELINE);
            timeline.filter().evidenceProperty().set(rows);
        });
    }

    // ---- properties ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Incident> incidentProperty() { return incident.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Analysis> analysisProperty() { return analysis.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<UserMessage> messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty sampleAvailableProperty() { return sampleAvailable.getReadOnlyProperty(); }
    public SourcesViewModel sources() { return sources; }
    public TimelineViewModel timeline() { return timeline; }
    public DetailViewModel detail() { return detail; }
    public EditingViewModel editing() { return editing; }
    public ProjectViewModel project() { return project; }
    public AnalysisViewModel analysisPanel() { return analysisPanel; }
    public PostmortemViewModel postmortem() { return postmortem; }
    /// Where background work runs (for views that start their own, like the AI settings dialog).
    public Background background() { return background; }
    /// AI drafting of the postmortem's sections (the panel, the sections' AI bars, the consent).
    public AiDraftViewModel ai() { return ai; }
    /// Which workspace the window shows.
    public ObjectProperty<Workspace> workspaceProperty() { return workspace; }
    /// Whether the timeline workspace shows the analysis panel.
    public BooleanProperty analysisShownProperty() { return analysisShown; }

    /// The export of the postmortem as it stands (for the export dialog).
    public ExportViewModel export() {
        return new ExportViewModel(postmortem, incident.getReadOnlyProperty(), background);
    }

    // ---- commands --------------------------------------------------------------------------

    /// Reads dropped or opened files and folders in the background and adds them to the incident.
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (queue.stream().anyMatch(Change::isImport) || running != null && running.isImport()) {
            say("Still reading", "Wait for the current import to finish or cancel it first.");
            return;
        }
        ParseOptions options = ParseOptions.defaults();
        AtomicReference<List<LoadedSource>> read = new AtomicReference<>(List.of());
        enqueue(new Change("Reading " + describe(paths) + "…", (base, work) -> {
            List<LoadedSource> loaded = loader.load(paths, options, work.slice(0, 0.9));
            work.progress().update(0.95, "Merging " + loaded.size() + (loaded.size() == 1 ? " source…" : " sources…"));
            read.set(loaded);
            return base.withAdded(loaded);
        }, true, next -> summary(read.get()) + "  ·  " + next.timeline().hiddenSummary(), next -> { }));
    }

    public void openSample() {
        background.run(w -> SampleIncident.find(), dev.pmw.work.Progress.NONE,
                found -> found.ifPresentOrElse(p -> importPaths(List.of(p)), () -> say("Sample not found",
                        "The sample incident folder 'samples/" + SampleIncident.NAME
                                + "' was not found next to the application.")),
                e -> say("Sample not found", "Looking for the sample incident failed: " + e.getMessage()));
    }

    @Override
    public void submit(String statusText, BiFunction<Incident, Work, Incident> change,
                       java.util.function.Consumer<Incident> applied) {
        enqueue(new Change(statusText, change, false, next -> next.timeline().hiddenSummary(), applied));
    }

    /// Stops the running change and drops the ones waiting; the incident stays as it was.
    public void cancel() {
        queue.clear();
        if (current != null) {
            current.cancel();
        }
    }

    /// Closes the incident (keeps nothing; the view asks first when there are unsaved changes).
    public void clear() {
        cancel();
        setIncident(Incident.empty());
        project.reset();
        timeline.filter().clear(); // a new incident starts unfiltered
        timeline.selectedProperty().set(null);
        status.set(IDLE_STATUS);
    }

    // ---- internals -------------------------------------------------------------------------

    private void enqueue(Change c) {
        queue.addLast(c);
        if (current == null) {
            startNext();
        }
    }

    private void startNext() {
        Change c = queue.pollFirst();
        if (c == null) {
            return;
        }
        running = c;
        busy.set(true);
        progress.set(-1);
        status.set(c.status());
        Incident base = incident.get();
        Background.Job[] job = new Background.Job[1];
        current = job[0] = background.run(work -> {
            Incident next = c.apply().apply(base, work);
            work.check();
            next.timeline(); // merge and score here, not on the FX thread
            return next;
        }, this::onProgress, next -> {
            finish();
            setIncident(next);
            status.set(c.done().apply(next));
            c.applied().accept(next);
            startNext();
        }, e -> {
            finish();
            onFailure(c, e);
            startNext();
        });
        if (job[0].isDone() && current == job[0]) {
            current = null; // ran synchronously (tests)
            running = null;
        }
    }

    private void setIncident(Incident next) {
        incident.set(next);
        analysis.set(null);
        if (next.isEmpty()) {
            analyzing.cancel();
            return;
        }
        // the newest incident wins: an analysis still running for an older one is dropped
        analyzing.submit(work -> analyzer.analyze(next.timeline()), a -> {
            if (incident.get() == next) {
                analysis.set(a);
            }
        }, e -> show(new UserMessage("Analysis failed", "The analysis could not be computed: " + e, e)));
    }

    private void finish() {
        busy.set(false);
        progress.set(0);
        current = null;
        running = null;
    }

    private void onProgress(double f, String m) {
        progress.set(f);
        if (m != null && !m.isEmpty()) {
            status.set(m);
        }
    }

    private void onFailure(Change c, Throwable e) {
        if (e instanceof CancelledException) {
            status.set((c.isImport() ? "Import" : "Change") + " cancelled; nothing was changed.");
            return;
        }
        status.set(c.isImport() ? "Import failed." : "The change could not be applied.");
        show(new UserMessage(c.isImport() ? "Import failed" : "Change failed",
                (c.isImport() ? "The files could not be read: " : "The change could not be applied: ")
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e));
    }

    private void say(String title, String text) {
        show(new UserMessage(title, text, null));
    }

    private void show(UserMessage m) {
        message.set(null); // the same message twice is still shown twice
        message.set(m);
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.getFirst().getFileName()) : paths.size() + " items";
    }

    private static String summary(List<LoadedSource> loaded) {
        long ok = loaded.stream().filter(s -> !s.result().failed() && !s.result().info().format().equals("unknown")).count();
        long records = loaded.stream().mapToLong(s -> s.result().records()).sum();
        return String.format("Read %d %s, %,d records", ok, ok == 1 ? "source" : "sources", records);
    }
}
