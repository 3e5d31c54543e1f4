package dev.pmw.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pmw.ingest.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/// The autosave recovery files in the user config dir (`…/pmw/recovery/`): one per project, or per
/// session that was never saved. [Autosave] writes them while there are unsaved changes and
/// removes them on a clean save or close, so a file that is still there at start means pmw was
/// killed or crashed: [#pending()] lists those, for the UI to offer restoring.
public final class Recovery {
    public static final String SUFFIX = ".pmw-recovery";

    private final Path dir;

    /// A recovery file left by a session that did not end cleanly.
    ///
    /// @param recoveryFile the file to restore from ([ProjectStore#restore])
    /// @param projectFile  the project it belongs to, or null for a never-saved session
    /// @param title        what to call it ("incident.pmw", "Untitled")
    /// @param writtenAt    when it was written (the last autosave)
    public record Pending(Path recoveryFile, Path projectFile, String title, Instant writtenAt) {
    }

    public Recovery(Path dir) {
        this.dir = dir;
    }

    public static Recovery inConfigDir() {
        return new Recovery(AppDirs.config().resolve("recovery"));
    }

    public Path dir() {
        return dir;
    }

    /// The recovery file of a saved project.
    public Path fileFor(Path projectFile) {
        Path abs = projectFile.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "project" : abs.getFileName().toString();
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return dir.resolve(safe + "-" + shortHash(abs.toString()) + SUFFIX);
    }

    /// The recovery file of a session that has no project file yet.
    public Path fileForSession(String sessionId) {
        return dir.resolve("untitled-" + sessionId.replaceAll("[^A-Za-z0-9_-]", "_") + SUFFIX);
    }

    /// Recovery files left by sessions that ended without a clean save or close and are newer than
    /// their project, newest first. Files of a pmw that is still running are not listed; files
    /// older than their project (saved since) are removed.
    public List<Pending> pending() {
        List<Pending> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : ds) {
                ProjectJson.RecoveryHeader h = header(f);
                if (h == null || h.writtenAt() == null || ownedByLiveProcess(h)) {
                    continue;
                }
                Instant written = Instant.parse(h.writtenAt());
                Path project = h.projectFile() == null ? null : Path.of(h.projectFile());
                if (project != null && Files.exists(project)
                        && !Files.getLastModifiedTime(project).toInstant().isBefore(written)) {
                    Files.deleteIfExists(f); // the project was saved after this autosave
                    continue;
                }
                out.add(new Pending(f, project, h.title() == null ? f.getFileName().toString() : h.title(), written));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable recovery folder offers nothing to restore
        }
        out.sort(Comparator.comparing(Pending::writtenAt).reversed());
        return out;
    }

    /// Removes a recovery file the user chose not to restore (or has restored and saved).
    public void discard(Pending p) throws IOException {
        Files.deleteIfExists(p.recoveryFile());
    }

    /// The header of a recovery file, read from its first fields; null when it is not one.
    static ProjectJson.RecoveryHeader header(Path file) {
        try (JsonParser p = Json.factory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("recovery".equals(name)) {
                    return Json.mapper().readValue(p, ProjectJson.RecoveryHeader.class);
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static ProjectJson.RecoveryHeader headerFor(Path projectFile, Instant now) {
        ProcessHandle me = ProcessHandle.current();
        return new ProjectJson.RecoveryHeader(projectFile == null ? null : projectFile.toAbsolutePath().normalize().toString(),
                projectFile == null || projectFile.getFileName() == null ? "Untitled" : projectFile.getFileName().toString(),
                me.pid(), me.info().startInstant().map(Instant::toString).orElse(null), now.toString());
    }

    /// Written by this process, or by another pmw that is still running (same pid and start time).
    private static boolean ownedByLiveProcess(ProjectJson.RecoveryHeader h) {
        if (h.pid() == null) {
            return false;
        }
        if (h.pid() == ProcessHandle.current().pid()) {
            return true;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = p.get().info().startInstant();
        return h.processStart() != null && start.isPresent() && start.get().toString().equals(h.processStart());
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
