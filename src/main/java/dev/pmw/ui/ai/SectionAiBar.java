package dev.pmw.ui.ai;

import dev.pmw.ui.ai.AiDraftViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/// Draft / Redraft / Cancel for one section, next to its editor. Draft asks the model (or, with no
/// endpoint set up, writes the offline draft); Redraft follows an instruction ("shorter", "for
/// executives", or one typed); Cancel stops this section's stream.
public final class SectionAiBar extends HBox {
    static final List<String> INSTRUCTIONS = List.of("Shorter", "For executives", "More detail", "More technical",
            "Plainer language");

    public SectionAiBar(AiDraftViewModel vm, String key) {
        getStyleClass().add("section-ai-bar");
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        BooleanBinding configured = Bindings.createBooleanBinding(
                () -> vm.endpointProperty().get() != null && vm.endpointProperty().get().configured(), vm.endpointProperty());
        BooleanBinding mine = Bindings.createBooleanBinding(() -> key.equals(vm.sectionKeyProperty().get())
                && vm.stateProperty().get() == State.STREAMING, vm.sectionKeyProperty(), vm.stateProperty());

        Button draft = new Button();
        draft.setId("aiDraft-" + key);
        draft.getStyleClass().add("small");
        draft.textProperty().bind(Bindings.when(configured).then("Draft with AI").otherwise("Draft offline"));
        draft.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(configured.get()
                ? "mdi2r-robot-outline" : "mdi2f-file-document-edit-outline"), configured));
        draft.setTooltip(new Tooltip("Draft this section; if you wrote or accepted text here, the draft arrives as a "
                + "proposal next to it"));
        draft.setOnAction(e -> {
            if (configured.get()) {
                vm.draft(key);
            } else {
                vm.draftOffline(key);
            }
        });
        draft.disableProperty().bind(vm.busyProperty());

        MenuButton redraft = new MenuButton("Redraft");
        redraft.setId("aiRedraft-" + key);
        redraft.getStyleClass().add("small");
        for (String i : INSTRUCTIONS) {
            MenuItem item = new MenuItem(i);
            item.setOnAction(e -> vm.redraft(key, i.toLowerCase(java.util.Locale.ROOT)));
            redraft.getItems().add(item);
        }
        MenuItem custom = new MenuItem("Other instruction…");
        custom.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog();
            d.setTitle("Redraft");
            d.setHeaderText("How should the new version differ?");
            d.setContentText("Instruction:");
            d.initOwner(getScene() == null ? null : getScene().getWindow());
            d.showAndWait().filter(s -> !s.isBlank()).ifPresent(s -> vm.redraft(key, s));
        });
        MenuItem preview = new MenuItem("Preview the request, then draft…");
        preview.setOnAction(e -> vm.previewThenDraft(key, null));
        MenuItem offline = new MenuItem("Draft offline from the evidence");
        offline.setOnAction(e -> vm.draftOffline(key));
        redraft.getItems().addAll(custom, new SeparatorMenuItem(), preview, offline);
        redraft.disableProperty().bind(vm.busyProperty().or(configured.not()));

        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("aiCancel-" + key);
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(mine);
        cancel.managedProperty().bind(mine);
        cancel.setOnAction(e -> vm.cancel());
        getChildren().addAll(draft, redraft, cancel);
    }
}
