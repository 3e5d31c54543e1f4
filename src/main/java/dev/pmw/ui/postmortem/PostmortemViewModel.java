package dev.pmw.ui.postmortem;

import dev.pmw.analysis.Analysis;
import dev.pmw.draft.ActionItem;
import dev.pmw.draft.ActionKind;
import dev.pmw.draft.ActionStatus;
import dev.pmw.draft.DraftContext;
import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Priority;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.SectionIntent;
import dev.pmw.draft.SectionSpec;
import dev.pmw.draft.Template;
import dev.pmw.draft.offline.EvidenceDrafter;
import dev.pmw.timeline.Incident;
import dev.pmw.ui.ai.UndoableDocument;
import dev.pmw.ui.timeline.EvidenceFilter;
import dev.pmw.ui.timeline.TimeDisplay;
import dev.pmw.ui.work.Background;
import dev.pmw.work.CancelledException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/// The Postmortem workspace: the document (saved with the project), one [SectionModel] per section,
/// drafting all sections offline (one section is drafted through the AI panel's view model, with
/// the model or offline, into [#host()]), the claim checks and the
/// blameless lint of every section, the action items, and the rows the focused section cites.
///
/// The user's text is never overwritten: a draft replaces a section only when nobody wrote or
/// accepted it; otherwise it waits as the section's proposal until [#accept] or [#dismissProposal].
/// Drafting and checking run in the background; their results are applied to the document as it is
/// when they arrive, never to the snapshot they started from.
public final class PostmortemViewModel {
    private final ReadOnlyObjectProperty<Incident> incident;
    private final ReadOnlyObjectProperty<Analysis> analysis;
    private final TimeDisplay time;
    private final ObjectProperty<PostmortemDocument> document;
    private final Background background;
    private final EvidenceDrafter offline = new EvidenceDrafter();
    private final Checking checking;
    private final UndoableDocument history;

    private final ObservableList<SectionModel> sections = FXCollections.observableArrayList();
    private final Map<String, SectionModel> byKey = new HashMap<>();
    private final ReadOnlyObjectWrapper<Template> template = new ReadOnlyObjectWrapper<>(dev.pmw.draft.Templates.standard());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDraft = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SectionModel> focused = new SimpleObjectProperty<>();
    private final ObservableList<EvidenceItem> evidence = FXCollections.observableArrayList();
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private Background.Job batch;
    private DraftContext context;
    private Consumer<EvidenceFilter> rowOpener = f -> { };

    /// @param document the project's document property: what is edited here is saved with the project
    public PostmortemViewModel(ReadOnlyObjectProperty<Incident> incident, ReadOnlyObjectProperty<Analysis> analysis,
                               TimeDisplay time, ObjectProperty<PostmortemDocument> document, Background background) {
        this.incident = incident;
        this.analysis = analysis;
        this.time = time;
        this.document = document;
        this.background = background;
        this.history = new UndoableDocument(document);
        this.checking = new Checking(background, this::context, () -> time.zoneProperty().get(), document::get,
                this::applyChecks);
        document.addListener((o, old, now) -> {
            syncSections(now);
            checking.request();
            refreshEvidence();
        });
        analysis.addListener(o -> {
            updateCanDraft();
            checking.request(); // the claims are checked against the new analysis and timeline
            refreshEvidence();
        });
        time.zoneProperty().addListener(o -> {
            checking.request();
            refreshEvidence();
        });
        focused.addListener(o -> refreshEvidence());
        busy.addListener(o -> updateCanDraft());
        syncSections(document.get());
        updateCanDraft();
    }

    // ---- properties ------------------------------------------------------------------------

    /// The document (null until the first draft, or when the project has none).
    public ReadOnlyObjectProperty<PostmortemDocument> documentProperty() { return document; }
    /// One model per section, in document order.
    public ObservableList<SectionModel> sections() { return sections; }
    /// The template of the document, or the one the first draft will use.
    public ReadOnlyObjectProperty<Template> templateProperty() { return template.getReadOnlyProperty(); }
    /// The document as a [DocumentHost]: drafts arriving, accepts and rejects of proposals go
    /// through it as undoable steps (typing is undone by the editors).
    public UndoableDocument host() { return history; }
    /// A whole-document draft is running.
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /// There is an analysis to draft from and no whole-document draft is running.
    public ReadOnlyBooleanProperty canDraftProperty() { return canDraft.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /// The section being edited (the view sets it from the caret); the evidence list follows it.
    public ObjectProperty<SectionModel> focusedProperty() { return focused; }
    /// The rows the focused section cites.
    public ObservableList<EvidenceItem> evidence() { return evidence; }
    /// Claims that do not match the evidence and wording findings, over all sections.
    public ObservableList<Issue> issues() { return issues; }

    public SectionModel section(String key) {
        return byKey.get(key);
    }

    /// Where "show this row" goes (the window switches to the timeline and filters it).
    public void setRowOpener(Consumer<EvidenceFilter> opener) {
        this.rowOpener = opener;
    }

    /// The analysis and timeline drafts and checks are made from, or null while there is none.
    public DraftContext context() {
        Analysis a = analysis.get();
        Incident inc = incident.get();
        if (a == null || inc.isEmpty()) {
            return null;
        }
        if (context == null || context.analysis() != a) {
            context = new DraftContext(a, inc.timeline(), null);
        }
        return context;
    }

    // ---- commands: drafting ----------------------------------------------------------------

    /// Drafts every section offline. Sections nobody wrote or accepted take the draft; the others
    /// get it as a proposal. The first draft creates the document from the chosen template.
    public void draftAll() {
        DraftContext ctx = context();
        if (ctx == null || busy.get()) {
            return;
        }
        runBatch(ctx, document.get(), null, "Drafting the postmortem offline…");
    }

    /// Stops the whole-document draft; nothing changes.
    public void cancelDraftAll() {
        if (batch != null) {
            batch.cancel();
        }
    }

    /// A finished draft from anywhere (the offline drafter, an AI drafter): it replaces the section
    /// when nobody wrote or accepted it, else it waits as the section's proposal. One undoable step.
    public void offer(SectionDraft d) {
        PostmortemDocument cur = document.get();
        if (cur != null && cur.section(d.key()).isPresent()) {
            history.change("Draft of “" + cur.section(d.key()).get().heading() + "”", x -> x.offer(d));
        }
    }

    /// Undoes the last draft, accept or reject of a proposal; false when there is none.
    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    // ---- commands: text --------------------------------------------------------------------

    /// The user's text for a section (from the editor); the section becomes the user's.
    public void setText(String key, String text) {
        PostmortemDocument doc = document.get();
        if (doc == null || doc.section(key).map(s -> s.text().equals(text)).orElse(true)) {
            return;
        }
        document.set(doc.withUserText(key, text));
    }

    /// Applies a lint quick fix to the section's text; returns the new text (unchanged when the
    /// mark is not a fixable finding of the current text).
    public String applyQuickFix(String key, Mark m) {
        PostmortemDocument doc = document.get();
        String text = doc == null ? "" : doc.section(key).map(Section::text).orElse("");
        if (!m.fixable() || m.end() > text.length()) {
            return text;
        }
        String fixed = text.substring(0, m.start()) + m.rewrite() + text.substring(m.end());
        setText(key, fixed);
        return fixed;
    }

    /// Accepts the section's proposal (its text replaces the section's), or, without one, marks the
    /// text as reviewed.
    public void accept(String key) {
        PostmortemDocument doc = document.get();
        if (doc != null && doc.section(key).isPresent()) {
            history.change((doc.section(key).get().proposal() != null ? "Accept the proposal for “" : "Mark reviewed: “")
                    + doc.section(key).get().heading() + "”", d -> d.accept(key));
        }
    }

    /// Rejects the section's proposal; the text stays as it is.
    public void dismissProposal(String key) {
        PostmortemDocument doc = document.get();
        if (doc != null && doc.section(key).isPresent()) {
            history.change("Reject the proposal for “" + doc.section(key).get().heading() + "”", d -> d.dismissProposal(key));
        }
    }

    public void setTitle(String title) {
        PostmortemDocument doc = document.get();
        if (doc != null && !doc.title().equals(title)) {
            document.set(doc.withTitle(title));
        }
    }

    /// Checks every section now instead of after the typing pause.
    public void checkNow() {
        checking.now();
    }

    // ---- commands: action items ------------------------------------------------------------

    /// Adds an empty action item (P2, open) and returns its id.
    public String addActionItem() {
        PostmortemDocument doc = document.get();
        if (doc == null) {
            return null;
        }
        Set<String> used = doc.actionItems().stream().map(ActionItem::id).collect(Collectors.toSet());
        int n = doc.actionItems().size() + 1;
        while (used.contains("A" + n)) {
            n++;
        }
        ActionItem item = new ActionItem("A" + n, "", "", Priority.P2, null, ActionStatus.OPEN, ActionKind.PROCESS, List.of());
        document.set(touched(doc.withActionItem(item)));
        return item.id();
    }

    /// Replaces the item with the same id (an edited description, owner, priority, due date or status).
    public void updateActionItem(ActionItem item) {
        PostmortemDocument doc = document.get();
        if (doc != null && !doc.actionItems().contains(item)) {
            document.set(touched(doc.withActionItem(item)));
        }
    }

    public void removeActionItem(String id) {
        PostmortemDocument doc = document.get();
        if (doc != null) {
            document.set(touched(doc.withoutActionItem(id)));
        }
    }

    // ---- commands: templates and evidence --------------------------------------------------

    /// Headings of sections with text that `t` has no place for (ask before [#chooseTemplate]).
    public List<String> droppedBy(Template t) {
        PostmortemDocument doc = document.get();
        return doc == null ? List.of() : DocumentTemplates.dropped(doc, t);
    }

    /// Uses another template. An existing document keeps the text of every section the new template
    /// has a place for; the new, empty sections are drafted offline.
    public void chooseTemplate(Template t) {
        PostmortemDocument doc = document.get();
        template.set(t);
        if (doc == null || doc.template().equals(t.name()) && DocumentTemplates.of(doc).sections().equals(t.sections())) {
            return;
        }
        PostmortemDocument moved = DocumentTemplates.switchTo(doc, t);
        document.set(moved);
        Set<String> blank = moved.sections().stream().filter(s -> s.text().isBlank()).map(Section::key)
                .collect(Collectors.toSet());
        DraftContext ctx = context();
        if (ctx != null && !blank.isEmpty() && !busy.get()) {
            runBatch(ctx, moved, blank, "Drafting the new sections of " + t.label() + "…");
        }
    }

    /// Reads a Markdown template with `{{placeholders}}` in the background; `then` gets it.
    public void loadTemplate(Path file, Consumer<Template> then) {
        background.run(w -> {
            try {
                return dev.pmw.draft.Templates.resolve(file.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, (f, m) -> { }, t -> {
            if (!t.problems().isEmpty()) {
                status.set(t.problems().size() + " problem(s) in " + file.getFileName() + ": " + t.problems().getFirst());
            }
            then.accept(t);
        }, e -> status.set("The template could not be read: " + message(e)));
    }

    /// Shows a cited row in the timeline, among the other rows the focused section cites.
    public void showCitation(String id) {
        SectionModel m = focused.get();
        List<String> ids = m == null || !m.section().citations().contains(id) ? List.of(id) : m.section().citations();
        rowOpener.accept(new EvidenceFilter(m == null ? "Cited" : "Cited in " + m.section().heading(), ids, id));
    }

    // ---- internals -------------------------------------------------------------------------

    private void runBatch(DraftContext ctx, PostmortemDocument current, Set<String> only, String what) {
        busy.set(true);
        status.set(what);
        Template t = template.get();
        batch = background.run(w -> Drafts.write(offline, ctx, t, current, only, w), (f, m) -> {
            if (m != null && !m.isEmpty()) {
                status.set(m);
            }
        }, b -> {
            batch = null;
            busy.set(false);
            if (incident.get().isEmpty()) {
                return; // closed meanwhile
            }
            PostmortemDocument before = document.get();
            history.change("Offline draft of the postmortem", d -> Drafts.apply(d, b));
            status.set(Drafts.summary(before, document.get(), b.drafts().size()));
        }, e -> {
            batch = null;
            busy.set(false);
            status.set(e instanceof CancelledException ? "Drafting cancelled; nothing changed." : "Drafting failed: " + message(e));
        });
    }

    /// Editing action items makes the action-items section the user's: a later draft of it (with
    /// its proposed items) then waits as a proposal instead of replacing the items.
    private static PostmortemDocument touched(PostmortemDocument doc) {
        return doc.section(SectionIntent.ACTION_ITEMS).filter(Section::replaceable)
                .map(s -> doc.withUserText(s.key(), s.text())).orElse(doc);
    }

    private void syncSections(PostmortemDocument doc) {
        if (doc == null) {
            sections.clear();
            byKey.clear();
            focused.set(null);
            issues.clear();
            checking.reset();
            return;
        }
        List<String> keys = doc.sections().stream().map(Section::key).toList();
        if (keys.equals(sections.stream().map(SectionModel::key).toList())) {
            doc.sections().forEach(s -> byKey.get(s.key()).setSection(s));
        } else {
            List<SectionModel> models = new ArrayList<>();
            for (Section s : doc.sections()) {
                SectionModel m = byKey.get(s.key());
                if (m == null) {
                    m = new SectionModel(s);
                } else {
                    m.setSection(s);
                }
                models.add(m);
            }
            byKey.clear();
            models.forEach(m -> byKey.put(m.key(), m));
            sections.setAll(models);
            if (focused.get() != null && !byKey.containsKey(focused.get().key())) {
                focused.set(null);
            }
        }
        Template t = template.get();
        if (!t.name().equals(doc.template()) || !t.sections().stream().map(SectionSpec::key).toList().equals(keys)) {
            template.set(DocumentTemplates.of(doc));
        }
    }

    private void applyChecks(Map<String, SectionCheck> checks) {
        checks.forEach((key, c) -> {
            SectionModel m = byKey.get(key);
            if (m != null) {
                m.setCheck(c);
            }
        });
        issues.setAll(Issues.of(sections));
    }

    private void refreshEvidence() {
        SectionModel m = focused.get();
        DraftContext ctx = context();
        if (m == null || ctx == null) {
            evidence.clear();
            return;
        }
        evidence.setAll(CitedRows.of(m.section().citations(), ctx.timeline(), time.zoneProperty().get()));
    }

    private void updateCanDraft() {
        canDraft.set(context() != null && !busy.get());
    }

    private static String message(Throwable e) {
        Throwable c = e.getCause() != null && e instanceof java.io.UncheckedIOException ? e.getCause() : e;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
