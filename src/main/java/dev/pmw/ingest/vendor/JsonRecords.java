package dev.pmw.ingest.vendor;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Diagnostics;
import dev.pmw.ingest.IngestException;
import dev.pmw.ingest.Json;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/// Streams the records of a vendor API response (`{"log_entries":[…]}`, `{"data":[…]}`, a bare
/// array …) one element at a time, so a large export never exists twice in memory and a file cut off
/// mid-way keeps every record before the cut (the cut itself becomes a diagnostic).
public final class JsonRecords {

    /// Receives one record.
    @FunctionalInterface
    public interface Handler {
        /// @param record the element (an object for well-formed files, but anything is possible)
        /// @param index  0-based position in the record array
        /// @param line   1-based line where the element starts
        /// @param offset byte offset where the element starts, or -1
        void record(JsonNode record, int index, long line, long offset);
    }

    /// What the document held besides the records.
    ///
    /// @param envelope the other top-level fields (`meta`, `links`, `more` …); empty for a bare array
    /// @param records  how many records were streamed
    /// @param complete whether the document was read to its end without a syntax error
    public record Result(ObjectNode envelope, int records, boolean complete) {
    }

    private JsonRecords() {
    }

    /// Reads `in`. Records are the elements of the top-level array, or of the first top-level field
    /// named in `recordFields` (a single object there counts as one record, as in `{"event":{…}}`).
    /// Throws [IngestException] only when nothing at all could be read.
    public static Result read(InputStream in, Set<String> recordFields, Diagnostics diags, Work work, Handler handler)
            throws IOException {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        int[] count = {0};
        try (JsonParser p = Json.mapper().createParser(in)) {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (JsonProcessingException e) {
                throw new IngestException("not valid JSON: " + e.getOriginalMessage(), e);
            }
            if (t == null) {
                throw new IngestException("the file is empty");
            }
            try {
                if (t == JsonToken.START_ARRAY) {
                    streamArray(p, work, handler, count);
                } else if (t == JsonToken.START_OBJECT) {
                    boolean streamed = false;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        if (!streamed && recordFields.contains(name) && v == JsonToken.START_ARRAY) {
                            streamArray(p, work, handler, count);
                            streamed = true;
                        } else if (!streamed && recordFields.contains(name) && v == JsonToken.START_OBJECT) {
                            JsonLocation loc = p.currentTokenLocation();
                            handler.record(p.readValueAsTree(), 0, loc.getLineNr(), loc.getByteOffset());
                            count[0] = 1;
                            streamed = true;
                        } else {
                            envelope.set(name, p.readValueAsTree());
                        }
                    }
                } else {
                    throw new IngestException("not a JSON object or array (starts with " + t.asString() + ")");
                }
            } catch (JsonProcessingException e) {
                if (count[0] == 0 && envelope.isEmpty()) {
                    throw new IngestException("not valid JSON: " + e.getOriginalMessage(), e);
                }
                JsonLocation loc = e.getLocation();
                diags.warn(loc == null ? 0 : loc.getLineNr(),
                        "the JSON is cut off or damaged after record " + count[0] + "; the records before it were read ("
                                + e.getOriginalMessage() + ")", "");
                return new Result(envelope, count[0], false);
            }
        }
        return new Result(envelope, count[0], true);
    }

    private static void streamArray(JsonParser p, Work work, Handler handler, int[] count) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            JsonLocation loc = p.currentTokenLocation();
            JsonNode node = p.readValueAsTree();
            handler.record(node, count[0], loc.getLineNr(), loc.getByteOffset());
            count[0]++;
            if ((count[0] & 1023) == 0) {
                work.check();
                work.progress().update(-1, count[0] + " records");
            }
        }
        if (t == null) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "unexpected end of input inside the record array");
        }
    }
}
