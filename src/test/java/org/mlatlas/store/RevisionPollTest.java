package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.mlatlas.support.Graphs;
import org.mlatlas.support.TestDbms;

/**
 * The explorer polls the store's revision every few seconds to see other clients' edits and a lost database. A poll
 * is one attempt: with the driver's retries of a managed transaction, a window noticed a stopped daemon only after
 * 30 to 60 seconds of retrying, saying nothing meanwhile.
 */
class RevisionPollTest {

    @Test
    void aPollOfALostDatabaseFailsAfterOneAttemptNotAfterTheDriversRetries() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket lost = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread refuser = new Thread(() -> {
                while (!lost.isClosed()) {
                    try (Socket client = lost.accept()) {
                        connections.incrementAndGet(); // counted before the close the driver sees
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            }, "lost-database");
            refuser.setDaemon(true);
            refuser.start();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + lost.getLocalPort(), AuthTokens.basic("neo4j", "x"),
                    Config.builder().withoutEncryption().build())) {
                Neo4jGraphStore store = new Neo4jGraphStore(driver);
                assertThatThrownBy(store::revision).isInstanceOf(RuntimeException.class);
                assertThat(connections.get()).as("connection attempts of one poll").isEqualTo(1);
            }
        }
    }

    @Test
    void aPollOfALiveDatabaseReadsItsRevisionAndSeesAWrite() {
        Neo4jGraphStore store = TestDbms.with(Graphs.dpo()).store();
        long before = store.revision();
        store.addNode(org.mlatlas.domain.Node.concept("polled", "Polled"));
        assertThat(store.revision()).isGreaterThan(before);
    }
}
