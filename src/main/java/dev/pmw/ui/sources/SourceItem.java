package dev.pmw.ui.sources;

import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.SourceRef;
import dev.pmw.timeline.LoadedSource;

import java.util.List;

/// One line of the sources panel.
public record SourceItem(LoadedSource source) {

    public String name() {
        return SourceRef.fileName(info().file());
    }

    public String path() {
        return info().file();
    }

    public SourceInfo info() {
        return source.result().info();
    }

    public boolean failed() {
        return source.result().failed();
    }

    public boolean skipped() {
        return "unknown".equals(info().format()) && !failed();
    }

    public List<Diagnostic> diagnostics() {
        return source.result().diagnostics();
    }

    public int warnings() {
        return source.result().warnings();
    }

    /// "json-logs · pino" or "slack-export".
    public String formatLabel() {
        return info().dialect().isEmpty() ? info().format() : info().format() + " · " + info().dialect();
    }

    /// "15,012 records · 2 warnings · UTC".
    public String detailLabel() {
        if (failed()) {
            return diagnostics().isEmpty() ? "could not be read" : diagnostics().getFirst().message();
        }
        if (skipped()) {
            return diagnostics().isEmpty() ? "skipped" : diagnostics().getFirst().message();
        }
        String zone = info().zoneAssumed() ? info().timezone() + " (assumed)" : info().timezone();
        int w = warnings();
        return String.format("%,d records · %s · %s", info().records(),
                w == 0 ? "no warnings" : w == 1 ? "1 warning" : w + " warnings", zone);
    }
}
