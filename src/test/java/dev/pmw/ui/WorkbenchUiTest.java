package dev.pmw.ui;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.IncidentLoader;
import dev.pmw.timeline.Row;
import dev.pmw.ui.shell.MainView;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.FxBackground;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.pmw.ui.UiSteps.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The window as a user drives it, on JavaFX's Headless platform: files dropped with a synthetic
/// dragboard, typing, clicks, drags on the chart, keyboard shortcuts.
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    private MainViewModel vm;
    private MainView view;

    private Path config;

    @Start
    void start(Stage stage) throws IOException {
        config = Files.createTempDirectory("pmw-ui-test");
        dev.pmw.project.ProjectStore store = new dev.pmw.project.ProjectStore();
        dev.pmw.project.Recovery recovery = new dev.pmw.project.Recovery(config.resolve("recovery"));
        vm = new MainViewModel(new FxBackground(), new IncidentLoader(), new dev.pmw.ui.project.ProjectViewModel.Services(
                store, new dev.pmw.project.RecentProjects(config.resolve("recent.json")), recovery,
                new dev.pmw.project.Autosave(store, recovery, java.time.Duration.ofHours(1))));
        view = new MainView(vm);
        stage.setScene(App.scene(view, 1440, 900));
        stage.show();
    }

    @Test
    void droppingTheSampleFolderGivesTheMergedRowsWithTheSevenKeyMoments(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#emptyState").query().isVisible());
        drop(robot, SampleData.FOLDER);

        List<Row> rows = List.copyOf(table(robot).getItems());
        for (SampleData.Moment m : SampleData.KEY_MOMENTS) {
            assertTrue(rows.stream().anyMatch(m::matches), () -> "not among the key rows: " + m);
        }
        assertFalse(robot.lookup("#emptyState").query().isVisible());
        assertEquals(6, robot.lookup("#sourcesList").queryAs(ListView.class).getItems().size());
        String count = robot.lookup("#rowCount").queryAs(Label.class).getText();
        assertTrue(count.matches("\\d+ of \\d+ rows"), count);
        assertTrue(robot.lookup("#hiddenSummary").queryAs(Label.class).getText().contains("chatter"));
        assertTrue(vm.statusProperty().get().startsWith("Read 6 sources"), vm.statusProperty().get());
    }

    @Test
    void searchRegexKindAndTheChartWindowFilterTheTable(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        robot.clickOn("#searchField").write("pool exhausted");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertTrue(table(robot).getItems().getFirst().event().text().startsWith("Found it: HikariPool-1"));

        robot.clickOn("#regexToggle");
        robot.doubleClickOn("#searchField").push(KeyCode.CONTROL, KeyCode.A).write("^(applying|found) (hotfix|it)");
        waitUntil(() -> table(robot).getItems().size() == 2);

        robot.clickOn("#clearFilters");
        waitUntil(() -> robot.lookup("#searchField").queryAs(TextField.class).getText().isEmpty());
        robot.clickOn("#kindMenu");
        robot.clickOn(robot.lookup((Node n) -> n instanceof CheckBox c && c.getText().startsWith("Ack ")).queryAs(CheckBox.class));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(r -> r.event().kind() == EventKind.ACKNOWLEDGE));
        robot.clickOn("#clearFilters");

        // drag across the chart from a quarter to the middle of its width
        Node chart = robot.lookup("#volumeChart").query();
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        double y = b.getMinY() + b.getHeight() * 0.6;
        robot.drag(new Point2D(b.getMinX() + b.getWidth() * 0.25, y), MouseButton.PRIMARY)
                .moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.5, y)).release(MouseButton.PRIMARY);
        waitUntil(() -> vm.timeline().filter().hasWindow());
        Instant from = vm.timeline().filter().windowFromProperty().get();
        Instant to = vm.timeline().filter().windowToProperty().get();
        assertTrue(from.isBefore(to));
        assertTrue(robot.lookup("#windowChip").query().isVisible());
        waitUntil(() -> table(robot).getItems().stream().allMatch(r -> !r.event().lastTime().isBefore(from)
                && !r.event().time().isAfter(to)));
        assertFalse(table(robot).getItems().isEmpty(), "the middle of the incident window has key rows");
        robot.clickOn("#windowChip");
        waitUntil(() -> !vm.timeline().filter().hasWindow());
    }

    @Test
    void switchingTheChatterRuleOffInTheRulesMenuShowsItsRows(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        int before = table(robot).getItems().size();
        assertFalse(table(robot).getItems().stream().anyMatch(r -> "noise".equals(r.relevance().hiddenBy())));
        robot.clickOn("#rulesMenu");
        robot.clickOn("#rule-chatter");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).getItems().size() > before + 20);
        assertFalse(robot.lookup("#hiddenSummary").queryAs(Label.class).getText().contains("chatter"));
        assertEquals("Rules: 1 off", robot.lookup("#rulesMenu").queryAs(javafx.scene.control.MenuButton.class).getText());
    }

    @Test
    void changingAZoneInTheSourcesPanelReadsTheSourceAgain(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        ListView<?> sources = robot.lookup("#sourcesList").queryAs(ListView.class);
        int at = vm.sources().items().indexOf(vm.sources().items().stream()
                .filter(i -> i.name().equals("incident-slack-thread.txt")).findFirst().orElseThrow());
        robot.interact(() -> sources.scrollTo(at));
        robot.clickOn(robot.lookup((Node n) -> n instanceof Label l && "incident-slack-thread.txt".equals(l.getText()))
                .queryAs(Label.class));
        ComboBox<?> zone = robot.lookup("#zoneCombo").queryAs(ComboBox.class);
        waitUntil(() -> !zone.isDisabled());
        robot.doubleClickOn(zone.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("UTC").push(KeyCode.ENTER);
        waitUntil(() -> findingInText().event().time().equals(Instant.parse("2026-02-16T03:17:00Z")));

        robot.doubleClickOn(zone.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("Europe/Madrid").push(KeyCode.ENTER);
        waitUntil(() -> findingInText().event().time().equals(Instant.parse("2026-02-16T02:17:00Z")));
        assertTrue(vm.sources().items().stream().filter(i -> i.name().equals("incident-slack-thread.txt")).findFirst()
                .orElseThrow().detailLabel().contains("Europe/Madrid"));
    }

    @Test
    void aBurstRowExpandsToItsLinesInTheDetailPane(FxRobot robot, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("log-explorer.csv");
        StringBuilder sb = new StringBuilder("Date,Host,Service,Message,Status\n");
        for (int i = 0; i < 40; i++) {
            sb.append(String.format("2026-02-16T02:%02d:%02d.000Z,pay-1,payment-service,\"request %d timed out after 30000ms\",error%n",
                    10 + (39 - i) / 6, ((39 - i) % 6) * 10, 2000 + i));
        }
        Files.writeString(csv, sb.toString());
        drop(robot, csv);
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.event().kind() == EventKind.LOG_BURST));
        Row burst = table(robot).getItems().stream().filter(r -> r.event().kind() == EventKind.LOG_BURST).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(burst));
        waitUntil(() -> robot.lookup("#burstLines").queryAs(ListView.class).getItems().size() == 40);
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        assertEquals("Lines (40)", tabs.getSelectionModel().getSelectedItem().getText());
        assertTrue(robot.lookup(".sparkline").tryQuery().isPresent(), "the burst row has a sparkline");
    }

    @Test
    void aTimelineOfMoreThanFiftyThousandRowsIsFilteredInTheBackground(FxRobot robot, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("runbook-steps.csv");
        StringBuilder sb = new StringBuilder("time,actor,status,description\n");
        Instant t0 = Instant.parse("2026-02-16T00:00:00Z");
        String[] status = {"triggered", "acknowledged", "resolved", "note"};
        for (int i = 0; i < 60_000; i++) {
            sb.append(t0.plusSeconds(i)).append(",user").append(i % 37).append(',').append(status[i % 4])
                    .append(",step ").append(i).append(" of the runbook for service-").append(i % 11).append('\n');
        }
        Files.writeString(csv, sb.toString());
        drop(robot, csv);
        robot.clickOn("#allRowsToggle");
        waitUntil(() -> table(robot).getItems().size() == 60_000);

        robot.clickOn("#searchField").write("service-7");
        int sevens = (60_000 - 1 - 7) / 11 + 1; // i % 11 == 7
        waitUntil(() -> !vm.timeline().workingProperty().get() && table(robot).getItems().size() == sevens);
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.event().text().endsWith("service-7")));
        robot.push(KeyCode.BACK_SPACE).write("3");
        int threes = (60_000 - 1 - 3) / 11 + 1;
        waitUntil(() -> !vm.timeline().workingProperty().get() && table(robot).getItems().size() == threes
                && table(robot).getItems().getFirst().event().text().endsWith("service-3"));
        robot.interact(() -> table(robot).scrollTo(5_000));
        assertEquals(String.format("%,d of 60,000 rows", threes), robot.lookup("#rowCount").queryAs(Label.class).getText());
    }

    @Test
    void everythingIsReachableFromTheKeyboard(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        robot.clickOn("#timelineTable");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#searchField").query().isFocused());

        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> !vm.timeline().filter().keyOnlyProperty().get());
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> vm.timeline().selectedProperty().get() != null);
        Row first = vm.timeline().selectedProperty().get();
        assertTrue(first.isKey());
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> vm.timeline().selectedProperty().get() != first);
        Row second = vm.timeline().selectedProperty().get();
        assertTrue(second.isKey());
        assertTrue(vm.timeline().visibleIndexOf(second) > vm.timeline().visibleIndexOf(first));
        assertTrue(table(robot).getSelectionModel().getSelectedItem() == second, "the table follows");
        assertTrue(robot.lookup("#detailHeading").queryAs(Label.class).getText().contains(second.event().actor()));
        robot.push(KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> vm.timeline().selectedProperty().get() == first);

        robot.push(KeyCode.F1);
        waitUntil(view::isHelpShowing);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !view.isHelpShowing());
        robot.clickOn("#timelineTable");
        robot.write("?");
        waitUntil(view::isHelpShowing);
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button bt && "Close".equals(bt.getText())).queryAs(Button.class));
        waitUntil(() -> !view.isHelpShowing());
    }

    @Test
    void editingARowsTextInPlaceMarksItAndUndoRedoFollowTheHistory(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        Row finding = table(robot).getItems().stream().filter(r -> r.event().text().startsWith("Found it")).findFirst().orElseThrow();
        robot.interact(() -> vm.timeline().selectedProperty().set(finding));
        robot.clickOn("#timelineTable");
        robot.interact(() -> vm.timeline().selectedProperty().set(finding));
        robot.push(KeyCode.F2);
        waitUntil(() -> robot.lookup(".cell-editor").tryQuery().isPresent());
        TextField editor = robot.lookup(".cell-editor").queryAs(TextField.class);
        assertTrue(editor.getText().startsWith("Found it: HikariPool-1"));
        robot.interact(() -> editor.setText("Pool exhausted: HikariPool-1 at 10/10, 37 waiting"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> textOf(finding.id()).equals("Pool exhausted: HikariPool-1 at 10/10, 37 waiting"));
        Row edited = vm.incidentProperty().get().timeline().byId(finding.id());
        assertTrue(edited.isEdited());
        assertTrue(edited.original().text().startsWith("Found it"), "the source text is kept");
        assertTrue(robot.lookup("#historyTab").query() != null);
        assertEquals(1, vm.editing().entries().size());
        waitUntil(() -> vm.project().titleProperty().get().startsWith("● "));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> textOf(finding.id()).startsWith("Found it"));
        assertTrue(vm.editing().entries().getFirst().undone());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> textOf(finding.id()).startsWith("Pool exhausted"));

        // pinning from the keyboard, then the detail's button takes it back
        robot.push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> vm.incidentProperty().get().timeline().byId(finding.id()).isPinned());
        robot.clickOn("#pinButton");
        waitUntil(() -> !vm.incidentProperty().get().timeline().byId(finding.id()).isPinned());
        assertEquals(3, vm.editing().entries().size());
        robot.clickOn("#timelineTable");
        robot.interact(() -> vm.timeline().selectedProperty().set(vm.incidentProperty().get().timeline().byId(finding.id())));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        waitUntil(() -> !vm.incidentProperty().get().timeline().byId(finding.id()).isKey());
        assertEquals("demoted by you", dev.pmw.timeline.RelevanceRules.label(
                vm.incidentProperty().get().timeline().byId(finding.id()).relevance().hiddenBy()));
    }

    @Test
    void anImplausibleTimeIsRefusedWithTheChoiceToApplyItAnyway(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        Row ack = table(robot).getItems().stream().filter(r -> r.event().text().startsWith("Acknowledged by")).findFirst().orElseThrow();
        robot.interact(() -> vm.editing().setTime(ack, "2026-03-20 02:14:10"));
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && "Apply Anyway".equals(b.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Apply Anyway".equals(b.getText())).queryAs(Button.class));
        waitUntil(() -> vm.incidentProperty().get().timeline().byId(ack.id()).event().time()
                .equals(Instant.parse("2026-03-20T02:14:10Z")));
        assertTrue(vm.editing().entries().getFirst().description().contains("set anyway"));
    }

    @Test
    void saveKeepsTheFileClosingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        drop(robot, SampleData.FOLDER);
        Path file = config.resolve("incident.pmw");
        robot.interact(() -> vm.project().saveAs(file, () -> { }));
        waitUntil(() -> vm.project().titleProperty().get().equals("incident.pmw — Postmortem Workbench"));
        Row alert = table(robot).getItems().stream().filter(SampleData.KEY_MOMENTS.getFirst()::matches).findFirst().orElseThrow();
        robot.interact(() -> vm.editing().setNote(alert, "first signal; no pool monitor existed"));
        waitUntil(() -> vm.project().titleProperty().get().equals("● incident.pmw — Postmortem Workbench"));
        long before = Files.getLastModifiedTime(file).toMillis();
        Thread.sleep(20);

        robot.push(KeyCode.CONTROL, KeyCode.S); // the file is known: no dialog
        waitUntil(() -> !vm.project().dirtyProperty().get());
        assertTrue(Files.getLastModifiedTime(file).toMillis() >= before);
        assertTrue(Files.readString(file).contains("first signal; no pool monitor existed"));

        robot.interact(() -> vm.editing().togglePin(vm.incidentProperty().get().timeline().byId(alert.id())));
        waitUntil(() -> vm.project().dirtyProperty().get());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && "Don't Save".equals(b.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Cancel".equals(b.getText())).queryAs(Button.class));
        assertFalse(vm.incidentProperty().get().isEmpty(), "cancel keeps everything");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Button b && "Don't Save".equals(b.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Don't Save".equals(b.getText())).queryAs(Button.class));
        waitUntil(() -> vm.incidentProperty().get().isEmpty());
        assertEquals("Untitled — Postmortem Workbench", vm.project().titleProperty().get());
    }

    // ---- helpers ---------------------------------------------------------------------------

    private String textOf(String id) {
        Row r = vm.incidentProperty().get().timeline().byId(id);
        return r == null ? "" : r.event().text();
    }

    private Row findingInText() {
        return vm.incidentProperty().get().timeline().rows().stream()
                .filter(r -> r.event().source().format().equals("slack-text") && r.event().text().startsWith("Found it"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Row> table(FxRobot robot) {
        return robot.lookup("#timelineTable").queryAs(TableView.class);
    }

    private void drop(FxRobot robot, Path path) throws Exception {
        UiSteps.drop(view, path);
        waitUntil(() -> !vm.busyProperty().get() && !vm.incidentProperty().get().isEmpty()
                && !table(robot).getItems().isEmpty());
    }


    @SuppressWarnings("unused")
    private static void unused(IOException e) {
    }
}
