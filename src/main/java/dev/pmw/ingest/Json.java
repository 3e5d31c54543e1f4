package dev.pmw.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/// The one Jackson configuration for reading untrusted input: nesting depth, string and document
/// sizes capped ([Limits]), floats read as BigDecimal (epoch seconds keep their microseconds).
public final class Json {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_JSON_DEPTH)
            .maxStringLength(Limits.MAX_STRING_BYTES)
            .maxNumberLength(1000)
            .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /// Same limits but no cap on the whole document: for streaming a JSON array or envelope record by
    /// record, where memory does not grow with the document.
    private static final JsonFactory STREAM_FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_JSON_DEPTH)
                    .maxStringLength(Limits.MAX_STRING_BYTES)
                    .maxNumberLength(1000)
                    .build())
            .build();

    /// Built on first use only: databind costs ~100 ms of class loading that the streaming hot
    /// paths (and the CLI on a JSON-lines file) never need.
    private static final class MapperHolder {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private Json() {
    }

    /// Streaming factory for hot paths (no databind).
    public static JsonFactory factory() {
        return FACTORY;
    }

    /// Streaming factory for whole-file documents read record by record (no document size cap).
    public static JsonFactory streamFactory() {
        return STREAM_FACTORY;
    }

    /// Tree/databind mapper for small documents (API responses, Slack day files).
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    public static JsonParser parser(byte[] data, int off, int len) throws java.io.IOException {
        return FACTORY.createParser(data, off, len);
    }
}
