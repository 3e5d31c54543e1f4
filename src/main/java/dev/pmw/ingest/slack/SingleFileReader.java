package dev.pmw.ingest.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.IngestException;
import dev.pmw.ingest.Inputs;
import dev.pmw.ingest.Json;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Source;
import dev.pmw.model.SourceRef;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dev.pmw.ingest.slack.SlackDirectory.text;

/// Reads a single dropped day file (a JSON array of messages) or a single message object. When the
/// day file still sits inside an unpacked export (`<export>/<channel>/<day>.json`), the export's
/// `users.json` and `channels.json` next to it resolve names; otherwise ids and inline profiles do.
final class SingleFileReader {
    private static final Pattern DAY_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
    /// Slack channel names are lower case without spaces; DM folders are ids. "My Downloads" is neither.
    private static final Pattern CHANNEL_FOLDER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{6,}");
    /// Larger neighbour files are not worth reading just to resolve names.
    private static final long MAX_NEIGHBOUR_BYTES = 64L << 20;

    private final Source.Single source;
    private final Diagnostics diags;
    private final Work work;
    private final SlackDirectory dir = new SlackDirectory();

    SingleFileReader(Source.Single source, Diagnostics diags, Work work) {
        this.source = source;
        this.diags = diags;
        this.work = work;
    }

    ParseResult read() throws IOException {
        String path = source.path();
        String fileName = SourceRef.fileName(path);
        String folder = DAY_NAME.matcher(fileName).matches() ? parentName(path) : "";
        if (!CHANNEL_FOLDER.matcher(folder).matches()) {
            folder = "";
        }
        Conversation conv = new Conversation(folder, folder, folder);
        Path root = exportRoot();
        if (root != null) {
            conv = readNeighbours(root, folder, conv);
        }
        String entry = folder.isEmpty() ? fileName : folder + "/" + fileName;
        List<SlackMessage> messages;
        char first = source.sniff().firstChar();
        try (InputStream in = source.openText()) {
            if (first == '{') {
                messages = readObject(in, entry);
            } else {
                messages = DayFiles.read(in, path, entry, dir, diags, work);
            }
        }
        Map<Conversation, List<SlackMessage>> by = new LinkedHashMap<>();
        by.put(conv, messages);
        return DayFiles.result(path, "", by, dir,
                new ConversationEvents.Context(path, SlackExportParser.FORMAT, fileName), diags,
                source.sniff().encoding());
    }

    private List<SlackMessage> readObject(InputStream in, String entry) throws IOException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new IngestException(source.path() + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        String problem = node == null ? "is empty" : SlackMessage.problem(node);
        if (problem != null) {
            throw new IngestException(source.path() + ": the message " + problem);
        }
        dir.learnFrom(node);
        return List.of(SlackMessage.of(node, entry));
    }

    /// `<export>` when the input is `<export>/<channel>/<day>.json` on disk next to `users.json`.
    private Path exportRoot() {
        Path file = source.input().file();
        if (file == null || !DAY_NAME.matcher(file.getFileName().toString()).matches()) {
            return null;
        }
        Path channel = file.toAbsolutePath().getParent();
        Path root = channel == null ? null : channel.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("channels.json"))) {
            return null;
        }
        return Files.isRegularFile(root.resolve("users.json")) || Files.isRegularFile(root.resolve("org_users.json"))
                ? root : null;
    }

    private Conversation readNeighbours(Path root, String folder, Conversation conv) {
        Path users = Files.isRegularFile(root.resolve("users.json")) ? root.resolve("users.json")
                : root.resolve("org_users.json");
        Conversation[] found = {conv};
        try {
            if (Files.size(users) <= MAX_NEIGHBOUR_BYTES) {
                try (InputStream in = Inputs.openText(Inputs.sniff(Inputs.file(users)))) {
                    DayFiles.readList(in, users.toString(), users.getFileName().toString(), dir::addMember, diags, work);
                }
            }
            Path channels = root.resolve("channels.json");
            if (Files.size(channels) <= MAX_NEIGHBOUR_BYTES) {
                try (InputStream in = Inputs.openText(Inputs.sniff(Inputs.file(channels)))) {
                    DayFiles.readList(in, channels.toString(), "channels.json", c -> {
                        dir.addChannel(text(c, "id"), text(c, "name"));
                        if (folder.equals(text(c, "name")) && !text(c, "id").isEmpty()) {
                            found[0] = new Conversation(text(c, "id"), folder, folder);
                        }
                    }, diags, work);
                }
            }
            diags.info("names resolved with the export's users.json and channels.json found next to the day file");
        } catch (IOException e) {
            diags.info("could not read the export's users.json next to the day file; authors show as ids");
        }
        return found[0];
    }

    private static String parentName(String path) {
        String p = path.replace('\\', '/');
        // inside a ZIP the display path is "export.zip › channel/2016-01-15.json"
        int zip = p.lastIndexOf(" › ");
        if (zip >= 0) {
            p = p.substring(zip + 3);
        }
        int slash = p.lastIndexOf('/');
        return slash <= 0 ? "" : SourceRef.fileName(p.substring(0, slash));
    }
}
