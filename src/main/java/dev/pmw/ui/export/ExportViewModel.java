package dev.pmw.ui.export;

import dev.pmw.draft.ExportRedactor;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.export.ExportOptions;
import dev.pmw.export.ExportPreview;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Timeline;
import dev.pmw.ui.postmortem.Issue;
import dev.pmw.ui.postmortem.PostmortemViewModel;
import dev.pmw.ui.work.Background;
import dev.pmw.ui.work.LatestWins;
import dev.pmw.work.Progress;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// The export dialog: the format (GitHub, Notion or Confluence Markdown, JSON, action-item CSV for
/// Jira or GitHub), whether personal data stays in, a live preview of exactly what would be written
/// (rendered in the background whenever a choice or the document changes), the export's warnings,
/// and the claims and wording the checks flagged, which the user confirms before exporting.
public final class ExportViewModel {
    private final PostmortemViewModel postmortem;
    private final ReadOnlyObjectProperty<Incident> incident;
    private final Background background;
    private final LatestWins rendering;
    private final InvalidationListener onDocument = o -> render();

    private final ObjectProperty<ExportPreview.Format> format = new SimpleObjectProperty<>(ExportPreview.Format.MARKDOWN_GFM);
    private final BooleanProperty includePersonalData = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ExportPreview.Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper redactions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(PostmortemViewModel postmortem, ReadOnlyObjectProperty<Incident> incident, Background background) {
        this.postmortem = postmortem;
        this.incident = incident;
        this.background = background;
        this.rendering = new LatestWins(background);
        format.addListener(o -> render());
        includePersonalData.addListener(o -> render());
        postmortem.documentProperty().addListener(onDocument);
        postmortem.checkNow(); // the list of flagged claims is current when the dialog opens
        render();
    }

    // ---- properties ------------------------------------------------------------------------

    public ObjectProperty<ExportPreview.Format> formatProperty() { return format; }
    /// Keep e-mail addresses and phone numbers (secrets are removed regardless).
    public BooleanProperty includePersonalDataProperty() { return includePersonalData; }
    /// Exactly what would be written, with the suggested file name (null before the first render
    /// or when there is no document).
    public ReadOnlyObjectProperty<ExportPreview.Preview> previewProperty() { return preview.getReadOnlyProperty(); }
    /// Rendering or writing is running.
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /// What the export itself warns about (unresolved citations, empty sections, pending proposals).
    public ObservableList<String> warnings() { return warnings; }
    /// "Redacted: 2 e-mail addresses", or "".
    public ReadOnlyStringProperty redactionsProperty() { return redactions.getReadOnlyProperty(); }
    /// Claims that do not match the evidence and wording findings (live).
    public ObservableList<Issue> issues() { return postmortem.issues(); }
    /// What happened to the last export ("Exported to …" or why it failed).
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    /// The file last written.
    public ReadOnlyObjectProperty<Path> exportedProperty() { return exported.getReadOnlyProperty(); }

    /// The suggested file name for the chosen format.
    public String fileName() {
        ExportPreview.Preview p = preview.get();
        return p == null ? "postmortem" : p.fileName();
    }

    // ---- commands --------------------------------------------------------------------------

    /// Whether the user should confirm first: some claims or wording are flagged.
    public boolean needsConfirmation() {
        return !issues().isEmpty();
    }

    /// "2 claims do not match the evidence and 1 phrase reads as blame…" for the confirmation.
    public String confirmation() {
        long claims = issues().stream().filter(Issue::isClaim).count();
        long wording = issues().size() - claims;
        List<String> parts = new ArrayList<>();
        if (claims > 0) {
            parts.add(claims + (claims == 1 ? " claim does" : " claims do") + " not match the evidence");
        }
        if (wording > 0) {
            parts.add(wording + (wording == 1 ? " phrase is" : " phrases are") + " flagged by the blameless check");
        }
        return String.join(" and ", parts) + " (listed in the dialog). Export anyway?";
    }

    /// Writes the export for the current choices to `target` in the background (replacing the file
    /// in one step); `done` runs on success.
    public void export(Path target, Runnable done) {
        PostmortemDocument doc = postmortem.documentProperty().get();
        if (doc == null) {
            outcome.set("There is no postmortem to export yet: draft it first.");
            return;
        }
        Timeline timeline = timeline();
        ExportPreview.Format f = format.get();
        ExportOptions options = new ExportOptions(includePersonalData.get());
        busy.set(true);
        background.run(w -> {
            String text = ExportPreview.render(doc, timeline, f, options).text();
            write(target, text);
            return target;
        }, Progress.NONE, p -> {
            busy.set(false);
            exported.set(p);
            outcome.set("Exported " + f.label() + " to " + p);
            done.run();
        }, e -> {
            busy.set(false);
            Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
            outcome.set("The export could not be written: " + (c.getMessage() == null ? c.toString() : c.getMessage()));
        });
    }

    /// Stops following the document (the dialog closed).
    public void dispose() {
        postmortem.documentProperty().removeListener(onDocument);
        rendering.cancel();
    }

    // ---- internals -------------------------------------------------------------------------

    private Timeline timeline() {
        Incident inc = incident.get();
        return inc.isEmpty() ? Timeline.empty() : inc.timeline();
    }

    private void render() {
        PostmortemDocument doc = postmortem.documentProperty().get();
        if (doc == null) {
            rendering.cancel();
            preview.set(null);
            warnings.setAll("There is no postmortem yet: draft it in the Postmortem workspace first.");
            return;
        }
        Timeline timeline = timeline();
        ExportPreview.Format f = format.get();
        ExportOptions options = new ExportOptions(includePersonalData.get());
        busy.set(true);
        rendering.submit(w -> ExportPreview.render(doc, timeline, f, options), p -> {
            busy.set(false);
            preview.set(p);
            warnings.setAll(p.result().warnings());
            redactions.set(describe(p.result().redactions()));
        }, e -> {
            busy.set(false);
            warnings.setAll("The preview could not be rendered: " + e);
        });
    }

    private static String describe(Map<ExportRedactor.Kind, Integer> counts) {
        List<String> parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().placeholder().replace("(redacted ", "").replace(")", "")
                        + (e.getValue() == 1 ? "" : "s")).toList();
        return parts.isEmpty() ? "" : "Redacted: " + String.join(", ", parts).toLowerCase(Locale.ROOT);
    }

    private static void write(Path target, String text) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
