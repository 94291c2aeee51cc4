package org.mlatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;

/**
 * Not part of scripts/bench: Bench's import_rels_per_s measurement alone (same data, same warm-up, same timed
 * call), three times, for comparing two builds quickly.
 */
public final class RelsBench {
    private RelsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize();
        AtlasGraph graph = SyntheticCurriculum.generate(100_000, 20, 42);
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-home");
        try (StoreConnection connection = new StoreConnector(new AtlasHome(home), Map.of()).startEmbedded("127.0.0.1", 0)) {
            Neo4jGraphStore store = new Neo4jGraphStore(connection.driver());
            store.ensureSchema();
            AtlasGraph warmUp = SyntheticCurriculum.generate(20_000, 20, 1);
            for (int i = 0; i < 2; i++) {
                store.replaceAll(AtlasGraph.empty());
                store.addAll(warmUp.nodes(), List.of());
                store.addAll(List.of(), warmUp.relations());
            }
            for (int i = 0; i < 3; i++) {
                store.replaceAll(AtlasGraph.empty());
                store.addAll(graph.nodes(), List.of());
                long r0 = System.nanoTime();
                long rels = store.addAll(List.of(), graph.relations());
                double seconds = (System.nanoTime() - r0) / 1e9;
                System.out.printf("%s import_rels_per_s %.0f (%d rels, %.2f s) load %.2f%n", System.getProperty("label", ""),
                        rels / seconds, rels, seconds, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        System.exit(0);
    }
}
