package dev.pmw.ingest.slack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pmw.ingest.Json;
import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;

/// Streams a file that is one top-level JSON array (a Slack day file, `users.json`,
/// `channels.json`), one element at a time, so a 12,000-message day never sits in memory as one
/// tree. A syntax error or a cut-off file ends the read; what came before it is kept.
final class JsonArrayReader {

    interface Sink {
        /// @param element the element (any JSON value)
        /// @param index   0-based position in the array
        /// @param line    1-based line where the element starts
        void element(JsonNode element, int index, long line);
    }

    /// @param elements how many elements were read
    /// @param problem  why reading stopped early (plain language), or null
    /// @param line     where it stopped, or 0
    record Outcome(int elements, String problem, long line) {
        boolean complete() {
            return problem == null;
        }
    }

    private JsonArrayReader() {
    }

    static Outcome read(InputStream in, Sink sink, Work work) throws IOException {
        int index = 0;
        long line = 0;
        try (JsonParser p = Json.mapper().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Outcome(0, "the file is empty", 0);
            }
            if (first != JsonToken.START_ARRAY) {
                return new Outcome(0, "expected a JSON array (a day file is [ {message}, … ]) but found "
                        + describe(first), p.currentTokenLocation().getLineNr());
            }
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    break;
                }
                if (t == null) {
                    return new Outcome(index, "the file ends inside the array (truncated?)", line);
                }
                line = p.currentTokenLocation().getLineNr();
                JsonNode node = Json.mapper().readTree(p);
                sink.element(node, index++, line);
                if ((index & 255) == 0) {
                    work.check();
                }
            }
            return new Outcome(index, null, 0);
        } catch (JsonEOFException e) {
            return new Outcome(index, "the file ends in the middle of element #" + (index + 1) + " (truncated?)",
                    e.getLocation() == null ? line : e.getLocation().getLineNr());
        } catch (JsonProcessingException e) {
            return new Outcome(index, "not valid JSON after element #" + index + ": " + e.getOriginalMessage(),
                    e.getLocation() == null ? line : e.getLocation().getLineNr());
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
