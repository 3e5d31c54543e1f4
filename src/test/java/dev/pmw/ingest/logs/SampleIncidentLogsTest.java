package dev.pmw.ingest.logs;

import dev.pmw.ingest.LogGroup;
import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Level;
import dev.pmw.timeline.Bursts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.pmw.ingest.logs.LogFiles.levels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The sample incident's log (samples/payment-service-outage) against the ground truth its
/// generator wrote into samples/README.md: line count, level counts, 5xx count, and the HikariPool
/// timeouts collapsing into one ERROR burst from the first 5xx to the last.
class SampleIncidentLogsTest {
    private static final Path LOG = Path.of("samples/payment-service-outage/error-logs-2026-02-16.json");
    private static final Path README = Path.of("samples/README.md");

    private static String truth(String row) throws IOException {
        Matcher m = Pattern.compile("^\\| " + Pattern.quote(row) + "[^|]* \\| ([^|]+) \\|$", Pattern.MULTILINE)
                .matcher(Files.readString(README));
        assertTrue(m.find(), "README row " + row);
        return m.group(1).trim();
    }

    @Test
    void matchesTheGroundTruthOfTheReadme() throws IOException {
        ParseResult r = LogFiles.parse(LOG);
        assertEquals("json-logs", r.info().format());
        assertEquals("generic", r.info().dialect());
        assertEquals(Long.parseLong(truth("total lines")), r.records());
        assertEquals("UTC", r.info().timezone());
        assertEquals(0, r.warnings(), LogFiles.messages(r));

        Map<Level, Integer> want = new EnumMap<>(Level.class);
        for (String part : truth("lines per level").split(",\\s*")) {
            String[] kv = part.trim().split(" ");
            want.put(Level.valueOf(kv[0]), Integer.parseInt(kv[1]));
        }
        assertEquals(want, levels(r.logs()));

        LogStore s = r.logs();
        int fivexx = 0;
        for (int i = 0; i < s.size(); i++) {
            if (s.httpStatus(i) >= 500) {
                fivexx++;
            }
        }
        assertEquals(Integer.parseInt(truth("5xx request lines").split(" ")[0]), fivexx);

        Map<String, Integer> services = new java.util.TreeMap<>();
        for (String part : truth("lines per service").split(",\\s*")) {
            String[] kv = part.trim().split(" ");
            services.put(kv[0], Integer.parseInt(kv[1]));
        }
        assertEquals(services, new java.util.TreeMap<>(r.info().parts()));
    }

    @Test
    void hikariPoolTimeoutsFormOneErrorBurstFromTheFirstToTheLast5xx() throws IOException {
        LogStore s = LogFiles.parse(LOG).logs();
        Bursts b = Bursts.of(s);
        List<Bursts.Cluster> hikari = b.clusters().stream()
                .filter(c -> {
                    LogGroup g = s.groups().get(c.group());
                    return g.level() == Level.ERROR && g.template().startsWith("HikariPool-# - Connection is not available");
                })
                .toList();
        assertEquals(1, hikari.size(), "HikariPool bursts: " + hikari);
        Bursts.Cluster c = hikari.getFirst();
        Instant first = Instant.parse(truth("first 5xx").split(" ")[0]);
        Instant last = Instant.parse(truth("last 5xx").split(" ")[0]);
        assertEquals(first, Instant.ofEpochSecond(0, c.firstNanos()));
        assertEquals(last, Instant.ofEpochSecond(0, c.lastNanos()));
        assertTrue(first.toString().startsWith("2026-02-16T02:04"), first.toString());
        assertEquals(Integer.parseInt(truth("5xx request lines").split(" ")[0]), c.count());
        assertEquals("payment-service", s.groups().get(c.group()).service());
    }
}
