package dev.pmw.draft.openai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Keeps the API key the user typed in the settings dialog in one file in the user's config folder
/// (never in a project, an export or a log), readable by its owner only: on POSIX systems the file
/// is created `rw-------` (in a folder created `rwx------`), never first created open and then
/// narrowed; on Windows its ACL is reduced to the owner.
///
/// `OPENAI_API_KEY` takes precedence over the stored key ([#resolve(Map)]).
public final class ApiKeyStore {
    static final String FILE_NAME = "api-key";
    public static final String ENV = "OPENAI_API_KEY";

    /// Where the key in use comes from.
    public enum Origin {
        ENVIRONMENT, STORED
    }

    /// The key in use and where it comes from (the settings dialog says "from OPENAI_API_KEY").
    public record Resolved(ApiKey key, Origin origin) {
    }

    private final Path dir;

    public ApiKeyStore(Path configDir) {
        this.dir = configDir;
    }

    public static ApiKeyStore forUser() {
        return new ApiKeyStore(UserConfigDir.current());
    }

    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /// `OPENAI_API_KEY` if set, else the stored key.
    public Optional<Resolved> resolve(Map<String, String> env) throws IOException {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new Resolved(ApiKey.of(fromEnv), Origin.ENVIRONMENT));
        }
        return load().map(k -> new Resolved(k, Origin.STORED));
    }

    public Optional<ApiKey> load() throws IOException {
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        String s = Files.readString(f, StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(ApiKey.of(s));
    }

    /// Writes the key atomically: a new owner-only file next to the old one, then moved over it.
    public void save(ApiKey key) throws IOException {
        createPrivateDir(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        createPrivateFile(tmp);
        Files.writeString(tmp, key.reveal() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateDir(Path d) throws IOException {
        if (Files.isDirectory(d)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(d, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
        } else {
            Files.createDirectories(d);
        }
    }

    private static void createPrivateFile(Path f) throws IOException {
        if (posix()) {
            Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            Files.createFile(f, PosixFilePermissions.asFileAttribute(ownerOnly));
            return;
        }
        Files.createFile(f);
        AclFileAttributeView acl = Files.getFileAttributeView(f, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        try {
            UserPrincipal owner = Files.getOwner(f);
            AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                            AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL,
                            AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                    .build();
            acl.setAcl(List.of(entry));
        } catch (AccessDeniedException e) {
            // the folder's inherited ACL still applies (%APPDATA% is per user)
        }
    }

    @Override
    public String toString() {
        return "ApiKeyStore[" + file() + "]";
    }
}
