package dev.pmw.ui.postmortem;

import dev.pmw.draft.Section;
import dev.pmw.draft.SectionIntent;
import dev.pmw.ui.Styles;
import dev.pmw.ui.ai.AiDraftViewModel;
import dev.pmw.ui.ai.ProposalView;
import dev.pmw.ui.ai.ProposalViewModel;
import dev.pmw.ui.ai.SectionAiBar;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/// One section of the document: its heading with who wrote it and how it stands against the
/// evidence, Mark reviewed and the AI bar (Draft, Redraft with an instruction, Cancel), its editor,
/// a waiting proposal as a word diff (Accept, Accept part, Reject), a draft being streamed, and for
/// the action-items section, the items.
///
/// A stream goes into the editor itself when the draft will replace the section (nobody wrote or
/// accepted it); otherwise it shows above the user's text, which stays as it is.
public final class SectionCard extends VBox {
    private final PostmortemViewModel vm;
    private final SectionModel model;
    private final SectionEditor editor;
    private final Label origin = new Label();
    private final Label findings = new Label();
    private final HBox actions = new HBox(4);
    private final ProposalView proposal;
    private final Label streamedText = new Label();
    private boolean streamIntoEditor;
    private final VBox drafting = new VBox(4);
    private final Label error = new Label();
    private final Button review = new Button();

    SectionCard(PostmortemViewModel vm, SectionModel model, AiDraftViewModel ai) {
        this.vm = vm;
        this.model = model;
        getStyleClass().add("section-card");
        setId("section-" + model.key());
        setSpacing(6);
        Section s = model.section();

        Label group = new Label(s.group() == null ? "" : s.group() + " ›");
        group.getStyleClass().add(Styles.MUTED);
        group.setVisible(s.group() != null);
        group.setManaged(s.group() != null);
        Label heading = new Label(s.heading());
        heading.getStyleClass().add("section-heading");
        origin.getStyleClass().add("origin-chip");
        findings.getStyleClass().add("findings-chip");
        findings.setId("findings-" + model.key());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        review.getStyleClass().add("small");
        review.setOnAction(e -> vm.accept(model.key()));
        actions.getChildren().addAll(review, new SectionAiBar(ai, model.key()));
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox head = new HBox(8, group, heading, origin, findings, grow, actions);
        head.setAlignment(Pos.CENTER_LEFT);

        editor = new SectionEditor(s.text(), text -> vm.setText(model.key(), text), vm::showCitation);
        editor.setId("editor-" + model.key());
        editor.setHistoryFallback(vm::undo, vm::redo); // nothing typed to undo: undo the last draft, accept or reject
        editor.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.focusedProperty().set(model);
            }
        });
        // as tall as its text: the document scrolls, not each section
        editor.totalHeightEstimateProperty().addListener((o, old, h) -> fitHeight(h));
        editor.setMinHeight(56);
        editor.setPrefHeight(80);

        proposal = new ProposalView(new ProposalViewModel(vm.host(), model.key()), ai.checks());
        drafting.getStyleClass().add("drafting");
        drafting.setId("drafting-" + model.key());
        streamedText.setWrapText(true);
        streamedText.getStyleClass().add("streamed-text");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.draftErrorProperty());
        error.visibleProperty().bind(model.draftErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        getChildren().addAll(head, proposal, drafting, error, editor);
        if (s.intent() == SectionIntent.ACTION_ITEMS) {
            getChildren().add(new ActionItemTable(vm));
        }

        model.sectionProperty().addListener((o, old, now) -> showSection(now));
        model.checkProperty().addListener((o, old, c) -> {
            editor.showCheck(c);
            showFindings(c);
        });
        model.draftingProperty().addListener(o -> showDrafting());
        model.streamedProperty().addListener(o -> showDrafting());
        showSection(s);
        editor.showCheck(model.check());
        showFindings(model.check());
        showDrafting();
    }

    public SectionModel model() {
        return model;
    }

    /// Where draft buttons go (Mark reviewed and Redraft are there already).
    public HBox actions() {
        return actions;
    }

    void focusEditor() {
        editor.requestFocus();
    }

    private void fitHeight(Double estimate) {
        if (estimate != null && !estimate.isNaN()) {
            double h = Math.max(56, estimate + 14);
            if (Math.abs(editor.getPrefHeight() - h) > 1) {
                editor.setPrefHeight(h);
            }
        }
    }

    /// Stops following the document (the card is gone).
    void dispose() {
        proposal.viewModel().dispose();
    }

    private void showSection(Section s) {
        if (!(streamIntoEditor && model.draftingProperty().get())) {
            editor.showText(s.text());
        }
        origin.setText(switch (s.origin()) {
            case OFFLINE -> "offline draft";
            case AI -> "AI draft";
            case USER -> "written by you";
        });
        origin.getStyleClass().removeAll("origin-offline", "origin-ai", "origin-user");
        origin.getStyleClass().add("origin-" + s.origin().id());
        origin.setTooltip(new Tooltip(switch (s.origin()) {
            case OFFLINE -> "Drafted from the evidence on this machine. Edit it freely: from then on it is yours, "
                    + "and new drafts wait as proposals.";
            case AI -> "Drafted by a model from the evidence; its claims are checked against the timeline.";
            case USER -> "Your text. Drafts never replace it; they wait as proposals.";
        }));
        review.setText(s.accepted() ? "Reviewed" : "Mark reviewed");
        review.setGraphic(new FontIcon(s.accepted() ? "mdi2c-check-circle" : "mdi2c-check-circle-outline"));
        review.setDisable(s.accepted() && s.proposal() == null);
        review.setTooltip(new Tooltip(s.accepted() ? "You reviewed this section." : "Mark the text as reviewed: "
                + "later drafts of it wait as proposals instead of replacing it."));
        review.getStyleClass().removeAll("reviewed");
        if (s.accepted()) {
            review.getStyleClass().add("reviewed");
        }
    }

    private void showDrafting() {
        boolean on = model.draftingProperty().get();
        if (on && !drafting.isVisible()) {          // a stream starts: where does it go?
            streamIntoEditor = model.section().replaceable();
            drafting.getChildren().clear();
            ProgressIndicator spin = new ProgressIndicator();
            spin.setPrefSize(16, 16);
            Label what = new Label(streamIntoEditor ? "Drafting " + model.section().heading().toLowerCase(Locale.ROOT) + "…"
                    : "Drafting a new version; it will wait as a proposal next to your text.");
            what.setWrapText(true);
            HBox line = new HBox(8, spin, what);
            line.setAlignment(Pos.CENTER_LEFT);
            drafting.getChildren().add(line);
            if (!streamIntoEditor) {
                drafting.getChildren().add(streamedText);
            }
        }
        drafting.setVisible(on);
        drafting.setManaged(on);
        editor.setEditable(!(on && streamIntoEditor));
        if (on && streamIntoEditor) {
            editor.showText(model.streamedProperty().get());
        } else if (on) {
            streamedText.setText(model.streamedProperty().get());
        } else {
            editor.showText(model.section().text());
        }
    }

    private void showFindings(SectionCheck c) {
        int n = c.findings();
        findings.setVisible(n > 0);
        findings.setManaged(n > 0);
        findings.setText(n + " to check");
        findings.setTooltip(new Tooltip(c.flagged().size() + " sentence(s) the evidence does not support or contradicts, "
                + c.lint().size() + " wording finding(s). Hover the underlined text to see why."));
    }
}
