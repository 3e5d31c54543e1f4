package dev.pmw.ui.timeline;

import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/// A tiny bar chart of how a burst's lines spread over its span (style class `sparkline`).
final class Sparkline extends Region {
    private final Path bars = new Path();
    private int[] values = new int[0];

    Sparkline(double width, double height) {
        getStyleClass().add("sparkline");
        bars.getStyleClass().add("sparkline-bars");
        getChildren().add(bars);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
    }

    void setValues(int[] v) {
        values = v == null ? new int[0] : v;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        bars.getElements().clear();
        double w = getWidth();
        double h = getHeight();
        int max = 1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        if (values.length == 0) {
            return;
        }
        double step = w / values.length;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0) {
                continue;
            }
            double bh = Math.max(1.5, h * values[i] / max);
            double x = i * step;
            double bw = Math.max(1, step - 1);
            bars.getElements().addAll(new MoveTo(x, h), new LineTo(x, h - bh), new LineTo(x + bw, h - bh),
                    new LineTo(x + bw, h), new javafx.scene.shape.ClosePath());
        }
    }
}
