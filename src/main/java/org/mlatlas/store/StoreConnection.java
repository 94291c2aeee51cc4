package org.mlatlas.store;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * An open connection to the graph's Neo4j: a driver, and the embedded DBMS when this process started it.
 * Closing it closes the driver and, if this process owns the DBMS, stops it and removes its marker.
 */
public final class StoreConnection implements AutoCloseable {
    private final Driver driver;
    private final EmbeddedDbms ownDbms;
    private final AtlasHome home;
    private final String description;
    private final String boltUri;

    StoreConnection(Driver driver, EmbeddedDbms ownDbms, AtlasHome home, String description, String boltUri) {
        this.driver = driver;
        this.ownDbms = ownDbms;
        this.home = home;
        this.description = description;
        this.boltUri = boltUri;
    }

    /** The URI the driver connects to. */
    public String boltUri() {
        return boltUri;
    }

    /** The driver: every query goes through it. */
    public Driver driver() {
        return driver;
    }

    /** True when this process started the embedded DBMS (and serves it to other processes). */
    public boolean ownsDbms() {
        return ownDbms != null;
    }

    /** Where the graph lives, for messages: "embedded Neo4j in ~/.local/share/ml-atlas (bolt://...)". */
    public String description() {
        return description;
    }

    /**
     * Opens a driver to {@code uri} and checks that it connects and authenticates.
     *
     * @throws StoreException with one clear sentence when the server cannot be reached or refuses the login
     */
    static Driver connect(String uri, AuthToken auth) {
        Config config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(8)
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new StoreException("\"" + uri + "\" is not a Neo4j URI (expected bolt://, neo4j://, bolt+s:// or neo4j+s://)", e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("Neo4j at " + uri + " refused the user name or password"
                    + " (set NEO4J_USERNAME and NEO4J_PASSWORD)", e);
        } catch (SecurityException e) {
            driver.close();
            throw new StoreException("Neo4j at " + uri + " refused the connection: " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /** The basic-auth token for user {@code neo4j} (or the given user) and password. */
    static AuthToken basic(String user, String password) {
        return AuthTokens.basic(user == null || user.isBlank() ? "neo4j" : user, password);
    }

    /** How long a closing owner keeps serving other processes' open connections (they finish their command). */
    static final long GRACE_MILLIS = 10_000;

    @Override
    public void close() {
        driver.close();
        if (ownDbms != null) {
            home.removeMarker(false);
            long deadline = System.currentTimeMillis() + GRACE_MILLIS;
            while (ownDbms.openConnections() > 0 && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ownDbms.close();
        }
    }
}
