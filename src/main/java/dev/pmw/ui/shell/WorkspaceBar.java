package dev.pmw.ui.shell;

import dev.pmw.ui.Shortcut;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/// The window's top line: the menus, then on the right the switch between the Timeline and the
/// Postmortem workspaces, the analysis panel toggle (timeline) and Export (postmortem).
final class WorkspaceBar extends HBox {
    WorkspaceBar(MenuBar menus, MainViewModel vm, Runnable export) {
        getStyleClass().add("workspace-bar");
        HBox.setHgrow(menus, Priority.ALWAYS);
        ToggleGroup g = new ToggleGroup();
        ToggleButton timeline = toggle("Timeline", "mdi2t-timeline-text-outline", Workspace.TIMELINE, Shortcut.WORKSPACE_TIMELINE, g);
        timeline.setId("timelineWorkspace");
        ToggleButton postmortem = toggle("Postmortem", "mdi2f-file-document-edit-outline", Workspace.POSTMORTEM,
                Shortcut.WORKSPACE_POSTMORTEM, g);
        postmortem.setId("postmortemWorkspace");
        HBox switcher = new HBox(timeline, postmortem);
        switcher.getStyleClass().add("segmented");
        g.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one is always on
            } else {
                vm.workspaceProperty().set((Workspace) t.getUserData());
            }
        });
        vm.workspaceProperty().addListener((o, old, w) -> (w == Workspace.TIMELINE ? timeline : postmortem).setSelected(true));
        (vm.workspaceProperty().get() == Workspace.TIMELINE ? timeline : postmortem).setSelected(true);

        ToggleButton analysis = new ToggleButton("Analysis", new FontIcon("mdi2c-chart-timeline-variant"));
        analysis.setId("analysisToggle");
        analysis.getStyleClass().add("bar-button");
        analysis.selectedProperty().bindBidirectional(vm.analysisShownProperty());
        analysis.setTooltip(new Tooltip("Show or hide the analysis panel (" + Shortcut.ANALYSIS_PANEL.display() + ")"));
        analysis.visibleProperty().bind(vm.workspaceProperty().isEqualTo(Workspace.TIMELINE));
        analysis.managedProperty().bind(analysis.visibleProperty());

        Button exportButton = new Button("Export…", new FontIcon("mdi2e-export-variant"));
        exportButton.getStyleClass().add("bar-button");
        exportButton.setTooltip(new Tooltip("Export the postmortem (" + Shortcut.EXPORT.display() + ")"));
        exportButton.setOnAction(e -> export.run());
        exportButton.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.workspaceProperty().get() == Workspace.TIMELINE && vm.project().documentProperty().get() != null,
                vm.workspaceProperty(), vm.project().documentProperty()));
        exportButton.managedProperty().bind(exportButton.visibleProperty());

        HBox right = new HBox(8, analysis, exportButton, switcher);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.getStyleClass().add("workspace-switch");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(menus, right);
    }

    private static ToggleButton toggle(String text, String icon, Workspace w, Shortcut s, ToggleGroup g) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setToggleGroup(g);
        b.setUserData(w);
        b.setTooltip(new Tooltip(w.label() + " (" + s.display() + ")"));
        return b;
    }
}
