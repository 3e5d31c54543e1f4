package dev.pmw.ui.work;

import dev.pmw.work.Cancellation;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;

import java.util.function.Consumer;
import java.util.function.Function;

/// [Background] that runs work in the calling thread: for view-model tests and the CLI.
public final class ImmediateBackground implements Background {
    @Override
    public <T> Job run(Function<Work, T> task, Progress progress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Cancellation c = new Cancellation();
        try {
            onSuccess.accept(task.apply(new Work(progress, c)));
        } catch (RuntimeException | Error e) {
            onFailure.accept(e);
        }
        return new Job() {
            @Override
            public void cancel() {
                c.cancel();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
