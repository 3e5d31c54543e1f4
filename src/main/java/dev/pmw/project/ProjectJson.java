package dev.pmw.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/// The `*.pmw` file as JSON (schema [ProjectFormat#SCHEMA_VERSION]). Field names are the file
/// format: renaming one needs a schema version and a migration ([Migrations]). Times are ISO-8601
/// UTC strings with their full precision; empty and default values are left out.
final class ProjectJson {
    private ProjectJson() {
    }

    /// The whole file. `recovery` is only present in autosave recovery files.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record File(String format, Integer schemaVersion, RecoveryHeader recovery, String app, String savedAt,
                Settings settings, List<Source> sources, List<EditJson> edits, JsonNode document) {
    }

    /// Which project a recovery file belongs to and which process wrote it.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecoveryHeader(String projectFile, String title, Long pid, String processStart, String writtenAt) {
    }

    /// Settings that belong to the incident (not to the machine).
    ///
    /// @param rulesOff   relevance rules the user switched off (ids), absent when none
    /// @param aiConsents remembered consents to send this project's redacted evidence to an endpoint
    /// @param redactNames names to replace by placeholders before sending to a model, absent when none
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Settings(String displayZone, String template,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rulesOff, List<ConsentJson> aiConsents,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> redactNames) {
    }

    /// A remembered consent to send this project's redacted evidence to an AI endpoint.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConsentJson(String endpoint, String grantedAt, String redactionSummary) {
    }

    /// One source: where it was, how it was read, and what it gave (so the project opens without it).
    ///
    /// @param path         the path as the user gave it (display path)
    /// @param absolutePath the file or folder (for a ZIP entry: the ZIP) as an absolute path
    /// @param entry        for a source inside a ZIP: the part of the display path after the ZIP
    /// @param relativePath `absolutePath` relative to the project file's folder
    /// @param hash         `sha256:…` of the file or folder content, null when it could not be read
    /// @param logRows      the log bursts and single lines the timeline shows (the lines themselves
    ///                     are not saved)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String path, String absolutePath, String entry, String relativePath, String hash, String format,
                  Options options, SourceSettings settings, Info info, List<DiagnosticJson> diagnostics,
                  Integer diagnosticsDropped, List<EventJson> events, List<EventJson> logRows, List<Series> series) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Options(String zone, Boolean zoneExplicit, String referenceDate, String formatOverride) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceSettings(List<String> channels, String clockOffset) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Info(String file, String format, String dialect, String timezone, Boolean zoneAssumed, String encoding,
                Long records, Map<String, Integer> parts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DiagnosticJson(String file, Long line, String message, String excerpt, String severity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Series(String name, String unit, Ref ref, long[] times, List<Double> values) {
    }

    /// Provenance of an event ([dev.pmw.model.SourceRef]).
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ref(String file, String format, String entry, String origin, Long line, Long offset, String key) {
    }

    /// An event ([dev.pmw.model.Event]).
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventJson(String id, String time, String end, String raw, String zone, List<String> flags, Ref ref,
                     String kind, String actor, String text, String level, Map<String, String> attrs, Integer count) {
    }

    /// An edit ([dev.pmw.timeline.edit.Edit]); `type` says which fields are used.
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EditJson(String type, String target, String at, EventJson before, String time, Boolean forced, String text,
                    String kind, String actor, Boolean on, String override, String note, List<String> others,
                    List<EventJson> othersBefore, String splitAt, EventJson first, EventJson second, String boundary) {
    }
}
