package dev.pmw.ui.work;

import dev.pmw.work.Cancellation;
import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Function;

/// A [Background] whose jobs wait until the test runs them: to check what happens when results
/// arrive late or out of order.
public final class ManualBackground implements Background {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Job run(Function<Work, T> task, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Cancellation c = new Cancellation();
        boolean[] done = {false};
        queue.add(() -> {
            try {
                T r = task.apply(new Work(progress, c));
                c.check();
                onSuccess.accept(r);
            } catch (CancelledException e) {
                onFailure.accept(e);
            } catch (RuntimeException e) {
                onFailure.accept(e);
            } finally {
                done[0] = true;
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                c.cancel();
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
    }

    public int pending() {
        return queue.size();
    }

    /// Runs the jobs in the order they were started, including any they start.
    public void runAll() {
        Runnable r;
        while ((r = queue.pollFirst()) != null) {
            r.run();
        }
    }

    /// Runs the newest job first, then the rest: a late result of an older request.
    public void runNewestFirst() {
        Runnable r = queue.pollLast();
        if (r != null) {
            r.run();
        }
        runAll();
    }
}
