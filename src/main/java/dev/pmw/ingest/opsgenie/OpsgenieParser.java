package dev.pmw.ingest.opsgenie;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.ParseOptions;
import dev.pmw.ingest.ParseResult;
import dev.pmw.ingest.Sniff;
import dev.pmw.ingest.Source;
import dev.pmw.ingest.SourceParser;
import dev.pmw.ingest.time.Timestamps;
import dev.pmw.ingest.vendor.Collector;
import dev.pmw.ingest.vendor.JsonHead;
import dev.pmw.ingest.vendor.JsonRecords;
import dev.pmw.ingest.vendor.Nodes;
import dev.pmw.model.Attr;
import dev.pmw.model.Event;
import dev.pmw.model.EventKind;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/// `opsgenie`: alert logs (`GET /v2/alerts/{id}/logs`: `log`, `type`, `owner`, `createdAt`,
/// `offset`) and alert notes (`…/notes`: `note` instead of `log`). The log line is free text, so
/// the kind comes from its words ([LogKinds]); `offset` (`<epoch ms>_<sequence>`) orders entries
/// that share a millisecond. The API lists newest first by default; events come out oldest first.
public final class OpsgenieParser implements SourceParser {
    public static final String FORMAT = "opsgenie";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public int detect(Sniff sniff) {
        JsonNode root = JsonHead.of(sniff);
        if (root == null || !root.isObject()) {
            return 0;
        }
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            return 0;
        }
        JsonNode first = JsonHead.first(data);
        if (JsonHead.hasAll(first, "log", "owner", "createdAt", "offset")) {
            return 95;
        }
        if (JsonHead.hasAll(first, "note", "owner", "createdAt", "offset")) {
            return 90;
        }
        return data.isEmpty() && root.has("took") && root.has("requestId") ? 60 : 0;
    }

    private record Pending(Event event, BigInteger ms, BigInteger seq) {
    }

    @Override
    public ParseResult parse(Source source, ParseOptions options, Work work) throws IOException {
        if (!(source instanceof Source.Single single)) {
            return ParseResult.failed(source.path(), FORMAT, "a folder is not an Opsgenie response");
        }
        Collector out = new Collector(source, FORMAT);
        List<Pending> pending = new ArrayList<>();
        boolean[] notes = {false};
        JsonRecords.Result res;
        try (InputStream in = single.openText()) {
            res = JsonRecords.read(in, Set.of("data"), out.diags(), work, (node, i, line, off) -> {
                Pending p = entry(node, i, line, off, out);
                if (p != null) {
                    pending.add(p);
                    notes[0] |= node.has("note") && !node.has("log");
                }
            });
        }
        pending.sort(Comparator.comparing((Pending p) -> p.event.time()).thenComparing(Pending::ms)
                .thenComparing(Pending::seq));
        pending.forEach(p -> out.add(p.event));
        out.dialect(notes[0] ? "alert notes" : "alert logs");
        if (res.records() > 0 && Nodes.text(res.envelope(), "paging", "next") != null) {
            out.info(0, "this is one page of the alert log; later entries (paging.next) are not in this file");
        }
        return out.result();
    }

    private static Pending entry(JsonNode e, int index, long line, long offset, Collector out) {
        String raw = Nodes.text(e, "createdAt");
        Timestamps.Parsed t = raw == null ? null : Timestamps.parse(raw, ZoneOffset.UTC);
        String note = Nodes.text(e, "note");
        String log = Nodes.textOr(e, note, "log");
        if (t == null || log == null) {
            out.warn(line, "entry " + index + (t == null ? (raw == null ? " has no createdAt" : " has an unreadable createdAt: " + raw)
                    : " has no log text"), Nodes.excerpt(e));
            return null;
        }
        String type = Nodes.text(e, "type");
        String off = Nodes.textOr(e, "", "offset");
        EventKind kind = note != null && !e.has("log") ? EventKind.NOTE : LogKinds.of(log, type);
        String key = off.isEmpty() ? "#" + index : off;
        Event event = Event.builder(out.id(key), t.instant(), out.ref(line, offset, null, key), kind)
                .timeInfo(t.info())
                .actor(Nodes.textOr(e, "", "owner"))
                .text(log)
                .attr(Attr.SUBTYPE, type)
                .build();
        int us = off.indexOf('_');
        return new Pending(event, number(us < 0 ? off : off.substring(0, us)), number(us < 0 ? "" : off.substring(us + 1)));
    }

    private static BigInteger number(String s) {
        try {
            return s.isEmpty() ? BigInteger.ZERO : new BigInteger(s);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }
}
