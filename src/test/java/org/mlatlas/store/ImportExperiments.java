package org.mlatlas.store;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.mlatlas.bench.ImportBench;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.imports.ImportPlan;
import org.mlatlas.imports.ImportProgress;
import org.mlatlas.imports.Importer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransaction;
import org.neo4j.driver.async.ResultCursor;

/**
 * Not a test, not part of scripts/bench: the write strategies tried for the 1M-pair import (issue 5), each into
 * a fresh embedded store with the schema, through the driver over Bolt, in one transaction, timed by phase
 * (nodes, relationships, commit) in the same run. Usage: ImportExperiments [pairs] [variant...], or
 * ImportExperiments explain (PROFILE of the bulk statements). Run with scripts/bench's JVM flags.
 *
 * <p>Findings (1M pairs, 2 shared cores, noisy): joining by internal id instead of element id cut the write by
 * about a third (e.g. 83-88 s to 55-66 s under load 7-9); off-heap transaction state, async pipelining, and
 * 50k or 5k batches did not help (async buffered results and doubled GC); an eventually consistent full-text
 * index or dropping the relationship-type lookup index saved 1-3 s of ~29 s at load 2-4, within the noise, so
 * the schema keeps both. Community Neo4j runs only the slotted runtime (PROFILE says runtime=SLOTTED).
 */
public final class ImportExperiments {
    private ImportExperiments() {
    }

    record Variant(String name, String nodes, String rels, int batch, String prefix, String fulltext, boolean async,
                   Map<org.neo4j.graphdb.config.Setting<?>, Object> settings) {
        Variant(String name, String nodes, String rels, int batch, String prefix, String fulltext, boolean async) {
            this(name, nodes, rels, batch, prefix, fulltext, async, Map.of());
        }
    }

    static final Map<String, Variant> VARIANTS = new java.util.LinkedHashMap<>();

    static {
        add(new Variant("current", "element", "element", 20_000, "", "sync", false));
        add(new Variant("internal-id", "internal", "internal", 20_000, "", "sync", false));
        add(new Variant("property", "none", "property", 20_000, "", "sync", false));
        add(new Variant("ft-eventual", "element", "element", 20_000, "", "eventual", false));
        add(new Variant("ft-none", "element", "element", 20_000, "", "none", false));
        add(new Variant("ft-after", "element", "element", 20_000, "", "after", false));
        add(new Variant("slotted", "element", "element", 20_000, "CYPHER runtime=slotted ", "sync", false));
        add(new Variant("batch-5k", "element", "element", 5_000, "", "sync", false));
        add(new Variant("batch-100k", "element", "element", 100_000, "", "sync", false));
        add(new Variant("async", "element", "element", 20_000, "", "sync", true));
        add(new Variant("offheap", "element", "element", 20_000, "", "sync", false,
                Map.of(org.neo4j.configuration.GraphDatabaseSettings.tx_state_memory_allocation,
                        org.neo4j.configuration.GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)));
        add(new Variant("internal-offheap", "internal", "internal", 20_000, "", "sync", false,
                Map.of(org.neo4j.configuration.GraphDatabaseSettings.tx_state_memory_allocation,
                        org.neo4j.configuration.GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)));
        add(new Variant("int-eventual", "internal", "internal", 20_000, "", "eventual", false));
        add(new Variant("int-ft-after", "internal", "internal", 20_000, "", "after", false));
        add(new Variant("int-nolookup", "internal-row", "internal", 20_000, "", "sync-nolookup", false));
        add(new Variant("int-eventual-nolookup", "internal-row", "internal", 20_000, "", "eventual-nolookup", false));
        add(new Variant("int-row-eventual", "internal-row", "internal", 20_000, "", "eventual", false));
        add(new Variant("int-50k", "internal", "internal", 50_000, "", "sync", false));
        add(new Variant("int-5k", "internal", "internal", 5_000, "", "sync", false));
        add(new Variant("int-noeager", "internal-row", "internal", 20_000, "", "sync", false));
        add(new Variant("internal-async", "internal", "internal", 20_000, "", "sync", true));
    }

    private static void add(Variant v) {
        VARIANTS.put(v.name(), v);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("explain")) {
            explain(Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize());
            System.exit(0);
        }
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(VARIANTS.keySet());
        Path repo = Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize();
        Path file = ImportBench.synthetic(repo.resolve("target/bench/experiment-pairs.csv"), pairs, pairs / 10);
        ImportPlan plan = Importer.plan(file, Importer.Options.detect(), AtlasGraph.empty(), ImportProgress.NONE);
        System.out.printf("%d nodes, %d relationships; load %.2f%n", plan.created().size(), plan.linked().size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String name : names) {
            run(repo, VARIANTS.get(name), plan.created(), plan.linked());
        }
        System.exit(0);
    }

    private static void run(Path repo, Variant v, List<Node> nodes, List<Relation> rels) throws Exception {
        Path home = Files.createTempDirectory(repo.resolve("target"), "experiment-home");
        AtlasHome atlasHome = new AtlasHome(home);
        EmbeddedDbms dbms = EmbeddedDbms.start(atlasHome.neo4jHome(), "127.0.0.1", 0, atlasHome.password(), v.settings());
        String uri = "bolt://127.0.0.1:" + dbms.boltPort();
        try (Driver driver = StoreConnection.connect(uri, StoreConnection.basic("neo4j", atlasHome.password()))) {
            new Neo4jGraphStore(driver).ensureSchema();
            try (Session s = driver.session()) {
                if (v.fulltext().endsWith("-nolookup")) {
                    String name = s.run("SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' AND entityType = 'RELATIONSHIP'"
                            + " RETURN name").single().get("name").asString();
                    s.run("DROP INDEX " + name).consume();
                }
                if (!v.fulltext().startsWith("sync")) {
                    s.run("DROP INDEX atlas_node_text").consume();
                }
                if (v.fulltext().startsWith("eventual")) {
                    s.run("CREATE FULLTEXT INDEX atlas_node_text FOR (n:Node) ON EACH [n.name, n.searchText, n.summary]"
                            + " OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}").consume();
                    s.run(Queries.AWAIT_INDEXES).consume();
                }
            }
            System.gc();
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            long[] marks;
            if (v.async()) {
                marks = writeAsync(driver, v, nodes, rels);
            } else {
                marks = write(driver, v, nodes, rels);
            }
            long t3 = System.nanoTime();
            double after = 0;
            if (v.fulltext().equals("after")) {
                try (Session s = driver.session()) {
                    s.run("CREATE FULLTEXT INDEX atlas_node_text FOR (n:Node) ON EACH [n.name, n.searchText, n.summary]").consume();
                    s.run(Queries.AWAIT_INDEXES).consume();
                }
                after = (System.nanoTime() - t3) / 1e9;
            }
            double total = (System.nanoTime() - t0) / 1e9;
            long count;
            try (Session s = driver.session()) {
                count = s.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
            }
            System.out.printf("%-16s nodes %6.2f s, rels %6.2f s, commit %6.2f s, index after %5.2f s, total %6.2f s,"
                            + " %,8.0f rels/s, gc %5.2f s, rels stored %d, load %.2f%n", v.name(),
                    (marks[0] - t0) / 1e9, (marks[1] - marks[0]) / 1e9, (t3 - marks[1]) / 1e9, after, total,
                    rels.size() / total, (gcMillis() - gc0) / 1e3, count,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            dbms.close(java.time.Duration.ofSeconds(60));
            deleteTree(home);
        }
    }

    private static String nodeStatement(Variant v, org.mlatlas.domain.NodeKind kind) {
        String create = "UNWIND $rows AS row CREATE (n:Node:" + kind.label() + ") SET n = row";
        return v.prefix() + switch (v.nodes()) {
            case "element" -> create + " RETURN n.id AS id, elementId(n) AS element";
            case "internal" -> create + " RETURN n.id AS id, id(n) AS element";
            case "internal-row" -> create + " RETURN row.id AS id, id(n) AS element";
            default -> create;
        };
    }

    private static String relStatement(Variant v) {
        return v.prefix() + switch (v.rels()) {
            case "element" -> "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row[0] MATCH (b) WHERE elementId(b) = row[1]"
                    + " CREATE (a)-[:PREREQUISITE]->(b)";
            case "internal" -> "UNWIND $rows AS row MATCH (a) WHERE id(a) = row[0] MATCH (b) WHERE id(b) = row[1]"
                    + " CREATE (a)-[:PREREQUISITE]->(b)";
            default -> "UNWIND $rows AS row MATCH (a:Node {id: row[0]}) MATCH (b:Node {id: row[1]}) CREATE (a)-[:PREREQUISITE]->(b)";
        };
    }

    private static long[] write(Driver driver, Variant v, List<Node> nodes, List<Relation> rels) {
        Map<String, Object> element = new HashMap<>();
        long[] marks = new long[2];
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            for (org.mlatlas.domain.NodeKind kind : org.mlatlas.domain.NodeKind.values()) {
                List<Map<String, Object>> rows = nodes.stream().filter(n -> n.kind() == kind).map(NodeMapping::toProperties).toList();
                for (List<Map<String, Object>> batch : batches(rows, v.batch())) {
                    tx.run(nodeStatement(v, kind), Map.of("rows", batch)).forEachRemaining(r -> {
                        if (!v.nodes().equals("none")) {
                            element.put(r.get("id").asString(), r.get("element").asObject());
                        }
                    });
                }
            }
            marks[0] = System.nanoTime();
            List<List<Object>> rows = new ArrayList<>(rels.size());
            for (Relation r : rels) {
                rows.add(v.rels().equals("property") ? List.of(r.from(), r.to()) : List.of(element.get(r.from()), element.get(r.to())));
            }
            for (List<List<Object>> batch : batches(rows, v.batch())) {
                tx.run(relStatement(v), Map.of("rows", batch)).consume();
            }
            marks[1] = System.nanoTime();
            tx.commit();
        }
        return marks;
    }

    /** The same statements, sent without waiting for each result before sending the next (one transaction). */
    private static long[] writeAsync(Driver driver, Variant v, List<Node> nodes, List<Relation> rels) {
        Map<String, Object> element = new java.util.concurrent.ConcurrentHashMap<>();
        long[] marks = new long[2];
        AsyncSession session = driver.session(AsyncSession.class);
        try {
            AsyncTransaction tx = session.beginTransactionAsync().toCompletableFuture().join();
            List<CompletionStage<?>> pending = new ArrayList<>();
            for (org.mlatlas.domain.NodeKind kind : org.mlatlas.domain.NodeKind.values()) {
                List<Map<String, Object>> rows = nodes.stream().filter(n -> n.kind() == kind).map(NodeMapping::toProperties).toList();
                for (List<Map<String, Object>> batch : batches(rows, v.batch())) {
                    pending.add(tx.runAsync(nodeStatement(v, kind), Map.of("rows", batch))
                            .thenCompose(c -> c.forEachAsync(r -> element.put(r.get("id").asString(), r.get("element").asObject()))));
                }
            }
            pending.forEach(p -> p.toCompletableFuture().join());
            pending.clear();
            marks[0] = System.nanoTime();
            List<List<Object>> rows = new ArrayList<>(rels.size());
            for (Relation r : rels) {
                rows.add(List.of(element.get(r.from()), element.get(r.to())));
            }
            for (List<List<Object>> batch : batches(rows, v.batch())) {
                pending.add(tx.runAsync(relStatement(v), Map.of("rows", batch)).thenCompose(ResultCursor::consumeAsync));
            }
            pending.forEach(p -> p.toCompletableFuture().join());
            marks[1] = System.nanoTime();
            tx.commitAsync().toCompletableFuture().join();
        } finally {
            session.closeAsync().toCompletableFuture().join();
        }
        return marks;
    }

    /** Prints the PROFILE of each bulk statement (a few rows each) through the driver. */
    private static void explain(Path repo) throws Exception {
        Path home = Files.createTempDirectory(repo.resolve("target"), "experiment-home");
        try (StoreConnection connection = new StoreConnector(new AtlasHome(home), Map.of()).startEmbedded("127.0.0.1", 0);
             Session s = connection.driver().session()) {
            new Neo4jGraphStore(connection.driver()).ensureSchema();
            Variant element = VARIANTS.get("current");
            Variant internal = VARIANTS.get("internal-id");
            Variant property = VARIANTS.get("property");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rows.add(NodeMapping.toProperties(org.mlatlas.domain.Node.concept("n" + i, "N " + i)));
            }
            try (Transaction tx = s.beginTransaction()) {
                var r = tx.run("PROFILE " + nodeStatement(element, org.mlatlas.domain.NodeKind.CONCEPT), Map.of("rows", rows));
                List<org.neo4j.driver.Record> created = r.list();
                System.out.println(r.consume().profile());
                List<List<Object>> pairs = List.of(List.of(created.get(0).get("element").asString(), created.get(1).get("element").asString()));
                var e = tx.run("PROFILE " + relStatement(element), Map.of("rows", pairs));
                System.out.println("by element id:\n" + e.consume().profile());
                var n = tx.run("PROFILE " + relStatement(internal) + " // ids", Map.of("rows", List.of(List.of(0L, 1L))));
                System.out.println("by internal id:\n" + n.consume().profile());
                var p = tx.run("PROFILE " + relStatement(property), Map.of("rows", List.of(List.of("n0", "n1"))));
                System.out.println("by property:\n" + p.consume().profile());
                tx.rollback();
            }
        } finally {
            deleteTree(home);
        }
    }

    static <T> List<List<T>> batches(List<T> rows, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += size) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + size)));
        }
        return batches;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
