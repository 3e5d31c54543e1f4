package dev.pmw.ingest.slack;

import dev.pmw.ingest.classify.Classification;
import dev.pmw.ingest.classify.MessageClassifier;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventIds;
import dev.pmw.model.SourceRef;
import dev.pmw.model.TimeInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Turns the messages of one conversation (all its day files) into timeline events. Threads are
/// rebuilt by grouping on `thread_ts` — every reply is counted once, wherever its day file is, and
/// a parent's `replies[]` list only tells which replies the export lacks.
final class ConversationEvents {
    /// Membership and housekeeping messages: never alerts or deploys, whatever their text says.
    private static final Set<String> SYSTEM_SUBTYPES = Set.of("channel_join", "channel_leave", "channel_topic",
            "channel_purpose", "channel_name", "channel_archive", "channel_unarchive", "group_join", "group_leave",
            "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive", "bot_add", "bot_remove",
            "pinned_item", "unpinned_item", "reminder_add", "tombstone", "channel_convert_to_private",
            "channel_convert_to_public", "sh_room_created", "sh_room_shared");

    /// Where the events go and what ties them to their source.
    record Context(String file, String format, String exportName) {
    }

    /// @param events        one per distinct message, in time order
    /// @param duplicates    messages whose `ts` appeared more than once (kept once)
    /// @param orphanReplies replies whose parent is not in the export
    /// @param threadsMissingReplies threads whose parent lists replies the export does not hold
    record Result(List<Event> events, int duplicates, int orphanReplies, int threadsMissingReplies) {
    }

    private ConversationEvents() {
    }

    static Result build(Conversation conv, List<SlackMessage> messages, SlackDirectory dir, Context ctx) {
        List<SlackMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing(SlackMessage::time));
        Set<String> seen = new HashSet<>();
        List<SlackMessage> unique = new ArrayList<>(sorted.size());
        for (SlackMessage m : sorted) {
            if (seen.add(m.ts())) {
                unique.add(m);
            }
        }
        Map<String, Integer> found = new HashMap<>();
        for (SlackMessage m : unique) {
            if (m.isReply()) {
                found.merge(m.threadTs(), 1, Integer::sum);
            }
        }
        int orphans = 0;
        int missing = 0;
        List<Event> events = new ArrayList<>(unique.size());
        for (SlackMessage m : unique) {
            Event.Builder b = event(conv, m, dir, ctx);
            if (m.isReply()) {
                b.attr(Attr.THREAD_TS, m.threadTs());
                if (!seen.contains(m.threadTs())) {
                    b.attr(Attr.THREAD_PARENT_MISSING, "true");
                    orphans++;
                }
            } else if (m.isThreadParent()) {
                int have = found.getOrDefault(m.ts(), 0);
                b.attr(Attr.REPLY_COUNT, Math.max(have, m.declaredReplies()));
                if (m.declaredReplies() > have) {
                    missing++;
                }
            }
            events.add(b.build());
        }
        return new Result(events, sorted.size() - unique.size(), orphans, missing);
    }

    private static Event.Builder event(Conversation conv, SlackMessage m, SlackDirectory dir, Context ctx) {
        boolean bot = m.bot() || dir.isBotUser(m.user());
        String text = SlackMarkup.render(m.mrkdwn(), dir).strip();
        if (text.isEmpty() && !m.fileNames().isEmpty()) {
            text = "shared " + String.join(", ", m.fileNames());
        }
        if (text.isEmpty() && m.subtype().equals("tombstone")) {
            text = "This message was deleted.";
        }
        Classification c = SYSTEM_SUBTYPES.contains(m.subtype()) ? Classification.CHAT
                : MessageClassifier.classify(text, bot);
        String recordKey = conv.id() + ":" + m.ts();
        SourceRef ref = new SourceRef(ctx.file(), ctx.format(), m.entry(),
                conv.name().isEmpty() ? null : conv.name(), 0, -1, recordKey);
        Event.Builder b = Event.builder(EventIds.of(ctx.exportName(), recordKey), m.time(), ref, c.kind())
                .timeInfo(Timestamps.check(m.time(), TimeInfo.exact(m.ts())).info())
                .actor(author(m, dir))
                .text(text)
                .attr(Attr.CHANNEL, conv.name())
                .attr(Attr.SUBTYPE, m.subtype())
                .attr(Attr.BOT, bot ? "true" : null)
                .attr(Attr.EDITED, m.edited())
                .attr(Attr.REACTIONS, m.reactions())
                .attr(Attr.FILES, m.files());
        c.attrs().forEach(b::attr);
        return b;
    }

    /// users file → inline profile → the message's own bot name → bot named by `bot_add` → raw id.
    /// Legacy bot messages show their `username` whoever installed the webhook.
    static String author(SlackMessage m, SlackDirectory dir) {
        if (m.ownNameFirst()) {
            return m.ownName();
        }
        if (!m.user().isEmpty() && dir.knowsUser(m.user())) {
            return dir.user(m.user());
        }
        if (!m.ownName().isEmpty()) {
            return m.ownName();
        }
        if (!m.botId().isEmpty() && dir.bot(m.botId()) != null) {
            return dir.bot(m.botId());
        }
        return m.user().isEmpty() ? m.botId() : dir.user(m.user());
    }
}
