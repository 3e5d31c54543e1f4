package dev.pmw.ui.timeline;

import dev.pmw.analysis.Analysis;
import dev.pmw.analysis.Boundary;
import dev.pmw.analysis.BoundaryKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.timeline.query.BurstShapes;
import dev.pmw.timeline.query.QueryCancelledException;
import dev.pmw.timeline.query.TimelineIndex;
import dev.pmw.timeline.query.TimelineQuery;
import dev.pmw.timeline.query.VolumeHistogram;
import dev.pmw.ui.work.Background;
import dev.pmw.ui.work.IncidentChanges;
import dev.pmw.ui.work.LatestWins;
import dev.pmw.work.CancelledException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

/// The merged timeline: the rows the filter lets through, the chart's volume and markers, the
/// selected row, and the rules. Big timelines (over [#ASYNC_ROWS] rows or records) are indexed
/// and filtered in the background, newest request winning; small ones right away.
public final class TimelineViewModel {
    public static final int ASYNC_ROWS = 50_000;
    /// A synchronous filter that takes longer than this was a runaway regular expression.
    private static final long SYNC_BUDGET_NANOS = 2_000_000_000L;

    /// What the chart spans when no time window is set.
    public enum ChartRange { INCIDENT_WINDOW, WHOLE_TIMELINE }

    private final FilterModel filter = new FilterModel();
    private final TimeDisplay time = new TimeDisplay();
    private final ChartModel chart = new ChartModel();
    private final RulesModel rules;
    private final RowList visible = new RowList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartRange> chartRange = new SimpleObjectProperty<>(ChartRange.INCIDENT_WINDOW);
    private final ReadOnlyStringWrapper countLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hiddenSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Facets> facets = new ReadOnlyObjectWrapper<>(Facets.NONE);
    private final LatestWins preparing;
    private final LatestWins filtering;
    private final ReadOnlyObjectProperty<Analysis> analysis;
    private final int asyncRows;
    private Prepared current;
    private EvidenceFilter evidenceSelected;

    /// A timeline made ready for filtering.
    private record Prepared(Incident incident, Timeline timeline, TimelineIndex index, BurstShapes shapes,
                            Map<String, Integer> hiddenCounts, String hiddenSummary, Facets facets) {
    }

    private record Filtered(Prepared prepared, int[] rows, VolumeHistogram volume, String rangeLabel) {
    }

    public TimelineViewModel(ReadOnlyObjectProperty<Incident> incident, ReadOnlyObjectProperty<Analysis> analysis,
                             Background background, IncidentChanges changes) {
        this(incident, analysis, background, changes, ASYNC_ROWS);
    }

    /// @param asyncRows timelines with more rows or records than this are prepared and filtered in the background
    public TimelineViewModel(ReadOnlyObjectProperty<Incident> incident, ReadOnlyObjectProperty<Analysis> analysis,
                             Background background, IncidentChanges changes, int asyncRows) {
        this.analysis = analysis;
        this.asyncRows = asyncRows;
        this.rules = new RulesModel(changes);
        this.preparing = new LatestWins(background);
        this.filtering = new LatestWins(background);
        incident.addListener((obs, old, now) -> load(now));
        analysis.addListener((obs, old, now) -> {
            chart.setAnalysis(now);
            if (current != null) {
                updateReference(now, current.timeline());
            }
        });
        filter.onChange(this::refilter);
        chartRange.addListener(o -> refilter());
        load(incident.get());
    }

    // ---- properties ------------------------------------------------------------------------

    public FilterModel filter() { return filter; }
    public TimeDisplay time() { return time; }
    public ChartModel chart() { return chart; }
    public RulesModel rules() { return rules; }
    public ObservableList<Row> visibleRows() { return visible; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ObjectProperty<ChartRange> chartRangeProperty() { return chartRange; }
    public ReadOnlyStringProperty countLabelProperty() { return countLabel.getReadOnlyProperty(); }
    /// "401 rows hidden: 156 duplicates, 84 joins …".
    public ReadOnlyStringProperty hiddenSummaryProperty() { return hiddenSummary.getReadOnlyProperty(); }
    /// Why the search text cannot be used (invalid or runaway regular expression), or null.
    public ReadOnlyStringProperty queryErrorProperty() { return queryError.getReadOnlyProperty(); }
    /// Indexing or filtering is running in the background.
    public ReadOnlyBooleanProperty workingProperty() { return working.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Facets> facetsProperty() { return facets.getReadOnlyProperty(); }

    /// The timeline the rows come from (empty before anything is loaded).
    public Timeline timeline() {
        return current == null ? Timeline.empty() : current.timeline();
    }

    // ---- commands --------------------------------------------------------------------------

    /// Selects the next key row after the selection among the visible rows; returns false at the end.
    public boolean nextKey() {
        return step(+1);
    }

    public boolean previousKey() {
        return step(-1);
    }

    /// Selects a row by id (a chart marker, evidence link), visible or not.
    public void select(String rowId) {
        if (current != null && rowId != null) {
            Row r = current.timeline().byId(rowId);
            if (r != null) {
                selected.set(r);
            }
        }
    }

    /// Position of a row among the visible rows, or -1.
    public int visibleIndexOf(Row r) {
        if (current == null || r == null) {
            return -1;
        }
        int i = current.timeline().indexOf(r.id());
        int at = i < 0 ? -1 : Arrays.binarySearch(visible.rowNumbers(), i);
        return at < 0 ? -1 : at;
    }

    /// How a burst row's lines spread over its span, or null for other rows.
    public int[] sparkline(Row r) {
        if (current == null || r.event().count() < 2) {
            return null;
        }
        return current.shapes().of(current.timeline().indexOf(r.id()));
    }

    // ---- internals -------------------------------------------------------------------------

    private boolean step(int dir) {
        int n = visible.size();
        int at = visibleIndexOf(selected.get());
        for (int i = at < 0 ? (dir > 0 ? 0 : n - 1) : at + dir; i >= 0 && i < n; i += dir) {
            Row r = visible.get(i);
            if (r.isKey()) {
                selected.set(r);
                return true;
            }
        }
        return false;
    }

    private boolean isBig(Timeline t) {
        return t.size() > asyncRows || t.recordCount() > asyncRows;
    }

    private void load(Incident inc) {
        Timeline t = inc.timeline();
        if (isBig(t)) {
            working.set(true);
            preparing.submit(w -> prepare(inc, t), this::install, this::failed);
        } else {
            preparing.cancel();
            install(prepare(inc, t));
        }
    }

    private static Prepared prepare(Incident inc, Timeline t) {
        return new Prepared(inc, t, TimelineIndex.of(t), BurstShapes.of(t), t.hiddenCounts(),
                t.size() == 0 ? "" : t.hiddenSummary(), Facets.of(t));
    }

    private void install(Prepared p) {
        String keep = selected.get() == null ? null : selected.get().id();
        current = p;
        Timeline t = p.timeline();
        hiddenSummary.set(p.hiddenSummary());
        facets.set(p.facets());
        rules.refresh(p.incident(), p.hiddenCounts());
        chart.setTimeline(t, dev.pmw.timeline.query.VolumeHistogram.slotNames(p.index()));
        chart.setAnalysis(analysis.get());
        time.setSpan(t);
        updateReference(analysis.get(), t);
        refilter();
        selected.set(keep == null ? null : t.byId(keep));
    }

    private void refilter() {
        Prepared p = current;
        if (p == null) {
            return;
        }
        TimelineQuery q = filter.query();
        EvidenceFilter evidence = filter.evidenceProperty().get();
        String err = q.regexError();
        if (err != null) {
            filtering.cancel();
            working.set(false);
            queryError.set("Not a valid regular expression: " + err);
            return;
        }
        Instant[] range = range(q, p.timeline());
        String label = q.hasWindow() ? "time window" : chartRange.get() == ChartRange.INCIDENT_WINDOW
                && p.timeline().context().windowStart() != null ? "incident window" : "whole timeline";
        if (isBig(p.timeline())) {
            working.set(true);
            filtering.submit(w -> {
                try {
                    return compute(p, q, evidence, range, label, () -> w.cancellation().isCancelled());
                } catch (QueryCancelledException e) {
                    throw new CancelledException();
                }
            }, this::show, this::failed);
        } else {
            long deadline = System.nanoTime() + SYNC_BUDGET_NANOS;
            try {
                show(compute(p, q, evidence, range, label, () -> System.nanoTime() > deadline));
            } catch (QueryCancelledException e) {
                queryError.set("The regular expression takes too long on some rows; make it simpler.");
            }
        }
    }

    private static Filtered compute(Prepared p, TimelineQuery q, EvidenceFilter evidence, Instant[] range, String label,
                                    BooleanSupplier stop) {
        TimelineIndex.Matches m = p.index().run(q, stop);
        int[] chartRows = m.unfiltered() != null ? m.unfiltered() : m.rows();
        VolumeHistogram v = range == null ? null
                : VolumeHistogram.of(p.index(), chartRows, p.shapes(), range[0], range[1], ChartModel.BUCKETS);
        return new Filtered(p, evidence == null ? m.rows() : evidenceRows(p.timeline(), evidence), v, label);
    }

    /// The rows of an evidence filter as ascending row numbers (the chart keeps the filter's volume).
    private static int[] evidenceRows(Timeline t, EvidenceFilter evidence) {
        return evidence.ids().stream().mapToInt(t::indexOf).filter(i -> i >= 0).distinct().sorted().toArray();
    }

    /// The chart spans the time window when one is set, else the incident window (or everything).
    private Instant[] range(TimelineQuery q, Timeline t) {
        if (t.size() == 0) {
            return null;
        }
        Instant start = t.start();
        Instant end = t.end();
        if (q.hasWindow()) {
            return new Instant[] {q.from() != null ? q.from() : start, q.to() != null ? q.to() : end};
        }
        if (chartRange.get() == ChartRange.INCIDENT_WINDOW && t.context().windowStart() != null) {
            return new Instant[] {t.context().windowStart(), t.context().windowEnd()};
        }
        return new Instant[] {start, end.equals(start) ? start.plusSeconds(60) : end};
    }

    private void show(Filtered f) {
        if (f.prepared() != current) {
            return;
        }
        working.set(false);
        queryError.set(null);
        visible.setRows(f.prepared().index(), f.rows());
        chart.setVolume(f.volume(), f.rangeLabel());
        int all = f.prepared().index().size();
        countLabel.set(all == 0 ? "" : String.format("%,d of %,d rows", f.rows().length, all));
        EvidenceFilter ev = filter.evidenceProperty().get();
        if (ev != null && ev != evidenceSelected && f.rows().length > 0) {
            evidenceSelected = ev; // once per evidence filter: later refilters keep the user's selection
            Row focus = ev.focus() == null ? null : f.prepared().timeline().byId(ev.focus());
            selected.set(focus != null ? focus : f.prepared().index().row(f.rows()[0]));
        }
    }

    private void failed(Throwable e) {
        working.set(false);
        queryError.set("Filtering failed: " + e);
    }

    /// T+ counts from the impact start when the analysis has one, else from the detection, else
    /// from the first alert or page among the key rows, else from the first key row.
    private void updateReference(Analysis a, Timeline t) {
        if (a != null) {
            for (BoundaryKind k : new BoundaryKind[] {BoundaryKind.IMPACT_START, BoundaryKind.DETECTED}) {
                Boundary b = a.boundary(k);
                if (b != null && b.present()) {
                    time.setReference(b.time(), k.label().toLowerCase(java.util.Locale.ROOT));
                    return;
                }
            }
        }
        Row alert = t.rows().stream().filter(r -> r.isKey() && (r.event().kind() == dev.pmw.model.EventKind.ALERT_TRIGGERED
                || r.event().kind() == dev.pmw.model.EventKind.PAGE)).findFirst().orElse(null);
        if (alert != null) {
            time.setReference(alert.event().time(), "first alert");
            return;
        }
        Row first = t.rows().stream().filter(Row::isKey).findFirst().orElse(null);
        time.setReference(first != null ? first.event().time() : t.start(), "first key event");
    }
}
