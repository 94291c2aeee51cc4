package org.mlatlas.store;

import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.time.Duration;
import java.util.List;
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
 * An open connection to the graph's Neo4j: a driver, and the DBMS when this process serves it (started with
 * --no-daemon, or {@code atlas server}). Closing it closes the driver and, if this process serves the DBMS, stops
 * it (within the shutdown time limit) and removes its marker.
 */
public final class StoreConnection implements AutoCloseable {
    /** How long a closing owner keeps serving other processes' open connections (they finish their command). */
    static final long GRACE_MILLIS = 10_000;

    static {
        // Netty (under the driver) picks a logging framework on first use; with slf4j-nop it falls back to Log4j 2,
        // which scans Neo4j's Log4j plugins: a client would load Neo4j server classes for nothing.
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    }

    private final Driver driver;
    private final DbmsHost ownHost;
    private final String description;
    private final String boltUri;
    private final boolean prepared;
    private final List<String> notices;
    private Duration shutdownLimit = ShutdownTimeoutException.DEFAULT_LIMIT;

    StoreConnection(Driver driver, DbmsHost ownHost, String description, String boltUri, boolean prepared, List<String> notices) {
        this.driver = driver;
        this.ownHost = ownHost;
        this.description = description;
        this.boltUri = boltUri;
        this.prepared = prepared;
        this.notices = List.copyOf(notices);
    }

    /** The URI the driver connects to. */
    public String boltUri() {
        return boltUri;
    }

    /** The driver: every query goes through it. */
    public Driver driver() {
        return driver;
    }

    /** True when this process serves the DBMS (to itself and other processes). */
    public boolean ownsDbms() {
        return ownHost != null;
    }

    /** The DBMS this process serves, or null. */
    public DbmsHost host() {
        return ownHost;
    }

    /** True when the serving process already brought the schema up to date and loaded graph-data (skip that). */
    public boolean storePrepared() {
        return prepared;
    }

    /** Things the user should hear about once (e.g. "Neo4j recovered the store: the last stop was not clean"). */
    public List<String> notices() {
        return notices;
    }

    /** Where the graph lives, for messages: "atlas daemon for ~/.local/share/ml-atlas (bolt://...)". */
    public String description() {
        return description;
    }

    /** How long closing the DBMS this process serves may take before it gives up (see {@link #close()}). */
    public void setShutdownLimit(Duration limit) {
        this.shutdownLimit = limit;
    }

    /** A driver to {@code uri} that connects on first use (the peer was checked already: one round trip less). */
    static Driver open(String uri, AuthToken auth) {
        return GraphDatabase.driver(uri, auth, config());
    }

    /**
     * Opens a driver to {@code uri} and checks that it connects and authenticates.
     *
     * @throws StoreException with one clear sentence when the server cannot be reached or refuses the login
     */
    static Driver connect(String uri, AuthToken auth) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config());
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
            throw new StoreException("cannot reach Neo4j at " + uri + ": " + unreachable(uri, e), e);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /**
     * Why {@code uri} cannot be reached, in one sentence: a server that requires TLS closes a plain connection at
     * once, which the driver reports in three sentences about encryption settings.
     */
    private static String unreachable(String uri, ServiceUnavailableException e) {
        String message = String.valueOf(e.getMessage());
        int colon = uri.indexOf("://");
        String scheme = colon < 0 ? "" : uri.substring(0, colon);
        if (message.startsWith("Connection to the database terminated") && (scheme.equals("bolt") || scheme.equals("neo4j"))) {
            String rest = uri.substring(colon);
            return "it closed the connection at once, as a server that requires TLS does; try " + scheme + "+s" + rest
                    + " (" + scheme + "+ssc" + rest + " for a self-signed certificate)";
        }
        return message;
    }

    private static Config config() {
        return Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(8)
                .build();
    }

    /** The basic-auth token for user {@code neo4j} (or the given user) and password. */
    static AuthToken basic(String user, String password) {
        return AuthTokens.basic(user == null || user.isBlank() ? "neo4j" : user, password);
    }

    /**
     * Closes the driver; when this process serves the DBMS, lets other processes' connections finish (at most
     * {@link #GRACE_MILLIS}) and stops it.
     *
     * @throws ShutdownTimeoutException when the DBMS did not stop within the time limit
     */
    @Override
    public void close() {
        driver.close();
        if (ownHost != null) {
            ownHost.withdraw();
            long deadline = System.currentTimeMillis() + GRACE_MILLIS;
            while (ownHost.openConnections() > 0 && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            ownHost.stop(shutdownLimit);
        }
    }
}
