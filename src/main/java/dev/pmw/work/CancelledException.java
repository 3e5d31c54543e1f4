package dev.pmw.work;

/// Thrown by [Cancellation#check()] when the user cancelled the work.
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
