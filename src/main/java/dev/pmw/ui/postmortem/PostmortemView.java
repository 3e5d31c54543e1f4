package dev.pmw.ui.postmortem;

import dev.pmw.draft.Template;
import dev.pmw.ui.Shortcut;
import dev.pmw.ui.Styles;
import dev.pmw.ui.ai.AiDraftViewModel;
import dev.pmw.ui.ai.AiPanel;
import dev.pmw.ui.work.Background;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/// The Postmortem workspace: the title, the template, Draft all (offline) and Export in a toolbar;
/// the sections as an outline on the left; the document in the middle, one [SectionCard] per
/// section; on the right, the AI panel (what model drafting is doing, its setup, its failures) above
/// the rows the section under the caret cites. Before the first draft, a prompt to draft from the
/// evidence.
public final class PostmortemView extends BorderPane {
    private static final String FROM_FILE = "From a Markdown file…";

    private final PostmortemViewModel vm;
    private final AiDraftViewModel ai;
    private final AiPanel aiPanel;
    private final Supplier<Window> window;
    private final VBox document = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(document);
    private final ListView<SectionModel> outline = new ListView<>();
    private final Map<String, SectionCard> cards = new HashMap<>();
    private final ComboBox<String> templates = new ComboBox<>();
    private final TextField title = new TextField();
    private boolean choosing;

    /// @param ai         AI drafting: its panel tops the right-hand side, each card gets its bar
    /// @param background for the AI panel's settings dialog
    /// @param export     opens the export dialog
    public PostmortemView(PostmortemViewModel vm, AiDraftViewModel ai, Background background, Runnable export,
                          Supplier<Window> window) {
        this.vm = vm;
        this.ai = ai;
        this.aiPanel = new AiPanel(ai, background);
        this.window = window;
        getStyleClass().add("postmortem-view");
        setId("postmortemView");

        document.getStyleClass().add("document");
        scroll.setFitToWidth(true);
        scroll.setId("documentScroll");
        scroll.getStyleClass().add("document-scroll");
        // the editors are as tall as their text: the wheel scrolls the document, not them
        scroll.addEventFilter(ScrollEvent.SCROLL, this::scrollDocument);

        outline.setId("sectionOutline");
        outline.getStyleClass().add("section-outline");
        outline.setItems(vm.sections());
        outline.setCellFactory(l -> new OutlineCell());
        outline.getSelectionModel().selectedItemProperty().addListener((o, old, m) -> {
            if (m != null) {
                reveal(m.key());
            }
        });
        outline.setMinWidth(150);
        EvidenceSidebar evidence = new EvidenceSidebar(vm);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        VBox side = new VBox(aiPanel, evidence);
        side.getStyleClass().add("postmortem-side");
        side.setMinWidth(240);
        SplitPane split = new SplitPane(outline, scroll, side);
        split.setDividerPositions(0.16, 0.71);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(side, false);
        split.visibleProperty().bind(vm.documentProperty().isNotNull());

        Node empty = emptyState();
        empty.visibleProperty().bind(vm.documentProperty().isNull());
        setTop(toolbar(export));
        setCenter(new StackPane(split, empty));

        vm.sections().addListener((ListChangeListener<SectionModel>) c -> showCards());
        showCards();
        vm.documentProperty().addListener((o, old, d) -> {
            if (old == null && d != null && isVisible()) {
                javafx.application.Platform.runLater(this::focusFirst); // the first draft: start reading at the top
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.DRAFT_ALL.combination().match(e)) {
                vm.draftAll();
                e.consume();
            }
        });
    }

    /// The card of a section.
    public SectionCard card(String key) {
        return cards.get(key);
    }

    /// The AI panel (its settings dialog is also in the Postmortem menu).
    public AiPanel aiPanel() {
        return aiPanel;
    }

    /// Puts the keyboard in the workspace: the section being edited, else the first, else Draft all.
    public void focusFirst() {
        SectionModel m = vm.focusedProperty().get();
        if (m == null && !vm.sections().isEmpty()) {
            m = vm.sections().getFirst();
        }
        if (m != null && cards.containsKey(m.key())) {
            cards.get(m.key()).focusEditor();
        } else {
            lookupAll("#draftAllEmpty").stream().findFirst().ifPresent(javafx.scene.Node::requestFocus);
        }
    }

    /// Scrolls the section into view and puts the caret in it.
    public void reveal(String key) {
        SectionCard card = cards.get(key);
        if (card == null) {
            return;
        }
        scrollTo(card);
        card.focusEditor();
        // the editors settle their heights over the next pulses: aim again once they have
        javafx.application.Platform.runLater(() -> scrollTo(card));
    }

    private void scrollTo(SectionCard card) {
        document.applyCss();
        document.layout();
        double content = document.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content > view) {
            scroll.setVvalue(Math.max(0, Math.min(1, card.getBoundsInParent().getMinY() / (content - view))));
        }
    }

    // ---- parts -----------------------------------------------------------------------------

    private HBox toolbar(Runnable export) {
        title.setId("postmortemTitle");
        title.setPromptText("Title");
        title.getStyleClass().add("document-title");
        title.setPrefColumnCount(28);
        title.setOnAction(e -> vm.setTitle(title.getText()));
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.setTitle(title.getText());
            }
        });
        java.util.function.Consumer<dev.pmw.draft.PostmortemDocument> showTitle = d -> {
            String t = d == null ? "" : d.title();
            if (!title.isFocused() && !t.equals(title.getText())) {
                title.setText(t);
            }
        };
        vm.documentProperty().addListener((o, old, d) -> showTitle.accept(d));
        showTitle.accept(vm.documentProperty().get());
        title.disableProperty().bind(vm.documentProperty().isNull());
        HBox.setHgrow(title, Priority.SOMETIMES);

        templates.setId("templateChooser");
        templates.getItems().setAll(dev.pmw.draft.Templates.names());
        templates.getItems().add(FROM_FILE);
        templates.setCellFactory(l -> new TemplateCell());
        templates.setButtonCell(new TemplateCell());
        templates.setTooltip(new Tooltip("The sections of the postmortem. Switching keeps the text of every section "
                + "the new template has a place for, and drafts the new ones."));
        vm.templateProperty().addListener((o, old, t) -> syncTemplate(t));
        syncTemplate(vm.templateProperty().get());
        templates.valueProperty().addListener((o, old, name) -> {
            if (!choosing && name != null && !name.equals(vm.templateProperty().get().name())) {
                chooseTemplate(name);
            }
        });

        Button draft = new Button("Draft all (offline)", new FontIcon("mdi2f-file-document-edit-outline"));
        draft.setId("draftAll");
        draft.getStyleClass().add(Styles.ACCENT);
        draft.setTooltip(new Tooltip("Write every section from the evidence, on this machine (" + Shortcut.DRAFT_ALL.display()
                + "). Sections you wrote or reviewed keep your text and get the new draft as a proposal."));
        draft.setOnAction(e -> vm.draftAll());
        draft.disableProperty().bind(vm.canDraftProperty().not());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancelDraftAll());
        Label status = new Label();
        status.setId("postmortemStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Button exportButton = new Button("Export…", new FontIcon("mdi2e-export-variant"));
        exportButton.setId("exportButton");
        exportButton.setTooltip(new Tooltip("Markdown for GitHub, Notion or Confluence, JSON, or the action items as CSV ("
                + Shortcut.EXPORT.display() + ")"));
        exportButton.setOnAction(e -> export.run());
        exportButton.disableProperty().bind(vm.documentProperty().isNull());
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        Label templateLabel = new Label("Template");
        templateLabel.setMinWidth(Region.USE_PREF_SIZE);
        draft.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(8, title, templateLabel, templates, draft, busy, cancel, status, exportButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("postmortem-toolbar");
        return bar;
    }

    private Node emptyState() {
        Label head = new Label("Draft the postmortem from the evidence");
        head.getStyleClass().add("empty-title");
        Label text = new Label("Every section is written on this machine from the timeline and its analysis, each "
                + "claim citing the rows it rests on. Nothing is sent anywhere. Then edit freely: drafts never "
                + "overwrite what you wrote, and every sentence is checked against the evidence as you type.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.MUTED);
        Button draft = new Button("Draft all (offline)", new FontIcon("mdi2f-file-document-edit-outline"));
        draft.setId("draftAllEmpty");
        draft.getStyleClass().add(Styles.ACCENT);
        draft.setOnAction(e -> vm.draftAll());
        draft.disableProperty().bind(vm.canDraftProperty().not());
        Label waiting = new Label();
        waiting.getStyleClass().add(Styles.MUTED);
        waiting.textProperty().bind(Bindings.when(vm.canDraftProperty().or(vm.busyProperty())).then("")
                .otherwise("Load an incident first: the draft is made from its timeline and analysis."));
        VBox box = new VBox(14, new FontIcon("mdi2f-file-document-edit-outline"), head, text, draft, waiting);
        box.getChildren().getFirst().getStyleClass().add("empty-icon");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        box.setMaxSize(720, Region.USE_PREF_SIZE);
        StackPane wrap = new StackPane(box);
        wrap.setId("postmortemEmpty");
        return wrap;
    }

    private void showCards() {
        Map<String, SectionCard> keep = new HashMap<>();
        List<SectionCard> list = vm.sections().stream().map(m -> {
            SectionCard c = cards.get(m.key());
            if (c == null || c.model() != m) {
                c = new SectionCard(vm, m, ai);
                m.sectionProperty().addListener(o -> outline.refresh());
                m.checkProperty().addListener(o -> outline.refresh());
            }
            keep.put(m.key(), c);
            return c;
        }).toList();
        cards.forEach((k, c) -> {
            if (keep.get(k) != c) {
                c.dispose();
            }
        });
        cards.clear();
        cards.putAll(keep);
        document.getChildren().setAll(list);
    }

    private void scrollDocument(ScrollEvent e) {
        double content = document.getHeight();
        Bounds view = scroll.getViewportBounds();
        if (content > view.getHeight() && e.getDeltaY() != 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() - e.getDeltaY() / (content - view.getHeight()))));
        }
        e.consume();
    }

    // ---- templates -------------------------------------------------------------------------

    private void syncTemplate(Template t) {
        choosing = true;
        try {
            if (!templates.getItems().contains(t.name())) {
                templates.getItems().add(templates.getItems().size() - 1, t.name());
            }
            templates.setValue(t.name());
        } finally {
            choosing = false;
        }
    }

    private void chooseTemplate(String name) {
        if (FROM_FILE.equals(name)) {
            FileChooser fc = new FileChooser();
            fc.setTitle("A postmortem template with {{placeholders}}");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File f = fc.showOpenDialog(window.get());
            syncTemplate(vm.templateProperty().get());
            if (f != null) {
                vm.loadTemplate(f.toPath(), this::confirmAndChoose);
            }
            return;
        }
        Template t = dev.pmw.draft.Templates.byName(name);
        confirmAndChoose(t);
    }

    /// Switching drops sections the new template has no place for: ask first when they have text.
    private void confirmAndChoose(Template t) {
        List<String> dropped = vm.droppedBy(t);
        if (!dropped.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, "“" + t.label() + "” has no place for "
                    + String.join(", ", dropped) + ". Their text will be removed from the postmortem.",
                    ButtonType.OK, ButtonType.CANCEL);
            a.setHeaderText("Switch to another template?");
            a.setTitle("Template");
            if (window.get() != null) {
                a.initOwner(window.get());
            }
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                syncTemplate(vm.templateProperty().get());
                return;
            }
        }
        vm.chooseTemplate(t);
    }

    /// "Standard", "Root cause analysis", or the file name of a user template.
    private static final class TemplateCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            setText(empty || name == null ? null : switch (name) {
                case dev.pmw.draft.Templates.STANDARD -> "Standard";
                case dev.pmw.draft.Templates.RCA -> "Root cause analysis";
                case dev.pmw.draft.Templates.GOOGLE_SRE -> "Google SRE";
                default -> name;
            });
        }
    }
}
