package dev.pmw.ui.timeline;

import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import java.util.Map;
import java.util.function.Function;

/// A filter menu of check boxes over one criterion ("Kind ▾"): the values the timeline has, with
/// their row counts; the button says how many are chosen and is highlighted while any is.
final class FacetMenu<T> extends MenuButton {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final String name;
    private final ObservableSet<T> chosen;
    private final Function<T, String> label;
    private final Map<T, CheckBox> boxes = new java.util.HashMap<>();

    FacetMenu(String id, String name, String tooltip, ObservableSet<T> chosen, Function<T, String> label) {
        this.name = name;
        this.chosen = chosen;
        this.label = label;
        setId(id);
        getStyleClass().add("facet-menu");
        setTooltip(new Tooltip(tooltip));
        chosen.addListener((SetChangeListener<T>) c -> {
            updateText();
            boxes.forEach((v, b) -> b.setSelected(chosen.contains(v)));
        });
        updateText();
    }

    /// Rebuilds the items from the values the timeline has (value → rows).
    void setValues(Map<T, Integer> values) {
        getItems().clear();
        boxes.clear();
        MenuItem all = new MenuItem("Any " + name.toLowerCase(java.util.Locale.ROOT));
        all.setOnAction(e -> chosen.clear());
        getItems().addAll(all, new SeparatorMenuItem());
        values.forEach((v, n) -> {
            CheckBox box = new CheckBox(label.apply(v) + "  (" + String.format("%,d", n) + ")");
            box.setSelected(chosen.contains(v));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    chosen.add(v);
                } else {
                    chosen.remove(v);
                }
            });
            boxes.put(v, box);
            CustomMenuItem item = new CustomMenuItem(box, false); // stay open to tick several
            getItems().add(item);
        });
        setDisable(values.isEmpty());
    }

    private void updateText() {
        setText(chosen.isEmpty() ? name : chosen.size() == 1 ? name + ": " + label.apply(chosen.iterator().next())
                : name + ": " + chosen.size());
        pseudoClassStateChanged(ACTIVE, !chosen.isEmpty());
    }
}
