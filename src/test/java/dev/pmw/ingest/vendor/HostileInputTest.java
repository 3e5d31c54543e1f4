package dev.pmw.ingest.vendor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Discovered;
import dev.pmw.ingest.Importer;
import dev.pmw.ingest.Inputs;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.datadog.DatadogEventsParser;
import dev.pmw.ingest.git.GitLogParser;
import dev.pmw.ingest.pagerduty.PagerDutyParser;
import dev.pmw.model.Diagnostic;
import dev.pmw.work.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Inputs built to hurt: a response cut off mid-record, records nested thousands deep, a head that
/// ends inside a value, a gigantic line. Each loads what it can and says what it could not.
class HostileInputTest {
    private final Importer importer = new Importer();

    private ParseResult importOne(Path f) {
        Discovered d = importer.discoverSingle(Inputs.file(f), false, List.of());
        return importer.parse(d, ParseOptions.zone(Fixtures.MADRID), Work.NONE);
    }

    @Test
    void aResponseCutOffMidRecordKeepsTheRecordsBeforeTheCut(@TempDir Path dir) throws IOException {
        String full = Files.readString(Fixtures.resource("fixtures/pagerduty/incident-2318-log-entries.json"));
        int cut = full.indexOf("\"id\": \"Q3ANN0A1B2C3E5\""); // somewhere in the middle of the list
        Path f = dir.resolve("cut.json");
        Files.writeString(f, full.substring(0, cut + 30));
        Fixtures.assertDetected(f, PagerDutyParser.FORMAT);
        ParseResult r = importOne(f);
        assertFalse(r.failed());
        assertTrue(r.events().size() >= 5, "the entries before the cut load: " + r.events().size());
        Diagnostic d = Fixtures.warnings(r).getFirst();
        assertTrue(d.message().contains("cut off or damaged after record"), d.message());
        assertTrue(d.line() > 1);
    }

    @Test
    void deeplyNestedRecordsAreRefusedWithoutStackOverflow(@TempDir Path dir) throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Path f = dir.resolve("deep.json");
        Files.writeString(f, "{\"events\":[{\"date_happened\":1769006460,\"title\":\"ok\"},{\"payload\":" + deep + "}]}");
        ParseResult r = new DatadogEventsParser().parse(Fixtures.source(f), ParseOptions.defaults(), Work.NONE);
        assertEquals(1, r.events().size(), "the record before the bomb loads");
        assertTrue(Fixtures.warnings(r).getFirst().message().contains("cut off or damaged"));
    }

    @Test
    void aLargeResponseIsDetectedFromAHeadThatEndsInsideAValue(@TempDir Path dir) throws IOException {
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(Fixtures.resource("fixtures/pagerduty/incident-2318-log-entries.json").toFile());
        ArrayNode entries = (ArrayNode) doc.get("log_entries");
        ArrayNode many = Json.mapper().createArrayNode();
        for (int i = 0; i < 40; i++) {
            for (var e : entries) {
                ObjectNode c = e.deepCopy();
                c.put("id", e.get("id").asText() + i);
                many.add(c);
            }
        }
        doc.set("log_entries", many);
        Path f = dir.resolve("big.json");
        Files.writeString(f, doc.toPrettyString());
        assertTrue(Files.size(f) > 3 * 64 * 1024);
        Fixtures.assertDetected(f, PagerDutyParser.FORMAT);
        assertEquals(840, importOne(f).events().size());
    }

    @Test
    void aGiganticLineIsCutNotBuffered(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("git.txt");
        StringBuilder sb = new StringBuilder("9476a05f786f7641643e14ae893ae1bc84e426c1|2026-05-31T20:30:10-07:00|hfaran|Release 4.0.0\n");
        sb.append("b46af7e1cdc1a571ef334f0de8c4e7f3cc3f1282|2026-05-31T20:36:28-07:00|Hamza Faran|")
                .append("x".repeat(20 * 1024 * 1024)).append('\n');
        Files.writeString(f, sb);
        ParseResult r = new GitLogParser().parse(Fixtures.source(f), ParseOptions.defaults(), Work.NONE);
        assertEquals(2, r.events().size());
        assertTrue(r.events().stream().allMatch(e -> e.text().length() <= 16 * 1024 * 1024));
    }

    @Test
    void garbageWithAFamiliarShapeIsNotClaimed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("data.json");
        Files.writeString(f, "{\"data\":[{\"type\":\"something-else\",\"id\":1}],\"log_entries\":\"no\"}");
        Discovered d = importer.discoverSingle(Inputs.file(f), false, List.of());
        assertTrue(d.parser() == null || !List.of("datadog-events", "datadog-logs", "datadog-incidents", "pagerduty",
                "opsgenie").contains(d.format()), d.format());
    }
}
