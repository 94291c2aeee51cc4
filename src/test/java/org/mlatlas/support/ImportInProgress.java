package org.mlatlas.support;

import java.util.concurrent.TimeUnit;
import org.mlatlas.store.AtlasHome;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Waits until an atlas process importing into a home is writing: its transaction runs the import's UNWIND
 * batches (seen over Bolt with SHOW TRANSACTIONS on the DBMS the home's marker names). An event to wait for
 * instead of a guess at how long reading and matching take.
 */
public final class ImportInProgress {
    private ImportInProgress() {
    }

    /**
     * Returns once the import's write transaction is open and writing.
     *
     * @throws AssertionError when the process ends first or nothing is seen within {@code seconds}
     */
    public static void await(AtlasHome home, Process importing, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Driver driver = null;
        try {
            while (System.nanoTime() < deadline) {
                if (!importing.isAlive()) {
                    throw new AssertionError("the import ended (exit " + importing.exitValue() + ") before its write was seen");
                }
                try {
                    if (driver == null && home.readMarker().isPresent()) {
                        driver = GraphDatabase.driver(home.readMarker().get().boltUri(), AuthTokens.basic("neo4j", home.password()),
                                Config.builder().withLogging(Logging.none()).build());
                    }
                    if (driver != null && writing(driver)) {
                        return;
                    }
                } catch (Neo4jException notYet) {
                    // the DBMS is still starting
                }
                Thread.sleep(20);
            }
            throw new AssertionError("the import's write was not seen within " + seconds + " s");
        } finally {
            if (driver != null) {
                driver.close();
            }
        }
    }

    private static boolean writing(Driver driver) {
        try (Session session = driver.session()) {
            return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND $rows' RETURN count(*) AS n")
                    .single().get("n").asLong() > 0;
        }
    }
}
