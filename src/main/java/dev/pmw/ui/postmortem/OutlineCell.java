package dev.pmw.ui.postmortem;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/// A section in the outline: heading, who wrote it, reviewed, a waiting proposal, findings.
final class OutlineCell extends ListCell<SectionModel> {
    @Override
    protected void updateItem(SectionModel m, boolean empty) {
        super.updateItem(m, empty);
        if (empty || m == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        var s = m.section();
        FontIcon icon = new FontIcon(switch (s.origin()) {
            case OFFLINE -> "mdi2f-file-document-outline";
            case AI -> "mdi2r-robot-outline";
            case USER -> "mdi2a-account-edit-outline";
        });
        icon.getStyleClass().add("outline-icon");
        HBox badges = new HBox(3);
        badges.setAlignment(Pos.CENTER_RIGHT);
        if (s.accepted()) {
            badges.getChildren().add(badge("mdi2c-check-circle", "outline-reviewed"));
        }
        if (s.proposal() != null) {
            badges.getChildren().add(badge("mdi2s-source-branch", "outline-proposal"));
        }
        int n = m.check().findings();
        if (n > 0) {
            Label count = new Label(String.valueOf(n));
            count.getStyleClass().add("outline-findings");
            badges.getChildren().add(count);
        }
        Label name = new Label(s.heading());
        name.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(6, icon, name, grow, badges);
        line.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(line);
        setTooltip(new Tooltip(s.heading() + " — " + switch (s.origin()) {
            case OFFLINE -> "offline draft";
            case AI -> "AI draft";
            case USER -> "written by you";
        } + (s.accepted() ? ", reviewed" : "") + (s.proposal() != null ? ", a new draft is waiting" : "")
                + (n > 0 ? ", " + n + " to check" : "")));
    }

    private static FontIcon badge(String icon, String style) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add(style);
        return i;
    }
}
