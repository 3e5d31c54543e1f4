package dev.pmw.ingest.logs;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.LogStoreBuilder;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import static dev.pmw.ingest.logs.LogFiles.hasDiagnostic;
import static dev.pmw.ingest.logs.LogFiles.levels;
import static dev.pmw.ingest.logs.LogFiles.t;
import static dev.pmw.ingest.logs.LogFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The dialects of formats.md §2 that have no real sample file, written as their loggers write
/// them, plus the field rules shared by all (message/level/service/status/user key orders, zones).
class DialectsTest {
    @TempDir
    Path dir;

    private ParseResult json(String name, String content) {
        return text(dir, name, content);
    }

    private static void is(ParseResult r, String format, String dialect) {
        assertEquals(format, r.info().format(), LogFiles.messages(r));
        assertEquals(dialect, r.info().dialect(), LogFiles.messages(r));
    }

    @Test
    void logrusJsonWithLocalOffsets() {
        ParseResult r = json("logrus.json", """
                {"level":"warning","msg":"disk almost full","time":"2014-03-10T19:57:38-07:00","mount":"/var"}
                {"level":"error","msg":"disk full","time":"2014-03-10T19:58:01-07:00","mount":"/var"}
                """);
        is(r, "json-logs", "logrus");
        assertEquals(t("2014-03-11T02:57:38Z"), r.logs().time(0));
        assertEquals(Level.WARN, r.logs().level(0));
        assertEquals("offsets in source", r.info().timezone());
        assertFalse(r.info().zoneAssumed());
    }

    @Test
    void zapProductionJsonWithFloatSecondsKeepsMicroseconds() {
        ParseResult r = json("zap.json", """
                {"level":"info","ts":1257894000.000123,"caller":"app/main.go:12","msg":"started","logger":"api"}
                {"level":"error","ts":1257894001.5,"caller":"app/main.go:40","msg":"request failed","logger":"api","stacktrace":"main.f\\n\\tapp/main.go:40"}
                """);
        is(r, "json-logs", "zap");
        LogStore s = r.logs();
        assertEquals(t("2009-11-10T23:00:00.000123Z"), s.time(0));
        assertEquals(t("2009-11-10T23:00:01.500Z"), s.time(1));
        assertEquals("api", s.groupOf(1).service());
        assertEquals(Level.ERROR, s.level(1));
    }

    @Test
    void serilogClefRendersTemplatesAndDefaultsToInformation() {
        ParseResult r = json("app.clef", """
                {"@t":"2026-02-16T02:04:38.2730000Z","@mt":"Payment {PaymentId} failed after {Elapsed:0.0} ms","PaymentId":"pay_42","Elapsed":30012.5,"@l":"Error"}
                {"@t":"2026-02-16T02:04:39.0000001Z","@m":"Cache warmed","@i":"a1b2c3d4"}
                {"@t":"2026-02-16T02:04:40Z","@mt":"Literal {{braces}} and {Missing}","@@odd":"x"}
                """);
        is(r, "json-logs", "serilog-clef");
        LogStore s = r.logs();
        assertEquals("Payment pay_42 failed after 30012.5 ms", s.message(0));
        assertEquals(Level.ERROR, s.level(0));
        assertEquals(Level.INFO, s.level(1)); // absent @l means Information
        assertEquals(t("2026-02-16T02:04:39.0000001Z"), s.time(1));
        assertEquals("Literal {braces} and {Missing}", s.message(2));
    }

    @Test
    void structlogUsesEventAsTheMessage() {
        ParseResult r = json("structlog.json", """
                {"event":"user logged in","level":"info","timestamp":"2026-02-16T02:00:00.5Z","logger":"auth","user_id":"u_1"}
                {"event":"token expired","level":"warning","timestamp":"2026-02-16T02:00:01Z","logger":"auth","user_id":"u_2"}
                """);
        is(r, "json-logs", "structlog");
        assertEquals("user logged in", r.logs().message(0));
        assertEquals("auth", r.logs().groupOf(0).service());
        assertEquals(LogStoreBuilder.userHash("u_1"), r.logs().userHash(0));
    }

    @Test
    void lokiApiResponseStreamsValuesWithNanosecondStrings() {
        ParseResult r = json("loki.json", """
                {"status":"success","data":{"resultType":"streams","result":[
                  {"stream":{"app":"payments","level":"error"},"values":[
                    ["1568234281726420425","{\\"level\\":\\"error\\",\\"msg\\":\\"db timeout\\",\\"status\\":503}"],
                    ["1568234280000000001","level=info msg=\\"retrying\\""]]},
                  {"stream":{"service_name":"checkout"},"values":[["1568234282000000000","plain line"]]}
                ]},"stats":{"summary":{"bytesProcessedPerSecond":1}}}
                """);
        is(r, "json-logs", "loki");
        LogStore s = r.logs();
        assertEquals(3, s.size());
        assertEquals(t("2019-09-11T20:38:01.726420425Z"), s.time(0));
        assertEquals("db timeout", s.message(0)); // application JSON inside the line
        assertEquals(Level.ERROR, s.level(0));
        assertEquals(503, s.httpStatus(0));
        assertEquals("payments", s.groupOf(0).service());
        assertEquals(Level.INFO, s.level(1)); // level=info in logfmt text
        assertEquals("checkout", s.groupOf(2).service());
        assertEquals(3, s.line(0));
    }

    @Test
    void lokiLogcliJsonLines() {
        ParseResult r = json("logcli.jsonl", """
                {"labels":{"app":"payments","job":"prod/payments"},"line":"GET /health 200","timestamp":"2026-02-16T03:04:05.123456789+01:00"}
                {"labels":{"app":"payments"},"line":"POST /v1/payments 503","timestamp":"2026-02-16T03:04:06+01:00"}
                """);
        is(r, "json-logs", "loki");
        assertEquals(t("2026-02-16T02:04:05.123456789Z"), r.logs().time(0));
        assertEquals("GET /health 200", r.logs().message(0));
    }

    @Test
    void cloudWatchConsoleArrayAndEmbeddedLambdaJson() {
        ParseResult r = json("cw.json", """
                {"events":[
                 {"logStreamName":"a","timestamp":1712567843827,"message":"{\\"level\\":\\"ERROR\\",\\"message\\":\\"charge failed\\",\\"statusCode\\":502}","eventId":"1"},
                 {"logStreamName":"a","timestamp":1712567843900,"message":"START RequestId: 8f5d Version: $LATEST","eventId":"2"},
                 {"logStreamName":"a","timestamp":1712567843900,"message":"START RequestId: 8f5d Version: $LATEST","eventId":"2"}
                ],"searchedLogStreams":[]}
                """);
        is(r, "json-logs", "cloudwatch");
        LogStore s = r.logs();
        assertEquals(2, s.size()); // the repeated eventId is dropped
        assertEquals("charge failed", s.message(0));
        assertEquals(Level.ERROR, s.level(0));
        assertEquals(502, s.httpStatus(0));
        assertEquals(t("2024-04-08T09:17:23.827Z"), s.time(0)); // the event timestamp, not an inner one
        assertTrue(hasDiagnostic(r, -1, "1 duplicate event (same eventId) was skipped"), LogFiles.messages(r));
    }

    @Test
    void gcpPrettyPrintedArrayIsStreamed() {
        ParseResult r = json("gcloud.json", """
                [
                  {
                    "insertId": "1",
                    "logName": "projects/p/logs/run.googleapis.com%2Fstdout",
                    "resource": {"type": "cloud_run_revision", "labels": {"service_name": "payments", "project_id": "p"}},
                    "severity": "ERROR",
                    "httpRequest": {"status": 503, "requestMethod": "POST"},
                    "jsonPayload": {"message": "upstream timeout", "user_id": "u_9"},
                    "timestamp": "2026-02-16T02:04:38.273912345Z"
                  },
                  {
                    "insertId": "2",
                    "logName": "projects/p/logs/run.googleapis.com%2Fstdout",
                    "resource": {"type": "cloud_run_revision", "labels": {"service_name": "payments"}},
                    "textPayload": "GET /health",
                    "timestamp": "2026-02-16T02:04:37.5Z"
                  }
                ]
                """);
        is(r, "json-logs", "gcp");
        LogStore s = r.logs();
        assertEquals("upstream timeout", s.message(0));
        assertEquals(Level.ERROR, s.level(0));
        assertEquals(503, s.httpStatus(0));
        assertEquals("payments", s.groupOf(0).service());
        assertEquals(t("2026-02-16T02:04:38.273912345Z"), s.time(0));
        assertEquals(Level.INFO, s.level(1)); // absent severity (DEFAULT)
        assertEquals(2, s.line(0));
        assertEquals(11, s.line(1));
    }

    @Test
    void genericJsonArrayFromAConsoleExport() {
        ParseResult r = json("export.json", "[{\"timestamp\":\"2026-02-16T02:00:00Z\",\"message\":\"a\",\"level\":\"warn\"},"
                + "{\"timestamp\":\"2026-02-16T02:00:01Z\",\"message\":\"b\",\"level\":\"info\"}]");
        is(r, "json-logs", "generic");
        assertEquals(2, r.records());
        assertEquals("b", r.logs().message(1));
    }

    @Test
    void prettyPrintedRecordsOneAfterAnother() {
        ParseResult r = json("pretty.json", """
                {
                  "timestamp": "2026-02-16T02:00:00Z",
                  "level": "info",
                  "message": "first"
                }
                {
                  "timestamp": "2026-02-16T02:00:01Z",
                  "level": "error",
                  "message": "second"
                }
                """);
        is(r, "json-logs", "generic");
        assertEquals(2, r.records());
        assertEquals(6, r.logs().line(1));
        assertEquals(Level.ERROR, r.logs().level(1));
    }

    @Test
    void dockerPartialLinesAreRejoinedPerStream() {
        String part1 = "a".repeat(16384);
        ParseResult r = json("container-json.log",
                "{\"log\":\"" + part1 + "\",\"stream\":\"stdout\",\"time\":\"2026-02-16T02:00:00.000000001Z\"}\n"
                        + "{\"log\":\"err line\\n\",\"stream\":\"stderr\",\"time\":\"2026-02-16T02:00:00.000000002Z\"}\n"
                        + "{\"log\":\"bbb\\n\",\"stream\":\"stdout\",\"time\":\"2026-02-16T02:00:00.000000003Z\"}\n");
        is(r, "json-logs", "docker");
        LogStore s = r.logs();
        assertEquals(2, s.size());
        int joined = LogFiles.withMessage(s, "aaaa");
        assertEquals(16387, s.message(joined).length());
        assertTrue(s.message(joined).endsWith("abbb"));
        assertEquals(t("2026-02-16T02:00:00.000000001Z"), s.time(joined)); // the first part's time
        assertEquals(1, s.line(joined));
    }

    @Test
    void dockerWithNestedBunyanJson() {
        ParseResult r = json("c-json.log",
                "{\"log\":\"{\\\"name\\\":\\\"api\\\",\\\"level\\\":50,\\\"msg\\\":\\\"boom\\\",\\\"time\\\":\\\"2026-02-16T02:00:00.123Z\\\",\\\"v\\\":0}\\n\",\"stream\":\"stdout\",\"time\":\"2026-02-16T02:00:00.200Z\"}\n");
        is(r, "json-logs", "docker");
        LogStore s = r.logs();
        assertEquals("boom", s.message(0));
        assertEquals(Level.ERROR, s.level(0)); // bunyan 50
        assertEquals("api", s.groupOf(0).service());
        assertEquals(t("2026-02-16T02:00:00.123Z"), s.time(0)); // inner time preferred
    }

    @Test
    void journaldBinaryMessageAndPriorities() {
        ParseResult r = json("journal.json", """
                {"__REALTIME_TIMESTAMP":"1771207478000001","PRIORITY":"3","SYSLOG_IDENTIFIER":"kernel","MESSAGE":[104,105,255]}
                {"__REALTIME_TIMESTAMP":"1771207478000002","PRIORITY":"4","_SYSTEMD_UNIT":"nginx.service","MESSAGE":"upstream slow"}
                """);
        is(r, "json-logs", "journald");
        LogStore s = r.logs();
        assertEquals("hi\uFFFD", s.message(0));
        assertEquals(Level.ERROR, s.level(0));
        assertEquals(Level.WARN, s.level(1));
        assertEquals("nginx.service", s.groupOf(1).service());
        assertEquals(t("2026-02-16T02:04:38.000002Z"), s.time(1));
    }

    @Test
    void naiveTimesAreReadInTheChosenZoneAndFlagged() {
        ParseOptions madrid = new ParseOptions(ZoneId.of("Europe/Madrid"), false, null, null);
        ParseResult r = text(dir, "py.json", """
                {"asctime":"2026-02-16 03:03:11,123","levelname":"ERROR","message":"pool exhausted","name":"payments"}
                {"asctime":"2026-02-16 03:03:12,500","levelname":"INFO","message":"retry"}
                """, madrid);
        is(r, "json-logs", "generic");
        assertEquals(t("2026-02-16T02:03:11.123Z"), r.logs().time(0));
        assertEquals(Level.ERROR, r.logs().level(0)); // levelname
        assertTrue(r.info().zoneAssumed());
        assertEquals("Europe/Madrid", r.info().timezone());
        assertEquals("Europe/Madrid", r.logs().assumedZone());
        assertTrue(hasDiagnostic(r, -1, "2 times had no zone or offset"), LogFiles.messages(r));
        // a zone the user chose is used, but not shown as an assumption
        ParseResult chosen = text(dir, "py2.json", "{\"asctime\":\"2026-02-16 03:03:11,123\",\"message\":\"x\",\"levelname\":\"INFO\"}\n",
                ParseOptions.zone(ZoneId.of("Europe/Madrid")));
        assertFalse(chosen.info().zoneAssumed());
        assertEquals(t("2026-02-16T02:03:11.123Z"), chosen.logs().time(0));
    }

    @Test
    void keySearchOrdersForMessageLevelServiceStatusAndUser() {
        ParseResult r = json("mixed-keys.json", """
                {"time":"2026-02-16T02:00:00Z","msg":"second choice","message":"first choice","severity":"WARNING","level":"error","service":{"name":"svc-a"},"http":{"status":503},"user":{"id":"u_1"}}
                {"time":"2026-02-16T02:00:01Z","textPayload":"gcp text","status":"err","status_code":404,"usr.id":"u_2","kubernetes":{"container_name":"web"}}
                {"time":"2026-02-16T02:00:02Z","body":"otel body","levelname":"CRITICAL","res":{"statusCode":201},"customer_id":42,"SYSLOG_IDENTIFIER":"cron"}
                {"time":"2026-02-16T02:00:03Z","msg":"pino-ish","level":30,"name":"bunyan-name","logger":"ignored","httpRequest":{"status":302},"userId":"u_4"}
                {"time":"2026-02-16T02:00:04Z","message":"ecs-ish","http.response.status_code":500,"user.id":"u_5","service.name":"svc-e"}
                """);
        is(r, "json-logs", "generic");
        LogStore s = r.logs();
        assertEquals("first choice", s.message(0));
        assertEquals(Level.ERROR, s.level(0)); // level before severity
        assertEquals("svc-a", s.groupOf(0).service());
        assertEquals(503, s.httpStatus(0));
        assertEquals(LogStoreBuilder.userHash("u_1"), s.userHash(0));
        assertEquals("gcp text", s.message(1));
        assertEquals(Level.ERROR, s.level(1)); // Datadog-style status word
        assertEquals(404, s.httpStatus(1));
        assertEquals("web", s.groupOf(1).service());
        assertEquals(LogStoreBuilder.userHash("u_2"), s.userHash(1));
        assertEquals("otel body", s.message(2));
        assertEquals(Level.FATAL, s.level(2));
        assertEquals(201, s.httpStatus(2));
        assertEquals(LogStoreBuilder.userHash("42"), s.userHash(2));
        assertEquals("cron", s.groupOf(2).service());
        assertEquals(Level.INFO, s.level(3)); // bunyan/pino 30
        assertEquals("bunyan-name", s.groupOf(3).service());
        assertEquals(302, s.httpStatus(3));
        assertEquals(500, s.httpStatus(4));
        assertEquals("svc-e", s.groupOf(4).service());
        assertEquals(LogStoreBuilder.userHash("u_5"), s.userHash(4));
    }

    @Test
    void levelScales() {
        ParseResult r = json("levels.json", """
                {"time":"2026-02-16T02:00:00Z","msg":"a","level":10}
                {"time":"2026-02-16T02:00:00Z","msg":"b","level":60}
                {"time":"2026-02-16T02:00:00Z","msg":"c","PRIORITY":"0"}
                {"time":"2026-02-16T02:00:00Z","msg":"d","severity":"NOTICE"}
                {"time":"2026-02-16T02:00:00Z","msg":"e","severity":400}
                {"time":"2026-02-16T02:00:00Z","msg":"f","severityNumber":13}
                {"time":"2026-02-16T02:00:00Z","msg":"g","level":"Information"}
                {"time":"2026-02-16T02:00:00Z","msg":"h","level":"DEBUG5"}
                {"time":"2026-02-16T02:00:00Z","msg":"i","level":"emerg"}
                """);
        LogStore s = r.logs();
        Level[] want = {Level.TRACE, Level.FATAL, Level.FATAL, Level.INFO, Level.WARN, Level.WARN, Level.INFO,
                Level.DEBUG, Level.FATAL};
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], s.level(i), s.message(i));
        }
    }

    @Test
    void textBeforeTheFirstRecordIsReportedNotInvented() {
        ParseResult r = json("banner.json", """
                {"time":"2026-02-16T02:00:00Z","msg":"a","level":"info"}
                """.replace("{", "Starting app v1.2\n{"));
        assertEquals(1, r.records());
        assertTrue(hasDiagnostic(r, 1, "not a log record"), LogFiles.messages(r));
    }

    @Test
    void offsetsAreByteOffsetsEvenAfterNonAsciiText() {
        String l1 = "{\"time\":\"2026-02-16T02:00:00Z\",\"msg\":\"zoë café ☕\"}";
        String l2 = "{\"time\":\"2026-02-16T02:00:01Z\",\"msg\":\"next\"}";
        ParseResult r = json("utf8.json", l1 + "\n" + l2 + "\n");
        assertEquals(l1.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1, r.logs().offset(1));
        assertEquals("zoë café ☕", r.logs().message(0));
    }

    @Test
    void linesAcrossManyBlocksKeepExactNumbersAndOffsets() {
        StringBuilder sb = new StringBuilder();
        int n = 40_000; // about 3 MB: several 1 MiB blocks
        long[] offsets = new long[n];
        long off = 0;
        for (int i = 0; i < n; i++) {
            String l = "{\"time\":\"2026-02-16T02:00:00Z\",\"level\":\"info\",\"msg\":\"line " + i + " " + "x".repeat(i % 97) + "\"}\n";
            offsets[i] = off;
            off += l.length();
            sb.append(l);
            if (i == 20_000) {
                sb.append("   continuation of 20000\n");
                off += "   continuation of 20000\n".length();
            }
        }
        ParseResult r = json("many.json", sb.toString());
        LogStore s = r.logs();
        assertEquals(n, s.size());
        for (int i = 0; i < n; i += 997) {
            assertEquals(offsets[i], s.offset(i), "offset of line " + i);
            assertEquals(i < 20_001 ? i + 1 : i + 2, s.line(i), "number of line " + i);
            assertEquals(("line " + i + " " + "x".repeat(i % 97)).strip(), s.message(i).split("\n")[0]);
        }
        assertEquals(offsets[n - 1], s.offset(n - 1));
        assertTrue(s.message(20_000).endsWith("\n   continuation of 20000"));
    }

    @Test
    void kubectlTimestampsWithStackTraces() {
        ParseResult r = json("pod.log", """
                2026-02-16T02:04:38.273912345Z ERROR pool exhausted
                java.sql.SQLTransientConnectionException: timeout
                \tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)
                2026-02-16T02:04:39.000000001Z {"level":"warn","msg":"retrying","service":"payments"}
                2026-02-16T02:04:40Z plain text
                """);
        is(r, "text-logs", "kubectl-timestamps");
        LogStore s = r.logs();
        assertEquals(3, s.size());
        assertEquals(Level.ERROR, s.level(0));
        assertTrue(s.message(0).endsWith("HikariPool.java:181)"));
        assertEquals("retrying", s.message(1));
        assertEquals("payments", s.groupOf(1).service());
        assertEquals(t("2026-02-16T02:04:39.000000001Z"), s.time(1));
        assertNull(null);
    }

    @Test
    void hugeNumbersInKnownFieldsDoNotCostTheRecord() {
        ParseResult r = json("big.json", "{\"time\":\"2026-02-16T02:00:00Z\",\"msg\":\"x\",\"level\":123456789012345678901234567890,"
                + "\"status\":99999999999999999999999,\"user_id\":1e400}\n");
        assertEquals(1, r.records(), LogFiles.messages(r));
        assertEquals(0, r.logs().httpStatus(0));
    }

    @Test
    void aRecordWithoutMessageKeyShowsItsRawLine() {
        String line = "{\"time\":\"2026-02-16T02:00:00Z\",\"level\":\"warn\",\"pool\":\"main\",\"waiting\":37}";
        ParseResult r = json("nomsg.json", line + "\n" + line.replace("37", "38") + "\n");
        assertEquals(line, r.logs().message(0));
        assertEquals(Level.WARN, r.logs().level(0));
    }

    @Test
    void ansiEpochsAndTemplatesPieces() {
        char[] c = "\u001b[2K\u001b[31mred\u001b[0m \u001b]0;title\u0007x\bDone  \r\n".toCharArray();
        assertEquals("red Done", new String(c, 0, Ansi.clean(c, 0, c.length)));
        char[] e = "1452845865.000008".toCharArray();
        assertEquals(1_452_845_865_000_008_000L, Epochs.parse(e, 0, e.length));
        char[] ns = "1700000000000000001".toCharArray();
        assertEquals(1_700_000_000_000_000_001L, Epochs.parse(ns, 0, ns.length));
        char[] ms = "1745532517537".toCharArray();
        assertEquals(1_745_532_517_537_000_000L, Epochs.parse(ms, 0, ms.length));
        char[] us = "1534860261221373".toCharArray();
        assertEquals(1_534_860_261_221_373_000L, Epochs.parse(us, 0, us.length));
        assertEquals("Done in {Elapsed} ms", ClefTemplate.render("Done in {Elapsed} ms", java.util.List.of()));
        assertEquals("User 7 ok", ClefTemplate.render("User {@Id,5} {$State:l}",
                java.util.List.of(new String[] {"Id", "7"}, new String[] {"State", "ok"})));
        assertEquals(Level.ERROR, Levels.guess("2024/04/16 ERROR [main] failed"));
        assertEquals(Level.WARN, Levels.guess("W0416 06:21:30.494 1 reflector.go:324] watch closed"));
        assertEquals(null, Levels.guess("GET /healthz 200"));
    }

    @Test
    void resultShapeForLogs() {
        ParseResult r = json("shape.json", "{\"time\":\"2026-02-16T02:00:00Z\",\"msg\":\"x\",\"level\":\"info\",\"service\":\"a\"}\n"
                + "{\"time\":\"2026-02-16T02:00:01Z\",\"msg\":\"y\",\"level\":\"info\",\"service\":\"b\"}\n");
        assertTrue(r.events().isEmpty());
        assertEquals(2, r.info().records());
        assertEquals(Map.of("a", 1, "b", 1), r.info().parts());
        assertEquals(Map.of(Level.INFO, 2), levels(r.logs()));
    }
}
