package dev.pmw.ui.shell;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Analyzer;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.ui.sources.SourcesViewModel;
import dev.pmw.ui.timeline.TimelineViewModel;
import dev.pmw.ui.work.Background;
import dev.pmw.work.CancelledException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;

/// The window's state: the incident, background work and its progress, and the messages for the
/// user. Imports and analysis run in the background; results replace the incident on the FX thread.
public final class MainViewModel {
    private final Background background;
    private final IncidentLoader loader;
    private final Analyzer analyzer = new Analyzer();

    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(Incident.empty());
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Drop incident exports on the window, or open the sample incident.");
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper sampleAvailable = new ReadOnlyBooleanWrapper(SampleIncident.find().isPresent());

    private final SourcesViewModel sources;
    private final TimelineViewModel timeline;
    private Background.Job current;

    /// A message the view shows in a dialog.
    public record UserMessage(String title, String text, Throwable cause) {
    }

    public MainViewModel(Background background, IncidentLoader loader) {
        this.background = background;
        this.loader = loader;
        this.sources = new SourcesViewModel(incident.getReadOnlyProperty());
        this.timeline = new TimelineViewModel(incident.getReadOnlyProperty(), analysis.getReadOnlyProperty());
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

    // ---- commands --------------------------------------------------------------------------

    /// Reads dropped or opened files and folders in the background and adds them to the incident.
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (busy.get()) {
            message.set(new UserMessage("Still reading", "Wait for the current import to finish or cancel it first.", null));
            return;
        }
        start("Reading " + describe(paths) + "…");
        ParseOptions options = ParseOptions.defaults();
        current = background.run(work -> loader.load(paths, options, work), this::onProgress, loaded -> {
            finish();
            Incident next = incident.get().withAdded(loaded);
            setIncident(next);
            status.set(summary(loaded) + "  ·  " + next.timeline().hiddenSummary());
        }, this::onFailure);
    }

    public void openSample() {
        SampleIncident.find().ifPresentOrElse(p -> importPaths(List.of(p)), () -> message.set(new UserMessage(
                "Sample not found", "The sample incident folder 'samples/" + SampleIncident.NAME
                + "' was not found next to the application.", null)));
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /// Closes the incident (keeps nothing).
    public void clear() {
        cancel();
        setIncident(Incident.empty());
        status.set("Drop incident exports on the window, or open the sample incident.");
    }

    /// Replaces the incident (after a source option changed) and re-runs the analysis.
    public void setIncident(Incident next) {
        incident.set(next);
        analysis.set(null);
        if (next.isEmpty()) {
            return;
        }
        background.run(work -> analyzer.analyze(next.timeline()), (f, m) -> { }, a -> {
            if (incident.get() == next) {
                analysis.set(a);
            }
        }, e -> message.set(new UserMessage("Analysis failed", "The analysis could not be computed: " + e, e)));
    }

    // ---- internals -------------------------------------------------------------------------

    private void start(String text) {
        busy.set(true);
        progress.set(-1);
        status.set(text);
    }

    private void finish() {
        busy.set(false);
        progress.set(0);
        current = null;
    }

    private void onProgress(double f, String m) {
        progress.set(f);
        if (m != null && !m.isEmpty()) {
            status.set(m);
        }
    }

    private void onFailure(Throwable e) {
        finish();
        if (e instanceof CancelledException) {
            status.set("Import cancelled; nothing was changed.");
            return;
        }
        status.set("Import failed.");
        message.set(new UserMessage("Import failed", "The files could not be read: " + e.getMessage(), e));
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
