package dev.pmw.analysis;

import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// How responders' messages are read, with the phrasings of the sample incident's channel.
class ChatCuesTest {
    private static Event say(String text) {
        return Event.builder("e-x", Instant.parse("2026-02-16T02:20:00Z"), SourceRef.of("s", "slack-export"),
                EventKind.CHAT).actor("someone").text(text).build();
    }

    @Test
    void opinionsAboutAChange() {
        assertEquals(ChatCues.Stance.POINTS_AT, ChatCues.stance("invoice-reconciliation moved to 02:00 UTC on Friday "
                + "(#482) — it runs 40 workers against the same DB."));
        assertEquals(ChatCues.Stance.QUESTION, ChatCues.stance("is this related to the deploy earlier? fraud-scoring "
                + "went out at 23:47 last night"));
        assertEquals(ChatCues.Stance.RULED_OUT, ChatCues.stance("fraud-scoring confirmed unrelated: separate db, zero "
                + "errors overnight. sorry for the noise"));
        assertEquals(ChatCues.Stance.RULED_OUT, ChatCues.stance("fraud-scoring 1.14.2 was a feature flag cleanup, doesnt "
                + "touch the payments db. pretty sure its not that but ill double check"));
        assertEquals(ChatCues.Stance.RULED_OUT, ChatCues.stance("no, payout-sweeper runs at 05:00 and uses its own db"));
        assertEquals(ChatCues.Stance.RULED_OUT, ChatCues.stance("fraud-scoring dashboards look normal so far"));
        assertEquals(ChatCues.Stance.NEUTRAL, ChatCues.stance("checking the fraud-scoring dashboards"));
    }

    @Test
    void aConfirmedMitigationNamesWhatRecovered() {
        assertTrue(ChatCues.confirmsMitigation(say("error rate below 1%. watching for 10 more minutes before I call it mitigated")));
        assertTrue(ChatCues.confirmsMitigation(say("@here status: *mitigated* as of 02:31 UTC. payment API error rate back below 1%.")));
        assertFalse(ChatCues.confirmsMitigation(say("adyen status page all green, backup acquirer too")));
        assertFalse(ChatCues.confirmsMitigation(say("is the error rate below 1% yet?")));
        assertFalse(ChatCues.confirmsMitigation(say("error rate not yet below 1%")));
    }

    @Test
    void symptomsAreStatementsAboutCustomersOrOpenTickets() {
        assertTrue(ChatCues.reportsSymptom(say("anyone else seeing this? customers reporting card payments failing in the app")));
        assertTrue(ChatCues.reportsSymptom(say("Support has 4 tickets from customers whose card payments failed (between "
                + "03:05 and 03:19 our time). Holding replies until we have something to say, anything I can tell them?")));
        assertTrue(ChatCues.reportsSymptom(say("we have 12 new support tickets")));
        assertFalse(ChatCues.reportsSymptom(say("do we know how many customers were affected? I need to tell merchant success")));
        assertFalse(ChatCues.reportsSymptom(say("all 4 tickets closed")));
        assertFalse(ChatCues.reportsSymptom(say("confirmed with the 4 customers, their payments went through on retry")));
        Event bot = say("customers failing").withAttr(Attr.BOT, "true");
        assertFalse(ChatCues.reportsSymptom(bot), "bots do not report symptoms");
        assertEquals(4, ChatCues.tickets("Support has 4 tickets from customers"));
    }

    @Test
    void acksAndResolutions() {
        assertTrue(ChatCues.isAck(say("ack, looking. on the laptop now")));
        assertFalse(ChatCues.isAck(say("+1")));
        assertTrue(ChatCues.declaresResolution(say("Resolving the incident. Impact 02:03–02:31 UTC")));
        assertFalse(ChatCues.declaresResolution(say("keeping the channel open till 03:10, then I'll resolve")));
    }
}
