package dev.pmw.ingest.slack;

import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.InputTree;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.work.Work;

import java.io.IOException;

/// The official Slack workspace export (formats.md §1): a folder or ZIP with `channels.json`,
/// `users.json` and one JSON array per conversation and day — or a single dropped day file or
/// message object. Every message becomes one event at its exact `ts` (UTC, microseconds kept),
/// with names and mentions resolved, bot content taken from attachments or blocks, threads rebuilt
/// without double counting, and a kind from [dev.pmw.ingest.classify.MessageClassifier].
public final class SlackExportParser implements SourceParser {
    public static final String FORMAT = "slack-export";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        return SlackSniff.confidence(sniff);
    }

    @Override
    public int detectTree(InputTree tree) {
        return SlackLayout.find(tree) != null ? 95 : 0;
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        return switch (source) {
            case Source.Tree t -> {
                SlackLayout layout = SlackLayout.find(t.tree());
                if (layout == null) {
                    yield ParseResult.failed(t.path(), FORMAT, "not a Slack export: channels.json, users.json and "
                            + "<channel>/YYYY-MM-DD.json day files are required");
                }
                yield new ExportReader(t.tree(), layout, new Diagnostics(t.path()), work).read();
            }
            case Source.Single s -> new SingleFileReader(s, new Diagnostics(s.path()), work).read();
        };
    }
}
