package dev.pmw.ui.postmortem;

import dev.pmw.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/// The rows the section under the caret cites, in the order it cites them. Double-click (or Enter)
/// shows one in the timeline, among the section's other citations.
final class EvidenceSidebar extends VBox {
    private final PostmortemViewModel vm;
    private final ListView<EvidenceItem> list;

    EvidenceSidebar(PostmortemViewModel vm) {
        this.vm = vm;
        getStyleClass().add("evidence-sidebar");
        setId("evidenceSidebar");
        Label title = new Label("Evidence");
        title.getStyleClass().add(Styles.TITLE);
        Label which = new Label();
        which.getStyleClass().add(Styles.MUTED);
        which.setWrapText(true);
        which.textProperty().bind(Bindings.createStringBinding(() -> {
            SectionModel m = vm.focusedProperty().get();
            return m == null ? "Click into a section to see the rows it cites."
                    : vm.evidence().isEmpty() ? m.section().heading() + " cites no rows."
                    : m.section().heading() + " cites " + vm.evidence().size() + (vm.evidence().size() == 1 ? " row" : " rows")
                    + ". Double-click one to see it in the timeline.";
        }, vm.focusedProperty(), vm.evidence()));

        list = new ListView<>(vm.evidence());
        list.setId("evidenceList");
        list.getStyleClass().add("evidence-list");
        list.setCellFactory(l -> new ItemCell());
        list.setPlaceholder(new Label(""));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button all = new Button("Show in the timeline", new FontIcon("mdi2t-table-arrow-left"));
        all.getStyleClass().add("small");
        all.setId("showEvidence");
        all.setTooltip(new Tooltip("Switch to the timeline, showing only the rows this section cites"));
        all.disableProperty().bind(Bindings.isEmpty(vm.evidence()));
        all.setOnAction(e -> {
            EvidenceItem sel = list.getSelectionModel().getSelectedItem();
            vm.showCitation(sel != null ? sel.id() : vm.evidence().getFirst().id());
        });
        HBox bar = new HBox(all);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, which, list, bar);
        setSpacing(6);
    }

    private void open() {
        EvidenceItem sel = list.getSelectionModel().getSelectedItem();
        if (sel != null && sel.resolved()) {
            vm.showCitation(sel.id());
        }
    }

    /// Time, kind and who on one line; the text under it.
    private static final class ItemCell extends ListCell<EvidenceItem> {
        private final Label time = new Label();
        private final Label kind = new Label();
        private final Label actor = new Label();
        private final Label text = new Label();
        private final VBox box;

        ItemCell() {
            time.getStyleClass().add("evidence-time");
            kind.getStyleClass().add(Styles.KIND_CHIP);
            actor.getStyleClass().add(Styles.MUTED);
            actor.setMinWidth(0);
            text.setWrapText(true);
            text.getStyleClass().add("evidence-text");
            HBox line = new HBox(6, time, kind, actor);
            line.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, line, text);
            box.setMinWidth(0);
            box.setPrefWidth(1); // wrap to the list's width
        }

        @Override
        protected void updateItem(EvidenceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            time.setText(item.clock());
            kind.setText(item.kind());
            kind.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals(Styles.KIND_CHIP));
            if (!item.kindStyle().isEmpty()) {
                kind.getStyleClass().add(item.kindStyle());
            }
            kind.setVisible(!item.kind().isEmpty());
            actor.setText(item.actor());
            String t = item.text().length() > 220 ? item.text().substring(0, 219) + "…" : item.text();
            text.setText(t);
            text.getStyleClass().remove("error-text");
            if (!item.resolved()) {
                text.getStyleClass().add("error-text");
            }
            setTooltip(new Tooltip(item.id() + "\n" + item.text()));
            setGraphic(box);
        }
    }
}
