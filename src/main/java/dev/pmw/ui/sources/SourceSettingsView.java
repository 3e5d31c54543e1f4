package dev.pmw.ui.sources;

import dev.pmw.ui.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// How the selected source is read and merged, changeable without dropping it again: the zone for
/// times without an offset (re-reads it), the format (re-reads it), the Slack channels to include,
/// a clock offset, the correction found by matching it with other sources, and removing it.
final class SourceSettingsView extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String AUTO = "Detect automatically";

    private final SourcesViewModel vm;
    private final ComboBox<String> zone = new ComboBox<>();
    private final ComboBox<String> format = new ComboBox<>();
    private final TextField offset = new TextField();
    private final Label correction = new Label();
    private final FlowPane channels = new FlowPane(8, 4);
    private final VBox channelBox;
    private final Button remove = new Button("Remove source", new FontIcon("mdi2d-delete-outline"));
    private SourceItem item;
    private boolean filling;
    /// The zone last asked for, so that Enter and the value change it causes re-read only once.
    private String requested;

    SourceSettingsView(SourcesViewModel vm) {
        this.vm = vm;
        setId("sourceSettings");
        getStyleClass().add("source-settings");
        setSpacing(6);
        setPadding(new Insets(6, 0, 0, 0));
        setMinWidth(0);

        zone.setId("zoneCombo");
        zone.setEditable(true);
        zone.getItems().setAll(zones());
        zone.setMaxWidth(Double.MAX_VALUE);
        zone.setPrefWidth(150); // not the width of the longest zone name
        zone.setMinWidth(80);
        zone.setVisibleRowCount(14);
        zone.setTooltip(new Tooltip("Zone for times the source writes without an offset; changing it reads the source again"));
        // a zone picked from the list, or typed and confirmed with Enter (also when the text did not change)
        zone.valueProperty().addListener((o, old, now) -> applyZone(now));
        zone.getEditor().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                applyZone(zone.getEditor().getText());
            }
        });

        format.setId("formatCombo");
        format.getItems().add(AUTO);
        format.getItems().addAll(SourcesViewModel.formats());
        format.setMaxWidth(Double.MAX_VALUE);
        format.setPrefWidth(150);
        format.setMinWidth(80);
        format.setTooltip(new Tooltip("Read the source as another format when detection chose wrongly"));
        format.setOnAction(e -> {
            if (!filling && item != null) {
                String f = format.getValue();
                vm.forceFormat(item, f == null || f.equals(AUTO) ? null : f);
            }
        });

        offset.setId("offsetField");
        offset.setPromptText("+0:00");
        offset.setPrefColumnCount(6);
        offset.setMinWidth(60);
        offset.setTooltip(new Tooltip("Shift every time of this source: +1:00, -0:05:30, 90s, -2m. Enter applies."));
        offset.setOnAction(e -> applyOffset());
        Button applyOffset = new Button("Apply");
        applyOffset.setId("applyOffset");
        applyOffset.setTooltip(new Tooltip("Shift the source's times by this offset"));
        applyOffset.setOnAction(e -> applyOffset());
        applyOffset.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox offsetRow = new HBox(4, offset, applyOffset);
        HBox.setHgrow(offset, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        grid.getColumnConstraints().addAll(c0, c1);
        grid.addRow(0, label("Zone", zone), zone);
        grid.addRow(1, label("Format", format), format);
        grid.addRow(2, label("Clock", offset), offsetRow);

        correction.setId("correctionLabel");
        correction.setWrapText(true);
        correction.getStyleClass().add("correction");
        correction.setTooltip(new Tooltip("Found by matching records this source shares with another one"));

        Label chTitle = new Label("Channels");
        chTitle.getStyleClass().add(Styles.SUBTITLE);
        Button defaults = new Button("Default");
        defaults.setId("defaultChannels");
        defaults.getStyleClass().add("small");
        defaults.setTooltip(new Tooltip("Only the channels with messages in the incident window"));
        defaults.setOnAction(e -> {
            if (item != null) {
                vm.setChannels(item, null);
            }
        });
        HBox chHead = new HBox(6, chTitle, defaults);
        chHead.setAlignment(Pos.CENTER_LEFT);
        channels.setPrefWrapLength(180);
        channels.setMinWidth(0);
        channelBox = new VBox(4, chHead, channels);

        remove.setId("removeSource");
        remove.setTooltip(new Tooltip("Take this source out of the incident (drop it again to bring it back)"));
        remove.setOnAction(e -> confirmRemove());

        getChildren().addAll(grid, correction, channelBox, remove);
        show(null);
    }

    void show(SourceItem s) {
        item = s;
        boolean has = s != null && !s.failed() && !s.skipped() && s.canReread();
        setDisable(s == null);
        filling = true;
        try {
            zone.setValue(s == null ? "" : s.zone().getId());
            zone.getEditor().setText(zone.getValue());
            requested = null;
            format.setValue(s == null || s.formatOverride() == null ? AUTO : s.formatOverride());
            offset.setText(s == null || s.clockOffset().isZero() ? "" : OffsetText.format(s.clockOffset()));
            offset.pseudoClassStateChanged(INVALID, false);
        } finally {
            filling = false;
        }
        String corr = s == null ? "" : s.correctionLabel();
        correction.setText(corr.isEmpty() ? "" : "Clock: " + corr);
        correction.setVisible(!corr.isEmpty());
        correction.setManaged(!corr.isEmpty());
        List<String> chs = s == null ? List.of() : s.channels();
        channels.getChildren().clear();
        for (String ch : chs) {
            CheckBox box = new CheckBox("#" + ch + " (" + s.info().parts().getOrDefault(ch, 0) + ")");
            box.setId("channel-" + ch);
            box.setSelected(s.includedChannels().contains(ch));
            box.setTooltip(new Tooltip(s.chosenChannels() == null
                    ? "Included by default when it has messages in the incident window" : "Your choice"));
            box.selectedProperty().addListener((o, was, on) -> toggleChannel(ch, on));
            channels.getChildren().add(box);
        }
        channelBox.setVisible(!chs.isEmpty());
        channelBox.setManaged(!chs.isEmpty());
        zone.setDisable(!has);
        format.setDisable(s == null || !s.canReread());
        offset.setDisable(s == null || s.failed() || s.skipped());
    }

    private void applyZone(String text) {
        if (filling || item == null || text == null || text.isBlank()) {
            return;
        }
        String wanted = text.strip();
        boolean already = wanted.equals(requested)
                || item.source().options().zoneExplicit() && wanted.equals(item.zone().getId());
        if (already) {
            return;
        }
        try {
            ZoneId z = ZoneId.of(wanted);
            zone.pseudoClassStateChanged(INVALID, false);
            requested = wanted;
            vm.setZone(item, z);
        } catch (java.time.DateTimeException ex) {
            zone.pseudoClassStateChanged(INVALID, true);
        }
    }

    private void applyOffset() {
        if (item == null) {
            return;
        }
        Duration d = OffsetText.parse(offset.getText());
        offset.pseudoClassStateChanged(INVALID, d == null);
        if (d != null) {
            vm.setClockOffset(item, d);
        }
    }

    private void toggleChannel(String ch, boolean on) {
        if (item == null) {
            return;
        }
        Set<String> now = new HashSet<>(item.includedChannels());
        if (on) {
            now.add(ch);
        } else {
            now.remove(ch);
        }
        vm.setChannels(item, now);
    }

    private void confirmRemove() {
        if (item == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Remove " + item.name() + " from the incident? "
                + "Its rows leave the timeline; drop the file again to bring it back.", ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText("Remove source");
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        SourceItem target = item;
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.remove(target));
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    private static List<String> zones() {
        List<String> common = List.of("UTC", ZoneId.systemDefault().getId(), "Europe/London", "Europe/Madrid",
                "Europe/Berlin", "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Kolkata",
                "Asia/Tokyo", "Australia/Sydney");
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(common);
        ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().forEach(all::add);
        return List.copyOf(all);
    }
}
