package dev.pmw.ingest.slack;

import dev.pmw.ingest.ParseResult;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;

import static dev.pmw.ingest.slack.SlackTesting.REALWORLD;
import static dev.pmw.ingest.slack.SlackTesting.byTs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The real 2016 export (slack-export-viewer's test archive), unpacked and as the original ZIP.
class SlackExportRealWorldTest {

    private static ParseResult load(String which) {
        return SlackTesting.importOne(which.equals("zip") ? REALWORLD.resolve("testarchive.zip") : REALWORLD,
                "slack-export");
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "zip"})
    void everyMessageOfBothChannelsIsAnEvent(String which) {
        ParseResult r = load(which);
        SlackTesting.assertNoWarnings(r);
        assertEquals(158, r.events().size());
        assertEquals(Map.of("enrique", 102, "traveling-sailor", 56), r.info().parts());
        assertEquals("UTC", r.info().timezone());
        assertFalse(r.info().zoneAssumed());
        long botsWithEmptyText = r.events().stream().filter(e -> "bot_message".equals(e.attr(Attr.SUBTYPE))).count();
        assertEquals(94, botsWithEmptyText);
        assertTrue(r.events().stream().filter(e -> "bot_message".equals(e.attr(Attr.SUBTYPE)))
                .allMatch(e -> e.isBot() && !e.text().isBlank()), "bot content comes from the attachments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "zip"})
    void timesAreTheExactTsWithMicroseconds(String which) {
        ParseResult r = load(which);
        // "ts": "1452845865.000008" in enrique/2016-01-15.json
        Event e = byTs(r, "1452845865.000008");
        assertEquals(Instant.parse("2016-01-15T08:17:45.000008Z"), e.time());
        assertEquals("1452845865.000008", e.timeInfo().raw());
        assertEquals("enrique/2016-01-15.json", e.source().entry());
        // "ts": "1452988821.000002" (2016-01-17T00:00:21Z) sits in the LA-dated 2016-01-16.json
        assertEquals(Instant.parse("2016-01-17T00:00:21.000002Z"), byTs(r, "1452988821.000002").time());
        // "ts": "1459154014.000018", the bot message with a reaction
        assertEquals(Instant.parse("2016-03-28T08:33:34.000018Z"), byTs(r, "1459154014.000018").time());
        // ordered by time across channels
        for (int i = 1; i < r.events().size(); i++) {
            assertFalse(r.events().get(i).time().isBefore(r.events().get(i - 1).time()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "zip"})
    void namesMentionsAndEscapesAreResolved(String which) {
        ParseResult r = load(which);
        Event mention = byTs(r, "1452837352.000006");
        assertEquals("hamza", mention.actor());
        assertEquals("@abilinski: Created an issue for a setup.py so that it can be installed to a standard place",
                mention.text());
        assertEquals("enrique", mention.attr(Attr.CHANNEL));
        assertEquals("C0JGLMMNX:1452837352.000006", mention.source().recordKey());
        assertEquals("enrique", mention.source().origin());
        // &gt; is unescaped, nothing else is touched
        Event quote = byTs(r, "1458228721.000002");
        assertTrue(quote.text().startsWith(">\"Essentially what I'm getting"), quote.text());
        // a link is shown by its label
        assertEquals("Here's an example: https://github.com/hfaran/progressive/blob/master/setup.py",
                byTs(r, "1452846025.000011").text());
        // &lt;module&gt; inside a code block
        assertTrue(r.events().stream().anyMatch(e -> e.text().contains("line 5, in <module>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "zip"})
    void botMessagesReadTheirAttachmentsAndAreNamedByTheirIntegration(String which) {
        ParseResult r = load(which);
        Event push = byTs(r, "1454892394.000004");
        assertEquals("[enrique:master] 1 new commit by Anthony Bilinski:\n"
                + "ed1acbe: executor with simulated annealing rough draft - Anthony Bilinski", push.text());
        assertEquals("github", push.actor(), "named by the bot_add message that installed it");
        assertEquals("true", push.attr(Attr.BOT));
        assertEquals(EventKind.COMMIT, push.kind());
        assertEquals("ed1acbe", push.attr(Attr.COMMIT));
        assertEquals("botman×1", byTs(r, "1459154014.000018").attr(Attr.REACTIONS));
        // the person who added the integration is not a bot
        Event add = byTs(r, "1452988746.000017");
        assertEquals("bot_add", add.attr(Attr.SUBTYPE));
        assertNull(add.attr(Attr.BOT));
        assertEquals(EventKind.CHAT, add.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "zip"})
    void editsAndFileSharesKeepWhatMattersAndDropTokens(String which) {
        ParseResult r = load(which);
        // "edited": {"ts": "1458981134.000000"}
        assertEquals("2016-03-26T08:32:14Z", byTs(r, "1458972985.000010").attr(Attr.EDITED));
        Event share = r.events().stream().filter(e -> "file_share".equals(e.attr(Attr.SUBTYPE)))
                .filter(e -> e.text().contains("100 cities")).findFirst().orElseThrow();
        assertEquals("@doubledeez uploaded a file: 100 cities", share.text());
        assertEquals("100_cities.js (https://mesos-magellan.slack.com/files/U0BMS113R/F0VNAKDE2/100_cities.js)",
                share.attr(Attr.FILES));
        for (Event e : r.events()) {
            assertFalse(e.text().contains("xoxe") || e.attrs().values().stream().anyMatch(v -> v.contains("xoxe")),
                    () -> "token kept in " + e);
        }
    }
}
