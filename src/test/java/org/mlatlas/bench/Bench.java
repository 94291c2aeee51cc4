package org.mlatlas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mlatlas.app.Atlas;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.GraphDataLoader;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.Planner;
import org.mlatlas.plan.PrerequisiteGraph;
import org.mlatlas.store.AtlasHome;
import org.mlatlas.store.BenchmarkQueries;
import org.mlatlas.store.Neo4jGraphStore;
import org.mlatlas.store.StoreConnection;
import org.mlatlas.store.StoreConnector;

/**
 * scripts/bench: measures the planner against the same work in Cypher on the same embedded DBMS, the import
 * against one transaction per relationship, and whole-command wall times. Writes target/bench/results.json.
 * Not a test: numbers vary with the machine's load, which is why every comparison runs in the same process.
 */
public final class Bench {
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Path repo;
    private final boolean quick;

    private Bench(Path repo, boolean quick) {
        this.repo = repo;
        this.quick = quick;
    }

    /** {@code --quick} for a shorter run; {@code --planner-only} for the shipped graph's planner keys alone. */
    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path repo = Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize();
        Bench bench = new Bench(repo, quick);
        if (Arrays.asList(args).contains("--planner-only")) {
            bench.shippedGraph();
            bench.write("planner-only.json");
        } else {
            bench.run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        shippedGraph();
        synthetic(10_000, "10k");
        synthetic(quick ? 20_000 : 100_000, "100k");
        wallTimes();
        write("results.json");
    }

    /**
     * The planner on the shipped graph, warm: {@code planner_p50_ms_shipped} / {@code _p99_} plan every concept in
     * turn (the target of each plan is a concept of the graph, nothing known); {@code _dpo} plans DPO alone;
     * {@code _6_topics} six headline topics; {@code planner_papers_p50_ms_shipped} DPO with the reading list.
     */
    private void shippedGraph() throws Exception {
        AtlasGraph graph = new GraphDataLoader().load(repo.resolve("graph-data"));
        Planner planner = new Planner(new PrerequisiteGraph(graph));
        List<String> concepts = graph.nodes().stream().filter(n -> n.kind() == NodeKind.CONCEPT).map(Node::id).sorted().toList();
        for (int pass = 0; pass < (quick ? 3 : 20); pass++) { // warm up (JIT) on the very work timed
            concepts.forEach(id -> planner.plan(id, Set.of(), false));
        }
        Stats every = time(concepts.size() * (quick ? 3 : 20), i -> planner.plan(concepts.get(i % concepts.size()), Set.of(), false));
        List<String> targets = List.of("dpo", "rlhf", "lora", "integrated-gradients", "sleeper-agents", "diffusion-models");
        Stats stats = time(quick ? 500 : 5_000, i -> planner.plan(targets.get(i % targets.size()), Set.of(), false));
        Stats dpo = time(quick ? 500 : 5_000, i -> planner.plan("dpo", Set.of(), false));
        results.put("planner_p50_ms_shipped", every.p50);
        results.put("planner_p99_ms_shipped", every.p99);
        results.put("planner_shipped_targets", concepts.size());
        results.put("planner_p50_ms_shipped_dpo", dpo.p50);
        results.put("planner_p99_ms_shipped_dpo", dpo.p99);
        results.put("planner_p50_ms_shipped_6_topics", stats.p50);
        results.put("planner_papers_p50_ms_shipped", time(quick ? 200 : 2_000, i -> planner.plan("dpo", Set.of(), true)).p50);
        results.put("shipped_nodes", graph.nodes().size());
        results.put("shipped_relations", graph.relations().size());
        Stats build = time(quick ? 20 : 200, i -> new PrerequisiteGraph(graph));
        results.put("planner_graph_build_ms_shipped", build.p50);
        log("shipped graph: planner p50 %.3f ms, p99 %.3f ms over its %d concepts (dpo %.3f ms), build %.2f ms",
                every.p50, every.p99, concepts.size(), dpo.p50, build.p50);
    }

    private void synthetic(int concepts, String label) throws Exception {
        AtlasGraph graph = SyntheticCurriculum.generate(concepts, 20, 42);
        List<String> targets = SyntheticCurriculum.topTargets(concepts, 20, 50, 7);
        PrerequisiteGraph view = new PrerequisiteGraph(graph);
        Planner planner = new Planner(view);
        Stats plannerStats = time(quick ? 100 : 500, i -> planner.plan(targets.get(i % targets.size()), Set.of(), false));
        int steps = planner.plan(targets.get(0), Set.of(), false).steps().size();
        results.put("planner_p50_ms_" + label, plannerStats.p50);
        results.put("plan_steps_" + label + "_first_target", steps);
        log("%s: planner p50 %.3f ms (%d steps for %s)", label, plannerStats.p50, steps, targets.get(0));
        if (!label.equals("100k")) {
            return;
        }
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-home");
        try (StoreConnection connection = new StoreConnector(new AtlasHome(home), Map.of()).startEmbedded("127.0.0.1", 0)) {
            Neo4jGraphStore store = new Neo4jGraphStore(connection.driver());
            store.ensureSchema();
            AtlasGraph warmUp = SyntheticCurriculum.generate(20_000, 20, 1);
            for (int i = 0; i < 2; i++) { // warm up the import path (JIT) on other data
                store.replaceAll(AtlasGraph.empty());
                store.addAll(warmUp.nodes(), List.of());
                store.addAll(List.of(), warmUp.relations());
            }
            store.replaceAll(AtlasGraph.empty());
            long t0 = System.nanoTime();
            long all = store.addAll(graph.nodes(), graph.relations());
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            store.replaceAll(AtlasGraph.empty());
            store.addAll(graph.nodes(), List.of());
            long r0 = System.nanoTime();
            long rels = store.addAll(List.of(), graph.relations());
            double seconds = (System.nanoTime() - r0) / 1e9;
            results.put("import_nodes", concepts);
            results.put("import_rels", rels);
            results.put("import_rels_s", seconds);
            results.put("import_rels_per_s", rels / seconds);
            results.put("import_graph_s", importSeconds);
            results.put("import_graph_entities_per_s", (all + concepts) / importSeconds);
            log("%s: %d relationships between existing nodes, one transaction: %.2f s, %.0f rels/s;"
                    + " whole graph (%d nodes + relationships, one transaction, empty store): %.2f s", label, rels, seconds,
                    rels / seconds, concepts, importSeconds);

            BenchmarkQueries baseline = new BenchmarkQueries(connection.driver());
            List<Relation> sample = new ArrayList<>(graph.relations(RelationKind.PREREQUISITE).subList(0, quick ? 500 : 3_000));
            store.replaceAll(AtlasGraph.empty());
            store.addAll(graph.nodes(), List.of());
            long n0 = System.nanoTime();
            int written = baseline.importOneByOne(sample);
            double naive = written / ((System.nanoTime() - n0) / 1e9);
            results.put("import_naive_rels_per_s", naive);
            results.put("import_naive_sample_rels", written);
            log("%s: naive import (one transaction per relationship, first %d of the same relationships): %.0f rels/s", label, written, naive);
            store.replaceAll(AtlasGraph.empty());
            store.addAll(graph.nodes(), graph.relations());

            long s0 = System.nanoTime();
            AtlasGraph snapshot = store.snapshot();
            PrerequisiteGraph fromStore = new PrerequisiteGraph(snapshot);
            results.put("snapshot_and_build_ms_100k", (System.nanoTime() - s0) / 1e6);
            Planner storePlanner = new Planner(fromStore);
            List<String> cypherTargets = targets.subList(0, quick ? 5 : 20);
            sizedPath(new Atlas(store), storePlanner, cypherTargets);
            for (String t : cypherTargets.subList(0, 2)) {
                baseline.cypherPlan(t); // plan the query once (Cypher planning is not what we compare)
            }
            Stats cypher = time(cypherTargets.size(), i -> baseline.cypherPlan(cypherTargets.get(i)));
            Stats closure = time(cypherTargets.size(), i -> baseline.cypherClosure(cypherTargets.get(i)));
            Stats ours = time(quick ? 100 : 500, i -> storePlanner.plan(cypherTargets.get(i % cypherTargets.size()), Set.of(), false));
            List<String> cypherOrder = baseline.cypherPlan(cypherTargets.get(0));
            Plan plan = storePlanner.plan(cypherTargets.get(0), Set.of(), false);
            results.put("cypher_p50_ms_100k", cypher.p50);
            results.put("cypher_closure_only_p50_ms_100k", closure.p50);
            results.put("planner_p50_ms_100k_same_targets", ours.p50);
            results.put("planner_vs_cypher_speedup_100k", cypher.p50 / ours.p50);
            results.put("cypher_and_planner_same_step_set", Set.copyOf(cypherOrder).equals(
                    Set.copyOf(plan.steps().subList(0, plan.steps().size() - 1).stream().map(s -> s.node().id()).toList())));
            log("100k: cypher plan p50 %.1f ms, closure-only %.1f ms, planner %.3f ms: %.0fx", cypher.p50, closure.p50,
                    ours.p50, cypher.p50 / ours.p50);
        }
    }

    /**
     * {@code atlas path} as it runs now: the names and the plan's part of the graph read in one transaction, then
     * the plan; against the whole snapshot above (snapshot_and_build_ms_100k) in the same run. The first call
     * includes Cypher planning its queries (a running DBMS has them cached for later commands); then the median of
     * the other targets.
     */
    private void sizedPath(Atlas atlas, Planner wholeGraph, List<String> deepTargets) {
        String first = deepTargets.get(0);
        long f0 = System.nanoTime();
        Plan sized = atlas.plan(first, List.of(), false);
        results.put("path_100k_first_s", (System.nanoTime() - f0) / 1e9);
        List<Double> runs = new ArrayList<>();
        for (String target : deepTargets.subList(1, deepTargets.size())) {
            long t0 = System.nanoTime();
            atlas.plan(target, List.of(), false);
            runs.add((System.nanoTime() - t0) / 1e9);
        }
        results.put("path_100k_s", median(runs));
        results.put("path_100k_s_runs", runs);
        results.put("path_100k_steps", sized.steps().size());
        results.put("path_100k_same_plan_as_whole_graph", sized.equals(wholeGraph.plan(first, Set.of(), false)));
        log("100k: atlas path (sized read + plan) first %.3f s, then median %.3f s over %d targets; %d steps;"
                + " whole snapshot + build %.0f ms", results.get("path_100k_first_s"), median(runs), runs.size(),
                sized.steps().size(), results.get("snapshot_and_build_ms_100k"));
    }

    /**
     * {@code atlas path dpo} wall times: cold = --no-daemon (the command starts its own embedded DBMS), warm = the
     * atlas daemon running (DaemonBench has the daemon's own keys).
     */
    private void wallTimes() throws Exception {
        Path atlas = repo.resolve("scripts/atlas");
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-cli-home");
        Map<String, String> cold = Map.of("ATLAS_HOME", home.toString(), "ATLAS_NO_DAEMON", "1");
        Map<String, String> env = Map.of("ATLAS_HOME", home.toString());
        command(cold, atlas.toString(), "path", "dpo"); // first run: creates the store and loads graph-data
        List<Double> coldRuns = new ArrayList<>();
        for (int i = 0; i < (quick ? 2 : 5); i++) {
            coldRuns.add(command(cold, atlas.toString(), "path", "dpo"));
        }
        List<Double> warm = new ArrayList<>();
        try {
            command(env, atlas.toString(), "daemon", "start");
            for (int i = 0; i < (quick ? 2 : 5); i++) {
                warm.add(command(env, atlas.toString(), "path", "dpo"));
            }
        } finally {
            command(env, atlas.toString(), "daemon", "stop");
        }
        results.put("cold_path_wall_s", median(coldRuns));
        results.put("cold_path_wall_s_runs", coldRuns);
        results.put("warm_path_wall_s", median(warm));
        results.put("warm_path_wall_s_runs", warm);
        log("atlas path dpo: cold (--no-daemon, embedded DBMS) %.2f s, warm (atlas daemon running) %.2f s", median(coldRuns), median(warm));
    }

    private static double command(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void write(String file) throws Exception {
        results.put("machine_cores", Runtime.getRuntime().availableProcessors());
        results.put("machine_load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        results.put("quick", quick);
        Path out = repo.resolve("target/bench").resolve(file);
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.println();
        System.out.printf("%-40s %s%n", "key", "value");
        results.forEach((k, v) -> System.out.printf("%-40s %s%n", k, v instanceof Double d ? String.format("%.3f", d) : v));
        System.out.println("\nwritten to " + out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private record Stats(double p50, double p99) {
    }

    private interface Work {
        Object run(int i) throws Exception;
    }

    /** Runs {@code work} a warm-up round, then {@code n} timed times; milliseconds. */
    private static Stats time(int n, Work work) throws Exception {
        for (int i = 0; i < Math.min(n, 50); i++) {
            work.run(i);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            work.run(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Stats(ms[n / 2], ms[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]);
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(format, args));
    }

}
