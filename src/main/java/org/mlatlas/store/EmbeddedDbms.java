package org.mlatlas.store;

import static org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo.EMBEDDED_CONNECTION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusLogger;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.recovery.RecoveryMonitor;
import org.neo4j.kernel.recovery.RecoveryStartInformation;
import org.neo4j.monitoring.DatabaseHealth;
import org.neo4j.monitoring.Monitors;

/**
 * A Neo4j 5 DBMS running inside this JVM with its Bolt connector on, authentication on, so that all access
 * (ours and other processes') goes through the Java driver. Settings keep the disk footprint small and the
 * shutdown quick (two 100 ms Bolt grace waits instead of 5 s each, measured in docs/decisions/0001).
 */
public final class EmbeddedDbms {
    private final DatabaseManagementService dbms;
    private final HostnamePort boltAddress;
    private final NetworkConnectionTracker connections;
    private final boolean recovered;
    private final DiskSpace space;
    private final boolean encrypted;

    private EmbeddedDbms(DatabaseManagementService dbms, HostnamePort boltAddress, NetworkConnectionTracker connections,
                         boolean recovered, DiskSpace space, boolean encrypted) {
        this.dbms = dbms;
        this.boltAddress = boltAddress;
        this.connections = connections;
        this.recovered = recovered;
        this.space = space;
        this.encrypted = encrypted;
    }

    /** True when Neo4j had to recover the store at this start (the last process using it did not stop cleanly). */
    public boolean recovered() {
        return recovered;
    }

    /**
     * Why the graph's database stopped working (Neo4j "panics" it when a commit cannot be written, e.g. on a full
     * disk: every later query fails until a restart), or null while it works.
     */
    public String failure() {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        Throwable panic = db.getDependencyResolver().resolveDependency(DatabaseHealth.class).causeOfPanic();
        if (panic == null) {
            return null;
        }
        String why = String.valueOf(panic.getMessage());
        for (Throwable t = panic; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) {
                why = "no space left on " + space;
            }
        }
        return why;
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

    /** As {@link #start(Path, String, int, String)}, with more settings (TLS, limits). */
    static EmbeddedDbms start(Path home, String host, int port, String password,
                              Map<org.neo4j.graphdb.config.Setting<?>, Object> settings) {
        DatabaseManagementService dbms;
        DiskSpace space = DiskSpace.of(home);
        space.requireRoomToStart();
        AtomicBoolean recovering = new AtomicBoolean();
        try {
            Monitors monitors = new Monitors();
            monitors.addMonitorListener(new RecoveryMonitor() {
                @Override
                public void recoveryRequired(RecoveryStartInformation start) {
                    recovering.set(true);
                }
            });
            DatabaseManagementServiceBuilderImplementation builder = new DatabaseManagementServiceBuilderImplementation(home)
                    .setMonitors(monitors);
            if (port != 0) {
                // neo4j:// clients route to the advertised address: make it the one we listen on
                builder.setConfig(BoltConnector.advertised_address, new SocketAddress(host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host, port));
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
            throw new StoreException(why, e, why.contains("is in use by another process"));
        }
        try {
            applyPassword(dbms, home, password);
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            ConnectorPortRegister ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
            NetworkConnectionTracker tracker = system.getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
            boolean encrypted = settings.get(BoltConnector.encryption_level) == BoltConnector.EncryptionLevel.REQUIRED;
            return new EmbeddedDbms(dbms, bolt, tracker, recovering.get(), space, encrypted);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new StoreException("the embedded Neo4j started but could not be set up: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the password unless this store already has it: running the admin command costs seconds of Cypher
     * warm-up on every start, so the password is first checked against Neo4j's own salted hash (a login, no
     * Cypher). Nothing about the password is kept outside the store (an older build kept an unsalted digest
     * next to it: removed).
     */
    private static void applyPassword(DatabaseManagementService dbms, Path home, String password) {
        try {
            Files.deleteIfExists(home.resolve("password-applied"));
        } catch (IOException e) {
            throw new StoreException("cannot remove the old password digest " + home.resolve("password-applied"), e);
        }
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
        try {
            LoginContext login = auth.login(AuthToken.newBasicAuthToken("neo4j", password), EMBEDDED_CONNECTION);
            if (login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS) {
                return;
            }
        } catch (InvalidAuthTokenException e) {
            // fall through: set it
        }
        setPassword(dbms, password);
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
            if (t instanceof java.net.BindException || m.contains("Address already in use")) {
                return "the Bolt address is in use by another process";
            }
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

    /**
     * The scheme local clients connect with: {@code bolt}, or {@code bolt+ssc} when TLS is required (encrypted;
     * the peer is known to be ours by the control channel, not by a certificate authority).
     */
    public String boltScheme() {
        return encrypted ? "bolt+ssc" : "bolt";
    }

    /** The Bolt host actually bound. */
    public String boltHost() {
        return boltAddress.getHost();
    }

    /**
     * Stops the DBMS (checkpoint, page-cache flush), waiting at most {@code limit}, and less when the disk is full
     * (Neo4j would retry its flush forever).
     *
     * @throws ShutdownTimeoutException when it did not finish in time or the disk is full (it goes on in a daemon
     *                                  thread; the caller should exit: the next start recovers the store)
     */
    public void close(Duration limit) {
        space.finishUnlessFull("stop", limit, () -> {
            dbms.shutdown();
            return null;
        });
    }
}
