package dev.pmw.ui.analysis;

import dev.pmw.analysis.BoundaryKind;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// The incident's lifecycle on one line, to scale: impact start → detected → acknowledged →
/// mitigated → resolved. The impact stretch (start to mitigation) is red, recovery (mitigation to
/// resolution) green; each moment is a dot that leads to its evidence. The first and last times are
/// written under the ends; the list below the strip has the rest.
final class LifecycleStrip extends Pane {
    private static final double PAD = 10;
    private static final double BAR_Y = 14;

    private final ObservableList<BoundaryItem> items;
    private final Consumer<BoundaryItem> onClick;
    private final Line impact = new Line();
    private final Line recovery = new Line();
    private final Line base = new Line();
    private final Label first = new Label();
    private final Label last = new Label();
    private final List<Circle> dots = new ArrayList<>();
    private final List<BoundaryItem> placed = new ArrayList<>();

    LifecycleStrip(ObservableList<BoundaryItem> items, Consumer<BoundaryItem> onClick) {
        this.items = items;
        this.onClick = onClick;
        getStyleClass().add("lifecycle-strip");
        setId("lifecycleStrip");
        base.getStyleClass().add("lifecycle-base");
        impact.getStyleClass().add("lifecycle-impact");
        recovery.getStyleClass().add("lifecycle-recovery");
        first.getStyleClass().addAll("lifecycle-time", "muted");
        last.getStyleClass().addAll("lifecycle-time", "muted");
        getChildren().addAll(base, impact, recovery, first, last);
        setMinHeight(42);
        setPrefHeight(42);
        items.addListener((ListChangeListener<BoundaryItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().removeAll(dots);
        dots.clear();
        placed.clear();
        for (BoundaryItem b : items) {
            if (!b.present()) {
                continue;
            }
            Circle c = new Circle(5.5);
            c.getStyleClass().addAll("lifecycle-dot", "boundary-" + b.kind().id());
            c.setId("strip-" + b.kind().id());
            Tooltip.install(c, new Tooltip(b.label() + "  " + b.clock() + (b.relative().isEmpty() ? "" : "  " + b.relative())
                    + (b.pinned() ? "  (pinned by you)" : "") + "\nClick to show its evidence"));
            c.setOnMouseClicked(e -> onClick.accept(b));
            dots.add(c);
            placed.add(b);
        }
        getChildren().addAll(dots);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - 2 * PAD;
        Instant start = placed.isEmpty() ? null : placed.stream().map(BoundaryItem::time).min(Instant::compareTo).orElse(null);
        Instant end = placed.isEmpty() ? null : placed.stream().map(BoundaryItem::time).max(Instant::compareTo).orElse(null);
        setLine(base, PAD, PAD + w);
        boolean any = start != null;
        first.setVisible(any);
        last.setVisible(any && !end.equals(start));
        impact.setVisible(false);
        recovery.setVisible(false);
        if (!any) {
            return;
        }
        long span = Math.max(1, Duration.between(start, end).toMillis());
        for (int i = 0; i < placed.size(); i++) {
            Circle c = dots.get(i);
            c.setCenterX(x(placed.get(i).time(), start, span, w));
            c.setCenterY(BAR_Y);
        }
        Instant s = time(BoundaryKind.IMPACT_START);
        Instant m = time(BoundaryKind.MITIGATED);
        Instant r = time(BoundaryKind.RESOLVED);
        if (s != null) {
            impact.setVisible(true);
            setLine(impact, x(s, start, span, w), x(m != null ? m : end, start, span, w));
        }
        if (m != null && r != null) {
            recovery.setVisible(true);
            setLine(recovery, x(m, start, span, w), x(r, start, span, w));
        }
        first.setText(clockOf(start));
        last.setText(clockOf(end));
        first.autosize();
        last.autosize();
        first.relocate(PAD - 4, BAR_Y + 9);
        last.relocate(Math.max(PAD, getWidth() - PAD - last.getWidth() + 4), BAR_Y + 9);
    }

    private String clockOf(Instant t) {
        return placed.stream().filter(b -> b.time().equals(t)).findFirst().map(b -> b.clock().length() > 5
                ? b.clock().substring(0, 5) : b.clock()).orElse("");
    }

    private Instant time(BoundaryKind k) {
        return placed.stream().filter(b -> b.kind() == k).map(BoundaryItem::time).findFirst().orElse(null);
    }

    private static double x(Instant t, Instant start, long span, double w) {
        return PAD + w * Duration.between(start, t).toMillis() / (double) span;
    }

    private static void setLine(Line l, double x1, double x2) {
        l.setStartX(x1);
        l.setEndX(x2);
        l.setStartY(BAR_Y);
        l.setEndY(BAR_Y);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 80;
    }
}
