package org.mlatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.mlatlas.app.Atlas;
import org.mlatlas.graphdata.GraphDataException;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.DiskSpace;
import org.mlatlas.store.DaemonLauncher;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.ShutdownTimeoutException;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;

/**
 * What a command runs against: opened on first use (so {@code --help} needs no database) and closed when the
 * command ends. Holds the global options. Locally that is the atlas daemon, started on first use
 * ({@code ATLAS_DAEMON_IDLE_TIMEOUT}, default 15 min, says how long it waits without clients), unless
 * {@code --no-daemon} or {@code ATLAS_NO_DAEMON=1} asks for a DBMS in this process.
 */
public final class AtlasContext implements AutoCloseable {
    /** How long the daemon waits without clients before it stops, unless ATLAS_DAEMON_IDLE_TIMEOUT says otherwise. */
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(15);
    private final Map<String, String> env;
    private String uri;
    private Path home;
    private boolean noDaemon;
    private StoreConnection connection;
    private Atlas atlas;

    /** A context reading {@code ATLAS_HOME}, {@code ATLAS_GRAPH_DATA} and Neo4j credentials from {@code env}. */
    public AtlasContext(Map<String, String> env) {
        this.env = env;
    }

    void setUri(String uri) {
        this.uri = uri;
    }

    void setHome(Path home) {
        this.home = home;
    }

    void setNoDaemon(boolean noDaemon) {
        this.noDaemon = noDaemon;
    }

    /** True unless --no-daemon or ATLAS_NO_DAEMON asks for a DBMS in this process. */
    boolean daemonAllowed() {
        String off = env.get("ATLAS_NO_DAEMON");
        return !noDaemon && (off == null || off.isBlank() || off.equals("0") || off.equalsIgnoreCase("false"));
    }

    /** How to start the daemon: graph-data, idle time-out and JVM options. */
    DaemonLauncher daemonLauncher() {
        return new DaemonLauncher(graphData(), idleTimeout(), DaemonLauncher.defaultJavaOptions());
    }

    /** How long the daemon waits without clients: ATLAS_DAEMON_IDLE_TIMEOUT, else 15 minutes. */
    Duration idleTimeout() {
        String configured = env.get("ATLAS_DAEMON_IDLE_TIMEOUT");
        return configured == null || configured.isBlank() ? DEFAULT_IDLE_TIMEOUT
                : Durations.parse(configured, "ATLAS_DAEMON_IDLE_TIMEOUT");
    }

    /** How long closing a DBMS may take before the process gives up: ATLAS_SHUTDOWN_TIMEOUT, else 30 s. */
    Duration shutdownLimit() {
        String configured = env.get("ATLAS_SHUTDOWN_TIMEOUT");
        return configured == null || configured.isBlank() ? ShutdownTimeoutException.DEFAULT_LIMIT
                : Durations.parse(configured, "ATLAS_SHUTDOWN_TIMEOUT");
    }

    /** The user's home folder for ML Atlas. */
    public AtlasHome home() {
        return home != null ? new AtlasHome(home) : AtlasHome.fromEnvironment(env);
    }

    /** The environment (for credentials). */
    Map<String, String> env() {
        return env;
    }

    /**
     * The graph-data folder loaded into an empty store: {@code ATLAS_GRAPH_DATA}, the {@code atlas.graphData}
     * property, or ./graph-data; null for {@code none} (start with an empty graph). An empty ATLAS_GRAPH_DATA is
     * unset, as scripts/atlas takes it (it would have meant ./graph-data of wherever the command runs: mostly none,
     * so an empty graph).
     *
     * @throws IllegalArgumentException when the configured folder does not exist
     */
    public Path graphData() {
        String variable = env.get("ATLAS_GRAPH_DATA");
        String configured = variable != null && !variable.isBlank() ? variable : System.getProperty("atlas.graphData");
        if (configured != null && configured.equals("none")) {
            return null;
        }
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured);
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("ATLAS_GRAPH_DATA names " + folder + ", which is not a folder; "
                        + "set it to a graph-data folder, or to none for an empty graph");
            }
            return folder;
        }
        Path local = Path.of("graph-data");
        return Files.isDirectory(local) ? local : null;
    }

    /** The application, connecting (and on first use loading graph-data) if not done yet. */
    public synchronized Atlas atlas() throws GraphDataException {
        if (atlas == null) {
            Path data = graphData(); // a wrong folder is refused before anything starts
            long t0 = System.nanoTime();
            StoreConnector connector = new StoreConnector(home(), env);
            connection = uri != null ? connector.connectExternal(uri)
                    : connector.connectLocal(daemonAllowed() ? daemonLauncher() : null);
            connection.setShutdownLimit(shutdownLimit());
            connection.notices().forEach(notice -> System.err.println("atlas: " + notice));
            long t1 = System.nanoTime();
            // a local store's disk is watched (a full disk makes Neo4j hang, not fail); a server's is not ours
            atlas = new Atlas(new Neo4jGraphStore(connection.driver(), uri == null ? DiskSpace.of(home().neo4jHome()) : null));
            if (!connection.storePrepared()) {
                atlas.initialize(data);
            }
            if (env.containsKey("ATLAS_TIMING")) {
                System.err.printf("atlas: timing: JVM up %d ms, connect %d ms (%s), initialize %d ms%n",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000,
                        (t1 - t0) / 1_000_000, connection.description(), (System.nanoTime() - t1) / 1_000_000);
            }
        }
        return atlas;
    }

    /**
     * Drops the current connection and connects anew (for a long-lived window whose database went away: the
     * process that served it stopped). Locally this finds the process serving the store now or starts the
     * daemon (with --no-daemon, the embedded DBMS here).
     */
    public synchronized Atlas reconnect() throws GraphDataException {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException gone) {
                // the old server is gone already: nothing to close cleanly
            }
        }
        connection = null;
        atlas = null;
        return atlas();
    }

    /**
     * The explorer's copy of the graph it last loaded, in the home folder's {@code cache}: one per store (the
     * local one, or each --uri).
     */
    public org.mlatlas.app.GraphCache explorerCache() {
        String name = uri == null ? "explorer-graph.json"
                : "explorer-graph-" + Integer.toHexString(uri.hashCode()) + ".json";
        return new org.mlatlas.app.GraphCache(home().root().resolve("cache").resolve(name));
    }

    /** Where the explorer's map keeps its node positions: one file per store (the local one, or each --uri). */
    public org.mlatlas.app.MapPositions explorerPositions() {
        String name = uri == null ? "positions.json" : "positions-" + Integer.toHexString(uri.hashCode()) + ".json";
        return new org.mlatlas.app.MapPositions(home().root().resolve("map").resolve(name));
    }

    /** Where the graph is, for a window title: the --uri, or the home folder. */
    public String description() {
        return uri != null ? uri : home().root().toString();
    }

    /** The connection opened by {@link #atlas()}, or null. */
    StoreConnection connection() {
        return connection;
    }

    /** The external URI given with --uri, or null. */
    String uri() {
        return uri;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
            atlas = null;
        }
    }
}
