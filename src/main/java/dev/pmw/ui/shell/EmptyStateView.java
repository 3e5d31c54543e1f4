package dev.pmw.ui.shell;

import dev.pmw.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/// What a new user sees first: where to drop files, and the sample incident one click away.
final class EmptyStateView extends VBox {
    EmptyStateView(MainViewModel vm, Runnable openFiles, Runnable openFolder, Runnable openProject) {
        getStyleClass().add(Styles.EMPTY_STATE);
        setAlignment(Pos.CENTER);
        setSpacing(14);
        FontIcon icon = new FontIcon("mdi2t-tray-arrow-down");
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("Drop the incident's exports here");
        title.getStyleClass().add("empty-title");
        Label formats = new Label("Slack export (folder or ZIP) or copied thread · JSON and text logs · Datadog alerts, "
                + "events, logs and metrics · PagerDuty and Opsgenie · git log · CSV");
        formats.getStyleClass().add(Styles.MUTED);
        formats.setWrapText(true);
        formats.setMaxWidth(560);
        formats.setAlignment(Pos.CENTER);

        Button sample = new Button("Open sample incident", new FontIcon("mdi2p-play-circle-outline"));
        sample.setId("openSampleButton");
        sample.setDefaultButton(true);
        sample.getStyleClass().add(Styles.ACCENT);
        sample.setTooltip(new Tooltip("Load the payment-service outage of 2026-02-16: a Slack export, 15,000 log lines, "
                + "a Datadog alert timeline, PagerDuty entries and a git log"));
        sample.disableProperty().bind(vm.sampleAvailableProperty().not().or(vm.busyProperty()));
        sample.setOnAction(e -> vm.openSample());
        Button files = new Button("Open files…", new FontIcon("mdi2f-file-document-multiple-outline"));
        files.setTooltip(new Tooltip("Choose export files (" + dev.pmw.ui.Shortcut.IMPORT_FILES.display() + ")"));
        files.setOnAction(e -> openFiles.run());
        files.disableProperty().bind(vm.busyProperty());
        Button folder = new Button("Open folder…", new FontIcon("mdi2f-folder-open-outline"));
        folder.setTooltip(new Tooltip("Choose a folder such as an unzipped Slack export ("
                + dev.pmw.ui.Shortcut.IMPORT_FOLDER.display() + ")"));
        folder.setOnAction(e -> openFolder.run());
        folder.disableProperty().bind(vm.busyProperty());
        Button project = new Button("Open project…", new FontIcon("mdi2b-briefcase-outline"));
        project.setId("openProjectButton");
        project.setTooltip(new Tooltip("Open a saved Postmortem Workbench project (*.pmw) ("
                + dev.pmw.ui.Shortcut.OPEN_PROJECT.display() + ")"));
        project.setOnAction(e -> openProject.run());
        project.disableProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(10, sample, files, folder, project);
        buttons.setAlignment(Pos.CENTER);
        Label privacy = new Label("Everything stays on this machine unless you set up an AI endpoint.");
        privacy.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(icon, title, formats, buttons, privacy);
    }
}
