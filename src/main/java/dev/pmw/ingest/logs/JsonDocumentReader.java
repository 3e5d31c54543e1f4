package dev.pmw.ingest.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.pmw.ingest.Json;
import dev.pmw.work.Work;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/// Whole-file JSON: an array of records (`gcloud`, console exports), an envelope document
/// (CloudWatch, Loki, OTLP), or pretty-printed records one after another. Streams it with one
/// parser, record by record, so a file of hundreds of MB never sits in memory as a tree. A syntax
/// error ends the reading (JSON cannot be resynchronised inside a document); what was read stays.
final class JsonDocumentReader {
    private final JsonRecords records;
    private final LogSink sink;
    private final Work work;
    private final long totalBytes;
    private final String name;
    private final Position position = new Position();
    private long count;

    JsonDocumentReader(JsonRecords records, LogSink sink, Work work, long totalBytes, String name) {
        this.records = records;
        this.sink = sink;
        this.work = work;
        this.totalBytes = totalBytes;
        this.name = name;
    }

    void read(InputStream in, long startOffset) throws IOException {
        position.origin(1, startOffset, null, 0);
        JsonParser p = Json.streamFactory().createParser(in);
        try {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw new EOFException();
                        }
                        value(p, t);
                    }
                } else {
                    value(p, t);
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.warn(line, "not valid JSON (" + JsonLinesReader.reason(e) + "); the rest of the file could not be read"
                    + (sink.lines() > 0 ? " (" + sink.lines() + " records before it were kept)" : ""), "");
        } catch (EOFException | ZipException e) {
            sink.warn(0, "the file ends in the middle of the JSON document (truncated or damaged); "
                    + sink.lines() + " records before that were kept", "");
        } finally {
            p.close();
        }
        records.end();
    }

    private void value(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            long line = position.line(p);
            records.readRoot(p, line, position.offset(p), position);
        } else {
            p.skipChildren();
            sink.warn(position.line(p), "a JSON value that is not a log record; skipped", "");
        }
        if ((++count & 4095) == 0) {
            work.check();
            double f = totalBytes > 0 ? Math.min(1, (double) position.offset(p) / totalBytes) : -1;
            work.progress().update(f, name + ": " + String.format("%,d", count) + " records");
        }
    }
}
