package dev.pmw.ui.analysis;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.timeline.Row;
import dev.pmw.ui.Links;
import dev.pmw.ui.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/// The analysis side panel of the Timeline workspace. Every item is a link to its evidence: a
/// click (or Enter) filters the table to the rows it rests on. A boundary's ⋮ menu pins it to the
/// row selected in the table, or lets the analysis derive it again.
public final class AnalysisPanel extends VBox {
    private final AnalysisViewModel vm;
    private final ObjectProperty<Row> selectedRow;
    private final VBox boundaries = new VBox(2);
    private final GridPane durations = new GridPane();
    private final VBox trigger = new VBox(4);
    private final VBox impact = new VBox(2);
    private final VBox questions = new VBox(4);
    private final Label questionsTitle = section("Open questions");

    /// @param selectedRow the row selected in the table (the target of "pin to the selected row")
    /// @param onClose     hides the panel
    public AnalysisPanel(AnalysisViewModel vm, ObjectProperty<Row> selectedRow, Runnable onClose) {
        this.vm = vm;
        this.selectedRow = selectedRow;
        setId("analysisPanel");
        getStyleClass().add("analysis-panel");

        Label title = new Label("Analysis");
        title.getStyleClass().add(Styles.TITLE);
        Label severity = new Label();
        severity.setId("severityChip");
        severity.getStyleClass().add("severity-chip");
        vm.severityProperty().addListener((o, old, s) -> showSeverity(severity, s));
        showSeverity(severity, vm.severityProperty().get());
        Label updating = new Label("updating…");
        updating.getStyleClass().add(Styles.MUTED);
        updating.visibleProperty().bind(vm.updatingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi2c-chevron-right"));
        close.getStyleClass().add("flat-button");
        close.setTooltip(new Tooltip("Hide the analysis panel (" + dev.pmw.ui.Shortcut.ANALYSIS_PANEL.display() + ")"));
        close.setOnAction(e -> onClose.run());
        HBox header = new HBox(8, title, severity, updating, grow, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("analysis-header");

        durations.getStyleClass().add("duration-grid");
        durations.setHgap(6);
        durations.setVgap(6);
        VBox content = new VBox(6, new LifecycleStrip(vm.boundaries(), vm::showEvidence), boundaries,
                section("Durations"), durations, section("Trigger"), trigger, section("Impact"), impact, questionsTitle,
                questions);
        content.getStyleClass().add("analysis-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("analysis-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label empty = new Label("The analysis appears here once an incident is loaded: when the impact started, "
                + "was detected, acknowledged, mitigated and resolved, what set it off, and what is still open.");
        empty.setWrapText(true);
        empty.getStyleClass().addAll(Styles.MUTED, "analysis-empty");
        empty.visibleProperty().bind(vm.availableProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());
        scroll.visibleProperty().bind(vm.availableProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(header, empty, scroll);

        vm.boundaries().addListener((ListChangeListener<BoundaryItem>) c -> showBoundaries());
        vm.durations().addListener((ListChangeListener<AnalysisItem>) c -> showDurations());
        vm.triggerProperty().addListener(o -> showTrigger());
        vm.runnersUp().addListener((ListChangeListener<AnalysisItem>) c -> showTrigger());
        vm.impact().addListener((ListChangeListener<AnalysisItem>) c -> fill(impact, vm.impact(), this::figure));
        vm.questions().addListener((ListChangeListener<AnalysisItem>) c -> showQuestions());
        showBoundaries();
        showDurations();
        showTrigger();
        fill(impact, vm.impact(), this::figure);
        showQuestions();
    }

    // ---- sections --------------------------------------------------------------------------

    private void showBoundaries() {
        boundaries.getChildren().setAll(vm.boundaries().stream().map(this::boundaryRow).toList());
    }

    private Node boundaryRow(BoundaryItem b) {
        Region dot = new Region();
        dot.getStyleClass().addAll("boundary-dot", "boundary-" + b.kind().id());
        Label name = new Label(b.label());
        name.getStyleClass().add("boundary-name");
        Label how = new Label(b.present() ? (b.pinned() ? "pinned by you" : b.range().isEmpty() ? firstClause(b.how())
                : b.range()) : b.how());
        how.getStyleClass().addAll(Styles.MUTED, "boundary-how");
        how.setMinWidth(0);
        VBox text = new VBox(0, name, how);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label clock = new Label(b.clock());
        clock.getStyleClass().add("boundary-time");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        Label rel = new Label(b.relative());
        rel.getStyleClass().addAll(Styles.MUTED, "boundary-relative");
        VBox when = new VBox(0, clock, rel);
        when.setAlignment(Pos.CENTER_RIGHT);
        when.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, dot, text, when);
        if (b.pinned()) {
            FontIcon pin = new FontIcon("mdi2p-pin");
            pin.getStyleClass().add("row-mark");
            row.getChildren().add(pin);
        }
        row.getChildren().add(pinMenu(b.kind()));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("boundary-" + b.kind().id());
        if (!b.present()) {
            row.getStyleClass().add("missing");
        }
        return Links.clickable(row, () -> vm.showEvidence(b), b.present()
                ? b.label() + " " + b.clock() + "\n" + b.how() + "\n\nClick to show its evidence in the table."
                : b.label() + ": " + b.how(), !b.evidence().isEmpty());
    }

    /// ⋮: pin the boundary to the selected row, or derive it again.
    private MenuButton pinMenu(BoundaryKind kind) {
        MenuItem pin = new MenuItem();
        pin.setId("pin-" + kind.id());
        pin.setOnAction(e -> vm.pinBoundary(kind, selectedRow.get()));
        MenuItem unpin = new MenuItem("Unpin: derive it from the evidence again");
        unpin.setId("unpin-" + kind.id());
        unpin.setOnAction(e -> vm.unpinBoundary(kind));
        MenuButton m = new MenuButton(null, new FontIcon("mdi2d-dots-vertical"), pin, unpin);
        m.getStyleClass().addAll("flat-button", "boundary-menu");
        m.setTooltip(new Tooltip("Pin " + kind.label().toLowerCase(java.util.Locale.ROOT) + " to another row"));
        m.setOnShowing(e -> {
            Row r = selectedRow.get();
            pin.setText(r == null ? "Pin to the selected row (select a row in the table first)"
                    : "Pin to the selected row: " + Links.describe(r));
            pin.setDisable(!vm.canPin(kind, r));
            unpin.setDisable(!vm.isPinned(kind));
        });
        m.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume);
        return m;
    }

    private void showDurations() {
        durations.getChildren().clear();
        int i = 0;
        for (AnalysisItem d : vm.durations()) {
            Label value = new Label(d.text());
            value.getStyleClass().add("duration-value");
            Label name = new Label(d.title().replace("Time to ", ""));
            name.getStyleClass().add(Styles.MUTED);
            VBox tile = new VBox(0, value, name);
            tile.getStyleClass().add("duration-tile");
            tile.setId("duration-" + i);
            tile.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(tile, Priority.ALWAYS);
            durations.add(Links.clickable(tile, () -> vm.showEvidence(d), d.title() + ": " + d.tooltip(),
                    !d.evidence().isEmpty()), i % 2, i / 2);
            i++;
        }
    }

    private void showTrigger() {
        trigger.getChildren().clear();
        AnalysisItem t = vm.triggerProperty().get();
        if (t == null) {
            return;
        }
        Node main = item(t, "triggerItem", false);
        trigger.getChildren().add(main);
        ObservableList<AnalysisItem> others = vm.runnersUp();
        if (!others.isEmpty()) {
            VBox list = new VBox(4);
            for (AnalysisItem r : others) {
                list.getChildren().add(item(r, null, false));
            }
            TitledPane runners = new TitledPane("Runners-up (" + others.size() + ")", list);
            runners.setExpanded(false);
            runners.setId("runnersUp");
            runners.getStyleClass().add("runners-up");
            trigger.getChildren().add(runners);
        }
    }

    private void showQuestions() {
        questionsTitle.setText(vm.questions().isEmpty() ? "Open questions: none" : "Open questions (" + vm.questions().size() + ")");
        fill(questions, vm.questions(), a -> item(a, null, true));
    }

    // ---- items -----------------------------------------------------------------------------

    private static void fill(VBox box, ObservableList<AnalysisItem> items, Function<AnalysisItem, Node> f) {
        box.getChildren().setAll(items.stream().map(f).toList());
    }

    /// "Failed requests  142  (6.3 % of 2,268 requests)".
    private Node figure(AnalysisItem a) {
        Label name = new Label(a.title());
        name.getStyleClass().add(Styles.MUTED);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label(a.text());
        value.getStyleClass().add("figure-value");
        value.setWrapText(true);
        Label detail = new Label(a.detail());
        detail.getStyleClass().add(Styles.MUTED);
        detail.setWrapText(true);
        VBox box = new VBox(0, name, value);
        if (!a.detail().isEmpty()) {
            box.getChildren().add(detail);
        }
        return Links.clickable(box, () -> vm.showEvidence(a), a.tooltip().isEmpty() ? "Click to show the evidence"
                : a.tooltip() + "\n\nClick to show the evidence", !a.evidence().isEmpty());
    }

    /// The finding in full (wrapped) under its kind when `titled`, and its detail.
    private Node item(AnalysisItem a, String id, boolean titled) {
        Label text = new Label(a.text());
        text.setWrapText(true);
        text.getStyleClass().add("item-text");
        VBox box = new VBox(2, text);
        if (titled) {
            Label kind = new Label(a.title());
            kind.getStyleClass().add("item-kind");
            box.getChildren().addFirst(kind);
        }
        if (!a.detail().isEmpty()) {
            Label detail = new Label(a.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(detail);
        }
        if (id != null) {
            box.setId(id);
        }
        return Links.clickable(box, () -> vm.showEvidence(a), a.tooltip().isEmpty() ? "Click to show the evidence"
                : a.tooltip() + "\n\nClick to show the evidence", !a.evidence().isEmpty());
    }

    private static void showSeverity(Label chip, AnalysisItem s) {
        boolean on = s != null && !"—".equals(s.text());
        chip.setVisible(on);
        chip.setText(on ? s.text() : "");
        chip.setTooltip(on ? new Tooltip(s.detail()) : null);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("analysis-section");
        return l;
    }

    /// "start of the unbroken rise in 5xxs" from a long rule.
    private static String firstClause(String rule) {
        if (rule == null) {
            return "";
        }
        int cut = rule.indexOf(':');
        String s = cut > 0 ? rule.substring(0, cut) : rule;
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
