package dev.pmw.project;

import dev.pmw.work.Work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/// Writes the project to its recovery file every few seconds while it has unsaved changes, on a
/// timer thread of its own. The UI hands it every new state with [#update] (cheap, any thread);
/// the timer writes the latest state when it changed and is dirty. A clean state (saved, or
/// changes discarded) removes the recovery file. After a kill, nothing older than the last
/// autosave is lost: [Recovery#pending()] finds the file at the next start.
public final class Autosave implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private record State(Path file, Project project, boolean dirty, long revision) {
    }

    private final ProjectStore store;
    private final Recovery recovery;
    private final Duration interval;
    private final String sessionId = UUID.randomUUID().toString().substring(0, 8);
    private final Object lock = new Object();
    /// Replaced without the lock: [#update] never waits for a write in progress.
    private final java.util.concurrent.atomic.AtomicReference<State> latest =
            new java.util.concurrent.atomic.AtomicReference<>(new State(null, null, false, 0));
    private volatile Instant lastWritten;
    private volatile Throwable lastError;
    private long writtenRevision = -1;
    private Path writtenTo;
    private ScheduledExecutorService timer;

    public Autosave(ProjectStore store, Recovery recovery, Duration interval) {
        this.store = store;
        this.recovery = recovery;
        this.interval = interval;
    }

    /// Starts the timer (a daemon thread named `pmw-autosave`).
    public void start() {
        synchronized (lock) {
            if (timer != null) {
                return;
            }
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("pmw-autosave").factory());
            long ms = interval.toMillis();
            timer.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    /// The current state: call after every change (edit, undo, import, settings, document) and
    /// after Save As (new `projectFile`). `projectFile` is null while the project was never saved.
    public void update(Path projectFile, Project project, boolean dirty) {
        latest.updateAndGet(s -> s.project() == project && s.dirty() == dirty && Objects.equals(s.file(), projectFile)
                ? s : new State(projectFile, project, dirty, s.revision() + 1));
    }

    /// After a clean save to `projectFile`: the recovery file goes.
    public void saved(Path projectFile, Project project) throws IOException {
        update(projectFile, project, false);
        flush();
    }

    /// The user chose not to keep the changes (close without saving): the recovery file goes.
    public void discard() throws IOException {
        State s = latest.get();
        update(s.file(), s.project(), false);
        flush();
    }

    /// Writes the recovery file now when the state is dirty and not yet written, or removes it
    /// when the state is clean. On the caller's thread. True when a file was written.
    public boolean flush() throws IOException {
        synchronized (lock) {
            State s = latest.get();
            Path target = s.file() == null ? recovery.fileForSession(sessionId) : recovery.fileFor(s.file());
            if (writtenTo != null && !writtenTo.equals(target)) {
                Files.deleteIfExists(writtenTo); // Save As: the old recovery file belongs to no one
                writtenTo = null;
            }
            if (!s.dirty() || s.project() == null) {
                if (writtenTo != null) {
                    Files.deleteIfExists(writtenTo);
                    writtenTo = null;
                }
                writtenRevision = s.revision();
                return false;
            }
            if (s.revision() == writtenRevision && target.equals(writtenTo)) {
                return false;
            }
            Instant now = Instant.now();
            store.writeRecovery(target, s.project(), Recovery.headerFor(s.file(), now), Work.NONE);
            writtenRevision = s.revision();
            writtenTo = target;
            lastWritten = now;
            return true;
        }
    }

    /// The recovery file currently written, or null.
    public Path recoveryFile() {
        synchronized (lock) {
            return writtenTo;
        }
    }

    /// When the last recovery file was written, or null.
    public Instant lastWritten() {
        return lastWritten;
    }

    /// The last failure of a timed write (disk full …), or null; the timer keeps trying.
    public Throwable lastError() {
        return lastError;
    }

    /// Stops the timer. A clean state removes the recovery file; a dirty one keeps it (the UI asks
    /// before closing with unsaved changes and calls [#discard()] when told not to save).
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (lock) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdownNow();
            try {
                t.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!latest.get().dirty()) {
            try {
                flush();
            } catch (IOException e) {
                lastError = e;
            }
        }
    }

    private void tick() {
        try {
            flush();
            lastError = null;
        } catch (IOException | RuntimeException e) {
            lastError = e;
        }
    }
}
