package dev.pmw.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/// Folders and ZIP archives as [InputTree]s. ZIP entries are read in place (never extracted to
/// disk); entries whose names escape the archive (`../`, absolute paths) are skipped and reported.
public final class Trees {
    private Trees() {
    }

    public static InputTree folder(Path dir, String displayPath) throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir, 8)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .limit(Limits.MAX_ZIP_ENTRIES)
                    .forEach(p -> entries.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        Collections.sort(entries);
        return new FolderTree(dir, displayPath, List.copyOf(entries));
    }

    /// Opens a ZIP's directory. `unsafe` receives the names of entries that were skipped.
    public static InputTree zip(Path file, String displayPath, List<String> unsafe) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipFile zf = new ZipFile(file.toFile())) {
            if (zf.size() > Limits.MAX_ZIP_ENTRIES) {
                throw new IngestException(displayPath + " has " + zf.size() + " entries; more than "
                        + Limits.MAX_ZIP_ENTRIES + " is not an export we can read");
            }
            Enumeration<? extends ZipEntry> en = zf.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                if (!isSafe(name)) {
                    unsafe.add(name);
                    continue;
                }
                if (isHidden(Path.of(name))) {
                    continue;
                }
                entries.add(name);
            }
        } catch (ZipException e) {
            throw new IngestException(displayPath + " is not a readable ZIP archive (" + e.getMessage() + ")", e);
        }
        Collections.sort(entries);
        return new ZipTree(file, displayPath, List.copyOf(entries));
    }

    /// Names that would escape the archive if extracted, or that are absolute.
    static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return !name.contains("\0");
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /// Whether the file starts with the ZIP local-header magic.
    public static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(4);
            return m.length == 4 && m[0] == 'P' && m[1] == 'K' && (m[2] == 3 || m[2] == 5) && (m[3] == 4 || m[3] == 6);
        } catch (IOException e) {
            return false;
        }
    }

    record FolderTree(Path dir, String path, List<String> entries) implements InputTree {
        @Override
        public Input entry(String relativePath) throws IOException {
            if (!isSafe(relativePath) || !entries.contains(relativePath)) {
                throw new IngestException("no entry " + relativePath + " in " + path);
            }
            return Inputs.file(dir.resolve(relativePath), path + "/" + relativePath);
        }
    }

    record ZipTree(Path zip, String path, List<String> entries) implements InputTree {
        @Override
        public Input entry(String relativePath) throws IOException {
            if (!entries.contains(relativePath)) {
                throw new IngestException("no entry " + relativePath + " in " + path);
            }
            return new ZipEntryInput(zip, relativePath, path + " › " + relativePath);
        }
    }

    /// An entry of a ZIP on disk; each [#openRaw()] opens the archive afresh and closes it with the
    /// stream, so nothing is held open between reads.
    record ZipEntryInput(Path zip, String entryName, String path) implements Input {
        @Override
        public String name() {
            return dev.pmw.model.SourceRef.fileName(entryName);
        }

        @Override
        public long size() {
            try (ZipFile zf = new ZipFile(zip.toFile())) {
                ZipEntry e = zf.getEntry(entryName);
                return e == null ? -1 : e.getCompressedSize();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public InputStream openRaw() throws IOException {
            ZipFile zf = new ZipFile(zip.toFile());
            ZipEntry e = zf.getEntry(entryName);
            if (e == null) {
                zf.close();
                throw new IngestException("entry " + entryName + " vanished from " + zip);
            }
            InputStream in = new BoundedInputStream(zf.getInputStream(e), path, Math.max(e.getCompressedSize(), 1));
            return new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zf.close();
                    }
                }
            };
        }
    }
}
