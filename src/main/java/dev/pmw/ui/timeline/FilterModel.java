package dev.pmw.ui.timeline;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.timeline.query.TimelineQuery;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// The filter bar's state, one property per criterion; [#query()] turns it into a [TimelineQuery].
public final class FilterModel {
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final BooleanProperty keyOnly = new SimpleBooleanProperty(true);
    private final ObservableSet<EventKind> kinds = FXCollections.observableSet();
    private final ObservableSet<Level> levels = FXCollections.observableSet();
    private final ObservableSet<String> sources = FXCollections.observableSet();
    private final ObservableSet<String> actors = FXCollections.observableSet();
    private final ObjectProperty<TimelineQuery.Flag> pinned = new SimpleObjectProperty<>(TimelineQuery.Flag.ANY);
    private final ObjectProperty<TimelineQuery.Flag> edited = new SimpleObjectProperty<>(TimelineQuery.Flag.ANY);
    private final ObjectProperty<Instant> windowFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> windowTo = new SimpleObjectProperty<>();
    private final ObjectProperty<EvidenceFilter> evidence = new SimpleObjectProperty<>();
    private boolean batching;
    private boolean changedInBatch;
    private final List<Runnable> listeners = new ArrayList<>();

    public FilterModel() {
        for (Observable o : List.<Observable>of(search, regex, keyOnly, kinds, levels, sources, actors, pinned, edited,
                windowFrom, windowTo, evidence)) {
            o.addListener(x -> changed());
        }
    }

    public StringProperty searchProperty() { return search; }
    public BooleanProperty regexProperty() { return regex; }
    public BooleanProperty keyOnlyProperty() { return keyOnly; }
    public ObservableSet<EventKind> kinds() { return kinds; }
    public ObservableSet<Level> levels() { return levels; }
    public ObservableSet<String> sources() { return sources; }
    public ObservableSet<String> actors() { return actors; }
    public ObjectProperty<TimelineQuery.Flag> pinnedProperty() { return pinned; }
    public ObjectProperty<TimelineQuery.Flag> editedProperty() { return edited; }
    public ObjectProperty<Instant> windowFromProperty() { return windowFrom; }
    public ObjectProperty<Instant> windowToProperty() { return windowTo; }
    /// Rows shown instead of the filter result (evidence of an analysis item or a citation), or null.
    public ObjectProperty<EvidenceFilter> evidenceProperty() { return evidence; }

    /// Called once per change, or once per [#batch].
    void onChange(Runnable r) {
        listeners.add(r);
    }

    public TimelineQuery query() {
        return new TimelineQuery(search.get(), regex.get(), sources, kinds, levels, actors, pinned.get(), edited.get(),
                windowFrom.get(), windowTo.get(), keyOnly.get());
    }

    /// Sets the time window (either bound may be null).
    public void setWindow(Instant from, Instant to) {
        batch(() -> {
            if (from != null && to != null && to.isBefore(from)) {
                windowFrom.set(to);
                windowTo.set(from);
            } else {
                windowFrom.set(from);
                windowTo.set(to);
            }
        });
    }

    public boolean hasWindow() {
        return windowFrom.get() != null || windowTo.get() != null;
    }

    /// Everything but "key events only" back to its default.
    public void clear() {
        batch(() -> {
            search.set("");
            regex.set(false);
            kinds.clear();
            levels.clear();
            sources.clear();
            actors.clear();
            pinned.set(TimelineQuery.Flag.ANY);
            edited.set(TimelineQuery.Flag.ANY);
            windowFrom.set(null);
            windowTo.set(null);
            evidence.set(null);
        });
    }

    /// How many criteria besides "key events only" are active.
    public int activeCount() {
        int n = search.get() == null || search.get().isBlank() ? 0 : 1;
        n += kinds.isEmpty() ? 0 : 1;
        n += levels.isEmpty() ? 0 : 1;
        n += sources.isEmpty() ? 0 : 1;
        n += actors.isEmpty() ? 0 : 1;
        n += pinned.get() == TimelineQuery.Flag.ANY ? 0 : 1;
        n += edited.get() == TimelineQuery.Flag.ANY ? 0 : 1;
        n += hasWindow() ? 1 : 0;
        n += evidence.get() == null ? 0 : 1;
        return n;
    }

    /// Applies several changes with one recomputation.
    public void batch(Runnable changes) {
        boolean outer = !batching;
        batching = true;
        try {
            changes.run();
        } finally {
            if (outer) {
                batching = false;
                if (changedInBatch) {
                    changedInBatch = false;
                    fire();
                }
            }
        }
    }

    private void changed() {
        if (batching) {
            changedInBatch = true;
        } else {
            fire();
        }
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }
}
