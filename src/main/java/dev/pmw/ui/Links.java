package dev.pmw.ui;

import dev.pmw.timeline.Row;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;

/// Panels made of links to evidence: any region can act like one (hover, focus ring, click, Enter
/// or Space), without the layout quirks of wrapping text inside a button.
public final class Links {
    public static final String LINK = "evidence-link";

    private Links() {
    }

    /// Makes `node` act on a primary click, Enter or Space; `enabled` false leaves it as plain text.
    public static <T extends Region> T clickable(T node, Runnable action, String tooltip, boolean enabled) {
        if (tooltip != null && !tooltip.isBlank()) {
            Tooltip t = new Tooltip(tooltip);
            t.setWrapText(true);
            t.setMaxWidth(480);
            Tooltip.install(node, t);
        }
        if (!enabled) {
            return node;
        }
        node.getStyleClass().add(LINK);
        node.setFocusTraversable(true);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                node.requestFocus();
                action.run();
            }
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                action.run();
                e.consume();
            }
        });
        return node;
    }

    /// "02:17:14 “Found it: HikariPool-1 in payment…”" (UTC), for menus.
    public static String describe(Row r) {
        String text = r.event().text().replaceAll("\\s+", " ").strip();
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
                .format(r.event().time()) + " UTC “" + (text.length() > 48 ? text.substring(0, 47) + "…" : text) + "”";
    }
}
