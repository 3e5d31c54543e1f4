package dev.pmw.ui.detail;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.ui.SampleData;
import dev.pmw.ui.shell.MainViewModel;
import dev.pmw.ui.work.ImmediateBackground;
import dev.pmw.timeline.IncidentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetailViewModelTest {
    private final MainViewModel main = SampleData.loaded();
    private final DetailViewModel vm = main.detail();

    @Test
    void aSlackReplyShowsItsThreadAndItsMessageAsExported() {
        // a reply to Dani's 02:17:14 finding: the thread has the parent and 8 replies
        Row reply = rows().stream().filter(r -> "1771208234.104745".equals(r.event().attr("thread_ts"))
                && r.event().source().format().equals("slack-export") && !r.event().source().recordKey().endsWith("1771208234.104745"))
                .findFirst().orElseThrow();
        main.timeline().selectedProperty().set(reply);

        assertEquals(9, vm.thread().size());
        assertTrue(vm.thread().getFirst().event().text().startsWith("Found it: HikariPool-1"));
        assertTrue(vm.thread().stream().anyMatch(r -> r.id().equals(reply.id())));
        assertTrue(vm.recordProperty().get().contains("\"thread_ts\" : \"1771208234.104745\""), vm.recordProperty().get());
        assertTrue(vm.whereProperty().get().contains("› inc-2026-02-16-payments/2026-02-15.json"), vm.whereProperty().get());
        assertTrue(vm.whereProperty().get().contains("channel #inc-2026-02-16-payments"));
        assertTrue(vm.context().stream().anyMatch(Details.ContextLine::current), "the messages around it, itself marked");
        assertTrue(vm.context().size() > 3);
    }

    @Test
    void copiedSlackTextShowsTheWholeRecordTheTimeAsWrittenAndTheZoneAssumed() {
        Row finding = rows().stream().filter(r -> r.event().source().format().equals("slack-text")
                && r.event().text().startsWith("Found it")).findFirst().orElseThrow();
        main.timeline().selectedProperty().set(finding);

        String record = vm.recordProperty().get();
        assertTrue(record.startsWith("Dani Ortega\n3:17 AM\nFound it: HikariPool-1"), record);
        assertTrue(vm.rawTimeProperty().get().contains("As written in the source: 3:17 AM"), vm.rawTimeProperty().get());
        assertTrue(vm.rawTimeProperty().get().contains("no zone in the source; read as"), vm.rawTimeProperty().get());
        assertTrue(vm.whereProperty().get().contains("line " + finding.event().source().line()));
        Details.ContextLine here = vm.context().stream().filter(Details.ContextLine::current).findFirst().orElseThrow();
        assertEquals("line " + finding.event().source().line(), here.where());
        assertEquals("Dani Ortega", here.text());
    }

    @Test
    void aPagerDutyEntryShowsTheJsonRecordAtItsOffset() {
        Row ack = rows().stream().filter(r -> r.event().kind() == EventKind.ACKNOWLEDGE
                && r.event().source().format().equals("pagerduty")).findFirst().orElseThrow();
        main.timeline().selectedProperty().set(ack);
        assertTrue(vm.recordProperty().get().startsWith("{"), vm.recordProperty().get());
        assertTrue(vm.recordProperty().get().contains("\"type\" : \"acknowledge_log_entry\""), vm.recordProperty().get());
        assertTrue(vm.relevanceProperty().get().startsWith("Relevance 0.95 · key event"));
        assertEquals(List.of("page or acknowledgement"), List.copyOf(vm.reasons()));
        assertTrue(vm.whenProperty().get().startsWith("Feb 16 02:14:10 UTC"), vm.whenProperty().get());
    }

    @Test
    void revealInSourceOpensTheFolderHoldingTheFile() {
        List<String> opened = new ArrayList<>();
        vm.setOpener(opened::add);
        main.timeline().selectedProperty().set(rows().stream().filter(r -> r.event().kind() == EventKind.COMMIT)
                .findFirst().orElseThrow());
        assertTrue(vm.revealInSource());
        assertEquals(List.of(SampleData.FOLDER.toAbsolutePath().toUri().toString()), opened);
    }

    @Test
    void aBurstExpandsToItsLogLines(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("log-explorer.csv");
        StringBuilder sb = new StringBuilder("Date,Host,Service,Message,Status\n");
        for (int i = 0; i < 30; i++) { // newest first, as Log Explorer exports
            sb.append(String.format("2026-02-16T02:%02d:%02d.000Z,pay-1,payment-service,\"request %d timed out after 30000ms\",error%n",
                    10 + (29 - i) / 6, ((29 - i) % 6) * 10, 1000 + i));
        }
        sb.append("2026-02-16T02:09:00.000Z,pay-1,payment-service,\"Configuration reloaded: db.pool.max_size 10 -> 50\",info\n");
        Files.writeString(csv, sb.toString());
        MainViewModel m = new MainViewModel(new ImmediateBackground(), new IncidentLoader());
        m.importPaths(List.of(csv));
        Incident inc = m.incidentProperty().get();
        Row burst = inc.timeline().rows().stream().filter(r -> r.event().kind() == EventKind.LOG_BURST).findFirst().orElseThrow();
        assertEquals(30, burst.event().count());
        assertNotNull(m.timeline().sparkline(burst));
        assertEquals(30, java.util.Arrays.stream(m.timeline().sparkline(burst)).sum());

        m.timeline().selectedProperty().set(burst);

        DetailViewModel d = m.detail();
        assertEquals(30, d.burstTotalProperty().get());
        assertEquals(30, d.burst().size());
        assertEquals(Instant.parse("2026-02-16T02:10:00Z"), d.burst().getFirst().time());
        assertEquals("request 1029 timed out after 30000ms", d.burst().getFirst().message());
        assertEquals("ERROR", d.burst().getFirst().level());
        assertEquals(Instant.parse("2026-02-16T02:14:50Z"), d.burst().getLast().time());
        // a burst reads as its template's first line in the file (Log Explorer lists newest first)
        assertTrue(d.headingProperty().get().contains("30 × request 1000 timed out after 30000ms"), d.headingProperty().get());
        assertTrue(d.whenProperty().get().contains(" until Feb 16 02:14:50") || d.whenProperty().get().contains(" until 02:14:50"),
                d.whenProperty().get());
    }

    private List<Row> rows() {
        return main.incidentProperty().get().timeline().rows();
    }
}
