package dev.pmw.draft.offline;

import dev.pmw.analysis.BoundaryKind;
import dev.pmw.draft.Citations;
import dev.pmw.timeline.Row;

import java.util.List;

/// Detection (with its gaps) and resolution: how the incident was noticed, handled and closed.
final class ResponseWriter {
    private ResponseWriter() {
    }

    static String detection(Evidence ev, List<Factors.Factor> factors) {
        StringBuilder sb = new StringBuilder();
        if (ev.detected != null) {
            sb.append("Detected at ").append(Md.time(ev.detected)).append(" by ").append(SummaryWriter.rule(ev, BoundaryKind.DETECTED));
            Double ttd = ev.analysis.durations().timeToDetect();
            if (ttd != null) {
                sb.append(", ").append(Md.minutes(ttd)).append(" after the impact started");
            }
            sb.append(Citations.after(SummaryWriter.first(ev, BoundaryKind.DETECTED))).append('.');
            if (ev.acknowledged != null) {
                sb.append(" Acknowledged at ").append(Md.time(ev.acknowledged));
                Double tta = ev.analysis.durations().timeToAcknowledge();
                if (tta != null) {
                    sb.append(", ").append(Md.minutes(tta)).append(" later");
                }
                sb.append(Citations.after(SummaryWriter.first(ev, BoundaryKind.ACKNOWLEDGED))).append('.');
            }
            sb.append('\n');
        } else {
            sb.append("When the incident was detected could not be derived (").append(ev.missing(BoundaryKind.DETECTED)).append(").\n");
        }
        List<Factors.Factor> gaps = factors.stream().filter(f -> f.gap() == Factors.Gap.NO_ALERT_ON_RESOURCE
                || f.gap() == Factors.Gap.DETECTION_LAG || f.gap() == Factors.Gap.SLOW_ACK).toList();
        sb.append("\n**Detection gaps:**\n\n");
        gaps.forEach(f -> sb.append("- ").append(f.text()).append('\n'));
        if (gaps.isEmpty()) {
            sb.append("- No detection gap is visible in the evidence.\n");
        }
        sb.append("- ").append(Md.todo("which signal showed the problem first, can it page, and did any alert fire that nobody acted on?")).append('\n');
        return sb.toString();
    }

    static String resolution(Evidence ev) {
        StringBuilder sb = new StringBuilder();
        if (!ev.changesDuring.isEmpty()) {
            sb.append("Changes made during the incident:\n\n");
            for (Row r : ev.changesDuring.stream().limit(4).toList()) {
                sb.append("- ").append(Md.time(r.event().time())).append(": ").append(Md.quote(r.event(), 160))
                        .append(Citations.after(List.of(r.id()))).append('\n');
            }
            sb.append('\n');
        }
        if (ev.mitigated != null) {
            sb.append("Mitigated at ").append(Md.time(ev.mitigated)).append(" (").append(SummaryWriter.rule(ev, BoundaryKind.MITIGATED)).append(')');
            if (ev.detected != null) {
                sb.append(", ").append(Md.minutes(ev.detected, ev.mitigated)).append(" after detection");
            }
            sb.append(Citations.after(SummaryWriter.first(ev, BoundaryKind.MITIGATED))).append(". ");
        } else {
            sb.append("When the impact was mitigated could not be derived (").append(ev.missing(BoundaryKind.MITIGATED)).append("). ");
        }
        if (ev.resolved != null) {
            sb.append("Resolved at ").append(Md.time(ev.resolved)).append(Citations.after(SummaryWriter.first(ev, BoundaryKind.RESOLVED))).append('.');
        } else {
            sb.append("Resolution could not be derived (").append(ev.missing(BoundaryKind.RESOLVED)).append(").");
        }
        sb.append("\n\n").append(Md.todo("is the mitigation permanent, and what remains to be cleaned up?")).append('\n');
        return sb.toString();
    }
}
