package dev.pmw.timeline.edit;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.Incident;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static dev.pmw.timeline.edit.EditFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditValidatorTest {
    private final Incident base = EditFixtures.incident();
    private final Timeline t = base.timeline();
    private final Row finding = row(t, "Found it"); // 2026-02-16 02:11:40 UTC
    private final Edits edits = Edits.now();

    @Test
    void clockTimesAreReadOnTheRowsDateInTheZoneShown() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        assertEquals(Instant.parse("2026-02-16T02:17:00Z"), EditValidator.parseTime("03:17", finding, madrid, t).time());
        assertEquals(Instant.parse("2026-02-16T02:17:14Z"), EditValidator.parseTime(" 3:17:14 ", finding, madrid, t).time());
        assertEquals(Instant.parse("2026-02-16T02:17:14.250Z"),
                EditValidator.parseTime("02:17:14.25", finding, ZoneOffset.UTC, t).time());
    }

    @Test
    void fullTimestampsAreReadByTheIngestRules() {
        assertEquals(Instant.parse("2026-02-16T02:17:14Z"),
                EditValidator.parseTime("2026-02-16T03:17:14+01:00", finding, ZoneOffset.UTC, t).time());
        assertEquals(Instant.parse("2026-02-16T02:17:00Z"),
                EditValidator.parseTime("2026-02-16 03:17", finding, ZoneId.of("Europe/Madrid"), t).time());
        assertEquals(Instant.parse("2026-02-16T02:17:14Z"),
                EditValidator.parseTime("2026-02-16T02:17:14Z", finding, ZoneId.of("Europe/Madrid"), t).time());
    }

    @Test
    void anUnreadableTimeIsRefusedAndCannotBeForced() {
        for (String bad : List.of("", "soon", "25:00", "02:61", "16/02 3pm", "1217")) {
            EditValidator.TimeInput in = EditValidator.parseTime(bad, finding, ZoneOffset.UTC, t);
            assertFalse(in.ok(), bad);
            assertNull(in.time(), bad);
            assertFalse(in.verdict().forcible(), bad);
            assertFalse(in.verdict().message().isBlank(), bad);
        }
        assertEquals("“soon” is not a time. Type 14:05, 14:05:30, 2026-02-16 14:05 or 2026-02-16T14:05:30Z.",
                EditValidator.parseTime("soon", finding, ZoneOffset.UTC, t).verdict().message());
    }

    @Test
    void aTimeFarOutsideTheSourcesIsRefusedUnlessTheUserInsists() {
        EditValidator.TimeInput in = EditValidator.parseTime("2026-03-16 02:17", finding, ZoneOffset.UTC, t);
        assertFalse(in.ok());
        assertTrue(in.verdict().forcible());
        assertEquals("2026-03-16 02:17:00 UTC is more than a day after the latest time in the sources (plausible: "
                + "2026-02-15 02:04:00 UTC to 2026-02-17 02:23:00 UTC). Use it anyway?", in.verdict().message());
        assertFalse(EditValidator.check(edits.setTime(finding, in.time(), false), t).ok());
        assertTrue(EditValidator.check(edits.setTime(finding, in.time(), true), t).ok(), "forced");
        assertTrue(EditValidator.parseTime("2026-02-17 01:00", finding, ZoneOffset.UTC, t).ok(), "within a day");
        assertFalse(EditValidator.check(edits.addRow(in.time(), EventKind.NOTE, "", "late note", false), t).ok());
        assertTrue(EditValidator.check(edits.addRow(in.time(), EventKind.NOTE, "", "late note", true), t).ok());
    }

    @Test
    void otherRefusals() {
        Row alert = row(t, "[Triggered]");
        assertFalse(EditValidator.check(edits.setText(finding, "  "), t).ok());
        assertFalse(EditValidator.check(edits.setKind(finding, EventKind.LOG_BURST), t).ok());
        assertFalse(EditValidator.check(edits.addRow(finding.event().time(), EventKind.NOTE, "", "", false), t).ok());
        assertFalse(EditValidator.check(edits.revert(alert), t).ok(), "nothing to revert");
        Timeline merged = base.withEdits(new EditLayer(List.of(edits.merge(alert, List.of(finding))))).timeline();
        Row chatter = row(merged, "anyone else");
        assertFalse(EditValidator.check(edits.merge(chatter, List.of(merged.byId(finding.id()))), merged).ok(),
                "already merged into another row");
        assertFalse(EditValidator.check(edits.merge(merged.byId(finding.id()), List.of(chatter)), merged).ok(),
                "a merged row cannot take others");
        Timeline empty = Incident.empty().timeline();
        assertFalse(EditValidator.check(edits.setText(finding, "x"), empty).ok(), "row gone");
    }
}
