package dev.pmw.ui.postmortem;

import dev.pmw.model.Event;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.Timeline;
import dev.pmw.ui.Styles;
import dev.pmw.ui.timeline.TimeText;

import java.time.ZoneId;
import java.util.List;

/// The rows a section cites, as the evidence sidebar lists them.
final class CitedRows {
    private CitedRows() {
    }

    static List<EvidenceItem> of(List<String> ids, Timeline timeline, ZoneId zone) {
        return ids.stream().map(id -> {
            Row r = timeline.byId(id);
            if (r == null) {
                return new EvidenceItem(id, "", "", "", "", "Not a row of this timeline (removed, or a typo?)", false);
            }
            Event e = r.event();
            return new EvidenceItem(id, TimeText.clock(e.time(), zone, false), e.kind().label(), Styles.kindFamily(e.kind()),
                    e.actor(), e.text(), true);
        }).toList();
    }
}
