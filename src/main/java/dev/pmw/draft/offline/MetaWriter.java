package dev.pmw.draft.offline;

import dev.pmw.model.Event;
import dev.pmw.model.TimeFlag;
import dev.pmw.timeline.Row;
import dev.pmw.timeline.TimelineSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/// Status, authors and supporting information: the document's own facts.
final class MetaWriter {
    private MetaWriter() {
    }

    static String status(Evidence ev) {
        return "Draft — written offline from the evidence on " + ev.ctx.today() + "; every statement cites timeline rows. "
                + "To be reviewed.\n";
    }

    static String authors() {
        return Md.todo("who writes and who reviews this postmortem?") + "\n";
    }

    static String supporting(Evidence ev) {
        StringBuilder sb = new StringBuilder("Sources of the timeline:\n\n");
        if (!ev.timeline.sources().isEmpty()) {
            for (TimelineSource s : ev.timeline.sources()) {
                var info = s.result().info();
                sb.append("- ").append(Md.quote(dev.pmw.model.SourceRef.fileName(info.file()), 80)).append(" (")
                        .append(Md.quote(info.format(), 40)).append(", ").append(Md.count(s.result().records())).append(" records")
                        .append(info.zoneAssumed() ? ", times without a zone read as " + Md.quote(info.timezone(), 40) : "")
                        .append(")\n");
            }
        } else {
            Map<String, Integer> counts = new LinkedHashMap<>();
            TreeSet<String> assumed = new TreeSet<>();
            for (Row r : ev.timeline.rows()) {
                Event e = r.event();
                String key = dev.pmw.model.SourceRef.fileName(e.source().file()) + " (" + e.source().format() + ")";
                counts.merge(key, 1, Integer::sum);
                if (e.timeInfo().has(TimeFlag.ZONE_ASSUMED) && e.timeInfo().assumedZone() != null) {
                    assumed.add(key + ": " + e.timeInfo().assumedZone());
                }
            }
            counts.forEach((k, n) -> sb.append("- ").append(Md.quote(k, 120)).append(", ").append(Md.plural(n, "row")).append('\n'));
            assumed.forEach(a -> sb.append("- Times without a zone, read as ").append(Md.quote(a, 120)).append('\n'));
        }
        sb.append("\nThe evidence appendix lists every cited row with its time, source file and line.\n");
        return sb.toString();
    }
}
