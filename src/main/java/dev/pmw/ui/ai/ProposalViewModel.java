package dev.pmw.ui.ai;

import dev.pmw.draft.PostmortemDocument;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.diff.WordDiff;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Set;
import java.util.TreeSet;

/// A section's pending proposal shown as a word diff against its current text, with Accept (the
/// whole proposal), Accept part (only the changes the user selected; the rest stays as the user
/// wrote it) and Reject. Each is one undoable step of the [DocumentHost]. The diff follows the
/// document: if the user edits the section meanwhile, it is computed again (and the selection reset).
public final class ProposalViewModel {
    private final DocumentHost host;
    private final String key;
    private final ReadOnlyObjectWrapper<WordDiff> diff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SectionDraft> proposal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableSet<Integer> selected = FXCollections.observableSet(new TreeSet<>());
    private final ChangeListener<PostmortemDocument> follow = (o, a, b) -> refresh();
    private String heading = "";

    public ProposalViewModel(DocumentHost host, String key) {
        this.host = host;
        this.key = key;
        host.documentProperty().addListener(follow);
        refresh();
    }

    /// Stops following the document (the view is gone).
    public void dispose() {
        host.documentProperty().removeListener(follow);
    }

    public String key() {
        return key;
    }

    /// The diff of the proposal against the current text; null when there is no proposal.
    public ReadOnlyObjectProperty<WordDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SectionDraft> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /// "Proposal for Impact from openai:gpt-4o-mini: 3 changes".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// The changes chosen for Accept part, by their index.
    public ObservableSet<Integer> selected() {
        return selected;
    }

    public void toggle(int change) {
        if (!selected.remove(change)) {
            selected.add(change);
        }
    }

    public void selectAll() {
        WordDiff d = diff.get();
        if (d != null) {
            d.changes().forEach(c -> selected.add(c.index()));
        }
    }

    public void selectNone() {
        selected.clear();
    }

    /// Takes the whole proposal: the section's text becomes the draft, and is marked accepted.
    public void accept() {
        if (proposal.get() != null) {
            host.change("Accept the proposal for “" + heading + "”", d -> d.accept(key));
        }
    }

    /// Takes the selected changes only. The result is the user's text (origin user), accepted.
    public void acceptSelected() {
        WordDiff d = diff.get();
        if (d == null || selected.isEmpty()) {
            return;
        }
        String text = d.apply(Set.copyOf(selected));
        int n = selected.size();
        host.change("Accept " + n + (n == 1 ? " change" : " changes") + " of the proposal for “" + heading + "”",
                doc -> doc.withUserText(key, text).dismissProposal(key).accept(key));
    }

    /// Drops the proposal; the text stays as it is.
    public void reject() {
        if (proposal.get() != null) {
            host.change("Reject the proposal for “" + heading + "”", d -> d.dismissProposal(key));
        }
    }

    private void refresh() {
        Section s = host.document() == null ? null : host.document().section(key).orElse(null);
        SectionDraft p = s == null ? null : s.proposal();
        heading = s == null ? key : s.heading();
        WordDiff before = diff.get();
        if (p == null) {
            proposal.set(null);
            diff.set(null);
            present.set(false);
            selected.clear();
            summary.set("");
            return;
        }
        if (p.equals(proposal.get()) && before != null && before.current().equals(s.text())) {
            return;                                     // unchanged: keep the selection
        }
        WordDiff d = WordDiff.of(s.text(), p.text());
        selected.clear();
        proposal.set(p);
        diff.set(d);
        present.set(true);
        int n = d.changes().size();
        summary.set("Proposal for “" + heading + "”" + (p.drafter().isBlank() ? "" : " from " + p.drafter()) + ": "
                + (n == 0 ? "the same as the text" : n + (n == 1 ? " change" : " changes")));
    }
}
