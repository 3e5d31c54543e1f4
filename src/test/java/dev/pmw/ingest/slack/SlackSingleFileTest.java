package dev.pmw.ingest.slack;

import dev.pmw.ingest.Inputs;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.pmw.ingest.slack.SlackTesting.REALWORLD;
import static dev.pmw.ingest.slack.SlackTesting.ZULIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// A single dropped day file or message object (formats.md §1.6).
class SlackSingleFileTest {
    @TempDir
    Path tmp;

    @Test
    void aDayFileInsideItsExportUsesTheExportsNames() {
        ParseResult r = SlackTesting.importOne(REALWORLD.resolve("enrique/2016-01-15.json"), "slack-export");
        assertEquals(6, r.events().size());
        assertEquals(Map.of("enrique", 6), r.info().parts());
        Event first = r.events().getFirst();
        assertEquals(Instant.parse("2016-01-15T08:17:45.000008Z"), first.time());
        assertEquals("abilinski", first.actor());
        assertEquals("C0JGLMMNX:1452845865.000008", first.source().recordKey());
        assertEquals("enrique/2016-01-15.json", first.source().entry());
    }

    @Test
    void aLoneDayFileKeepsIdsWhereNoNamesAreKnown() throws IOException {
        Path day = tmp.resolve("My Downloads").resolve("2016-01-14.json");
        Files.createDirectories(day.getParent());
        Files.copy(REALWORLD.resolve("enrique/2016-01-14.json"), day);
        ParseResult r = SlackTesting.importOne(day, "slack-export");
        assertEquals(6, r.events().size());
        Event e = SlackTesting.byTs(r, "1452837352.000006");
        assertEquals("U0BMQB6JE", e.actor());
        assertEquals("@U0BMYT2FL: Created an issue for a setup.py so that it can be installed to a standard place", e.text());
        assertNull(e.attr(Attr.CHANNEL));
    }

    @Test
    void zulipMentionFixtureResolvesTheAuthorFromItsInlineProfile() {
        ParseResult r = SlackTesting.importOne(ZULIP.resolve("message_with_user_mentions.json"), "slack-export");
        Event e = r.events().getFirst();
        assertEquals(Instant.parse("2026-02-26T13:27:51.400529Z"), e.time());
        assertEquals("Peter", e.actor(), "user_profile.display_name is empty: real_name");
        assertEquals("@Peter test user mention @U074VRHQ11T", e.text());
        SlackTesting.assertNoWarnings(r);
    }

    @Test
    void zulipFilesFixtureListsFilesWithoutTokens() {
        ParseResult r = SlackTesting.importOne(ZULIP.resolve("message_with_variety_files_and_rich_text.json"), "slack-export");
        Event e = r.events().getFirst();
        assertEquals(Instant.parse("2026-03-04T14:54:25.551219Z"), e.time());
        assertEquals("message with *files  @U074VRHQ11T* \nF07A32DC2GG", e.text());
        assertEquals("Untitled (https://ds-py62195.slack.com/docs/T06NRA6HM3P/F07A32DC2GG); "
                + "channels.json (https://ds-py62195.slack.com/files/U06NU4E26M9/F07A2TVQ7C0/channels.json)", e.attr(Attr.FILES));
        assertFalse(e.toString().contains("xoxe"));
    }

    @Test
    void bothZulipMessagesInOneDayFileShareWhatTheyKnowAboutPeople() throws IOException {
        Path day = tmp.resolve("general").resolve("2026-02-26.json");
        Files.createDirectories(day.getParent());
        Files.writeString(day, "[" + Files.readString(ZULIP.resolve("message_with_variety_files_and_rich_text.json")) + ","
                + Files.readString(ZULIP.resolve("message_with_user_mentions.json")) + "]");
        ParseResult r = SlackTesting.importOne(day, "slack-export");
        assertEquals(List.of("Peter", "Peter"), r.events().stream().map(Event::actor).toList(),
                "the second message's profile names the author of the first");
        assertEquals(Map.of("general", 2), r.info().parts());
        assertEquals("general", r.events().getFirst().attr(Attr.CHANNEL));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"ts\":\"2026-02-16T02:12:09Z\",\"level\":\"error\",\"msg\":\"boom\"}]",
            "{\"ts\":1771207929.4,\"msg\":\"pino-ish\"}",
            "[{\"type\":\"event\",\"ts\":\"1771207929.400529\"}]",
            "{\"channel_id\":\"C1\",\"messages\":[]}",
            "ts,user,text\n1771207929.400529,U1,hello\n",
            "[1, 2, 3]",
    })
    void otherJsonIsNotTakenForSlack(String content) throws IOException {
        Path f = tmp.resolve("x.json");
        Files.writeString(f, content);
        Sniff s = Inputs.sniff(Inputs.file(f));
        assertEquals(0, new SlackExportParser().detect(s), content);
    }

    @Test
    void aDayFileWhoseFirstMessageIsLargerThanTheSniffedHeadIsStillRecognised() throws IOException {
        Path f = tmp.resolve("2026-02-16.json");
        Files.writeString(f, "[{\"type\":\"message\",\"ts\":\"1771207929.400529\",\"text\":\"" + "x".repeat(100_000) + "\"}]");
        assertTrue(new SlackExportParser().detect(Inputs.sniff(Inputs.file(f))) > 0);
    }
}
