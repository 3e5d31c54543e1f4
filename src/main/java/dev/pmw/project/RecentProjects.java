package dev.pmw.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// The File → Open Recent list: up to [#MAX] project files, most recent first, kept in
/// `recent.json` in the user config dir. A missing or damaged list is an empty one.
public final class RecentProjects {
    public static final int MAX = 10;

    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    public static RecentProjects inConfigDir() {
        return new RecentProjects(AppDirs.config().resolve("recent.json"));
    }

    /// The list (files that no longer exist included: show them greyed or let [#remove] drop them).
    public synchronized List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = Json.mapper().readTree(Files.readAllBytes(file));
            List<Path> out = new ArrayList<>();
            for (JsonNode n : root.path("recent")) {
                if (n.isTextual() && out.size() < MAX) {
                    try {
                        Path p = Path.of(n.asText());
                        if (!out.contains(p)) {
                            out.add(p);
                        }
                    } catch (InvalidPathException e) {
                        // skip an entry from another system
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /// Puts `project` at the top (after Open, Save, Save As) and returns the new list.
    public synchronized List<Path> add(Path project) throws IOException {
        Path p = project.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>(list());
        out.remove(p);
        out.addFirst(p);
        while (out.size() > MAX) {
            out.removeLast();
        }
        write(out);
        return List.copyOf(out);
    }

    public synchronized List<Path> remove(Path project) throws IOException {
        List<Path> out = new ArrayList<>(list());
        out.remove(project.toAbsolutePath().normalize());
        out.remove(project);
        write(out);
        return List.copyOf(out);
    }

    private void write(List<Path> paths) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode a = root.putArray("recent");
        paths.forEach(p -> a.add(p.toString()));
        AtomicFiles.write(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root), false);
    }
}
