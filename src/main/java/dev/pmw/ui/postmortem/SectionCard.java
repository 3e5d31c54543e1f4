package dev.pmw.ui.postmortem;

import dev.pmw.draft.Origin;
import dev.pmw.draft.Section;
import dev.pmw.draft.SectionDraft;
import dev.pmw.draft.SectionIntent;
import dev.pmw.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/// One section of the document: its heading with who wrote it and how it stands against the
/// evidence, its editor, a waiting proposal (a newer draft the user accepts or rejects), a draft
/// being written (streamed text and Cancel), and for the action-items section, the items.
///
/// The buttons on the right of the heading ([#actions()]) draft the section again with the view
/// model's current drafter; other drafters (the AI panel) add their own buttons there.
public final class SectionCard extends VBox {
    private final PostmortemViewModel vm;
    private final SectionModel model;
    private final SectionEditor editor;
    private final Label origin = new Label();
    private final Label findings = new Label();
    private final HBox actions = new HBox(4);
    private final VBox proposal = new VBox(6);
    private final VBox drafting = new VBox(4);
    private final Label error = new Label();
    private final Button review = new Button();

    SectionCard(PostmortemViewModel vm, SectionModel model) {
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
        Button redraft = new Button("Redraft", new FontIcon("mdi2r-refresh"));
        redraft.getStyleClass().add("small");
        redraft.setId("redraft-" + model.key());
        redraft.setTooltip(new Tooltip("Draft this section again from the evidence. If you wrote or accepted it, "
                + "the new draft waits as a proposal; your text stays."));
        redraft.setOnAction(e -> vm.draftSection(model.key()));
        redraft.disableProperty().bind(model.draftingProperty().or(vm.canDraftProperty().not()));
        actions.getChildren().addAll(review, redraft);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox head = new HBox(8, group, heading, origin, findings, grow, actions);
        head.setAlignment(Pos.CENTER_LEFT);

        editor = new SectionEditor(s.text(), text -> vm.setText(model.key(), text), vm::showCitation);
        editor.setId("editor-" + model.key());
        editor.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.focusedProperty().set(model);
            }
        });
        // as tall as its text: the document scrolls, not each section
        editor.totalHeightEstimateProperty().addListener((o, old, h) -> fitHeight(h));
        editor.setMinHeight(56);
        editor.setPrefHeight(80);

        proposal.getStyleClass().add("proposal");
        proposal.setId("proposal-" + model.key());
        drafting.getStyleClass().add("drafting");
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

    private void showSection(Section s) {
        editor.showText(s.text());
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
        showProposal(s.proposal());
    }

    private void showProposal(SectionDraft p) {
        proposal.getChildren().clear();
        boolean on = p != null;
        proposal.setVisible(on);
        proposal.setManaged(on);
        if (!on) {
            return;
        }
        Label what = new Label("A new " + (p.origin() == Origin.AI ? "AI draft" + (p.drafter().isEmpty() ? "" : " (" + p.drafter() + ")")
                : "offline draft") + " is waiting. Your text stays until you choose.");
        what.setWrapText(true);
        what.getStyleClass().add("proposal-title");
        Button use = new Button("Use the draft", new FontIcon("mdi2c-check"));
        use.setId("acceptProposal-" + model.key());
        use.getStyleClass().addAll("small", "accent");
        use.setTooltip(new Tooltip("Replace your text with the draft (Ctrl+Z in the editor takes it back)"));
        use.setOnAction(e -> vm.accept(model.key()));
        Button keep = new Button("Keep mine", new FontIcon("mdi2c-close"));
        keep.setId("dismissProposal-" + model.key());
        keep.getStyleClass().add("small");
        keep.setOnAction(e -> vm.dismissProposal(model.key()));
        ToggleButton show = new ToggleButton("Show the draft");
        show.getStyleClass().add("small");
        Label text = new Label(p.text());
        text.setWrapText(true);
        text.getStyleClass().add("proposal-text");
        ScrollPane box = new ScrollPane(text);
        box.setFitToWidth(true);
        box.setMaxHeight(260);
        box.getStyleClass().add("proposal-scroll");
        box.visibleProperty().bind(show.selectedProperty());
        box.managedProperty().bind(show.selectedProperty());
        HBox buttons = new HBox(6, use, keep, show);
        buttons.setAlignment(Pos.CENTER_LEFT);
        proposal.getChildren().addAll(what, buttons, box);
    }

    private void showDrafting() {
        drafting.getChildren().clear();
        boolean on = model.draftingProperty().get();
        drafting.setVisible(on);
        drafting.setManaged(on);
        if (!on) {
            return;
        }
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(16, 16);
        Label what = new Label("Drafting " + model.section().heading().toLowerCase(Locale.ROOT) + "…");
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("cancelDraft-" + model.key());
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> vm.cancelDraft(model.key()));
        HBox line = new HBox(8, spin, what, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        Label streamed = new Label(model.streamedProperty().get());
        streamed.setWrapText(true);
        streamed.getStyleClass().add("streamed-text");
        drafting.getChildren().addAll(line, streamed);
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
