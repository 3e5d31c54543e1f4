package dev.pmw.ui.timeline;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/// "Rules ▾": every relevance rule with a check box. Noise rules say how many rows they hide;
/// switching one off shows those rows. Signal rules raise rows to key events.
final class RulesMenu extends MenuButton {
    RulesMenu(RulesModel rules) {
        super("Rules");
        setId("rulesMenu");
        getStyleClass().add("facet-menu");
        setTooltip(new Tooltip("The relevance rules behind \"key events\": switch one off to see the rows it hides"));
        setMinWidth(Region.USE_PREF_SIZE);
        rules.items().addListener((ListChangeListener<RulesModel.RuleItem>) c -> rebuild(rules));
        rebuild(rules);
    }

    private void rebuild(RulesModel rules) {
        getItems().clear();
        getItems().add(header("Hide as noise"));
        boolean signals = false;
        long off = rules.items().stream().filter(r -> !r.enabled()).count();
        for (RulesModel.RuleItem r : rules.items()) {
            if (!r.noise() && !signals) {
                getItems().addAll(new SeparatorMenuItem(), header("Count as signal"));
                signals = true;
            }
            CheckBox box = new CheckBox(r.text());
            box.setId("rule-" + r.id());
            box.setSelected(r.enabled());
            box.setTooltip(new Tooltip(r.noise()
                    ? (r.enabled() ? "On: hides " + r.hidden() + " rows. Untick to show them." : "Off: rows it matches are shown.")
                    : (r.enabled() ? "On: rows it matches count as key events." : "Off: rows it matches are not raised.")));
            box.selectedProperty().addListener((o, was, on) -> rules.setEnabled(r.id(), on));
            getItems().add(new CustomMenuItem(box, false));
        }
        MenuItem reset = new MenuItem("Switch every rule back on");
        reset.setDisable(off == 0);
        reset.setOnAction(e -> rules.reset());
        getItems().addAll(new SeparatorMenuItem(), reset);
        setText(off == 0 ? "Rules" : "Rules: " + off + " off");
    }

    private static MenuItem header(String text) {
        MenuItem m = new MenuItem(text);
        m.setDisable(true);
        m.getStyleClass().add("menu-header");
        return m;
    }
}
