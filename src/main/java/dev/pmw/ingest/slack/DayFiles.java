package dev.pmw.ingest.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.SourceInfo;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.Event;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Reading day files into messages, and messages into the parse result; shared by the export
/// (folder/ZIP) reader and the single-file reader.
final class DayFiles {
    private DayFiles() {
    }

    /// Reads one day file. Bad messages and a cut-off or broken file become diagnostics naming the
    /// entry and the message number; every readable message is kept.
    ///
    /// @param displayPath path shown in diagnostics (`export.zip › enrique/2016-01-15.json`)
    /// @param entry       the day file relative to the export root (`enrique/2016-01-15.json`)
    static List<SlackMessage> read(InputStream in, String displayPath, String entry, SlackDirectory dir,
                                   Diagnostics diags, Work work) throws IOException {
        List<SlackMessage> out = new ArrayList<>();
        JsonArrayReader.Outcome o = JsonArrayReader.read(in, (node, index, line) -> {
            String problem = SlackMessage.problem(node);
            if (problem != null) {
                diags.add(Diagnostic.warning(displayPath, line,
                        entry + ": message #" + (index + 1) + " " + problem + "; skipped", node.toString()));
                return;
            }
            dir.learnFrom(node);
            out.add(SlackMessage.of(node, entry));
        }, work);
        if (!o.complete()) {
            diags.add(Diagnostic.warning(displayPath, o.line(), entry + ": " + o.problem()
                    + (out.isEmpty() ? "" : "; kept the " + out.size() + " messages before it"), ""));
        }
        return out;
    }

    /// Reads a JSON array of objects (users.json, channels.json) into `sink`; problems become warnings.
    static void readList(InputStream in, String displayPath, String entry, java.util.function.Consumer<JsonNode> sink,
                         Diagnostics diags, Work work) throws IOException {
        JsonArrayReader.Outcome o = JsonArrayReader.read(in, (node, index, line) -> {
            if (node.isObject()) {
                sink.accept(node);
            }
        }, work);
        if (!o.complete()) {
            diags.add(Diagnostic.warning(displayPath, o.line(), entry + ": " + o.problem(), ""));
        }
    }

    /// Events of every conversation, in time order, plus notes about threads and duplicates.
    static ParseResult result(String file, String dialect, Map<Conversation, List<SlackMessage>> byConversation,
                              SlackDirectory dir, ConversationEvents.Context ctx, Diagnostics diags,
                              dev.pmw.ingest.Encoding encoding) {
        List<Event> events = new ArrayList<>();
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (Map.Entry<Conversation, List<SlackMessage>> e : byConversation.entrySet()) {
            Conversation conv = e.getKey();
            ConversationEvents.Result r = ConversationEvents.build(conv, e.getValue(), dir, ctx);
            events.addAll(r.events());
            String part = conv.name().isEmpty() ? dev.pmw.model.SourceRef.fileName(file) : conv.name();
            parts.merge(part, r.events().size(), Integer::sum);
            String where = conv.name().isEmpty() ? "" : "#" + conv.name() + ": ";
            if (r.orphanReplies() > 0) {
                diags.info(where + r.orphanReplies() + " thread repl" + (r.orphanReplies() == 1 ? "y" : "ies")
                        + " whose parent message is not in the export (kept, marked parent missing)");
            }
            if (r.threadsMissingReplies() > 0) {
                diags.info(where + r.threadsMissingReplies() + " thread" + (r.threadsMissingReplies() == 1 ? "" : "s")
                        + " with replies outside the export's date range");
            }
            if (r.duplicates() > 0) {
                diags.info(where + r.duplicates() + " message" + (r.duplicates() == 1 ? "" : "s")
                        + " appeared twice (same ts); kept once");
            }
        }
        events.sort(Comparator.comparing(Event::time));
        SourceInfo info = new SourceInfo(file, SlackExportParser.FORMAT, dialect, "UTC", false, encoding,
                events.size(), parts);
        return new ParseResult(info, events, null, List.of(), diags.list(), diags.dropped());
    }
}
