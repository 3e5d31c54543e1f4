package dev.pmw.timeline.query;

import dev.pmw.model.EventKind;
import dev.pmw.model.Level;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VolumeHistogramTest {
    private final TimelineIndex ix = TimelineIndexTest.ROWS.isEmpty() ? null
            : TimelineIndex.of(TimelineIndexTest.ROWS, TimelineIndexTest.FILES, RowFlags.NONE);

    @Test
    void countsEveryRecordOnceStackedBySourceWithErrorsApart() {
        int[] all = ix.filter(TimelineQuery.ALL);
        // 02:00–02:45 in 45 one-minute slices: everything is inside
        VolumeHistogram v = VolumeHistogram.of(ix, all, BurstShapes.NONE, TimelineIndexTest.T0,
                TimelineIndexTest.T0.plusSeconds(2700), 45);
        double total = Arrays.stream(v.counts()).flatMapToDouble(Arrays::stream).sum();
        assertEquals(137 + 6, total, 1e-9, "the burst counts its lines");
        assertEquals(137, Arrays.stream(v.errors()).sum(), 1e-9, "the burst is at ERROR");
        assertEquals(3, Arrays.stream(v.counts()[1]).sum(), 1e-9, "slot 1 = source 0 = slack: three chats");
        assertEquals(1, v.counts()[0][40], 1e-9, "the manual note at 02:40");
        assertEquals(137 / 30.0, v.counts()[2][3], 1e-9, "without a shape a burst spreads evenly over 02:03–02:33");
        assertEquals(0, v.before());
        assertEquals(0, v.after());
    }

    @Test
    void aBurstShapeSpreadsItsLinesOverItsSpanAndRowsOutsideAreCounted() {
        int[] all = ix.filter(TimelineQuery.ALL);
        // 02:10–02:20: the burst (02:03–02:33) overlaps; the alert, two chats and the +1 are inside
        VolumeHistogram v = VolumeHistogram.of(ix, all, BurstShapes.NONE, TimelineIndexTest.T0.plusSeconds(600),
                TimelineIndexTest.T0.plusSeconds(1200), 10);
        assertEquals(0, v.before());
        assertEquals(2, v.after(), "02:23 log line and 02:40 note");
        assertEquals(EventKind.LOG_BURST, ix.row(0).event().kind());
        assertEquals(Level.ERROR, ix.row(0).event().level());
        assertEquals(137 / 3.0, Arrays.stream(v.errors()).sum(), 1e-6, "a third of the burst's span is in the window");
        assertEquals(137 / 3.0 + 4, Arrays.stream(v.counts()).flatMapToDouble(Arrays::stream).sum(), 1e-6);
    }
}
