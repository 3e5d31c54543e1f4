package dev.pmw.ui.timeline;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import dev.pmw.timeline.query.TimelineQuery;
import dev.pmw.ui.Shortcut;
import dev.pmw.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;
import java.util.function.Consumer;

/// The filter bar: key events / all rows, search (plain or regex), the rules menu and what they
/// hide, then the facet menus, the time window, and the zone times are shown in.
final class FilterBar extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TimelineViewModel vm;
    private final TextField search = new TextField();
    private final ZoneMenu zone;

    FilterBar(TimelineViewModel vm, Consumer<String> askZone) {
        this.vm = vm;
        getStyleClass().add("filter-bar");
        setSpacing(6);
        this.zone = new ZoneMenu(vm.time(), askZone);
        getChildren().addAll(firstLine(), secondLine());
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private HBox firstLine() {
        FilterModel f = vm.filter();
        ToggleGroup mode = new ToggleGroup();
        ToggleButton key = new ToggleButton("Key events");
        key.setId("keyEventsToggle");
        key.setTooltip(new Tooltip("Only the rows that matter; the rest are hidden by named rules (" + Shortcut.KEY_ONLY.display() + ")"));
        ToggleButton all = new ToggleButton("All rows");
        all.setId("allRowsToggle");
        all.setTooltip(new Tooltip("Every row, hidden ones dimmed (" + Shortcut.KEY_ONLY.display() + ")"));
        key.setToggleGroup(mode);
        all.setToggleGroup(mode);
        (f.keyOnlyProperty().get() ? key : all).setSelected(true);
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                f.keyOnlyProperty().set(now == key);
            }
        });
        f.keyOnlyProperty().addListener((o, old, now) -> (now ? key : all).setSelected(true));
        HBox modes = new HBox(key, all);
        modes.getStyleClass().add("segmented");
        for (Region r : new Region[] {modes, key, all}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }

        search.setId("searchField");
        search.setPromptText("Search text, actor, kind, source (" + Shortcut.FIND.display() + ")");
        search.textProperty().bindBidirectional(f.searchProperty());
        search.setMinWidth(200);
        search.setPrefWidth(300);
        search.setMaxWidth(300);
        Tooltip searchTip = new Tooltip();
        searchTip.textProperty().bind(Bindings.createStringBinding(() -> vm.queryErrorProperty().get() != null
                ? vm.queryErrorProperty().get()
                : f.regexProperty().get() ? "A regular expression, case-insensitive; ^ and $ match at the ends of the text"
                : "Every word must occur in the text, actor, kind or source (case-insensitive)",
                vm.queryErrorProperty(), f.regexProperty()));
        search.setTooltip(searchTip);
        vm.queryErrorProperty().addListener((o, old, err) -> search.pseudoClassStateChanged(INVALID, err != null));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });

        ToggleButton regex = new ToggleButton(".*");
        regex.setId("regexToggle");
        regex.getStyleClass().add("regex-toggle");
        regex.setTooltip(new Tooltip("Search with a regular expression (" + Shortcut.REGEX.display() + ")"));
        regex.selectedProperty().bindBidirectional(f.regexProperty());
        regex.setMinWidth(Region.USE_PREF_SIZE);

        Label hidden = new Label();
        hidden.setId("hiddenSummary");
        hidden.getStyleClass().add(Styles.MUTED);
        hidden.textProperty().bind(vm.hiddenSummaryProperty());
        // a search that cannot be used says why right next to the search field
        Label error = new Label();
        error.setId("queryError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.queryErrorProperty());
        error.setMinWidth(0);
        error.setPrefWidth(60);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setTooltip(new Tooltip());
        error.getTooltip().textProperty().bind(vm.queryErrorProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        error.visibleProperty().bind(vm.queryErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        hidden.visibleProperty().bind(error.visibleProperty().not());
        hidden.managedProperty().bind(hidden.visibleProperty());
        hidden.setMinWidth(0);
        hidden.setPrefWidth(60); // takes what the controls leave, ellipsized
        hidden.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hidden, Priority.ALWAYS);
        Tooltip hiddenTip = new Tooltip();
        hiddenTip.textProperty().bind(Bindings.concat(vm.hiddenSummaryProperty(),
                "\nRules ▾ switches a rule off to show the rows it hides."));
        hidden.setTooltip(hiddenTip);
        RulesMenu rules = new RulesMenu(vm.rules());

        Label count = new Label();
        count.setId("rowCount");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.when(vm.workingProperty()).then("filtering…").otherwise(vm.countLabelProperty()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setTooltip(new Tooltip("Rows shown of all rows of the merged timeline"));

        HBox line = new HBox(8, modes, search, regex, hidden, error, rules, count);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private HBox secondLine() {
        FilterModel f = vm.filter();
        FacetMenu<EventKind> kinds = new FacetMenu<>("kindMenu", "Kind", "Show only some kinds of rows", f.kinds(), EventKind::label);
        FacetMenu<Level> levels = new FacetMenu<>("levelMenu", "Level", "Show only some log levels (other rows have none)",
                f.levels(), l -> l == Level.UNKNOWN ? "none" : l.name().charAt(0) + l.name().substring(1).toLowerCase(java.util.Locale.ROOT));
        FacetMenu<String> sources = new FacetMenu<>("sourceMenu", "Source", "Show only some sources", f.sources(),
                s -> vm.facetsProperty().get().sources().getOrDefault(s, s));
        FacetMenu<String> actors = new FacetMenu<>("actorMenu", "Actor", "Show only some people, bots or services",
                f.actors(), a -> a);
        vm.facetsProperty().addListener((o, old, fc) -> {
            kinds.setValues(fc.kinds());
            levels.setValues(fc.levels());
            java.util.Map<String, Integer> src = new java.util.LinkedHashMap<>();
            fc.sources().keySet().forEach(k -> src.put(k, 0));
            sources.setValues(src);
            actors.setValues(fc.actors());
            trimCounts(sources);
        });
        MenuButton flags = flagsMenu(f);

        Button window = new Button();
        window.setId("windowChip");
        window.getStyleClass().add("window-chip");
        window.setGraphic(new FontIcon("mdi2c-close"));
        window.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        window.setTooltip(new Tooltip("The time window set on the chart; click to show all times again"));
        window.setOnAction(e -> f.setWindow(null, null));
        Runnable updateWindow = () -> {
            boolean on = f.hasWindow();
            window.setVisible(on);
            window.setManaged(on);
            window.setText(on ? windowText(f.windowFromProperty().get(), f.windowToProperty().get()) : "");
        };
        f.windowFromProperty().addListener(o -> updateWindow.run());
        f.windowToProperty().addListener(o -> updateWindow.run());
        vm.time().zoneProperty().addListener(o -> updateWindow.run());
        updateWindow.run();

        Button evidence = new Button();
        evidence.setId("evidenceChip");
        evidence.getStyleClass().addAll("window-chip", "evidence-chip");
        evidence.setGraphic(new FontIcon("mdi2c-close"));
        evidence.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        evidence.setTooltip(new Tooltip("Only the rows this is derived from are shown; click to go back to the filter"));
        evidence.setOnAction(e -> f.evidenceProperty().set(null));
        Runnable updateEvidence = () -> {
            EvidenceFilter ev = f.evidenceProperty().get();
            evidence.setVisible(ev != null);
            evidence.setManaged(ev != null);
            evidence.setText(ev == null ? "" : "Evidence: " + ev.label() + " (" + ev.ids().size() + ")");
        };
        f.evidenceProperty().addListener(o -> updateEvidence.run());
        updateEvidence.run();

        Button clear = new Button("Clear filters");
        clear.setId("clearFilters");
        clear.setTooltip(new Tooltip("Back to all rows of the chosen mode: no search, no menus, no time window ("
                + Shortcut.CLEAR_FILTERS.display() + ")"));
        clear.setOnAction(e -> f.clear());
        clear.setMinWidth(Region.USE_PREF_SIZE);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label tplus = new Label();
        tplus.getStyleClass().add(Styles.MUTED);
        tplus.textProperty().bind(Bindings.createStringBinding(() -> vm.time().referenceProperty().get() == null ? ""
                : "T+ from " + vm.time().referenceLabelProperty().get(), vm.time().referenceProperty(),
                vm.time().referenceLabelProperty()));
        tplus.setTooltip(new Tooltip("The T+ column counts from this moment (the impact start once the analysis finds it)"));
        tplus.setMinWidth(0);
        evidence.setMinWidth(0);
        for (Region r : new Region[] {kinds, levels, sources, actors, flags, window}) {
            r.setMinWidth(Region.USE_PREF_SIZE); // the "T+ from" note gives way first
        }
        HBox line = new HBox(6, kinds, levels, sources, actors, flags, window, evidence, clear, grow, tplus, zone);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static void trimCounts(FacetMenu<String> sources) {
        // sources carry no meaningful "(0)": the label is enough
        for (MenuItem i : sources.getItems()) {
            if (i instanceof javafx.scene.control.CustomMenuItem c && c.getContent() instanceof javafx.scene.control.CheckBox b) {
                b.setText(b.getText().replace("  (0)", ""));
            }
        }
    }

    private MenuButton flagsMenu(FilterModel f) {
        MenuButton m = new MenuButton("Pin / edit");
        m.setId("flagsMenu");
        m.getStyleClass().add("facet-menu");
        m.setTooltip(new Tooltip("Show only rows you pinned or edited, or only the others"));
        m.getItems().addAll(flag("Pinned", f.pinnedProperty()), flag("Edited", f.editedProperty()));
        Runnable text = () -> {
            boolean on = f.pinnedProperty().get() != TimelineQuery.Flag.ANY || f.editedProperty().get() != TimelineQuery.Flag.ANY;
            m.pseudoClassStateChanged(PseudoClass.getPseudoClass("active"), on);
        };
        f.pinnedProperty().addListener(o -> text.run());
        f.editedProperty().addListener(o -> text.run());
        return m;
    }

    private static Menu flag(String name, javafx.beans.property.ObjectProperty<TimelineQuery.Flag> p) {
        Menu menu = new Menu(name);
        ToggleGroup g = new ToggleGroup();
        for (TimelineQuery.Flag fl : TimelineQuery.Flag.values()) {
            RadioMenuItem i = new RadioMenuItem(switch (fl) {
                case ANY -> "Any";
                case ONLY -> "Only " + name.toLowerCase(java.util.Locale.ROOT);
                case EXCEPT -> "Only not " + name.toLowerCase(java.util.Locale.ROOT);
            });
            i.setToggleGroup(g);
            i.setSelected(p.get() == fl);
            i.setOnAction(e -> p.set(fl));
            p.addListener((o, old, now) -> i.setSelected(now == fl));
            menu.getItems().add(i);
        }
        return menu;
    }

    /// "02:03:25 – 02:19:09", with dates only when the window spans midnight in the shown zone.
    private String windowText(Instant from, Instant to) {
        java.time.ZoneId z = vm.time().zoneProperty().get();
        boolean days = from != null && to != null
                && !from.atZone(z).toLocalDate().equals(to.atZone(z).toLocalDate());
        return (from == null ? "…" : TimeText.clock(from, z, days)) + " – " + (to == null ? "…" : TimeText.clock(to, z, days));
    }

    /// "Times: UTC ▾": UTC, this computer's zone, or any other.
    static final class ZoneMenu extends MenuButton {
        ZoneMenu(TimeDisplay time, Consumer<String> askZone) {
            setId("zoneMenu");
            getStyleClass().add("facet-menu");
            setTooltip(new Tooltip("The zone times are shown in; the sources' own zones are in each row's tooltip"));
            ToggleGroup g = new ToggleGroup();
            java.time.ZoneId local = java.time.ZoneId.systemDefault();
            RadioMenuItem utc = new RadioMenuItem("UTC");
            utc.setAccelerator(Shortcut.ZONE_UTC.combination());
            RadioMenuItem here = new RadioMenuItem("This computer (" + TimeDisplay.name(local) + ")");
            here.setAccelerator(Shortcut.ZONE_LOCAL.combination());
            RadioMenuItem other = new RadioMenuItem("Other zone…");
            for (RadioMenuItem i : new RadioMenuItem[] {utc, here, other}) {
                i.setToggleGroup(g);
            }
            utc.setOnAction(e -> time.zoneProperty().set(java.time.ZoneOffset.UTC));
            here.setOnAction(e -> time.zoneProperty().set(local));
            other.setOnAction(e -> askZone.accept(TimeDisplay.name(time.zoneProperty().get())));
            getItems().addAll(utc, here, new SeparatorMenuItem(), other);
            Runnable sync = () -> {
                java.time.ZoneId z = time.zoneProperty().get();
                setText("Times: " + TimeDisplay.name(z));
                (TimeDisplay.name(z).equals("UTC") ? utc : z.equals(local) ? here : other).setSelected(true);
            };
            time.zoneProperty().addListener(o -> sync.run());
            sync.run();
            setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
