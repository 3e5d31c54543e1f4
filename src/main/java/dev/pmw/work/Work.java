package dev.pmw.work;

/// Progress and cancellation handed to a piece of background work.
public record Work(Progress progress, Cancellation cancellation) {
    public static final Work NONE = new Work(Progress.NONE, Cancellation.NEVER);

    public void check() {
        cancellation.check();
    }

    public Work slice(double from, double width) {
        return new Work(progress.slice(from, width), cancellation);
    }
}
