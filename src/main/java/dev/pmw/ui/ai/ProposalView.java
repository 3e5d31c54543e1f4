package dev.pmw.ui.ai;

import dev.pmw.draft.check.SentenceCheck;
import dev.pmw.draft.diff.WordDiff;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A section's proposal as a word diff against its text (removed words struck through, added words
/// highlighted), with Accept, Accept selected (click changes to choose them) and Reject. Sentences
/// of a model's proposal that the evidence does not support are underlined; hovering one tells why.
public final class ProposalView extends VBox {
    private final ProposalViewModel vm;
    private final Map<String, ModelCheck> checks;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Tooltip reason = new Tooltip();
    private DiffLayout layout;

    /// @param checks the claim checks of model drafts, by section (see [AiDraftViewModel#checks()])
    public ProposalView(ProposalViewModel vm, javafx.collections.ObservableMap<String, ModelCheck> checks) {
        this.vm = vm;
        this.checks = checks;
        getStyleClass().add("proposal-view");
        setId("proposal-" + vm.key());
        setSpacing(6);

        Label summary = new Label();
        summary.getStyleClass().add("proposal-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);

        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("proposal-diff");
        area.setId("proposalDiff-" + vm.key());
        area.setOnMouseClicked(e -> {
            if (layout != null && e.getClickCount() == 1) {
                int change = layout.changeAt(area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1));
                if (change >= 0) {
                    vm.toggle(change);
                }
            }
        });
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String why = layout == null ? null : layout.reasonAt(e.getCharacterIndex());
            if (why != null) {
                reason.setText(why);
                reason.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> reason.hide());
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setPrefHeight(160);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button accept = new Button("Accept");
        accept.setId("acceptProposal-" + vm.key());
        accept.getStyleClass().add("accent");
        accept.setTooltip(new Tooltip("Replace the text with the whole proposal (Undo brings your text back)"));
        accept.setOnAction(e -> vm.accept());
        Button part = new Button();
        part.setId("acceptPart-" + vm.key());
        part.textProperty().bind(Bindings.createStringBinding(() -> "Accept selected (" + vm.selected().size() + ")",
                vm.selected()));
        part.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selected().isEmpty(), vm.selected()));
        part.setTooltip(new Tooltip("Take only the changes you clicked; the rest stays as you wrote it"));
        part.setOnAction(e -> vm.acceptSelected());
        Button reject = new Button("Reject");
        reject.setId("rejectProposal-" + vm.key());
        reject.setOnAction(e -> vm.reject());
        Hyperlink all = new Hyperlink("select all");
        all.setOnAction(e -> vm.selectAll());
        Hyperlink none = new Hyperlink("select none");
        none.setOnAction(e -> vm.selectNone());
        Label hint = new Label("Click a change in the diff to choose it, or");
        hint.getStyleClass().add("muted");
        // buttons keep their labels whole; the hint and the selection links go on a line of their
        // own, so a narrow section card cuts nothing to "…"
        for (javafx.scene.control.Control c : java.util.List.of(accept, part, reject, all, none)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(6, accept, part, reject);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox choose = new HBox(4, hint, all, none);
        choose.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(summary, scroll, choose, buttons);
        visibleProperty().bind(vm.presentProperty());
        managedProperty().bind(vm.presentProperty());

        vm.diffProperty().addListener((o, a, b) -> render());
        vm.selected().addListener((SetChangeListener<Integer>) c -> render());
        checks.addListener((MapChangeListener<String, ModelCheck>) c -> {
            if (c.getKey().equals(vm.key())) {
                render();
            }
        });
        render();
    }

    public ProposalViewModel viewModel() {
        return vm;
    }

    /// What the diff area shows (for tests).
    public String shownText() {
        return area.getText();
    }

    /// The style classes at a position of the shown text (for tests).
    public Collection<String> classesAt(int position) {
        return area.getStyleOfChar(position);
    }

    private void render() {
        WordDiff d = vm.diffProperty().get();
        if (d == null) {
            layout = null;
            area.clear();
            return;
        }
        ModelCheck check = checks.get(vm.key());
        List<SentenceCheck> flagged = check != null && check.text().equals(d.proposal()) ? check.report().flagged() : List.of();
        layout = DiffLayout.of(d, Set.copyOf(vm.selected()), flagged);
        area.replaceText(layout.text());
        if (layout.text().isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (DiffLayout.Run r : layout.runs()) {
            spans.add(r.classes(), r.length());
        }
        area.setStyleSpans(0, spans.create());
    }
}
