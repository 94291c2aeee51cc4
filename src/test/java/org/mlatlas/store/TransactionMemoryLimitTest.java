package org.mlatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlatlas.domain.GraphChange;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;

/**
 * A write larger than the DBMS lets one transaction hold (the 100k-concept import did this to a daemon with a 1 GiB
 * heap) fails in one sentence naming the limit and what to do, and writes nothing.
 */
class TransactionMemoryLimitTest {
    @TempDir
    Path dir;

    @Test
    void aWriteOverTheTransactionMemoryLimitIsOneSentenceAndWritesNothing() {
        AtlasHome home = new AtlasHome(dir);
        EmbeddedDbms dbms = EmbeddedDbms.start(home.neo4jHome(), "127.0.0.1", 0, home.password(),
                Map.of(GraphDatabaseSettings.memory_transaction_global_max_size, 10L * 1024 * 1024));
        try (Driver driver = StoreConnection.connect("bolt://127.0.0.1:" + dbms.boltPort(),
                     StoreConnection.basic("neo4j", home.password()))) {
            Neo4jGraphStore store = new Neo4jGraphStore(driver);
            store.ensureSchema();
            List<Node> nodes = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            for (int i = 0; i < 60_000; i++) {
                nodes.add(Node.concept("c" + i, "Concept number " + i));
                if (i > 0) {
                    relations.add(Relation.of("c" + (i - 1), RelationKind.PREREQUISITE, "c" + i));
                }
            }

            assertThatThrownBy(() -> store.apply(new GraphChange(nodes, List.of(), relations), -1, done -> { }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("needs more memory than the DBMS gives one transaction (10.0 MiB, dbms.memory.transaction.total.max)")
                    .hasMessageContaining("nothing was written")
                    .hasMessageContaining("ATLAS_DAEMON_MAX_HEAP")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "Exception"));
            assertThat(store.snapshot().nodes()).isEmpty();
        } finally {
            dbms.close(ShutdownTimeoutException.DEFAULT_LIMIT);
        }
    }
}
