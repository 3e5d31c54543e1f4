package dev.pmw.ui.ai;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/// [Ticker] on the JavaFX animation timer: ticks run on the FX thread between frames.
public final class FxTicker implements Ticker {
    @Override
    public Runnable every(java.time.Duration period, Runnable tick) {
        Timeline t = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), e -> tick.run()));
        t.setCycleCount(Timeline.INDEFINITE);
        t.play();
        return t::stop;
    }
}
