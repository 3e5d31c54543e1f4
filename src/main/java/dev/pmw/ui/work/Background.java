package dev.pmw.ui.work;

import dev.pmw.work.Progress;
import dev.pmw.work.Work;

import java.util.function.Consumer;
import java.util.function.Function;

/// Runs long work off the FX thread. Progress and the callbacks arrive on the FX thread (or, in
/// tests, synchronously). View models depend on this interface only.
public interface Background {

    /// @param task      the work; it should call `work.check()` and report progress
    /// @param progress  receives progress updates on the FX thread (throttled)
    /// @param onSuccess receives the result on the FX thread
    /// @param onFailure receives the error on the FX thread; [dev.pmw.work.CancelledException] when cancelled
    <T> Job run(Function<Work, T> task, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /// Runs `action` on the FX thread once `delay` has passed (see [Debouncer]); cancelling the job
    /// before then drops it. Synchronous implementations (tests) run it right away.
    default Job later(java.time.Duration delay, Runnable action) {
        action.run();
        return Job.DONE;
    }

    /// A handle on running work.
    interface Job {
        /// A job that has already finished.
        Job DONE = new Job() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };

        void cancel();

        boolean isDone();
    }
}
