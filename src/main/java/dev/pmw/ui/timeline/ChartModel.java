package dev.pmw.ui.timeline;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.query.VolumeHistogram;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// What the chart above the table shows: record volume per source and error volume over the
/// chart's range, and markers for the key moments (alerts, pages, acks, declarations, resolutions,
/// the analysis boundaries) and changes (deploys, rollbacks, config changes).
public final class ChartModel {
    /// Slices of the chart's range.
    public static final int BUCKETS = 160;

    private final ReadOnlyObjectWrapper<VolumeHistogram> volume = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> rangeLabel = new ReadOnlyObjectWrapper<>("");
    private List<Marker> rowMarkers = List.of();
    private List<Marker> boundaryMarkers = List.of();

    /// A line on the chart.
    ///
    /// @param kind  the row's kind, or null for an analysis boundary
    /// @param rowId the row it selects when clicked
    public record Marker(Instant time, String label, String detail, EventKind kind, String rowId, boolean change) {
    }

    public ReadOnlyObjectProperty<VolumeHistogram> volumeProperty() { return volume.getReadOnlyProperty(); }
    public ObservableList<Marker> markers() { return markers; }
    /// Name of each source slot of [VolumeHistogram#counts()] ("manual" first).
    public ObservableList<String> seriesNames() { return seriesNames; }
    /// "incident window", "time window", "whole timeline".
    public ReadOnlyObjectProperty<String> rangeLabelProperty() { return rangeLabel.getReadOnlyProperty(); }

    void setVolume(VolumeHistogram v, String label) {
        volume.set(v);
        rangeLabel.set(label);
    }

    void setTimeline(Timeline t, List<String> slotNames) {
        List<String> names = new ArrayList<>();
        for (String s : slotNames) {
            names.add(s.isEmpty() ? "added by hand" : SourceRef.fileName(s));
        }
        seriesNames.setAll(names);
        List<Marker> out = new ArrayList<>();
        for (Row r : t.rows()) {
            Event e = r.event();
            if (!r.isKey()) {
                continue;
            }
            EventKind k = e.kind();
            boolean moment = k == EventKind.ALERT_TRIGGERED || k == EventKind.ALERT_RECOVERED || k == EventKind.PAGE
                    || k == EventKind.ACKNOWLEDGE || k == EventKind.DECLARE || k == EventKind.RESOLVE;
            boolean change = k == EventKind.DEPLOY || k == EventKind.ROLLBACK || k == EventKind.CONFIG_CHANGE;
            if (moment || change) {
                out.add(new Marker(e.time(), k.label(), e.text(), k, r.id(), change));
            }
        }
        rowMarkers = out;
        boundaryMarkers = List.of();
        publish();
    }

    void setAnalysis(Analysis a) {
        List<Marker> out = new ArrayList<>();
        if (a != null) {
            for (BoundaryKind k : BoundaryKind.values()) {
                Boundary b = a.boundary(k);
                if (b != null && b.present()) {
                    out.add(new Marker(b.time(), k.label(), b.rule(), null,
                            b.evidence().isEmpty() ? null : b.evidence().getFirst(), false));
                }
            }
        }
        boundaryMarkers = out;
        publish();
    }

    private void publish() {
        List<Marker> all = new ArrayList<>(boundaryMarkers);
        all.addAll(rowMarkers);
        markers.setAll(all);
    }
}
