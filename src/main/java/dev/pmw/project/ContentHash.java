package dev.pmw.project;

import dev.pmw.work.Work;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/// SHA-256 of a source's content: a file's bytes, or a folder's files (relative path, size and
/// bytes of each, in name order; hidden files and `__MACOSX` skipped as the importer skips them).
/// Tells on reopening whether a found file is the one the project was made from. Results are
/// cached by path, size and modification time, so a save after the first one costs a `stat`;
/// call [#of(Path, Work)] from background work after an import to have it ready.
public final class ContentHash {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private ContentHash() {
    }

    /// `sha256:` + 64 hex digits.
    public static String of(Path path, Work work) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        List<Path> files = files(p);
        StringBuilder sig = new StringBuilder(p.toString());
        for (Path f : files) {
            sig.append('\0').append(f).append('\0').append(Files.size(f)).append('\0')
                    .append(Files.getLastModifiedTime(f).toMillis());
        }
        String key = sig.toString();
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            work.check();
            if (!f.equals(p)) {
                md.update(p.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(ByteBuffer.allocate(8).putLong(0, Files.size(f)));
            }
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                long since = 0;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                    since += n;
                    if (since > (64 << 20)) {
                        work.check();
                        since = 0;
                    }
                }
            }
        }
        String hash = "sha256:" + HexFormat.of().formatHex(md.digest());
        CACHE.put(key, hash);
        return hash;
    }

    private static List<Path> files(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            if (!Files.isRegularFile(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            return List.of(p);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p, 8)) {
            s.filter(Files::isRegularFile).filter(f -> !hidden(p.relativize(f))).forEach(out::add);
        }
        out.sort(java.util.Comparator.comparing(f -> p.relativize(f).toString().replace('\\', '/')));
        return out;
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
