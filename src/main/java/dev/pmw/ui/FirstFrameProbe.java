package dev.pmw.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;

/// Start-up measurement hook, off unless `-Dpmw.exitAfterFirstFrame` is set: prints
/// `APP_START_MS=` and `FIRST_FRAME_MS=` (milliseconds since the process started) once the window
/// has painted its first frame, then exits. `packaging/measure-startup.sh` reads it, and the
/// packaging build's AOT training run relies on the app quitting by itself.
public final class FirstFrameProbe {
    private FirstFrameProbe() {
    }

    static void installIfRequested(Scene scene) {
        if (System.getProperty("pmw.exitAfterFirstFrame") == null) {
            return;
        }
        long appStart = sinceProcessStart();
        int[] pulses = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            // The first pulse with the window showing renders the first frame; the renderer finishes
            // it before the next pulse can sync, so time the next one (errs late, never early).
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            if (pulses[0] == 2) {
                System.out.println("APP_START_MS=" + appStart);
                System.out.println("FIRST_FRAME_MS=" + sinceProcessStart());
                System.out.flush();
                System.exit(0);
            }
        });
    }

    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
    }
}
