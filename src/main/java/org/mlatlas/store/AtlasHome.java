package org.mlatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The per-user folder of ML Atlas ({@code $ATLAS_HOME}, by default {@code $XDG_DATA_HOME/ml-atlas} or
 * {@code ~/.local/share/ml-atlas}): the embedded Neo4j store, the generated database password, the marker that
 * tells other atlas processes where the running DBMS listens and how to check it is ours, the locks that keep
 * one DBMS per store, and the daemon's log. The folder and everything we put in it is readable by the owner only.
 */
public final class AtlasHome {
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private final Path root;

    /** A home at {@code root} (created on first use). */
    public AtlasHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The home named by {@code ATLAS_HOME}, else the per-user data folder. */
    public static AtlasHome fromEnvironment(Map<String, String> env) {
        String explicit = env.get("ATLAS_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new AtlasHome(Path.of(explicit));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new AtlasHome(base.resolve("ml-atlas"));
    }

    /** The folder itself. */
    public Path root() {
        return root;
    }

    /** Where the embedded Neo4j keeps its files. */
    public Path neo4jHome() {
        return sub("neo4j");
    }

    /** The daemon's log file ({@code logs/daemon.log}). */
    public Path daemonLog() {
        return sub("logs").resolve("daemon.log");
    }

    /** The folder of markers and locks ({@code run/}). */
    Path runDir() {
        return sub("run");
    }

    private Path sub(String name) {
        privateDir(root);
        return privateDir(root.resolve(name));
    }

    /**
     * The DBMS password for user {@code neo4j}, generated on first use and kept readable by the owner only.
     */
    public String password() {
        Path file = privateDir(root).resolve("credentials");
        try {
            if (Files.exists(file)) {
                restrict(file, OWNER_ONLY_FILE); // one an older build or the user left readable to others
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            setPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database password in " + file, e);
        }
    }

    /** Makes {@code password} the stored DBMS password (the next start of the DBMS applies it). */
    public void setPassword(String password) {
        writePrivately(privateDir(root).resolve("credentials"), password + "\n");
    }

    /** The marker of the running DBMS, if one was written (it may be stale or forged: check it with {@link PeerCheck}). */
    public Optional<DbmsMarker> readMarker() {
        Path file = markerFile();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return DbmsMarker.from(properties);
    }

    /** Records where this process serves the DBMS (written atomically, readable by the owner only). */
    void writeMarker(DbmsMarker marker) {
        Path file = markerFile();
        StringBuilder text = new StringBuilder("# the atlas process serving this home's DBMS; see docs/decisions/0004\n");
        marker.toProperties().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        writePrivately(file, text.toString());
    }

    /** Removes the marker if it is the one of process {@code pid} (or any marker when {@code pid} is negative). */
    void removeMarker(long pid) {
        Optional<DbmsMarker> marker = readMarker();
        if (marker.isPresent() && (pid < 0 || marker.get().pid() == pid)) {
            try {
                Files.deleteIfExists(markerFile());
            } catch (IOException e) {
                // a marker left behind is recognised as stale: it fails the peer check
            }
        }
    }

    /** The lock a process holds for as long as it serves this home's DBMS. */
    Path dbmsLock() {
        return lockFile("dbms.lock");
    }

    /** The lock a process holds while it starts the daemon (so that two commands started together start one). */
    Path startLock() {
        return lockFile("start.lock");
    }

    private Path lockFile(String name) {
        Path file = runDir().resolve(name);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (FileAlreadyExistsException e) {
            // made by an earlier process: locks are taken on the file, never by creating it
        } catch (UnsupportedOperationException e) {
            touch(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
        return file;
    }

    private Path markerFile() {
        return root.resolve("run").resolve("dbms.properties");
    }

    /** Creates {@code dir} (and the home) if needed, owner-only; an existing folder of ours is made owner-only. */
    static Path privateDir(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Path parent = dir.getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                } catch (FileAlreadyExistsException raced) {
                    // another process made it at the same moment
                } catch (UnsupportedOperationException notPosix) {
                    Files.createDirectories(dir);
                }
            }
            restrict(dir, OWNER_ONLY_DIR);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Writes {@code text} to {@code file} through an owner-only temporary file moved into place. */
    static void writePrivately(Path file, String text) {
        try {
            Path dir = privateDir(file.getParent());
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            restrict(tmp, OWNER_ONLY_FILE);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Makes an existing file owner-only (a no-op on a file system without POSIX permissions). */
    static void restrictToOwner(Path file) {
        restrict(file, Files.isDirectory(file) ? OWNER_ONLY_DIR : OWNER_ONLY_FILE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (or not ours to change): the folder's own permissions apply
        }
    }

    private static void touch(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }
}
