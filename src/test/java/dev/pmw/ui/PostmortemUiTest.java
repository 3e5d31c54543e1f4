package dev.pmw.ui;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.ui.analysis.BoundaryItem;
import dev.pmw.ui.shell.MainView;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.shell.Workspace;
import dev.pmw.ui.work.FxBackground;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.pmw.ui.UiSteps.styles;
import static dev.pmw.ui.UiSteps.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The analysis panel and the Postmortem workspace as a user drives them, on the Headless platform:
/// evidence from the panel, drafting, typing with the checks underlining, the quick fix, undo in the
/// editor, and the export dialog down to the written file.
@ExtendWith(ApplicationExtension.class)
class PostmortemUiTest {
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) throws IOException {
        Path config = Files.createTempDirectory("pmw-ui-test");
        dev.pmw.project.ProjectStore store = new dev.pmw.project.ProjectStore();
        dev.pmw.project.Recovery recovery = new dev.pmw.project.Recovery(config.resolve("recovery"));
        vm = new MainViewModel(new FxBackground(), new IncidentLoader(), new dev.pmw.ui.project.ProjectViewModel.Services(
                store, new dev.pmw.project.RecentProjects(config.resolve("recent.json")), recovery,
                new dev.pmw.project.Autosave(store, recovery, java.time.Duration.ofHours(1))));
        view = new MainView(vm);
        stage.setScene(App.scene(view, 1000, 780));
        stage.show();
    }

    @Test
    void aBoundaryInTheAnalysisPanelFiltersTheTableToItsEvidence(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        waitUntil(() -> robot.lookup("#boundary-detected").tryQuery().isPresent());
        BoundaryItem detected = vm.analysisPanel().boundaries().get(1);

        robot.clickOn("#boundary-detected");

        waitUntil(() -> ids(vm.timeline().visibleRows()).equals(Set.copyOf(detected.evidence())));
        assertTrue(robot.lookup("#evidenceChip").query().isVisible());
        assertEquals(detected.evidence().getFirst(), vm.timeline().selectedProperty().get().id());
        robot.clickOn("#evidenceChip");
        waitUntil(() -> vm.timeline().visibleRows().size() > detected.evidence().size());

        // pin "detected" to the p99 latency alert through the boundary's menu, then undo it
        Row latency = vm.timeline().visibleRows().stream().filter(r -> r.event().text().startsWith("[Triggered] [payment-service] p99"))
                .findFirst().orElseThrow();
        robot.interact(() -> vm.timeline().selectedProperty().set(latency));
        robot.clickOn(robot.lookup("#boundary-detected .boundary-menu").queryAs(Node.class));
        robot.clickOn(robot.lookup((Node n) -> n.getId() != null && n.getId().equals("pin-detected")
                || n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("Pin to the selected row:")).queryAs(Node.class));
        waitUntil(() -> vm.analysisPanel().boundaries().get(1).pinned());
        assertEquals(latency.event().time(), vm.analysisPanel().boundaries().get(1).time());
        robot.clickOn("#timelineTable");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !vm.analysisPanel().boundaries().get(1).pinned());

        // the panel folds away and comes back
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> robot.lookup("#analysisPanel").tryQuery().map(n -> n.getScene() == null).orElse(true));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> robot.lookup("#analysisPanel").tryQuery().isPresent());
        assertEquals(BoundaryKind.DETECTED, detected.kind());
    }

    @Test
    void draftTypeSeeTheUnderlinesFixTheWordingAndExportForNotion(FxRobot robot, @TempDir Path dir) throws Exception {
        drop(robot, SampleData.FOLDER);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> vm.workspaceProperty().get() == Workspace.POSTMORTEM
                && robot.lookup("#draftAllEmpty").query().isVisible());
        waitUntil(() -> !robot.lookup("#draftAllEmpty").queryAs(Button.class).isDisabled());
        robot.clickOn("#draftAllEmpty");
        waitUntil(() -> robot.lookup("#editor-root_cause").tryQuery().isPresent());
        assertEquals(7, vm.postmortem().sections().size());
        assertTrue(vm.postmortem().sections().stream().noneMatch(m -> m.section().text().isBlank()));

        StyleClassedTextArea editor = robot.lookup("#editor-root_cause").queryAs(StyleClassedTextArea.class);
        Node doc = robot.lookup("#documentScroll").query();
        waitUntil(() -> { // the outline's way to a section: scrolled into view
            view.postmortemView().reveal("root_cause");
            Bounds e = editor.localToScene(editor.getBoundsInLocal());
            Bounds d = doc.localToScene(doc.getBoundsInLocal());
            return e.getMinY() >= d.getMinY() && e.getMinY() + 40 < d.getMaxY();
        });
        robot.interact(editor::requestFocus);
        waitUntil(editor::isFocused);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        waitUntil(() -> editor.getSelection().getLength() == editor.getLength());
        robot.write("Dani broke prod. The first alert fired at 02:05 UTC [e-02kcmrf7yrn5].");
        String typed = "Dani broke prod. The first alert fired at 02:05 UTC [e-02kcmrf7yrn5].";
        waitUntil(() -> typed.equals(editor.getText()));
        assertEquals(typed, vm.postmortem().section("root_cause").section().text(), "typing goes to the document");
        assertTrue(vm.project().dirtyProperty().get());

        // the checks run once typing pauses: blame underlined, the invented time marked, the citation a chip
        waitUntil(() -> styles(editor, 0).contains("lint"));
        waitUntil(() -> styles(editor, typed.indexOf("02:05")).contains("claim-value"));
        assertTrue(styles(editor, typed.indexOf("02:05")).contains("claim-contradicted"));
        assertTrue(styles(editor, typed.indexOf("e-02kcmrf7yrn5")).contains("citation"));
        assertFalse(styles(editor, typed.indexOf("alert")).contains("lint"));
        assertTrue(robot.lookup("#findings-root_cause").query().isVisible());

        // Alt+Enter on the blame (the right-click menu's keyboard twin): the quick fix rewrites it neutrally
        robot.interact(() -> editor.moveTo(1));
        robot.push(KeyCode.ALT, KeyCode.ENTER);
        MenuItem fix = waitForMenuItem(robot, "Rewrite as “prod broke after a change”");
        robot.interact(fix::fire);
        String fixed = "prod broke after a change. The first alert fired at 02:05 UTC [e-02kcmrf7yrn5].";
        waitUntil(() -> fixed.equals(editor.getText()));
        waitUntil(() -> !styles(editor, 0).contains("lint"));

        // Ctrl+Z in the editor undoes the fix there, not an edit of the timeline
        int timelineEdits = vm.editing().entries().size();
        robot.interact(editor::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> typed.equals(editor.getText()));
        assertEquals(typed, vm.postmortem().section("root_cause").section().text());
        assertEquals(timelineEdits, vm.editing().entries().size());

        // export: Notion flavour, flagged claims asked about, the file is what the preview shows
        Path target = dir.resolve("postmortem-notion.md");
        view.setExportTarget(name -> target);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> robot.lookup("#exportPreview").tryQuery().isPresent());
        TextArea preview = robot.lookup("#exportPreview").queryAs(TextArea.class);
        waitUntil(() -> preview.getText().contains("[^"));
        robot.clickOn("#format-MARKDOWN_NOTION");
        waitUntil(() -> !preview.getText().isEmpty() && !preview.getText().contains("[^"));
        assertTrue(robot.lookup("#exportIssues").queryAs(javafx.scene.control.ListView.class).getItems().stream()
                .anyMatch(i -> i.toString().contains("02:05")));
        robot.clickOn("#exportConfirm");
        waitUntil(() -> button(robot, "Export Anyway") != null);
        robot.clickOn(button(robot, "Export Anyway"));
        waitUntil(() -> Files.exists(target));
        waitUntil(() -> robot.lookup("#exportPreview").tryQuery().isEmpty());
        String written = Files.readString(target);
        assertTrue(written.contains("02:05"));
        assertFalse(written.contains("[^"), "Notion: numbered references, no footnotes");
        assertTrue(written.startsWith("# payment-service"), written.substring(0, 60));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static Set<String> ids(List<Row> rows) {
        return rows.stream().map(Row::id).collect(Collectors.toSet());
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).tryQuery()
                .map(n -> (Button) n).orElse(null);
    }

    private static MenuItem waitForMenuItem(FxRobot robot, String text) throws Exception {
        MenuItem[] found = {null};
        waitUntil(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof javafx.scene.control.ContextMenu m && m.isShowing()) {
                    for (MenuItem i : m.getItems()) {
                        if (text.equals(i.getText())) {
                            found[0] = i;
                            return true;
                        }
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    private void drop(FxRobot robot, Path path) throws Exception {
        UiSteps.drop(view, path);
        waitUntil(() -> !vm.busyProperty().get() && !vm.incidentProperty().get().isEmpty()
                && vm.analysisProperty().get() != null);
    }
}
