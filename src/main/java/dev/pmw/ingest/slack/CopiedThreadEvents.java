package dev.pmw.ingest.slack;

import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.classify.Classification;
import dev.pmw.ingest.classify.MessageClassifier;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeFlag;
import dev.pmw.model.TimeInfo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/// Copied messages to events: clock times on the day of the last separator, read in the zone the
/// user chose (or the machine's), flagged as zone-assumed, and date-assumed unless a separator
/// wrote the year. A clock that jumps back by more than six hours without a separator is the next day.
final class CopiedThreadEvents {
    private static final Set<String> SYSTEM_SUBTYPES = Set.of("channel_join", "channel_leave", "channel_topic",
            "channel_purpose");
    private static final Duration WRAP = Duration.ofHours(6);

    private CopiedThreadEvents() {
    }

    static List<Event> build(CopiedThread.Parsed parsed, ParseOptions options, LocalDate reference, String file,
                             String fileName, Diagnostics diags) {
        List<Event> events = new ArrayList<>(parsed.drafts().size());
        ClientDates.Day base = null;
        int wraps = 0;
        LocalTime previous = null;
        boolean noDate = false;
        int wrapped = 0;
        for (CopiedThread.Draft d : parsed.drafts()) {
            ClientDates.Day day = d.day;
            if (day == null) {
                day = new ClientDates.Day(reference, true);
                noDate = true;
            }
            if (!day.equals(base)) {
                base = day;
                wraps = 0;
                previous = null;
            }
            if (previous != null && d.time.plus(WRAP).isBefore(previous)) {
                wraps++;
                wrapped++;
            }
            previous = d.time;
            LocalDate date = base.date().plusDays(wraps);
            Instant t = date.atTime(d.time).atZone(options.zone()).toInstant();
            EnumSet<TimeFlag> flags = EnumSet.of(TimeFlag.ZONE_ASSUMED);
            if (base.assumed() || wraps > 0) {
                flags.add(TimeFlag.DATE_ASSUMED);
            }
            events.add(event(d, t, new TimeInfo(d.rawTime, options.zone().getId(), flags), parsed.channel(), file,
                    fileName));
        }
        if (noDate) {
            diags.info("the text names no day: messages placed on " + reference
                    + (options.referenceDate() == null ? " (today)" : "") + "; set the incident date if that is wrong");
        }
        if (wrapped > 0) {
            diags.info(wrapped + " time" + (wrapped == 1 ? "" : "s") + " the clock went back without a day separator: "
                    + "read as the next day");
        }
        if (parsed.linesBefore() > 0) {
            diags.info(parsed.linesBefore() + " line" + (parsed.linesBefore() == 1 ? "" : "s")
                    + " before the first message ignored");
        }
        return events;
    }

    private static Event event(CopiedThread.Draft d, Instant t, TimeInfo info, String channel, String file,
                               String fileName) {
        String text = String.join("\n", d.body).strip();
        Classification c = SYSTEM_SUBTYPES.contains(d.subtype) ? Classification.CHAT
                : MessageClassifier.classify(text, d.bot);
        String key = "L" + d.line;
        SourceRef ref = new SourceRef(file, SlackTextParser.FORMAT, null, channel, d.line, -1, key);
        Event.Builder b = Event.builder(EventIds.of(fileName, key), t, ref, c.kind())
                .timeInfo(info)
                .actor(d.author)
                .text(text)
                .attr(Attr.CHANNEL, channel)
                .attr(Attr.SUBTYPE, d.subtype)
                .attr(Attr.BOT, d.bot ? "true" : null)
                // the copy says a message was edited, not when
                .attr(Attr.EDITED, d.edited ? "true" : null)
                .attr(Attr.REACTIONS, reactions(d))
                .attr(Attr.REPLY_COUNT, d.replies > 0 ? d.replies : null);
        c.attrs().forEach(b::attr);
        return b.build();
    }

    private static String reactions(CopiedThread.Draft d) {
        if (d.reactions.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        d.reactions.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append('×').append(v));
        return sb.toString();
    }
}
