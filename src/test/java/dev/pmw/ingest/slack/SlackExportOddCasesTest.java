package dev.pmw.ingest.slack;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.pmw.ingest.slack.SlackTesting.byTs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Hand-made exports for what the real sample does not contain: broken files, threads across days,
/// modern bots, odd ids.
class SlackExportOddCasesTest {
    @TempDir
    Path tmp;

    private static final String USERS = """
            [{"id":"U1","name":"dani.o","real_name":"Dani Ortega","profile":{"display_name":"","real_name":"Dani Ortega"}},
             {"id":"U2","name":"rafa","real_name":"Rafa Molina","profile":{"display_name":"Rafa","real_name":"Rafa Molina"}},
             {"id":"U3","name":"handle.only"},
             {"id":"UB","name":"deploy-bot","is_bot":true,"profile":{"display_name":"","real_name":"deploy-bot"}}]""";
    private static final String CHANNELS = """
            [{"id":"C1","name":"inc-payments","created":"1771207926"},
             {"id":"C2","name":"deploys","created":1623226043}]""";

    private Path export(Map<String, String> files) throws IOException {
        Path root = tmp.resolve("export");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("users.json", USERS);
        all.put("channels.json", CHANNELS);
        all.putAll(files);
        for (Map.Entry<String, String> f : all.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    private static String msg(String ts, String user, String text, String extra) {
        return "{\"type\":\"message\",\"ts\":\"" + ts + "\",\"user\":\"" + user + "\",\"text\":\"" + text + "\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static List<Diagnostic> warnings(ParseResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
    }

    @Test
    void aMalformedMessageIsReportedWithItsDayFileAndNumberAndTheRestLoads() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-15.json", "["
                + msg("1771207929.000100", "U1", "first", "") + ","
                + "{\"type\":\"message\",\"user\":\"U1\",\"text\":\"no ts here\"},"
                + "\"not a message\","
                + "{\"type\":\"message\",\"ts\":\"yesterday\",\"text\":\"bad ts\"},"
                + msg("1771207930.000200", "U2", "last", "") + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(List.of("first", "last"), r.events().stream().map(Event::text).toList());
        List<Diagnostic> w = warnings(r);
        assertEquals(3, w.size(), w::toString);
        assertTrue(w.get(0).message().startsWith("inc-payments/2026-02-15.json: message #2 has no ts"), w.get(0).message());
        assertTrue(w.get(0).file().endsWith("inc-payments/2026-02-15.json"));
        assertTrue(w.get(1).message().contains("message #3 is not a JSON object"));
        assertTrue(w.get(2).message().contains("message #4 has an unreadable ts"));
        assertTrue(w.get(0).excerpt().contains("no ts here"));
    }

    @Test
    void aTruncatedDayFileKeepsTheMessagesBeforeTheCut() throws IOException {
        String full = "[\n" + msg("1771207929.000100", "U1", "one", "") + ",\n" + msg("1771207930.000100", "U1", "two", "")
                + ",\n" + msg("1771207931.000100", "U1", "three is cut", "") + "\n]";
        Path root = export(Map.of(
                "inc-payments/2026-02-15.json", full.substring(0, full.indexOf("three is") + 5),
                "inc-payments/2026-02-16.json", "[" + msg("1771294329.000100", "U2", "next day", "") + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(List.of("one", "two", "next day"), r.events().stream().map(Event::text).toList());
        List<Diagnostic> w = warnings(r);
        assertEquals(1, w.size(), w::toString);
        assertTrue(w.getFirst().message().contains("inc-payments/2026-02-15.json"), w.getFirst().message());
        assertTrue(w.getFirst().message().contains("truncated"), w.getFirst().message());
        assertEquals(4, w.getFirst().line());
    }

    @Test
    void aDayFileThatIsNotAnArrayIsReportedAndSkipped() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-15.json", "{\"ok\":false}",
                "deploys/2026-02-15.json", "[" + msg("1771207929.000100", "UB", "hello", "") + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(1, r.events().size());
        assertTrue(warnings(r).getFirst().message().startsWith("inc-payments/2026-02-15.json: expected a JSON array"));
    }

    @Test
    void tsWrittenAsANumberIsReadExactly() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-16.json",
                "[{\"type\":\"message\",\"ts\":1771207929.400529,\"user\":\"U1\",\"text\":\"numeric\"},"
                        + "{\"type\":\"message\",\"ts\":1771207930,\"user\":\"U1\",\"text\":\"integer\"}]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(Instant.parse("2026-02-16T02:12:09.400529Z"), r.events().get(0).time());
        assertEquals("C1:1771207929.400529", r.events().get(0).source().recordKey());
        assertEquals("C1:1771207930.000000", r.events().get(1).source().recordKey());
    }

    @Test
    void unknownSubtypesAreKeptAsMessages() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-16.json",
                "[" + msg("1771207929.000100", "U2", "huddle ended", "\"subtype\":\"huddle_thread\"") + "]"));
        Event e = SlackTesting.importOne(root, "slack-export").events().getFirst();
        assertEquals("huddle ended", e.text());
        assertEquals("huddle_thread", e.attr(Attr.SUBTYPE));
        assertEquals(EventKind.CHAT, e.kind());
        assertEquals("Rafa", e.actor());
    }

    @Test
    void repliesInALaterDayFileAreCountedOnceAndTheParentKnowsItsThread() throws IOException {
        String parent = msg("1771207929.000100", "U1", "pool exhausted", "\"thread_ts\":\"1771207929.000100\","
                + "\"reply_count\":3,\"replies\":[{\"user\":\"U2\",\"ts\":\"1771207990.000100\"},"
                + "{\"user\":\"U1\",\"ts\":\"1771294329.000100\"},{\"user\":\"U2\",\"ts\":\"1771294400.000100\"}]");
        String r1 = msg("1771207990.000100", "U2", "what else uses the db?", "\"thread_ts\":\"1771207929.000100\","
                + "\"parent_user_id\":\"U1\"");
        String r2 = msg("1771294329.000100", "U1", "the recon job", "\"thread_ts\":\"1771207929.000100\"");
        String broadcast = msg("1771294400.000100", "U2", "found it, see thread", "\"subtype\":\"thread_broadcast\","
                + "\"thread_ts\":\"1771207929.000100\",\"root\":" + parent);
        Path root = export(Map.of(
                "inc-payments/2026-02-15.json", "[" + parent + "," + r1 + "]",
                "inc-payments/2026-02-16.json", "[" + r2 + "," + broadcast + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(4, r.events().size(), "parent, two replies, one broadcast — replies[] adds nothing");
        assertEquals(Map.of("inc-payments", 4), r.info().parts());
        Event p = byTs(r, "1771207929.000100");
        assertEquals("3", p.attr(Attr.REPLY_COUNT));
        assertNull(p.attr(Attr.THREAD_TS));
        Event reply = byTs(r, "1771294329.000100");
        assertEquals("1771207929.000100", reply.attr(Attr.THREAD_TS));
        assertEquals("inc-payments/2026-02-16.json", reply.source().entry());
        assertNull(reply.attr(Attr.THREAD_PARENT_MISSING));
        assertEquals("thread_broadcast", byTs(r, "1771294400.000100").attr(Attr.SUBTYPE));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics()::toString);
    }

    @Test
    void anOrphanReplyIsKeptAndMarkedWithAnInfoNote() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-16.json", "["
                + msg("1771294329.000100", "U1", "late reply", "\"thread_ts\":\"1770000000.000100\"") + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        Event e = r.events().getFirst();
        assertEquals("late reply", e.text());
        assertEquals("1770000000.000100", e.attr(Attr.THREAD_TS));
        assertEquals("true", e.attr(Attr.THREAD_PARENT_MISSING));
        assertTrue(warnings(r).isEmpty());
        assertEquals(1, r.diagnostics().size());
        assertTrue(r.diagnostics().getFirst().message().contains("1 thread reply whose parent message is not in the export"));
    }

    @Test
    void aDeletedParentIsATombstoneAndItsRepliesStay() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-16.json", "["
                + "{\"type\":\"message\",\"subtype\":\"tombstone\",\"hidden\":true,\"user\":\"USLACKBOT\","
                + "\"text\":\"This message was deleted.\",\"ts\":\"1771207929.000100\",\"thread_ts\":\"1771207929.000100\","
                + "\"reply_count\":1}," + msg("1771207990.000100", "U2", "still here", "\"thread_ts\":\"1771207929.000100\"")
                + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals("This message was deleted.", r.events().get(0).text());
        assertEquals("tombstone", r.events().get(0).attr(Attr.SUBTYPE));
        assertEquals("1", r.events().get(0).attr(Attr.REPLY_COUNT));
        assertNull(r.events().get(1).attr(Attr.THREAD_PARENT_MISSING));
    }

    @Test
    void theSameTsTwiceIsOneEvent() throws IOException {
        String m = msg("1771207929.000100", "U1", "once", "");
        Path root = export(Map.of("inc-payments/2026-02-15.json", "[" + m + "]",
                "inc-payments/2026-02-16.json", "[" + m + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(1, r.events().size());
    }

    @Test
    void everyMentionFormIsResolvedAndOnlyTheThreeEscapesAreUndone() throws IOException {
        String text = "<!here> <!subteam^S123|@oncall> ping <@U1> and <@U2|rafa> and <@U9|old.name> and <@U404>: "
                + "see <#C2|deploys> and <#C1>, <https://x.test/a?b=1&amp;t=xoxe-123|the dashboard>, "
                + "<https://files.test/f.png?t=xoxe-9&amp;v=2>, <mailto:ops@ferropay.test|ops@ferropay.test>, "
                + "<mailto:bare@ferropay.test>, due <!date^1392734382^{date_short}|Feb 18th, 2014> "
                + "&amp;&amp; 5 &lt; 6 &gt; 4 &quot;kept&quot; & <not a token";
        Path root = export(Map.of("inc-payments/2026-02-16.json", "[" + msg("1771207929.000100", "U3", text, "") + "]"));
        Event e = SlackTesting.importOne(root, "slack-export").events().getFirst();
        assertEquals("@here @oncall ping @Dani Ortega and @Rafa and @old.name and @U404: see #deploys and #inc-payments, "
                + "the dashboard, https://files.test/f.png?v=2, ops@ferropay.test, bare@ferropay.test, due Feb 18th, 2014 "
                + "&& 5 < 6 > 4 &quot;kept&quot; & <not a token", e.text());
        assertEquals("handle.only", e.actor(), "no display or real name: the handle");
    }

    @Test
    void authorsFallBackFromUsersFileToProfileToBotNameToId() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-16.json", "["
                + msg("1771207929.000100", "U7", "external", "\"user_profile\":{\"display_name\":\"\",\"real_name\":\"Ext Person\",\"name\":\"ext\"}") + ","
                + "{\"type\":\"message\",\"ts\":\"1771207930.000100\",\"user\":\"U8\",\"bot_id\":\"B8\",\"text\":\"modern app\","
                + "\"bot_profile\":{\"id\":\"B8\",\"name\":\"incident-bot\"}},"
                + "{\"type\":\"message\",\"subtype\":\"bot_message\",\"ts\":\"1771207931.000100\",\"bot_id\":\"B9\",\"username\":\"Datadog\","
                + "\"text\":\"\",\"attachments\":[{\"fallback\":\"[Triggered] cpu\"}]},"
                + msg("1771207932.000100", "U404", "who am I", "") + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        assertEquals(List.of("Ext Person", "incident-bot", "Datadog", "U404"), r.events().stream().map(Event::actor).toList());
        assertEquals(List.of(false, true, true, false), r.events().stream().map(Event::isBot).toList());
        assertEquals(EventKind.ALERT_TRIGGERED, r.events().get(2).kind(), "text from the attachment fallback");
    }

    @Test
    void monitorAndPagingBotsAreClassifiedWithTheirFacts() throws IOException {
        String dd = "{\"type\":\"message\",\"subtype\":\"bot_message\",\"ts\":\"1771207929.400529\",\"bot_id\":\"BDD\","
                + "\"username\":\"Datadog\",\"text\":\"\",\"attachments\":[{\"fallback\":\"[Triggered] [payment-service] API error rate &gt; 5%\","
                + "\"title\":\"[Triggered] [payment-service] API error rate &gt; 5%\",\"title_link\":\"https://app.datadoghq.eu/monitors/1?a=1&amp;b=2\","
                + "\"text\":\"API error rate on *service:payment-service* *env:prod* is *5.8%* (threshold 5%)\","
                + "\"fields\":[{\"title\":\"Value\",\"value\":\"5.8%\",\"short\":true},{\"title\":\"Threshold\",\"value\":\"5%\",\"short\":true}]}]}";
        String pd = "{\"type\":\"message\",\"subtype\":\"bot_message\",\"ts\":\"1771208052.000100\",\"bot_id\":\"BPD\","
                + "\"username\":\"PagerDuty\",\"text\":\"\",\"attachments\":[{\"fallback\":\"Acknowledged by Dani Ortega: [#4711] payment-service\","
                + "\"title\":\"[#4711] payment-service: API error rate &gt; 5%\",\"text\":\"Acknowledged by Dani Ortega\","
                + "\"fields\":[{\"title\":\"Status\",\"value\":\"Acknowledged\"}]}]}";
        String deploy = "{\"type\":\"message\",\"ts\":\"1771208621.000100\",\"user\":\"UB\",\"bot_id\":\"BX\","
                + "\"text\":\":wrench: *payment-service* config change deployed to *production* by <@U1>\","
                + "\"bot_profile\":{\"id\":\"BX\",\"name\":\"deploy-bot\"},"
                + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\":wrench: *payment-service* config change deployed to *production* by <@U1>\"}},"
                + "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":\"pipeline #1187 · config repo commit `9c1e4b7`\"}]}]}";
        String human = msg("1771208106.000100", "U2", "is this related to the deploy earlier?", "");
        Path root = export(Map.of("inc-payments/2026-02-15.json", "[" + dd + "," + pd + "," + human + "," + deploy + "]"));
        ParseResult r = SlackTesting.importOne(root, "slack-export");
        Event alert = r.events().get(0);
        assertEquals(EventKind.ALERT_TRIGGERED, alert.kind());
        assertEquals("[payment-service] API error rate > 5%", alert.attr(Attr.MONITOR));
        assertEquals("5.8%", alert.attr(Attr.VALUE));
        assertEquals("Datadog", alert.actor());
        Event ack = r.events().get(1);
        assertEquals(EventKind.ACKNOWLEDGE, ack.kind());
        assertEquals("Dani Ortega", ack.attr(Attr.RESPONDER));
        assertEquals(EventKind.CHAT, r.events().get(2).kind());
        Event change = r.events().get(3);
        assertEquals(EventKind.CONFIG_CHANGE, change.kind());
        assertEquals("deploy-bot", change.actor());
        assertEquals("payment-service", change.attr(Attr.SERVICE));
        assertEquals("9c1e4b7", change.attr(Attr.COMMIT), "from the context block under the text");
        assertTrue(change.text().startsWith(":wrench: *payment-service* config change deployed to *production* by @Dani Ortega"));
    }

    @Test
    void blocksAreTheTextWhenTextIsEmptyAndFileLinksLoseTheirTokens() throws IOException {
        String m = "{\"type\":\"message\",\"ts\":\"1771207929.000100\",\"user\":\"U1\",\"text\":\"\","
                + "\"blocks\":[{\"type\":\"rich_text\",\"elements\":[{\"type\":\"rich_text_section\",\"elements\":["
                + "{\"type\":\"text\",\"text\":\"pool < 10 & \"},{\"type\":\"user\",\"user_id\":\"U2\"},"
                + "{\"type\":\"link\",\"url\":\"https://x.test\",\"text\":\" docs\"}]},"
                + "{\"type\":\"rich_text_preformatted\",\"elements\":[{\"type\":\"text\",\"text\":\"max=10\"}]}]}],"
                + "\"files\":[{\"id\":\"F1\",\"name\":\"shot.png\",\"url_private\":\"https://files.slack.com/files-pri/T-F1/shot.png?t=xoxe-1-2-3\"},"
                + "{\"id\":\"F2\",\"mode\":\"tombstone\"}]}";
        Path root = export(Map.of("inc-payments/2026-02-16.json", "[" + m + "]"));
        Event e = SlackTesting.importOne(root, "slack-export").events().getFirst();
        assertEquals("pool < 10 & @Rafa docs\n```max=10```", e.text());
        assertEquals("shot.png (https://files.slack.com/files-pri/T-F1/shot.png); (deleted file)", e.attr(Attr.FILES));
    }

    @Test
    void anExportOneFolderDownInAZipWithPrivateChannelsAndDms() throws IOException {
        Path zip = tmp.resolve("Acme Slack export Feb 16 2026.zip");
        Map<String, String> entries = new LinkedHashMap<>();
        String top = "Acme Slack export Feb 16 2026/";
        entries.put(top + "users.json", USERS);
        entries.put(top + "channels.json", CHANNELS);
        entries.put(top + "groups.json", "[{\"id\":\"G1\",\"name\":\"sec-review\"}]");
        entries.put(top + "dms.json", "[{\"id\":\"D1\",\"members\":[\"U1\",\"U2\"]}]");
        entries.put(top + "mpims.json", "[{\"id\":\"G2\",\"name\":\"mpdm-dani--rafa--ben-1\"}]");
        entries.put(top + "inc-payments/2026-02-16.json", "[" + msg("1771207929.000100", "U1", "a", "") + "]");
        entries.put(top + "sec-review/2026-02-16.json", "[" + msg("1771207930.000100", "U1", "b", "") + "]");
        entries.put(top + "D1/2026-02-16.json", "[" + msg("1771207931.000100", "U2", "c", "") + "]");
        entries.put(top + "mpdm-dani--rafa--ben-1/2026-02-16.json", "[" + msg("1771207932.000100", "U2", "d", "") + "]");
        entries.put(top + "old-name/2026-02-16.json", "[" + msg("1771207933.000100", "U2", "e", "") + "]");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        ParseResult r = SlackTesting.importOne(zip, "slack-export");
        assertEquals(Map.of("inc-payments", 1, "sec-review", 1, "DM Dani Ortega, Rafa", 1, "mpdm-dani--rafa--ben-1", 1,
                "old-name", 1), r.info().parts());
        assertEquals("G1:1771207930.000100", byTs(r, "1771207930.000100").source().recordKey());
        assertEquals("D1:1771207931.000100", byTs(r, "1771207931.000100").source().recordKey());
        assertEquals("inc-payments/2026-02-16.json", byTs(r, "1771207929.000100").source().entry());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("old-name")));
    }

    @Test
    void idsAreStableAcrossRunsAndDifferPerMessage() throws IOException {
        Path root = export(Map.of("inc-payments/2026-02-16.json", "[" + msg("1771207929.000100", "U1", "a", "") + ","
                + msg("1771207929.000200", "U1", "b", "") + "]"));
        ParseResult a = SlackTesting.importOne(root, "slack-export");
        ParseResult b = SlackTesting.importOne(root, "slack-export");
        assertEquals(a.events().get(0).id(), b.events().get(0).id());
        assertFalse(a.events().get(0).id().equals(a.events().get(1).id()));
        assertTrue(a.events().get(0).id().startsWith("e-"));
    }
}
