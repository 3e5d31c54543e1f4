package dev.pmw.ui.timeline;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.model.Event;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Predicate;

/// The merged timeline table: all rows of the incident, filtered to key events (default) or all,
/// and by a search text; the time zone rows are shown in and the T+ reference (impact start).
public final class TimelineViewModel {
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> visible = new FilteredList<>(rows, Row::isKey);
    private final BooleanProperty keyOnly = new SimpleBooleanProperty(true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneOffset.UTC);
    private final ReadOnlyObjectWrapper<Instant> reference = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hiddenSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countLabel = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectProperty<Incident> incident;

    public TimelineViewModel(ReadOnlyObjectProperty<Incident> incident, ReadOnlyObjectProperty<Analysis> analysis) {
        this.incident = incident;
        incident.addListener((obs, old, now) -> refresh(now.timeline()));
        analysis.addListener((obs, old, now) -> reference.set(referenceOf(now, incident.get().timeline())));
        keyOnly.addListener(o -> applyFilter());
        search.addListener(o -> applyFilter());
        refresh(incident.get().timeline());
        countLabel.bind(Bindings.createStringBinding(this::counts, visible, rows));
    }

    // ---- properties ------------------------------------------------------------------------

    public ObservableList<Row> visibleRows() { return visible; }
    public BooleanProperty keyOnlyProperty() { return keyOnly; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public ReadOnlyObjectProperty<Instant> referenceProperty() { return reference.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hiddenSummaryProperty() { return hiddenSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countLabelProperty() { return countLabel.getReadOnlyProperty(); }
    public ObjectProperty<Row> selectedProperty() { return selected; }

    // ---- internals -------------------------------------------------------------------------

    private void refresh(Timeline t) {
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(t.rows());
        hiddenSummary.set(t.size() == 0 ? "" : t.hiddenSummary());
        reference.set(referenceOf(null, t));
        applyFilter();
        selected.set(keep == null ? null : t.byId(keep));
    }

    private void applyFilter() {
        boolean key = keyOnly.get();
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Predicate<Row> p = key ? Row::isKey : r -> true;
        if (!q.isEmpty()) {
            p = p.and(r -> matches(r.event(), q));
        }
        visible.setPredicate(p);
    }

    private static boolean matches(Event e, String q) {
        return e.text().toLowerCase(Locale.ROOT).contains(q) || e.actor().toLowerCase(Locale.ROOT).contains(q)
                || e.kind().id().contains(q) || e.source().location().toLowerCase(Locale.ROOT).contains(q);
    }

    /// T+ counts from the impact start when the analysis has one, else from the first key row.
    private static Instant referenceOf(Analysis a, Timeline t) {
        if (a != null) {
            Boundary b = a.boundary(BoundaryKind.IMPACT_START);
            if (b != null && b.present()) {
                return b.time();
            }
            b = a.boundary(BoundaryKind.DETECTED);
            if (b != null && b.present()) {
                return b.time();
            }
        }
        return t.keyRows().stream().findFirst().map(r -> r.event().time()).orElse(t.start());
    }

    private String counts() {
        int all = rows.size();
        if (all == 0) {
            return "";
        }
        return String.format("%,d of %,d rows", visible.size(), all);
    }
}
