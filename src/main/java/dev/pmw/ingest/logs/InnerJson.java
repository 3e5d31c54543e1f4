package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.time.ZoneId;

/// Application JSON inside a text line (CRI, `kubectl logs --timestamps`, Loki): read with the
/// generic key orders into a reusable [Rec].
final class InnerJson {
    private final RecordReader reader = new RecordReader(Keys.forDialect(Dialect.GENERIC), new Interner());
    private final Rec rec = new Rec();
    private final ZoneId zone;

    InnerJson(ZoneId zone) {
        this.zone = zone;
    }

    /// The record when `text` is exactly one JSON object, else null.
    Rec parse(String text) {
        String t = text.strip();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            return null;
        }
        rec.reset();
        try (JsonParser p = Json.factory().createParser(t)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            reader.read(p, rec, zone, null);
            return p.nextToken() == null ? rec : null;
        } catch (IOException e) {
            return null;
        }
    }
}
