package dev.pmw.ui.work;

import dev.pmw.work.CancelledException;
import dev.pmw.work.Progress;
import dev.pmw.work.Work;

import java.util.function.Consumer;
import java.util.function.Function;

/// Runs recomputations in the background where only the newest request matters (filtering while
/// the user types, loading the detail of the row just selected): starting one cancels the one
/// before, and a result that arrives after a newer request was made is dropped.
public final class LatestWins {
    private final Background background;
    private Background.Job current;
    private long generation;

    public LatestWins(Background background) {
        this.background = background;
    }

    /// @param onFailure receives errors other than cancellation, on the FX thread
    public <T> void submit(Function<Work, T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        long mine = generation;
        Background.Job[] job = new Background.Job[1];
        job[0] = background.run(task, Progress.NONE, result -> {
            if (mine == generation) {
                current = null;
                onSuccess.accept(result);
            }
        }, e -> {
            if (mine == generation) {
                current = null;
                if (!(e instanceof CancelledException)) {
                    onFailure.accept(e);
                }
            }
        });
        if (mine == generation && !job[0].isDone()) {
            current = job[0];
        }
    }

    /// Drops whatever is running; its result will not be delivered.
    public void cancel() {
        generation++;
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    public boolean isRunning() {
        return current != null;
    }
}
