package dev.pmw.ui.sources;

import dev.pmw.ingest.Parsers;
import dev.pmw.ingest.SourceParser;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.LoadedSource;
import dev.pmw.timeline.TimelineSource;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.work.IncidentChanges;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/// The sources panel: every source of the incident with its format, counts, zone, clock correction
/// and diagnostics, and the commands that change how one is read or merged without dropping it
/// again. Every command goes through [IncidentChanges]: re-reading and merging run in the background.
public final class SourcesViewModel {
    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<SourceItem> selected = new SimpleObjectProperty<>();
    private final IncidentChanges changes;
    private final IncidentLoader loader;

    public SourcesViewModel(ReadOnlyObjectProperty<Incident> incident, IncidentChanges changes, IncidentLoader loader) {
        this.changes = changes;
        this.loader = loader;
        incident.addListener((obs, old, now) -> refresh(now));
        refresh(incident.get());
    }

    public ObservableList<SourceItem> items() {
        return items;
    }

    public ObjectProperty<SourceItem> selectedProperty() {
        return selected;
    }

    /// Format ids a source can be forced to.
    public static List<String> formats() {
        return Parsers.all().stream().map(SourceParser::format).distinct().toList();
    }

    // ---- commands --------------------------------------------------------------------------

    /// Reads the source again with `zone` for times that carry no offset.
    public void setZone(SourceItem item, ZoneId zone) {
        if (!item.canReread() || zone.equals(item.zone()) && item.source().options().zoneExplicit()) {
            return;
        }
        String file = item.path();
        changes.submit("Re-reading " + item.name() + " in " + TimeDisplay.name(zone) + "…", (inc, work) -> {
            LoadedSource s = find(inc, file);
            return s == null || !s.isRead() ? inc : inc.withSource(loader.reload(s, s.options().withZone(zone), work));
        });
    }

    /// Reads the source again as `format` (null: detect it again).
    public void forceFormat(SourceItem item, String format) {
        if (!item.canReread() || java.util.Objects.equals(format, item.formatOverride())) {
            return;
        }
        String file = item.path();
        changes.submit("Re-reading " + item.name() + (format == null ? " with its detected format…" : " as " + format + "…"),
                (inc, work) -> {
                    LoadedSource s = find(inc, file);
                    return s == null || !s.isRead() ? inc : inc.withSource(loader.reload(s, s.options().withFormat(format), work));
                });
    }

    /// Channels to include; null goes back to the channels active in the incident window.
    public void setChannels(SourceItem item, Set<String> channels) {
        settings(item, "Choosing channels of " + item.name() + "…", s -> s.withChannels(channels));
    }

    /// A correction added to every time of the source (its clock was off, or its zone was wrong).
    public void setClockOffset(SourceItem item, Duration offset) {
        if (offset.equals(item.clockOffset())) {
            return;
        }
        settings(item, "Shifting " + item.name() + " by " + OffsetText.format(offset) + "…", s -> s.withClockOffset(offset));
    }

    public void remove(SourceItem item) {
        String file = item.path();
        changes.submit("Removing " + item.name() + "…", (inc, work) -> inc.without(file));
    }

    // ---- internals -------------------------------------------------------------------------

    private void settings(SourceItem item, String status, UnaryOperator<dev.pmw.timeline.SourceSettings> change) {
        String file = item.path();
        changes.submit(status, (inc, work) -> {
            LoadedSource s = find(inc, file);
            return s == null ? inc : inc.withSource(s.withSettings(change.apply(s.settings())));
        });
    }

    private static LoadedSource find(Incident inc, String file) {
        return inc.sources().stream().filter(s -> s.file().equals(file)).findFirst().orElse(null);
    }

    private void refresh(Incident incident) {
        String keep = selected.get() == null ? null : selected.get().path();
        List<TimelineSource> merged = incident.isEmpty() ? List.of() : incident.timeline().sources();
        items.setAll(incident.sources().stream().map(s -> new SourceItem(s, merged.stream()
                .filter(t -> t.file().equals(s.file())).findFirst().orElse(null))).toList());
        selected.set(items.stream().filter(i -> i.path().equals(keep)).findFirst().orElse(null));
    }

    /// For tooltips: the file name part.
    static String name(String path) {
        return SourceRef.fileName(path);
    }
}
