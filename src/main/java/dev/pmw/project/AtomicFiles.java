package dev.pmw.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/// Writes that never leave a half-written file in place: the bytes go to a temporary file in the
/// same folder, are forced to disk, and the temporary file is then moved over the target in one
/// step. A crash or kill at any moment leaves either the old file or the new one (and at worst a
/// stray temporary file, which is ignored and cleaned up later).
final class AtomicFiles {
    /// Temporary files older than this are leftovers of a crashed save.
    private static final Duration STALE = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    /// Replaces `target` by `bytes`. With `backup`, the previous content is kept as
    /// `target` + [ProjectFormat#BACKUP_SUFFIX] (itself replaced atomically).
    static void write(Path target, byte[] bytes, boolean backup) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (backup && Files.isRegularFile(file)) {
                Path bakTmp = Files.createTempFile(dir, "." + name + ".bak.", ".tmp");
                try {
                    Files.copy(file, bakTmp, StandardCopyOption.REPLACE_EXISTING);
                    move(bakTmp, dir.resolve(name + ProjectFormat.BACKUP_SUFFIX));
                } finally {
                    Files.deleteIfExists(bakTmp);
                }
            }
            move(tmp, file);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
        removeStale(dir, name);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /// Makes the rename itself durable where the platform allows it (Linux); elsewhere a no-op.
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported for directories on this platform
        }
    }

    /// Temporary files of `name` left behind by a save that was killed.
    private static void removeStale(Path dir, String name) {
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // cleaning up is best effort
        }
    }
}
