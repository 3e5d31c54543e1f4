package dev.pmw.ingest.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.IngestException;
import dev.pmw.ingest.Input;
import dev.pmw.ingest.InputTree;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Inputs;
import dev.pmw.model.Diagnostic;
import dev.pmw.model.SourceRef;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.pmw.ingest.slack.SlackDirectory.text;

/// Reads a whole export (folder or ZIP): users, conversation lists, then every day file, streaming
/// each entry; the export's name keys the event ids.
final class ExportReader {
    private final InputTree tree;
    private final SlackLayout layout;
    private final Diagnostics diags;
    private final Work work;
    private final SlackDirectory dir = new SlackDirectory();

    ExportReader(InputTree tree, SlackLayout layout, Diagnostics diags, Work work) {
        this.tree = tree;
        this.layout = layout;
        this.diags = diags;
        this.work = work;
    }

    ParseResult read() throws IOException {
        readList(layout.usersEntry(), dir::addMember);
        if (dir.memberCount() == 0) {
            diags.warn(0, layout.relative(layout.usersEntry()) + " lists no members; authors show as ids", "");
        }
        Map<String, Conversation> byFolder = new HashMap<>();
        for (String list : layout.lists()) {
            boolean dms = list.endsWith("dms.json");
            readList(list, c -> {
                Conversation conv = conversation(c, dms);
                if (conv != null) {
                    byFolder.putIfAbsent(conv.folder(), conv);
                    dir.addChannel(conv.id(), conv.name());
                }
            });
        }
        Map<Conversation, List<SlackMessage>> messages = new LinkedHashMap<>();
        List<String> unlisted = new ArrayList<>();
        int total = layout.dayFiles();
        int done = 0;
        for (Map.Entry<String, List<String>> folder : layout.days().entrySet()) {
            Conversation conv = byFolder.get(folder.getKey());
            if (conv == null) {
                conv = new Conversation(folder.getKey(), folder.getKey(), folder.getKey());
                unlisted.add(folder.getKey());
            }
            List<SlackMessage> list = messages.computeIfAbsent(conv, k -> new ArrayList<>());
            for (String entry : folder.getValue()) {
                work.check();
                list.addAll(readDay(entry));
                done++;
                work.progress().update((double) done / total, SourceRef.fileName(tree.path()) + ": "
                        + layout.relative(entry));
            }
        }
        if (!unlisted.isEmpty()) {
            diags.info("conversation folders not in the channel lists (named by folder): " + String.join(", ", unlisted));
        }
        String dialect = layout.usersEntry().endsWith("org_users.json") ? "enterprise-grid" : "";
        return DayFiles.result(tree.path(), dialect, messages, dir,
                new ConversationEvents.Context(tree.path(), SlackExportParser.FORMAT, SourceRef.fileName(tree.path())),
                diags, null);
    }

    private List<SlackMessage> readDay(String entry) {
        String display = entry;
        try {
            Input in = tree.entry(entry);
            display = in.path();
            try (InputStream s = Inputs.openText(Inputs.sniff(in))) {
                return DayFiles.read(s, display, layout.relative(entry), dir, diags, work);
            }
        } catch (IngestException e) {
            diags.add(Diagnostic.warning(display, 0, layout.relative(entry) + ": " + e.getMessage(), ""));
        } catch (IOException e) {
            diags.add(Diagnostic.warning(display, 0, layout.relative(entry) + ": could not be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", ""));
        }
        return List.of();
    }

    private void readList(String entry, java.util.function.Consumer<JsonNode> sink) {
        String display = entry;
        try {
            Input in = tree.entry(entry);
            display = in.path();
            try (InputStream s = Inputs.openText(Inputs.sniff(in))) {
                DayFiles.readList(s, display, layout.relative(entry), sink, diags, work);
            }
        } catch (IOException e) {
            diags.add(Diagnostic.warning(display, 0, layout.relative(entry) + ": could not be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", ""));
        }
    }

    /// A conversation list entry. Channels and group DMs have folders named like the channel; DM
    /// folders are named by id, so a DM is shown by its members' names.
    private Conversation conversation(JsonNode c, boolean dm) {
        String id = text(c, "id");
        String name = text(c, "name");
        if (id.isEmpty()) {
            return null;
        }
        if (dm) {
            List<String> names = new ArrayList<>();
            for (JsonNode m : c.path("members")) {
                names.add(dir.user(m.asText("")));
            }
            return new Conversation(id, names.isEmpty() ? id : "DM " + String.join(", ", names), id);
        }
        return new Conversation(id, name.isEmpty() ? id : name, name.isEmpty() ? id : name);
    }
}
