package dev.pmw.ui.shell;

import dev.pmw.ui.Shortcut;
import dev.pmw.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The keyboard shortcuts over the window (F1 or `?`), closed with Esc, F1, `?` or a click.
final class HelpOverlay extends StackPane {
    HelpOverlay() {
        getStyleClass().add("help-overlay");
        setId("helpOverlay");
        VBox card = new VBox(10);
        card.getStyleClass().add("help-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> hide());
        HBox top = new HBox(10, title, grow, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Map<String, List<Shortcut>> groups = new LinkedHashMap<>();
        for (Shortcut s : Shortcut.values()) {
            groups.computeIfAbsent(s.group(), g -> new java.util.ArrayList<>()).add(s);
        }
        GridPane left = new GridPane();
        GridPane right = new GridPane();
        int[] rows = {0, 0};
        int col = 0;
        for (Map.Entry<String, List<Shortcut>> g : groups.entrySet()) {
            GridPane grid = col == 0 ? left : right;
            int r = rows[col];
            Label head = new Label(g.getKey());
            head.getStyleClass().add(Styles.SUBTITLE);
            grid.add(head, 0, r++, 2, 1);
            for (Shortcut s : g.getValue()) {
                Label keys = new Label(s.display());
                keys.getStyleClass().add("key-cap");
                Label what = new Label(s.description());
                grid.add(keys, 0, r);
                grid.add(what, 1, r++);
            }
            rows[col] = r;
            if (col == 0 && rows[0] > 12) {
                col = 1;
            }
        }
        for (GridPane g : List.of(left, right)) {
            g.setHgap(12);
            g.setVgap(5);
        }
        Label also = new Label("In the table: ↑ ↓ move, Page Up/Down scroll, Home/End jump.  "
                + "On the chart: drag across to set the time window, double-click to clear it, click a marker to select its row.");
        also.getStyleClass().add(Styles.MUTED);
        also.setWrapText(true);
        also.setMaxWidth(760);
        HBox columns = new HBox(36, left, right);
        card.getChildren().addAll(top, columns, also);
        getChildren().add(card);
        setVisible(false);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                hide();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                hide();
                e.consume();
            }
        });
    }

    void show() {
        setVisible(true);
        requestFocus();
    }

    void hide() {
        setVisible(false);
    }

    void toggle() {
        if (isVisible()) {
            hide();
        } else {
            show();
        }
    }
}
