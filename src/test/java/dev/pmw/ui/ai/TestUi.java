package dev.pmw.ui.ai;

import dev.pmw.ui.work.Background;
import dev.pmw.work.Cancellation;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/// A stand-in for the FX thread in view-model tests: work runs on real background threads (so a
/// stream can be cancelled midway), while its results, like the ticks of the [Ticker], run only
/// when the test thread pumps them, so every property is read and written on the test thread.
final class TestUi implements Background, Ticker, AutoCloseable {
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private final List<Runnable> ticks = new CopyOnWriteArrayList<>();

    @Override
    public <T> Job run(Function<Work, T> task, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Cancellation c = new Cancellation();
        AtomicBoolean done = new AtomicBoolean();
        pool.submit(() -> {
            try {
                T r = task.apply(new Work(Progress.NONE, c));
                c.check();
                queue.add(() -> onSuccess.accept(r));
            } catch (Throwable e) {
                queue.add(() -> onFailure.accept(e));
            } finally {
                done.set(true);
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                c.cancel();
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    @Override
    public Runnable every(Duration period, Runnable tick) {
        ticks.add(tick);
        return () -> ticks.remove(tick);
    }

    /// One tick of every running ticker, as the FX animation timer would give.
    void tick() {
        ticks.forEach(Runnable::run);
    }

    int tickers() {
        return ticks.size();
    }

    /// Runs delivered results until `done` holds (10 s at most).
    void pumpUntil(BooleanSupplier done) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Runnable r = queue.poll(20, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /// Runs whatever results were delivered by now.
    void pump() {
        Runnable r;
        while ((r = queue.poll()) != null) {
            r.run();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
