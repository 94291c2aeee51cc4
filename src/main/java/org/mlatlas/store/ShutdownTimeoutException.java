package org.mlatlas.store;

import java.time.Duration;

/**
 * A close that did not finish within its time limit (a DBMS shutdown, a page-cache flush stuck on a full disk):
 * the process should say so in one sentence and exit non-zero; Neo4j recovers the store at the next start.
 */
public final class ShutdownTimeoutException extends RuntimeException {
    /** How long a close may take unless {@code ATLAS_SHUTDOWN_TIMEOUT} says otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    ShutdownTimeoutException(String message) {
        super(message);
    }

    static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
