package dev.pmw.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/// Reads a project or recovery file into its JSON form, telling apart "not a project", "written
/// by a newer pmw" and "damaged" — never writing anything.
final class ProjectReader {
    private ProjectReader() {
    }

    static ProjectJson.File read(Path file) throws ProjectException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectException(ProjectException.Kind.UNREADABLE, file, "the file does not exist", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new ProjectException(ProjectException.Kind.UNREADABLE, file, "it cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return parse(file, bytes);
    }

    static ProjectJson.File parse(Path file, byte[] bytes) throws ProjectException {
        int start = firstSignificant(bytes);
        if (start < 0) {
            throw damaged(file, "the file is empty", null);
        }
        if (bytes[start] != '{') {
            throw notAProject(file);
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonEOFException e) {
            throw damaged(file, "the file ends early (cut off after " + bytes.length + " bytes)", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw damaged(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw damaged(file, e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode obj) || !ProjectFormat.FORMAT.equals(obj.path("format").asText())) {
            throw notAProject(file);
        }
        JsonNode v = obj.get("schemaVersion");
        if (v == null || !v.canConvertToInt() || v.asInt() < 1) {
            throw damaged(file, "it has no valid schema version", null);
        }
        int version = v.asInt();
        if (version > ProjectFormat.SCHEMA_VERSION) {
            throw new ProjectException(ProjectException.Kind.NEWER_VERSION, file, "written by a newer pmw (schema "
                    + version + "; this version reads " + ProjectFormat.SCHEMA_VERSION + ")", null);
        }
        try {
            ObjectNode current = Migrations.toCurrent(obj, version);
            return Json.mapper().treeToValue(current, ProjectJson.File.class);
        } catch (JsonProcessingException e) {
            throw damaged(file, e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw damaged(file, String.valueOf(e.getMessage()), e);
        }
    }

    /// The schema version of an existing file, read from its first fields only; -1 when the file
    /// is not a pmw project (or not readable).
    static int peekSchemaVersion(Path file) {
        try (var p = Json.factory().createParser(file.toFile())) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return -1;
            }
            boolean isProject = false;
            int version = -1;
            for (int i = 0; i < 8 && p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME; i++) {
                String name = p.currentName();
                var t = p.nextToken();
                if ("format".equals(name)) {
                    isProject = ProjectFormat.FORMAT.equals(p.getValueAsString());
                } else if ("schemaVersion".equals(name) && t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                    version = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            return isProject ? version : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static ProjectException damaged(Path file, String why, Throwable cause) {
        return new ProjectException(ProjectException.Kind.DAMAGED, file, "damaged: " + why, cause);
    }

    private static ProjectException notAProject(Path file) {
        return new ProjectException(ProjectException.Kind.NOT_A_PROJECT, file, "not a pmw project", null);
    }

    /// Index of the first byte that is not whitespace or a UTF-8 byte-order mark, or -1.
    private static int firstSignificant(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        for (; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') {
                return i;
            }
        }
        return -1;
    }
}
