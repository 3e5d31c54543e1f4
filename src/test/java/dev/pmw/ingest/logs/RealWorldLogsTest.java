package dev.pmw.ingest.logs;

import dev.pmw.ingest.LogStore;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Level;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.pmw.ingest.logs.LogFiles.atLine;
import static dev.pmw.ingest.logs.LogFiles.hasDiagnostic;
import static dev.pmw.ingest.logs.LogFiles.levels;
import static dev.pmw.ingest.logs.LogFiles.real;
import static dev.pmw.ingest.logs.LogFiles.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Every real sample under src/test/resources/realworld (copied from /work/shared/realworld with
/// their PROVENANCE.md): detected format and dialect, times spot-checked against the raw text,
/// level counts, and the diagnostics the broken files must produce.
class RealWorldLogsTest {

    private static void shape(ParseResult r, String format, String dialect, long records) {
        assertEquals(format, r.info().format(), r.info().file());
        assertEquals(dialect, r.info().dialect(), r.info().file());
        assertEquals(records, r.records(), r.info().file());
        assertTrue(r.events().isEmpty(), "log lines go into the store, not into events");
    }

    @Test
    void bunyan() {
        ParseResult r = real("json-logs/lnav_logfile_bunyan.0");
        shape(r, "json-logs", "bunyan", 10);
        LogStore s = r.logs();
        assertEquals(t("2023-03-24T14:26:16.243Z"), s.time(atLine(s, 1)));
        assertEquals(t("2023-03-24T14:26:17.493Z"), s.time(atLine(s, 6)));
        assertEquals(t("2023-03-24T14:26:18.331Z"), s.time(atLine(s, 10)));
        assertEquals(Map.of(Level.DEBUG, 9, Level.INFO, 1), levels(s));
        assertEquals("Dependency extraction complete", s.message(atLine(s, 4)));
        assertEquals("renovate", s.groupOf(0).service());
        assertEquals("UTC", r.info().timezone());
        assertFalse(r.info().zoneAssumed());
    }

    @Test
    void pinoWithStringLevelAndEpochMillis() {
        ParseResult r = real("json-logs/lnav_logfile_pino.0");
        shape(r, "json-logs", "pino", 1);
        LogStore s = r.logs();
        assertEquals(t("2025-04-24T22:08:37.537Z"), s.time(0)); // "time":1745532517537
        assertEquals(Level.INFO, s.level(0));
        assertEquals("Charge request received.", s.message(0));
        assertEquals("payment", s.groupOf(0).service()); // literal "service.name" key
    }

    @Test
    void ecsWithDottedLevelKey() {
        ParseResult r = real("json-logs/lnav_logfile_ecs_log.json");
        shape(r, "json-logs", "ecs", 5);
        LogStore s = r.logs();
        assertEquals(t("2025-01-13T09:58:13.631Z"), s.time(0));
        assertEquals(t("2025-01-13T09:58:13.634Z"), s.time(4));
        assertEquals(Map.of(Level.DEBUG, 1, Level.INFO, 1, Level.WARN, 1, Level.ERROR, 1, Level.FATAL, 1), levels(s));
        assertEquals("this is a critical message num=52", s.message(4));
        assertEquals("app", s.groupOf(0).service()); // nested log.logger
    }

    @Test
    void journaldMicrosecondsAndSyslogPriority() {
        ParseResult r = real("json-logs/lnav_logfile_journald.json");
        shape(r, "json-logs", "journald", 2);
        LogStore s = r.logs();
        // "__REALTIME_TIMESTAMP" : "1534860261221373" (µs)
        assertEquals(t("2018-08-21T14:04:21.221373Z"), s.time(0));
        assertEquals(t("2018-08-21T14:04:21.221373Z"), s.time(1));
        assertEquals(Level.FATAL, s.level(0)); // PRIORITY "1" (alert)
        assertEquals(Level.INFO, s.level(1)); // PRIORITY "6"
        assertEquals("GPS Reference latitude: 46.908706667", s.message(1));
        assertEquals("python", s.groupOf(0).service()); // SYSLOG_IDENTIFIER
    }

    @Test
    void otlpCollectorFileWithResourceServiceNames() {
        ParseResult r = real("json-logs/lnav_logfile_otel_collector.jsonl");
        shape(r, "json-logs", "otlp", 11);
        LogStore s = r.logs();
        assertEquals(t("2023-11-14T22:13:20Z"), s.time(0)); // "timeUnixNano":"1700000000000000000"
        int last = s.size() - 1;
        assertEquals(t("2023-11-14T22:13:30Z"), s.time(last)); // "1700000010000000000"
        assertEquals("payment-service", s.groupOf(0).service());
        assertEquals("env-test", s.groupOf(last).service());
        assertEquals(Map.of(Level.INFO, 5, Level.WARN, 1, Level.ERROR, 1, Level.TRACE, 1, Level.DEBUG, 1,
                Level.FATAL, 1, Level.UNKNOWN, 1), levels(s));
        assertEquals("Failed to update order status: database connection timeout", s.message(3));
        assertEquals(2, s.line(3)); // records of one batch share the batch's line
    }

    @Test
    void rustTracingMessageUnderFields() {
        ParseResult r = real("json-logs/lnav_logfile_rust_tracing.0");
        shape(r, "json-logs", "rust-tracing", 5);
        LogStore s = r.logs();
        assertEquals(t("2025-10-28T19:15:10.821315Z"), s.time(0));
        assertEquals(t("2025-10-28T19:15:10.821723Z"), s.time(4));
        assertEquals("preparing to shave yaks", s.message(0));
        assertEquals(Map.of(Level.INFO, 2, Level.TRACE, 1, Level.WARN, 1, Level.ERROR, 1), levels(s));
        assertEquals("fmt_json::yak_shave", s.groupOf(1).service()); // target
    }

    @Test
    void log4j2InstantWithNanoseconds() {
        ParseResult r = real("json-logs/lnav_logfile_json_subsec.json");
        shape(r, "json-logs", "log4j2", 2);
        LogStore s = r.logs();
        // {"epochSecond": 1663977609,"nanoOfSecond": 484000000}
        assertEquals(t("2022-09-24T00:00:09.484Z"), s.time(0));
        // {"epochSecond": 1663977619,"nanoOfSecond": 222000123}
        assertEquals(t("2022-09-24T00:00:19.222000123Z"), s.time(1));
        assertEquals("Goodbye, World!", s.message(1));
    }

    @Test
    void genericJsonWithBadTimeAnsiAndCustomLevels() {
        ParseResult r = real("json-logs/lnav_logfile_json.json");
        shape(r, "json-logs", "generic", 14);
        LogStore s = r.logs();
        assertEquals(t("2013-09-06T20:00:48.124817Z"), s.time(0));
        assertEquals(t("2013-09-06T22:01:00Z"), s.time(atLine(s, 9))); // "2013-09-06 22:01:00Z"
        // ANSI colour escapes are stripped for display
        assertEquals("Starting up service", s.message(1));
        // "ts": "xxx": kept, no time, placed after its predecessor, reported
        int bad = atLine(s, 6);
        assertNull(s.time(bad));
        assertEquals("bad ts...", s.message(bad));
        assertTrue(hasDiagnostic(r, 6, "\"xxx\" is not a time"), LogFiles.messages(r));
        int[] order = s.timeOrder();
        int pos = java.util.Arrays.stream(order).boxed().toList().indexOf(bad);
        assertEquals(atLine(s, 5), order[pos - 1]);
        assertEquals(Map.of(Level.TRACE, 1, Level.INFO, 2, Level.DEBUG, 6, Level.UNKNOWN, 1, Level.WARN, 1,
                Level.ERROR, 1, Level.FATAL, 2), levels(s));
        assertEquals("com.example.foo.bar.bazzer", s.groupOf(0).service()); // logger
    }

    @Test
    void invalidJsonLineIsReportedAndTheRestLoads() {
        ParseResult r = real("json-logs/lnav_logfile_invalid_json.json");
        shape(r, "json-logs", "generic", 4);
        LogStore s = r.logs();
        assertTrue(hasDiagnostic(r, 3, "not valid JSON"), LogFiles.messages(r));
        var d = r.diagnostics().stream().filter(x -> x.line() == 3).findFirst().orElseThrow();
        assertTrue(d.excerpt().startsWith("{\"ts\": \"2013-09-06T22:00:49.124817Z\""), d.excerpt());
        assertEquals(t("2013-09-06T22:00:59.124817Z"), s.time(atLine(s, 4)));
        assertEquals(t("2013-09-06T22:00:59.222222Z"), s.time(atLine(s, 5)));
        assertEquals("Details...", s.message(atLine(s, 5))); // nested @fields.msg
        assertEquals(Map.of(Level.TRACE, 1, Level.INFO, 1, Level.DEBUG, 2), levels(s));
    }

    @Test
    void mixedJsonAndTextLinesBecomeContinuations() {
        ParseResult r = real("json-logs/lnav_logfile_mixed_json2.json");
        shape(r, "json-logs", "generic", 13);
        LogStore s = r.logs();
        int third = atLine(s, 3);
        assertEquals("Shutting down service\n"
                + "timestamp=\"2013-09-06T22:00:50.123000Z\" level=\"INFO\" msg=\"Hello, World\"\n"
                + "panic: foo bar failed baz\n"
                + "   level1.py:10034\n   level2.py:100\n   level3.py:42", s.message(third));
        assertTrue(hasDiagnostic(r, -1, "5 lines are not log records"), LogFiles.messages(r));
        assertEquals(t("2013-09-06T22:00:49.124817Z"), s.time(third));
        assertEquals(t("2013-09-06T22:01:49.124817Z"), s.time(atLine(s, 18)));
        assertEquals(Level.FATAL, s.level(atLine(s, 18)));
    }

    @Test
    void logfmt() {
        ParseResult r = real("json-logs/lnav_logfile_logfmt.0");
        shape(r, "text-logs", "logfmt", 5);
        LogStore s = r.logs();
        assertEquals(t("2021-09-15T21:17:10.220731Z"), s.time(0));
        assertEquals(t("2021-09-15T21:18:20.335825Z"), s.time(4));
        assertEquals(Map.of(Level.ERROR, 2, Level.WARN, 1, Level.INFO, 2), levels(s));
        assertEquals("Failed to DeletePod in the provider", s.message(1));
    }

    @Test
    void zapConsoleWithStackTraceContinuation() {
        ParseResult r = real("json-logs/lnav_logfile_zap_console.0");
        shape(r, "text-logs", "zap-console", 3);
        LogStore s = r.logs();
        assertEquals(t("2025-04-24T22:09:20.854Z"), s.time(0));
        assertEquals(t("2025-04-24T22:09:20.856Z"), s.time(1));
        assertEquals(t("2025-04-24T22:09:21.256Z"), s.time(2));
        assertEquals(Map.of(Level.INFO, 2, Level.ERROR, 1), levels(s));
        assertTrue(s.message(1).startsWith("Exporting failed. Dropping data."), s.message(1));
        assertTrue(s.message(1).endsWith("exporterqueue/async_queue.go:47"), s.message(1));
        assertEquals(9, s.line(2));
    }

    @Test
    void dockerComposeOutput() {
        ParseResult r = real("json-logs/lnav_logfile_docker_compose.0");
        shape(r, "text-logs", "docker-compose", 22);
        LogStore s = r.logs();
        assertEquals("web", s.groupOf(0).service());
        assertEquals("* Serving Flask app 'app.py'", s.message(0).strip());
        assertNull(s.time(0)); // compose adds no time and flask wrote none
        // redis writes its own time: "1:C 25 Apr 2024 05:32:35.018", read in the assumed zone
        int redis = atLine(s, 11);
        assertEquals("redis", s.groupOf(redis).service());
        assertEquals(t("2024-04-25T05:32:35.018Z"), s.time(redis));
        assertEquals(t("2024-04-25T05:54:43.948Z"), s.time(atLine(s, 22)));
        assertTrue(r.info().zoneAssumed());
        assertEquals(Level.WARN, s.level(2)); // "WARNING: This is a development server"
        assertFalse(s.message(2).contains("\u001b"));
    }

    @Test
    void dockerJsonFileWithVaryingFractionsAndANaiveTime() {
        ParseResult r = real("k8s-docker-logs/plaso_docker_container-json.log");
        shape(r, "json-logs", "docker", 10);
        LogStore s = r.logs();
        assertEquals(t("2016-01-07T16:49:10Z"), s.time(0)); // "2016-01-07T16:49:10.0": no zone; Docker writes UTC
        assertEquals(t("2016-01-07T16:49:10.2Z"), s.time(1));
        assertEquals(t("2016-01-07T16:49:10.237222729Z"), s.time(9));
        assertEquals(t("2016-01-07T16:49:10.23722272Z"), s.time(8));
        // OSC title escape and \r\n removed for display
        assertEquals("root@e7d0b7ea5ccf:/home/plaso# ls", s.message(0));
        assertTrue(r.info().zoneAssumed());
        assertEquals("UTC", r.info().timezone());
        assertTrue(hasDiagnostic(r, -1, "had no zone"), LogFiles.messages(r));
    }

    @Test
    void dockerJsonFileOneLine() {
        ParseResult r = real("k8s-docker-logs/fluentbit_core_base_docker-json.log");
        shape(r, "json-logs", "docker", 1);
        assertEquals(t("2019-04-01T17:58:33.598656444Z"), r.logs().time(0));
        assertEquals("Fluent Bit is logging", r.logs().message(0));
    }

    @Test
    void dockerWithApplicationJsonInsidePrefersTheInnerTime() {
        ParseResult r = real("k8s-docker-logs/fluentbit_istio-proxy_docker-json.log");
        shape(r, "json-logs", "docker", 1);
        LogStore s = r.logs();
        // inner "time":"2018-09-21T02:56:05.979833Z" wins over the docker time 02:56:06.978292233Z
        assertEquals(t("2018-09-21T02:56:05.979833Z"), s.time(0));
        assertEquals(Level.INFO, s.level(0)); // inner "level":"info"
    }

    @Test
    void criPartialAndFullLines() {
        ParseResult r = real("k8s-docker-logs/plaso_cri.log");
        assertEquals("text-logs", r.info().format());
        assertEquals("cri", r.info().dialect());
        LogStore s = r.logs();
        assertEquals(t("2016-10-06T00:17:09.669794203Z"), s.time(atLine(s, 2)));
        assertEquals("log content 2", s.message(atLine(s, 2)));
        assertEquals(t("2024-04-16T06:21:30.49495227Z"), s.time(atLine(s, 4)));
        assertEquals(t("2024-04-16T06:21:39Z"), s.time(atLine(s, 6))); // "06:21:39.0Z"
        assertEquals(t("2024-04-16T06:25:44.094383157Z"), s.time(atLine(s, 17)));
        // line 1 is a partial (P) stdout line whose next stdout part comes 8 years later: not joined
        assertEquals("log content 1", s.message(atLine(s, 1)));
        assertEquals(17, r.records());
    }

    @Test
    void gcpLogEntries() {
        ParseResult r = real("gcp-cloud-logging/plaso_gcp_logging.jsonl");
        shape(r, "json-logs", "gcp", 11);
        LogStore s = r.logs();
        assertEquals(t("2021-10-19T02:57:47.339377Z"), s.time(0));
        assertEquals(t("2021-10-19T02:43:48.064377809Z"), s.time(4));
        assertEquals(t("2024-12-03T17:58:44.882119699Z"), s.time(10));
        assertEquals(Map.of(Level.INFO, 10, Level.ERROR, 1), levels(s)); // NOTICE and absent (DEFAULT) are info
        assertEquals("This is a text payload", s.message(8));
        assertEquals("This is a json payload", s.message(7));
        assertEquals("beta.compute.networks.insert projects/fake-project/global/networks/test", s.message(0));
    }

    @Test
    void cloudWatchFilterLogEvents() {
        ParseResult r = real("cloudwatch-logs/awscli_example_filter-log-events.output.json");
        shape(r, "json-logs", "cloudwatch", 2);
        LogStore s = r.logs();
        assertEquals(t("2024-04-08T09:17:23.827Z"), s.time(0)); // 1712567843827
        assertEquals(t("2024-04-08T09:21:08.991Z"), s.time(1)); // 1712568068991
        assertEquals("Test MESSAGE2", s.message(1));
        assertEquals(10, s.line(1));
    }

    @Test
    void cloudWatchGetLogEventsKeepsRepeatsWithoutEventId() {
        ParseResult r = real("cloudwatch-logs/awscli_example_get-log-events.output.json");
        shape(r, "json-logs", "cloudwatch", 3);
        LogStore s = r.logs();
        assertEquals(t("2015-06-01T20:23:04.356Z"), s.time(0)); // 1433190184356
        assertEquals(t("2015-06-01T20:23:04.356Z"), s.time(1));
        assertEquals(t("2015-06-01T20:23:04.358Z"), s.time(2));
        assertEquals("Example Event 2", s.message(2));
    }
}
