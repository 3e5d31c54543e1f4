package dev.pmw.work;

import java.util.concurrent.atomic.AtomicBoolean;

/// Co-operative cancellation: long loops call [#check()] and stop with [CancelledException].
public final class Cancellation {
    public static final Cancellation NEVER = new Cancellation();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        if (this != NEVER) {
            cancelled.set(true);
        }
    }

    public boolean isCancelled() {
        return cancelled.get() || Thread.currentThread().isInterrupted();
    }

    public void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
