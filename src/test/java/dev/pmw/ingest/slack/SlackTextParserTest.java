package dev.pmw.ingest.slack;

import dev.pmw.ingest.Inputs;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.TimeFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackTextParserTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @TempDir
    Path tmp;

    /// What the desktop client put on the clipboard for a few minutes of an incident channel
    /// (12-hour clock, Madrid), written the way the client lays it out.
    private static final String COPIED = """
            Monday, February 16th
            PagerDuty
            3:12 AM
            joined #inc-2026-02-16-payments.
            Datadog
            APP
            3:12 AM
            [Triggered] [payment-service] API error rate > 5%
            API error rate on service:payment-service env:prod is 5.8% (threshold 5%) over the last 5m.
            Value
            5.8%
            Threshold
            5%
            :rotating_light:
            2
            :eyes:
            1
            Rafa Molina
            3:13 AM
            Declaring SEV2, I'm IC. @Dani Ortega you're ops lead on payment-service
            :+1:
            2
            PagerDuty
            3:14 AM
            [#4711] payment-service: API error rate > 5%
            Acknowledged by Dani Ortega
            Dani Ortega
            Dani Ortega
            3:14 AM
            ack, looking. on the laptop now
            Jordi Puig
            3:15 AM
            is this related to the deploy earlier? fraud-scoring went out at 23:47 last night
            new
            Dani Ortega
            3:17 AM
            Found it: HikariPool-1 in payment-service is exhausted.
            pool stats active=10 idle=0 waiting=37 max=10 (edited)
            :eyes:
            3
            3 replies
            Last reply 2 days ago
            View thread
            3:18
            something else is eating the db connections
            deploy-bot
            3:23 AM
            :wrench: payment-service config change deployed to production by Dani Ortega
            """;

    private ParseResult parse(String text, ParseOptions options) throws IOException {
        Path f = tmp.resolve("thread.txt");
        Files.writeString(f, text);
        return SlackTesting.importOne(f, "slack-text", options);
    }

    @Test
    void messagesComeOutWithAuthorsTimesAndKinds() throws IOException {
        ParseResult r = parse(COPIED, ParseOptions.zone(MADRID));
        List<Event> ev = r.events();
        assertEquals(List.of("PagerDuty", "Datadog", "Rafa Molina", "PagerDuty", "Dani Ortega", "Jordi Puig",
                "Dani Ortega", "Dani Ortega", "deploy-bot"), ev.stream().map(Event::actor).toList());
        // 3:12 AM in Madrid on Monday 16 February (2026: the year whose Feb 16 is a Monday)
        assertEquals(Instant.parse("2026-02-16T02:12:00Z"), ev.get(1).time());
        assertEquals(EventKind.ALERT_TRIGGERED, ev.get(1).kind());
        assertEquals("5.8%", ev.get(1).attr(Attr.VALUE));
        assertEquals("rotating_light×2 eyes×1", ev.get(1).attr(Attr.REACTIONS));
        assertEquals("true", ev.get(1).attr(Attr.BOT));
        assertEquals(EventKind.DECLARE, ev.get(2).kind());
        assertEquals(EventKind.ACKNOWLEDGE, ev.get(3).kind());
        assertEquals(Instant.parse("2026-02-16T02:14:00Z"), ev.get(3).time());
        assertEquals("ack, looking. on the laptop now", ev.get(4).text(), "a repeated name line is one author line");
        assertEquals(EventKind.CHAT, ev.get(5).kind());
        Event found = ev.get(6);
        assertEquals(Instant.parse("2026-02-16T02:17:00Z"), found.time());
        assertEquals("Found it: HikariPool-1 in payment-service is exhausted.\npool stats active=10 idle=0 waiting=37 max=10",
                found.text());
        assertEquals("true", found.attr(Attr.EDITED));
        assertEquals("eyes×3", found.attr(Attr.REACTIONS));
        assertEquals("3", found.attr(Attr.REPLY_COUNT));
        Event continuation = ev.get(7);
        assertEquals(Instant.parse("2026-02-16T02:18:00Z"), continuation.time());
        assertEquals("something else is eating the db connections", continuation.text());
        assertEquals(EventKind.CONFIG_CHANGE, ev.get(8).kind());
        assertEquals("payment-service", ev.get(8).attr(Attr.SERVICE));
        assertTrue(ev.get(8).isBot(), "a -bot name is a bot");
        assertFalse(ev.get(2).isBot());
    }

    @Test
    void everyTimeIsZoneAssumedAndDatesWithoutYearAreFlagged() throws IOException {
        ParseResult r = parse(COPIED, ParseOptions.zone(MADRID));
        for (Event e : r.events()) {
            assertTrue(e.timeInfo().has(TimeFlag.ZONE_ASSUMED));
            assertTrue(e.timeInfo().has(TimeFlag.DATE_ASSUMED));
            assertEquals("Europe/Madrid", e.timeInfo().assumedZone());
        }
        assertEquals("3:17 AM", r.events().get(6).timeInfo().raw());
        assertEquals("Europe/Madrid", r.info().timezone());
        assertFalse(r.info().zoneAssumed(), "the user chose the zone");
        assertTrue(parse(COPIED, ParseOptions.defaults().withReferenceDate(LocalDate.of(2026, 3, 1))).info().zoneAssumed());
    }

    @Test
    void theChannelComesFromTheTextAndSourcesPointAtLines() throws IOException {
        ParseResult r = parse(COPIED, ParseOptions.zone(MADRID));
        assertEquals("inc-2026-02-16-payments", r.events().getFirst().attr(Attr.CHANNEL));
        assertEquals("channel_join", r.events().getFirst().attr(Attr.SUBTYPE));
        assertEquals(java.util.Map.of("inc-2026-02-16-payments", 9), r.info().parts());
        Event found = r.events().get(6);
        assertEquals(35, found.source().line());
        assertEquals("L35", found.source().recordKey());
        assertEquals("slack-text", found.source().format());
    }

    @Test
    void twentyFourHourClockWithAnExplicitYearIsNotDateAssumed() throws IOException {
        String text = """
                Feb 16, 2026
                Dani Ortega
                03:17
                Found it
                Rafa
                14:05
                ok, do it
                """;
        ParseResult r = parse(text, ParseOptions.zone(MADRID));
        assertEquals(Instant.parse("2026-02-16T02:17:00Z"), r.events().get(0).time());
        assertEquals(Instant.parse("2026-02-16T13:05:00Z"), r.events().get(1).time());
        assertFalse(r.events().get(0).timeInfo().has(TimeFlag.DATE_ASSUMED));
        assertTrue(r.events().get(0).timeInfo().has(TimeFlag.ZONE_ASSUMED));
    }

    @Test
    void todayYesterdayAndBareDatesFollowTheReferenceDate() throws IOException {
        String text = """
                Sep 8th
                Ana
                9:00 AM
                before
                Yesterday
                Ana
                9:00 AM
                yesterday's
                Today
                Ana
                9:00 AM
                today's
                """;
        ParseOptions o = ParseOptions.zone(ZoneId.of("UTC")).withReferenceDate(LocalDate.of(2026, 3, 10));
        ParseResult r = parse(text, o);
        // Sep 8th without a year: the most recent one before the reference date
        assertEquals(Instant.parse("2025-09-08T09:00:00Z"), r.events().get(0).time());
        assertEquals(Instant.parse("2026-03-09T09:00:00Z"), r.events().get(1).time());
        assertEquals(Instant.parse("2026-03-10T09:00:00Z"), r.events().get(2).time());
    }

    @Test
    void noDateAtAllUsesTheReferenceDateWithANote() throws IOException {
        String text = "Ana\n11:50 PM\nlate\nBen\n12:10 AM\nafter midnight\n";
        ParseResult r = parse(text, ParseOptions.zone(ZoneId.of("UTC")).withReferenceDate(LocalDate.of(2026, 2, 16)));
        assertEquals(Instant.parse("2026-02-16T23:50:00Z"), r.events().get(0).time());
        assertEquals(Instant.parse("2026-02-17T00:10:00Z"), r.events().get(1).time(), "the clock wrapped: next day");
        assertTrue(r.events().get(0).timeInfo().has(TimeFlag.DATE_ASSUMED));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("names no day")));
    }

    @Test
    void appBadgeOnTheNameLineMakesABotAndRepliedToAThreadIsABroadcast() throws IOException {
        String text = """
                Statuspage Bot APP
                10:00 AM
                Incident resolved: payments
                Marta
                10:02 AM
                replied to a thread: Found it: HikariPool-1 in payment-service is…
                invoice-reconciliation moved to 02:00 UTC on Friday
                """;
        ParseResult r = parse(text, ParseOptions.zone(ZoneId.of("UTC")).withReferenceDate(LocalDate.of(2026, 2, 16)));
        assertEquals("Statuspage Bot", r.events().get(0).actor());
        assertTrue(r.events().get(0).isBot());
        assertEquals(EventKind.RESOLVE, r.events().get(0).kind());
        assertEquals("thread_broadcast", r.events().get(1).attr(Attr.SUBTYPE));
        assertEquals("invoice-reconciliation moved to 02:00 UTC on Friday", r.events().get(1).text());
        assertNull(r.events().get(1).attr(Attr.CHANNEL));
    }

    @Test
    void aMultiLineMessageFollowedByAContinuationKeepsItsLastLine() throws IOException {
        String text = "Dani\n3:17 AM\nFound it\nthe pool is exhausted\n3:18\nsecond message\nRafa\n3:19 AM\nok\n";
        ParseResult r = parse(text, ParseOptions.zone(ZoneId.of("UTC")).withReferenceDate(LocalDate.of(2026, 2, 16)));
        assertEquals(List.of("Found it\nthe pool is exhausted", "second message", "ok"),
                r.events().stream().map(Event::text).toList());
        assertEquals(List.of("Dani", "Dani", "Rafa"), r.events().stream().map(Event::actor).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"time\":\"2026-02-16T02:12:09Z\",\"msg\":\"a\"}\n{\"time\":\"2026-02-16T02:12:10Z\",\"msg\":\"b\"}\n",
            "[{\"ts\":\"1771207929.400529\",\"type\":\"message\"}]",
            "time,user,text\n02:12,dani,hello\n02:13,rafa,hi\n",
            "2026-02-16 02:12:09 ERROR pool exhausted\n2026-02-16 02:12:10 INFO retry\n10:42\n",
            "level=info ts=02:12 msg=\"a\"\nlevel=info ts=02:13 msg=\"b\"\n",
            "| time | event |\n|---|---|\n| 02:12 | alert |\n| 02:14 | ack |\n",
            "commit 1a2b3c4\nAuthor: Dani <d@x>\nDate:   Mon Feb 16 02:12:09 2026 +0100\n\n    fix pool\n",
            "Agenda\n10:00\nStandup at the usual place\n",
    })
    void otherTextIsNotTakenForACopiedThread(String content) throws IOException {
        Path f = tmp.resolve("other.txt");
        Files.writeString(f, content);
        assertEquals(0, new SlackTextParser().detect(Inputs.sniff(Inputs.file(f))), content);
    }

    @Test
    void aCopiedThreadIsDetectedWithLowConfidence() throws IOException {
        Path f = tmp.resolve("thread.txt");
        Files.writeString(f, COPIED);
        assertEquals(30, new SlackTextParser().detect(Inputs.sniff(Inputs.file(f))));
    }
}
