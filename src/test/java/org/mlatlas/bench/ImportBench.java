package org.mlatlas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.imports.ImportPlan;
import org.mlatlas.imports.ImportProgress;
import org.mlatlas.imports.Importer;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;

/**
 * scripts/bench (after Bench): whole imports (read, match, write in one transaction) into an empty embedded
 * store: Metacademy, Cora, and a synthetic file of 1M prerequisite pairs. Merges its keys into
 * target/bench/results.json; then {@code atlas import notes.md --dry-run} of synthetic notes of 1, 5 and 20 MB.
 * Usage: ImportBench [--quick] [--markdown] (--quick: 200k pairs and notes of 1 and 5 MB; --markdown: only the notes).
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        boolean markdownOnly = List.of(args).contains("--markdown");
        Path repo = Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize();
        Path shared = Path.of(System.getProperty("atlas.shared", repo.resolve("../shared").toString()));
        Map<String, Object> results = new LinkedHashMap<>();
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-import-home");
        try (StoreConnection connection = new StoreConnector(new AtlasHome(home), Map.of()).startEmbedded("127.0.0.1", 0)) {
            Neo4jGraphStore store = new Neo4jGraphStore(connection.driver());
            store.ensureSchema();
            Atlas atlas = new Atlas(store);
            Path metacademy = shared.resolve("datasets/metacademy");
            Path cora = shared.resolve("datasets/cora-pygcn/cora.cites");
            if (markdownOnly) {
                markdownScaling(atlas, store, repo, quick ? List.of(1, 5) : List.of(1, 5, 20), results);
            } else if (Files.isDirectory(metacademy) && Files.exists(cora)) {
                timed(atlas, store, metacademy, 1); // warm up the JIT and the query plans on the same path
                timed(atlas, store, cora, 1);
                double m = timed(atlas, store, metacademy, 3);
                results.put("import_metacademy_s", m);
                double c = timed(atlas, store, cora, 3);
                results.put("import_cora_s", c);
                System.out.printf("import Metacademy: %.2f s, Cora (2,708 papers, 5,429 citations): %.2f s (median of 3)%n", m, c);
            } else {
                System.out.println("shared datasets absent: Metacademy and Cora benchmarks skipped");
            }
            if (!markdownOnly) {
                importPairs(atlas, store, repo, quick, results);
                markdownScaling(atlas, store, repo, quick ? List.of(1, 5) : List.of(1, 5, 20), results);
            }
        }
        merge(repo.resolve("target/bench/results.json"), results);
        System.exit(0);
    }

    /** A synthetic file of 1M (quick: 200k) prerequisite pairs imported into an empty store, phase by phase. */
    private static void importPairs(Atlas atlas, Neo4jGraphStore store, Path repo, boolean quick,
                                    Map<String, Object> results) throws Exception {
        int pairs = quick ? 200_000 : 1_000_000;
        Path file = synthetic(repo.resolve("target/bench/synthetic-pairs.csv"), pairs, pairs / 10);
        store.replaceAll(AtlasGraph.empty());
        PhaseClock clock = new PhaseClock();
        long t0 = System.nanoTime();
        ImportPlan plan = atlas.importFrom(file, new Importer.Options(null, null), clock);
        double seconds = (System.nanoTime() - t0) / 1e9;
        clock.report(t0, plan.created().size(), results);
        results.put("import_1m_rels", plan.linked().size());
        results.put("import_1m_nodes", plan.created().size());
        results.put("import_1m_s", seconds);
        results.put("import_1m_rels_per_s", plan.linked().size() / seconds);
        System.out.printf("import of %,d pairs between %,d topics (read, match, write in one transaction): %.1f s, %,.0f rels/s%n",
                plan.linked().size(), plan.created().size(), seconds, plan.linked().size() / seconds);
        store.replaceAll(AtlasGraph.empty());
    }

    /**
     * Times the phases of one import from the progress it reports: before reading (revision, snapshot), reading,
     * matching (between reading and writing), the write's checks (until the first step, 0), node creation (until
     * the steps reach the number of new nodes), relationship creation (until the last step) and the commit (until
     * the write phase ends, which is after the transaction committed).
     */
    static final class PhaseClock implements ImportProgress {
        private final List<long[]> starts = new java.util.ArrayList<>();
        private final List<String> names = new java.util.ArrayList<>();
        private final List<Long> ends = new java.util.ArrayList<>();
        private final List<long[]> steps = new java.util.ArrayList<>();

        @Override
        public void start(String phase, long total) {
            names.add(phase);
            starts.add(new long[] {System.nanoTime(), total});
        }

        @Override
        public void step(long done) {
            steps.add(new long[] {System.nanoTime(), done, starts.size()});
        }

        @Override
        public void end() {
            ends.add(System.nanoTime());
        }

        private int phase(String prefix) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).startsWith(prefix)) {
                    return i;
                }
            }
            throw new IllegalStateException("no phase " + prefix + " in " + names);
        }

        void report(long t0, int nodes, Map<String, Object> results) {
            int read = phase("reading");
            int write = phase("writing");
            long readStart = starts.get(read)[0];
            long readEnd = ends.get(read);
            long writeStart = starts.get(write)[0];
            long writeEnd = ends.get(write);
            List<long[]> writeSteps = steps.stream().filter(s -> s[2] == write + 1).toList();
            long checked = writeSteps.stream().filter(s -> s[1] == 0).mapToLong(s -> s[0]).findFirst().orElse(writeStart);
            long nodesDone = writeSteps.stream().filter(s -> s[1] >= nodes).mapToLong(s -> s[0]).findFirst().orElse(checked);
            long relsDone = writeSteps.get(writeSteps.size() - 1)[0];
            Map<String, Double> phases = new LinkedHashMap<>();
            phases.put("import_1m_phase_snapshot_s", (readStart - t0) / 1e9);
            phases.put("import_1m_phase_read_s", (readEnd - readStart) / 1e9);
            phases.put("import_1m_phase_match_s", (writeStart - readEnd) / 1e9);
            phases.put("import_1m_phase_check_s", (checked - writeStart) / 1e9);
            phases.put("import_1m_phase_nodes_s", (nodesDone - checked) / 1e9);
            phases.put("import_1m_phase_rels_s", (relsDone - nodesDone) / 1e9);
            phases.put("import_1m_phase_commit_s", (writeEnd - relsDone) / 1e9);
            results.putAll(phases);
            StringBuilder line = new StringBuilder("import phases:");
            phases.forEach((k, v) -> line.append(String.format(" %s %.2f s,", k.substring("import_1m_phase_".length(), k.length() - 2), v)));
            System.out.println(line.substring(0, line.length() - 1));
        }
    }

    /**
     * {@code atlas import notes.md --dry-run} of synthetic notes of growing size against the shipped graph:
     * {@code import_md_<n>mb_s}; the time should grow linearly with the size.
     */
    private static void markdownScaling(Atlas atlas, Neo4jGraphStore store, Path repo, List<Integer> sizes,
                                        Map<String, Object> results) throws Exception {
        store.replaceAll(AtlasGraph.empty());
        atlas.initialize(repo.resolve("graph-data"));
        atlas.previewImport(SyntheticNotes.write(repo.resolve("target/bench/notes-warmup.md"), 1, 7),
                Importer.Options.detect(), ImportProgress.NONE);
        StringBuilder line = new StringBuilder("import notes --dry-run:");
        for (int mb : sizes) {
            Path notes = SyntheticNotes.write(repo.resolve("target/bench/notes-" + mb + "mb.md"), mb, 42);
            long t0 = System.nanoTime();
            ImportPlan plan = atlas.previewImport(notes, Importer.Options.detect(), ImportProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            results.put("import_md_" + mb + "mb_s", seconds);
            line.append(String.format(" %d MB %.1f s (%,d created, %,d matched);", mb, seconds, plan.created().size(),
                    plan.matched().size()));
        }
        System.out.println(line.substring(0, line.length() - 1));
    }

    /** Median seconds of {@code runs} imports of {@code source} into an empty store. */
    private static double timed(Atlas atlas, Neo4jGraphStore store, Path source, int runs) {
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            store.replaceAll(AtlasGraph.empty());
            long t0 = System.nanoTime();
            atlas.importFrom(source, new Importer.Options(null, null), ImportProgress.NONE);
            s[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(s);
        return s[runs / 2];
    }

    /** A DAG of {@code pairs} prerequisite pairs "t<i>,t<j>,1" (i < j) among {@code topics} topics. */
    public static Path synthetic(Path file, int pairs, int topics) throws Exception {
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source,target,label\n");
            int written = 0;
            while (written < pairs) {
                int to = 1 + random.nextInt(topics - 1);
                int from = Math.max(0, to - 1 - random.nextInt(Math.min(to, 200)));
                if (seen.add((long) from * topics + to)) {
                    out.write("t" + from + ",t" + to + ",1\n");
                    written++;
                }
            }
        }
        return file;
    }

    private static void merge(Path out, Map<String, Object> results) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.createDirectories(out.getParent());
        ObjectNode all = Files.exists(out) ? (ObjectNode) mapper.readTree(out.toFile()) : mapper.createObjectNode();
        results.forEach((k, v) -> all.set(k, mapper.valueToTree(v)));
        mapper.writeValue(out.toFile(), all);
        System.out.println("merged " + results.keySet() + " into " + out);
    }
}
