package org.mlatlas.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The per-user folder of ML Atlas ({@code $ATLAS_HOME}, by default {@code $XDG_DATA_HOME/ml-atlas} or
 * {@code ~/.local/share/ml-atlas}): the embedded Neo4j store, the generated database password, and the
 * marker that tells other atlas processes where the running DBMS listens.
 */
public final class AtlasHome {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;

    /** A home at {@code root} (created on first use). */
    public AtlasHome(Path root) {
        this.root = root.toAbsolutePath();
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
        return root.resolve("neo4j");
    }

    /**
     * The DBMS password for user {@code neo4j}, generated on first use and kept readable by the owner only.
     */
    public String password() {
        Path file = root.resolve("credentials");
        try {
            if (Files.exists(file)) {
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
        Path file = root.resolve("credentials");
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "credentials", ".tmp");
            trySetOwnerOnly(tmp);
            Files.writeString(tmp, password + "\n");
            moveAtomically(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database password in " + file, e);
        }
    }

    /**
     * Where a running atlas DBMS listens.
     *
     * @param pid  the process that runs it
     * @param host Bolt host
     * @param port Bolt port
     */
    public record Marker(long pid, String host, int port) {
        /** The Bolt URI of the running DBMS. */
        public String uri() {
            return "bolt://" + host + ":" + port;
        }

        /** True while the process that wrote the marker is alive. */
        public boolean processAlive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** The marker of the running DBMS, if one was written (it may be stale: check {@link Marker#processAlive}). */
    public Optional<Marker> readMarker() {
        Path file = markerFile();
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            JsonNode json = JSON.readTree(file.toFile());
            return Optional.of(new Marker(json.path("pid").asLong(), json.path("host").asText("127.0.0.1"), json.path("port").asInt()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records that this process serves the DBMS on {@code host:port}. */
    public void writeMarker(String host, int port) {
        Path file = markerFile();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "bolt", ".tmp");
            JSON.writeValue(tmp.toFile(), Map.of("pid", ProcessHandle.current().pid(), "host", host, "port", port));
            moveAtomically(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Removes the marker if it is this process's (or stale when {@code evenIfOthers}). */
    public void removeMarker(boolean evenIfOthers) {
        Optional<Marker> marker = readMarker();
        if (marker.isPresent() && (evenIfOthers || marker.get().pid() == ProcessHandle.current().pid())) {
            try {
                Files.deleteIfExists(markerFile());
            } catch (IOException e) {
                // a marker left behind is detected as stale by its dead pid
            }
        }
    }

    private Path markerFile() {
        return root.resolve("run").resolve("bolt.json");
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
