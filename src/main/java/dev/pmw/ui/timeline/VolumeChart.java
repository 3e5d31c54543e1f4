package dev.pmw.ui.timeline;

import dev.pmw.timeline.query.VolumeHistogram;
import dev.pmw.ui.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/// Records over time above the table: bars stacked by source, error-level records as a line,
/// markers for key moments and changes. Dragging across sets the table's time window (and zooms
/// the chart to it); double-click clears it; clicking a marker selects its row. Drawn with shapes
/// styled by `app.css` (`series-N`, `error-line`, `chart-marker`), not on a canvas.
final class VolumeChart extends Region {
    private static final double TOP = 22;
    private static final double BOTTOM = 18;
    private static final double LEFT = 8;
    private static final double RIGHT = 8;
    private static final int PALETTE = 8;
    private static final double MARKER_SPACING = 4;
    private static final int MAX_MARKERS = 200;

    private final TimelineViewModel vm;
    private final Pane plot = new Pane();
    private final Group bars = new Group();
    private final Group markers = new Group();
    private final Group axis = new Group();
    private final Polyline errors = new Polyline();
    private final Rectangle selection = new Rectangle();
    private final HBox legend = new HBox(10);
    private final Label range = new Label();
    private final Label outside = new Label();
    private final ToggleButton whole = new ToggleButton("Whole timeline");
    private double dragFrom = Double.NaN;
    private boolean dirty = true;
    private double drawnWidth;
    private double drawnHeight;

    VolumeChart(TimelineViewModel vm) {
        this.vm = vm;
        setId("volumeChart");
        getStyleClass().add("volume-chart");
        setMinHeight(110);
        setPrefHeight(120);
        setMaxHeight(120);
        errors.getStyleClass().add("error-line");
        errors.setMouseTransparent(true);
        selection.getStyleClass().add("chart-selection");
        selection.setVisible(false);
        selection.setMouseTransparent(true);
        plot.getStyleClass().add("chart-plot");
        plot.getChildren().addAll(bars, errors, axis, markers, selection);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("chart-legend");
        legend.setMouseTransparent(true);
        legend.setMinWidth(0);
        range.getStyleClass().addAll(Styles.MUTED, "chart-range");
        outside.getStyleClass().addAll(Styles.MUTED, "chart-range");
        whole.getStyleClass().add("chart-toggle");
        whole.setId("wholeTimelineToggle");
        whole.setTooltip(new Tooltip("Show the whole timeline instead of the incident window"));
        whole.setSelected(vm.chartRangeProperty().get() == TimelineViewModel.ChartRange.WHOLE_TIMELINE);
        whole.selectedProperty().addListener((o, was, on) -> vm.chartRangeProperty().set(
                on ? TimelineViewModel.ChartRange.WHOLE_TIMELINE : TimelineViewModel.ChartRange.INCIDENT_WINDOW));
        getChildren().addAll(plot, legend, range, outside, whole);
        Tooltip.install(plot, new Tooltip("Records per minute by source; the red line counts errors.\n"
                + "Drag across to show only that time in the table, double-click to show all times."));

        vm.chart().volumeProperty().addListener(o -> redraw());
        vm.chart().markers().addListener((ListChangeListener<ChartModel.Marker>) c -> redraw());
        vm.time().zoneProperty().addListener(o -> redraw());
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.filter().setWindow(null, null);
            }
        });
    }

    // ---- interaction -----------------------------------------------------------------------

    private void onPressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && isPlot(e) && vm.chart().volumeProperty().get() != null) {
            dragFrom = clampX(e.getX());
            selection.setX(dragFrom);
            selection.setY(0);
            selection.setWidth(0);
            selection.setHeight(plotHeight());
            selection.setVisible(true);
        }
    }

    private void onDragged(MouseEvent e) {
        if (!Double.isNaN(dragFrom)) {
            double x = clampX(e.getX());
            selection.setX(Math.min(dragFrom, x));
            selection.setWidth(Math.abs(x - dragFrom));
        }
    }

    private void onReleased(MouseEvent e) {
        if (Double.isNaN(dragFrom)) {
            return;
        }
        double x = clampX(e.getX());
        double from = dragFrom;
        dragFrom = Double.NaN;
        selection.setVisible(false);
        if (Math.abs(x - from) >= 4) {
            vm.filter().setWindow(timeAt(Math.min(from, x)), timeAt(Math.max(from, x)));
        }
    }

    private boolean isPlot(MouseEvent e) {
        return !(e.getTarget() instanceof Path p && p.getStyleClass().contains("chart-marker-hit"));
    }

    /// The time at an x position of the plot (truncated to the second).
    Instant timeAt(double x) {
        VolumeHistogram v = vm.chart().volumeProperty().get();
        double w = plotWidth();
        double f = Math.max(0, Math.min(1, (x - LEFT) / w));
        long nanos = v.from() + (long) ((v.to() - v.from()) * f);
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L));
    }

    double xOf(Instant t) {
        VolumeHistogram v = vm.chart().volumeProperty().get();
        long n = t.getEpochSecond() * 1_000_000_000L + t.getNano();
        return LEFT + plotWidth() * (double) (n - v.from()) / (v.to() - v.from());
    }

    private double clampX(double x) {
        return Math.max(LEFT, Math.min(LEFT + plotWidth(), x));
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(1, getHeight() - TOP - BOTTOM);
    }

    // ---- drawing ---------------------------------------------------------------------------

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        plot.resizeRelocate(0, TOP, w, h - TOP);
        double wholeW = whole.prefWidth(-1);
        whole.resizeRelocate(w - RIGHT - wholeW, 1, wholeW, TOP - 3);
        double rangeW = range.prefWidth(-1);
        range.resizeRelocate(w - RIGHT - wholeW - 10 - rangeW, 2, rangeW, TOP - 4);
        double outW = outside.prefWidth(-1);
        double outX = w - RIGHT - wholeW - 20 - rangeW - outW;
        outside.resizeRelocate(outX, 2, outW, TOP - 4);
        legend.resizeRelocate(LEFT, 2, Math.max(0, outX - LEFT - 12), TOP - 4);
        if (dirty || w != drawnWidth || h != drawnHeight) {
            // shapes are rebuilt only when the data or the size changed: new nodes need a CSS pass
            dirty = false;
            drawnWidth = w;
            drawnHeight = h;
            draw();
            plot.applyCss();
            legend.applyCss();
            legend.layout();
        }
    }

    private void draw() {
        bars.getChildren().clear();
        markers.getChildren().clear();
        axis.getChildren().clear();
        errors.getPoints().clear();
        legend.getChildren().clear();
        VolumeHistogram v = vm.chart().volumeProperty().get();
        if (v == null || v.peak() == 0 && vm.chart().markers().isEmpty()) {
            range.setText(v == null ? "" : "no records in this range");
            outside.setText("");
            return;
        }
        double ph = plotHeight();
        double pw = plotWidth();
        int n = v.buckets();
        double bw = pw / n;
        double scale = v.peak() == 0 ? 0 : (ph - 4) / v.peak();
        double[] base = new double[n];
        List<String> names = vm.chart().seriesNames();
        for (int s = 0; s < v.counts().length; s++) {
            double[] c = v.counts()[s];
            Path p = new Path();
            boolean any = false;
            for (int k = 0; k < n; k++) {
                if (c[k] == 0) {
                    continue;
                }
                any = true;
                double x = LEFT + k * bw;
                double y0 = ph - base[k] * scale;
                double y1 = ph - (base[k] + c[k]) * scale;
                p.getElements().addAll(new MoveTo(x, y0), new LineTo(x, y1), new LineTo(x + Math.max(1, bw - 0.5), y1),
                        new LineTo(x + Math.max(1, bw - 0.5), y0), new ClosePath());
                base[k] += c[k];
            }
            if (any) {
                String cls = "series-" + (s % PALETTE);
                p.getStyleClass().addAll("chart-bars", cls);
                p.setMouseTransparent(true);
                bars.getChildren().add(p);
                Label l = new Label(s < names.size() ? names.get(s) : "?");
                Region swatch = new Region();
                swatch.getStyleClass().addAll("chart-swatch", cls);
                l.setGraphic(swatch);
                l.getStyleClass().add("chart-legend-item");
                l.setMinWidth(0);
                Tooltip.install(l, new Tooltip(l.getText()));
                legend.getChildren().add(l);
            }
        }
        boolean anyError = false;
        for (int k = 0; k < n; k++) {
            anyError |= v.errors()[k] > 0;
            errors.getPoints().addAll(LEFT + (k + 0.5) * bw, ph - v.errors()[k] * scale);
        }
        errors.setVisible(anyError);
        if (anyError) {
            Label l = new Label("errors");
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-swatch", "error-swatch");
            l.setGraphic(swatch);
            l.getStyleClass().add("chart-legend-item");
            legend.getChildren().add(l);
        }
        drawAxis(v, pw, ph);
        drawMarkers(v, ph);
        range.setText(vm.chart().rangeLabelProperty().get() + (vm.filter().hasWindow() ? "" : " · drag to zoom"));
        outside.setText((v.before() > 0 ? "◀ " + String.format("%,d", v.before()) + " earlier" : "")
                + (v.before() > 0 && v.after() > 0 ? "  " : "")
                + (v.after() > 0 ? String.format("%,d", v.after()) + " later ▶" : ""));
    }

    private void drawAxis(VolumeHistogram v, double pw, double ph) {
        Line base = new Line(LEFT, ph + 0.5, LEFT + pw, ph + 0.5);
        base.getStyleClass().add("chart-axis");
        axis.getChildren().add(base);
        Duration span = Duration.between(v.start(), v.end());
        Duration step = tickStep(span, pw);
        ZonedDateTime t = v.start().atZone(vm.time().zoneProperty().get()).truncatedTo(ChronoUnit.MINUTES);
        long stepMin = Math.max(1, step.toMinutes());
        t = t.withMinute((int) (t.getMinute() / Math.min(60, stepMin) * Math.min(60, stepMin)));
        if (stepMin >= 60) {
            t = t.withMinute(0);
        }
        int guard = 0;
        while (!t.toInstant().isAfter(v.end()) && guard++ < 100) {
            if (!t.toInstant().isBefore(v.start())) {
                double x = xOf(t.toInstant());
                Line tick = new Line(x, ph, x, ph + 4);
                tick.getStyleClass().add("chart-axis");
                boolean dayStart = t.getHour() == 0 && t.getMinute() == 0;
                Text label = new Text(dayStart || stepMin >= 24 * 60 ? t.format(java.time.format.DateTimeFormatter.ofPattern("MMM d"))
                        : t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
                label.getStyleClass().add("chart-axis-label");
                label.setX(x - label.getLayoutBounds().getWidth() / 2);
                label.setY(ph + 15);
                axis.getChildren().addAll(tick, label);
            }
            t = t.plus(step);
        }
    }

    private static Duration tickStep(Duration span, double width) {
        long ticks = Math.max(2, (long) (width / 90));
        long[] minutes = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080};
        for (long m : minutes) {
            if (span.toMinutes() / m <= ticks) {
                return Duration.ofMinutes(m);
            }
        }
        return Duration.ofDays(14);
    }

    private void drawMarkers(VolumeHistogram v, double ph) {
        double lastLabelEnd = -1;
        // boundaries first, then changes, then alerting; one marker per few pixels, so a timeline
        // with thousands of alerts still draws a readable (and light) chart
        List<ChartModel.Marker> candidates = new ArrayList<>();
        for (ChartModel.Marker m : vm.chart().markers()) {
            if (!m.time().isBefore(v.start()) && !m.time().isAfter(v.end())) {
                candidates.add(m);
            }
        }
        candidates.sort(java.util.Comparator.comparingInt((ChartModel.Marker m) -> m.kind() == null ? 0 : m.change() ? 1 : 2));
        boolean[] taken = new boolean[(int) (plotWidth() / MARKER_SPACING) + 2];
        List<ChartModel.Marker> visible = new ArrayList<>();
        for (ChartModel.Marker m : candidates) {
            int slot = (int) ((xOf(m.time()) - LEFT) / MARKER_SPACING);
            if (slot >= 0 && slot < taken.length && !taken[slot] && visible.size() < MAX_MARKERS) {
                taken[slot] = true;
                visible.add(m);
            }
        }
        visible.sort(java.util.Comparator.comparing(ChartModel.Marker::time));
        for (ChartModel.Marker m : visible) {
            double x = Math.round(xOf(m.time())) + 0.5;
            String family = m.kind() == null ? "marker-boundary" : m.change() ? "marker-change" : "marker-"
                    + Styles.kindFamily(m.kind()).substring("kind-".length());
            Line line = new Line(x, 0, x, ph);
            line.getStyleClass().addAll("chart-marker", family);
            // a wider invisible hit area with the tooltip and the click
            Path hit = new Path(new MoveTo(x - 4, 0), new LineTo(x + 4, 0), new LineTo(x + 4, ph), new LineTo(x - 4, ph),
                    new ClosePath());
            hit.getStyleClass().add("chart-marker-hit");
            hit.setUserData(m.rowId());
            Tooltip.install(hit, new Tooltip(vm.time().clock(m.time()) + "  " + m.label() + (m.detail() == null ? ""
                    : "\n" + (m.detail().length() > 200 ? m.detail().substring(0, 200) + "…" : m.detail()))
                    + "\nClick to select the row"));
            hit.setOnMouseClicked(e -> {
                if (e.getClickCount() == 1 && m.rowId() != null) {
                    vm.select(m.rowId());
                }
                e.consume();
            });
            hit.setCursor(javafx.scene.Cursor.HAND);
            markers.getChildren().addAll(line, hit);
            Text label = new Text(m.label());
            label.getStyleClass().addAll("chart-marker-label", family);
            label.setMouseTransparent(true);
            double lw = label.getLayoutBounds().getWidth();
            if (x + 2 > lastLabelEnd && x + 2 + lw < LEFT + plotWidth()) {
                label.setX(x + 2);
                label.setY(10);
                markers.getChildren().add(label);
                lastLabelEnd = x + 2 + lw + 6;
            }
        }
    }
}
