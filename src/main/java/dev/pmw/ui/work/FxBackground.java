package dev.pmw.ui.work;

import dev.pmw.work.Cancellation;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;
import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/// [Background] on daemon worker threads, delivering progress (coalesced: at most one pending
/// update on the FX queue) and results with `Platform.runLater`.
public final class FxBackground implements Background {
    private final ExecutorService pool = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("pmw-work-", 0).factory());

    @Override
    public <T> Job run(Function<Work, T> task, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Cancellation cancellation = new Cancellation();
        AtomicReference<Object[]> pending = new AtomicReference<>();
        Progress fx = (f, m) -> {
            if (pending.getAndSet(new Object[] {f, m}) == null) {
                Platform.runLater(() -> {
                    Object[] p = pending.getAndSet(null);
                    if (p != null) {
                        progress.update((Double) p[0], (String) p[1]);
                    }
                });
            }
        };
        AtomicBoolean done = new AtomicBoolean();
        Future<?> future = pool.submit(() -> {
            try {
                T result = task.apply(new Work(fx, cancellation));
                cancellation.check();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (CancelledException e) {
                Platform.runLater(() -> onFailure.accept(e));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            } finally {
                done.set(true);
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                cancellation.cancel();
                future.cancel(false);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    /// A pause on the FX thread's animation timer; call it on the FX thread.
    @Override
    public Job later(java.time.Duration delay, Runnable action) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
        AtomicBoolean over = new AtomicBoolean();
        pause.setOnFinished(e -> {
            if (over.compareAndSet(false, true)) {
                action.run();
            }
        });
        pause.play();
        return new Job() {
            @Override
            public void cancel() {
                if (over.compareAndSet(false, true)) {
                    pause.stop();
                }
            }

            @Override
            public boolean isDone() {
                return over.get();
            }
        };
    }
}
