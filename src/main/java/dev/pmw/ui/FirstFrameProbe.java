package dev.pmw.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        long appStart = System.nanoTime();
        int[] pulses = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            // The first pulse with the window showing renders the first frame; the renderer finishes
            // it before the next pulse can sync, so time the next one (errs late, never early).
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                long frame = System.nanoTime();
                // reading /proc and exiting happen on a thread of their own, never on the FX thread
                Thread.ofPlatform().name("first-frame-probe").start(() -> report(appStart, frame));
            }
        });
    }

    private static void report(long appStart, long frame) {
        long age = processAgeMillis();
        long now = System.nanoTime();
        System.out.println("APP_START_MS=" + (age - (now - appStart) / 1_000_000));
        System.out.println("FIRST_FRAME_MS=" + (age - (now - frame) / 1_000_000));
        System.out.flush();
        System.exit(0);
    }

    /// How long this process has been running. On Linux from boot-relative clocks, to 10 ms:
    /// ProcessHandle's start instant is based on a boot time rounded down to the second.
    private static long processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22, starttime, in USER_HZ (100) ticks
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
        }
    }
}
