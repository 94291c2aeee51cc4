package org.mlatlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusLogger;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5 DBMS running inside this JVM with its Bolt connector on, authentication on, so that all access
 * (ours and other processes') goes through the Java driver. Settings keep the disk footprint small and the
 * shutdown quick (see STACK-NOTES).
 */
public final class EmbeddedDbms implements AutoCloseable {
    private final DatabaseManagementService dbms;
    private final HostnamePort boltAddress;
    private final NetworkConnectionTracker connections;
    private final DiskSpace space;

    private EmbeddedDbms(DatabaseManagementService dbms, HostnamePort boltAddress, NetworkConnectionTracker connections,
                         DiskSpace space) {
        this.dbms = dbms;
        this.boltAddress = boltAddress;
        this.connections = connections;
        this.space = space;
    }

    /** The number of open Bolt connections (other processes', once this process closed its driver). */
    public int openConnections() {
        return connections.activeConnections().size();
    }

    /**
     * Starts a DBMS on {@code home}, Bolt bound to {@code host:port} (port 0: a free one), and makes
     * {@code password} the password of user {@code neo4j}.
     *
     * @throws StoreException when the store is locked by another process or cannot start
     */
    public static EmbeddedDbms start(Path home, String host, int port, String password) {
        return start(home, host, port, password, Map.of());
    }

    /** As {@link #start(Path, String, int, String)}, with more settings (benchmarks compare settings). */
    static EmbeddedDbms start(Path home, String host, int port, String password,
                              Map<org.neo4j.graphdb.config.Setting<?>, Object> settings) {
        DatabaseManagementService dbms;
        DiskSpace space = DiskSpace.of(home);
        space.requireRoomToStart();
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            if (port != 0) {
                // neo4j:// clients route to the advertised address: make it the one we listen on
                builder.setConfig(BoltConnector.advertised_address, new SocketAddress(host.equals("0.0.0.0") ? "127.0.0.1" : host, port));
            }
            builder
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                    .setConfig(settings);
            dbms = space.finishUnlessFull("start", builder::build);
            // Neo4j's logging configuration (status="ERROR") reports Log4j's own failures on standard error, a
            // stack trace each: on a full disk, hundreds of lines for a debug.log it cannot write. The user gets
            // one sentence instead; debug.log keeps what Neo4j could write.
            StatusLogger.getLogger().getFallbackListener().setLevel(Level.OFF);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            String why = describeStartFailure(home, e);
            throw new StoreException(why, e, why.contains("in use by another process"));
        }
        try {
            applyPassword(dbms, home, password);
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            ConnectorPortRegister ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
            NetworkConnectionTracker tracker = system.getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
            return new EmbeddedDbms(dbms, bolt, tracker, space);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new StoreException("the embedded Neo4j started but could not be set up: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the password unless this store already has it: running the admin command costs seconds of Cypher
     * warm-up on every start, so the digest of the applied password is remembered next to the store.
     */
    private static void applyPassword(DatabaseManagementService dbms, Path home, String password) {
        Path applied = home.resolve("password-applied");
        String digest = sha256(password);
        try {
            if (Files.exists(applied) && Files.readString(applied).trim().equals(digest)) {
                return;
            }
            setPassword(dbms, password);
            Files.writeString(applied, digest + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + applied, e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static String describeStartFailure(Path home, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("lock") || m.contains("Lock")) {
                return "the Neo4j store in " + home + " is in use by another process";
            }
        }
        return "the embedded Neo4j in " + home + " could not start: " + e.getMessage();
    }

    /** The Bolt port actually bound. */
    public int boltPort() {
        return boltAddress.getPort();
    }

    /** The Bolt host actually bound. */
    public String boltHost() {
        return boltAddress.getHost();
    }

    /**
     * Stops the DBMS.
     *
     * @throws StoreException when the disk is full while it stops (Neo4j would retry its flush forever)
     */
    @Override
    public void close() {
        space.finishUnlessFull("stop", () -> {
            dbms.shutdown();
            return null;
        });
    }
}
