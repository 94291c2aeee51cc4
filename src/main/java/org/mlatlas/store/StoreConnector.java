package org.mlatlas.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;

/**
 * Finds the graph's Neo4j and connects to it over Bolt:
 * <ul>
 *   <li>with a URI: that server or cluster, user and password from {@code NEO4J_USERNAME} / {@code NEO4J_PASSWORD};</li>
 *   <li>else, when another atlas process already runs the DBMS of this {@link AtlasHome}: that one, over Bolt;</li>
 *   <li>else: an embedded DBMS started in this process, Bolt on loopback, announced to other processes.</li>
 * </ul>
 * A marker left by a killed process is recognised by its dead pid and removed.
 */
public final class StoreConnector {
    private static final Duration WAIT_FOR_OTHER_STARTER = Duration.ofSeconds(90);
    private final AtlasHome home;
    private final Map<String, String> env;

    /** A connector for this home, reading credentials for external servers from {@code env}. */
    public StoreConnector(AtlasHome home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** Connects to an external server or cluster. */
    public StoreConnection connectExternal(String uri) {
        String password = env.get("NEO4J_PASSWORD");
        Driver driver = StoreConnection.connect(uri, password == null ? AuthTokens.none()
                : StoreConnection.basic(env.get("NEO4J_USERNAME"), password));
        return new StoreConnection(driver, null, home, "Neo4j at " + uri, uri);
    }

    /** Uses the DBMS another atlas process serves for this home, or starts an embedded one. */
    public StoreConnection connectLocal() {
        Optional<StoreConnection> running = connectToRunning();
        if (running.isPresent()) {
            return running.get();
        }
        // another process may be starting the DBMS, or stopping it: wait for its marker or for the store to free
        Instant deadline = Instant.now().plus(WAIT_FOR_OTHER_STARTER);
        while (true) {
            try {
                return startEmbedded("127.0.0.1", 0);
            } catch (StoreException locked) {
                if (!locked.isStoreInUse() || Instant.now().isAfter(deadline)) {
                    throw locked;
                }
            }
            for (int i = 0; i < 8; i++) {
                sleep(250);
                running = connectToRunning();
                if (running.isPresent()) {
                    return running.get();
                }
            }
        }
    }

    /**
     * Starts the embedded DBMS in this process, Bolt on {@code host:port}, and announces it in the home's marker.
     *
     * @throws StoreException when the store is in use or cannot start
     */
    public StoreConnection startEmbedded(String host, int port) {
        String password = home.password();
        EmbeddedDbms dbms = EmbeddedDbms.start(home.neo4jHome(), host, port, password);
        try {
            String connectHost = host.equals("0.0.0.0") ? "127.0.0.1" : dbms.boltHost();
            String uri = "bolt://" + connectHost + ":" + dbms.boltPort();
            Driver driver = StoreConnection.connect(uri, StoreConnection.basic("neo4j", password));
            home.writeMarker(connectHost, dbms.boltPort());
            return new StoreConnection(driver, dbms, home, "embedded Neo4j in " + home.root() + " (" + uri + ")", uri);
        } catch (RuntimeException e) {
            dbms.close();
            throw e;
        }
    }

    /** The running DBMS of this home, if its marker is live and it answers. */
    public Optional<StoreConnection> connectToRunning() {
        Optional<AtlasHome.Marker> marker = home.readMarker();
        if (marker.isEmpty()) {
            return Optional.empty();
        }
        if (!marker.get().processAlive()) {
            home.removeMarker(true);
            return Optional.empty();
        }
        try {
            Driver driver = StoreConnection.connect(marker.get().uri(), StoreConnection.basic("neo4j", home.password()));
            return Optional.of(new StoreConnection(driver, null, home,
                    "Neo4j served by atlas process " + marker.get().pid() + " (" + marker.get().uri() + ")",
                    marker.get().uri()));
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database");
        }
    }
}
