package dev.pmw.ingest;

import dev.pmw.model.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/// Collects a source's diagnostics up to [Limits#MAX_DIAGNOSTICS_PER_SOURCE]; beyond that only
/// counts, so a file of a million bad lines cannot fill the heap with messages.
public final class Diagnostics {
    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;

    public Diagnostics(String file) {
        this.file = file;
    }

    public void warn(long line, String message, String excerpt) {
        add(Diagnostic.warning(file, line, message, excerpt));
    }

    public void info(String message) {
        add(Diagnostic.info(file, message));
    }

    public synchronized void add(Diagnostic d) {
        if (list.size() < Limits.MAX_DIAGNOSTICS_PER_SOURCE) {
            list.add(d);
        } else {
            dropped++;
        }
    }

    public synchronized List<Diagnostic> list() {
        List<Diagnostic> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(Diagnostic.warning(file, 0, dropped + " more problems not listed", ""));
        }
        return out;
    }

    public synchronized int dropped() {
        return dropped;
    }

    public synchronized int count() {
        return list.size() + dropped;
    }
}
