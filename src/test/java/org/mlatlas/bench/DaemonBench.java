package org.mlatlas.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Relation;

/**
 * scripts/bench, daemon part: wall times of {@code scripts/atlas} as a user runs it, with the atlas daemon.
 * <ul>
 *   <li>{@code path_first_s}: {@code atlas path dpo} with nothing running (it starts the daemon), median of 5,
 *       the daemon stopped between runs;</li>
 *   <li>{@code path_daemon_p50_s}: the same with the daemon running, median of 10;</li>
 *   <li>{@code link_daemon_p50_s}, {@code unlink_daemon_p50_s}: {@code atlas link} / {@code atlas unlink} of one
 *       edge, daemon running, median of 10 each;</li>
 *   <li>{@code explorer_live_daemon_s}: explorer launch (headless) to the live graph loaded, daemon running,
 *       median of 3; {@code explorer_close_s}: SIGTERM to exit;</li>
 *   <li>{@code path_100k_daemon_s}: {@code atlas path} for a deep target of the 100k-concept synthetic curriculum
 *       (Bench's, imported as prerequisite pairs into a home of its own), daemon running, median of 5 top targets
 *       after a first one;</li>
 *   <li>{@code explorer_first_paint_first_s}, {@code explorer_live_first_s}: the same on a new {@code $ATLAS_HOME}
 *       with nothing running (it starts the daemon, which loads graph-data), with the class-data archives
 *       scripts/atlas recorded after its build.</li>
 * </ul>
 * Each key has a {@code _load} twin: the machine's 1-minute load average when it was measured. Merges its keys
 * into target/bench/results.json. {@code --only KEY,KEY} measures some of them.
 */
public final class DaemonBench {
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Path repo;
    private final Path atlas;
    private final boolean quick;
    private final Set<String> only;

    private DaemonBench(Path repo, boolean quick, Set<String> only) {
        this.repo = repo;
        this.atlas = repo.resolve("scripts/atlas");
        this.quick = quick;
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        int at = options.indexOf("--only");
        Set<String> only = at >= 0 && at + 1 < options.size() ? Set.of(options.get(at + 1).split(",")) : Set.of();
        Path repo = Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize();
        new DaemonBench(repo, options.contains("--quick"), only).run();
        System.exit(0);
    }

    private boolean wanted(String key) {
        return only.isEmpty() || only.contains(key);
    }

    private void run() throws Exception {
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-daemon-home");
        Map<String, String> env = Map.of("ATLAS_HOME", home.toString());
        try {
            command(env, "path", "dpo"); // creates the store and loads graph-data (not timed)
            if (wanted("path_first_s")) {
                List<Double> first = new ArrayList<>();
                for (int i = 0; i < (quick ? 2 : 5); i++) {
                    command(env, "daemon", "stop");
                    first.add(command(env, "path", "dpo"));
                }
                put("path_first_s", first);
            }
            command(env, "daemon", "start");
            if (wanted("path_daemon_p50_s")) {
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < (quick ? 3 : 10); i++) {
                    warm.add(command(env, "path", "dpo"));
                }
                put("path_daemon_p50_s", warm);
            }
            if (wanted("link_daemon_p50_s")) {
                List<Double> link = new ArrayList<>();
                List<Double> unlink = new ArrayList<>();
                for (int i = 0; i < (quick ? 3 : 10); i++) {
                    link.add(command(env, "link", "calculus", "PREREQUISITE", "dpo"));
                    unlink.add(command(env, "unlink", "calculus", "PREREQUISITE", "dpo"));
                }
                put("link_daemon_p50_s", link);
                put("unlink_daemon_p50_s", unlink);
            }
            if (wanted("explorer_live_daemon_s")) {
                List<Double> live = new ArrayList<>();
                List<Double> close = new ArrayList<>();
                for (int i = 0; i < (quick ? 1 : 3); i++) {
                    double[] explorer = explorer(env);
                    live.add(explorer[1]);
                    close.add(explorer[2]);
                }
                put("explorer_live_daemon_s", live);
                put("explorer_close_s", close);
            }
        } finally {
            command(env, "daemon", "stop");
        }
        if (wanted("path_100k_daemon_s")) {
            path100k();
        }
        if (wanted("explorer_live_first_s") || wanted("explorer_first_paint_first_s")) {
            List<Double> paint = new ArrayList<>();
            List<Double> live = new ArrayList<>();
            for (int i = 0; i < (quick ? 1 : 3); i++) {
                Path fresh = Files.createTempDirectory(repo.resolve("target"), "bench-first-home");
                Map<String, String> freshEnv = Map.of("ATLAS_HOME", fresh.toString());
                try {
                    double[] explorer = explorer(freshEnv);
                    paint.add(explorer[0]);
                    live.add(explorer[1]);
                } finally {
                    command(freshEnv, "daemon", "stop");
                }
            }
            put("explorer_first_paint_first_s", paint);
            put("explorer_live_first_s", live);
        }
        write();
    }

    private void path100k() throws Exception {
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-100k-home");
        Map<String, String> env = Map.of("ATLAS_HOME", home.toString(), "ATLAS_GRAPH_DATA", "none");
        Path pairs = home.resolve("curriculum-100k.csv");
        AtlasGraph graph = SyntheticCurriculum.generate(100_000, 20, 42);
        try (BufferedWriter out = Files.newBufferedWriter(pairs, StandardCharsets.UTF_8)) {
            out.write("source,target,label\n");
            for (Relation r : graph.relations()) {
                out.write(r.from() + "," + r.to() + ",1\n");
            }
        }
        try {
            command(env, "import", pairs.toString());
            List<String> targets = SyntheticCurriculum.topTargets(100_000, 20, quick ? 3 : 6, 7);
            command(env, "path", targets.get(0)); // Cypher plans its queries once per running DBMS (not timed)
            List<Double> runs = new ArrayList<>();
            for (String target : targets.subList(1, targets.size())) {
                runs.add(command(env, "path", target));
            }
            put("path_100k_daemon_s", runs);
        } finally {
            command(env, "daemon", "stop");
        }
    }

    /** Launches the explorer headless: {first paint, live graph loaded, exit after SIGTERM} in seconds. */
    private double[] explorer(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(atlas.toString()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("ATLAS_TIMING", "1");
        pb.environment().put("ATLAS_HEADLESS", "1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        double paint = Double.NaN;
        double loaded = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.contains("first paint") && Double.isNaN(paint)) {
                    paint = (System.nanoTime() - t0) / 1e9;
                }
                if (line.contains("graph loaded")) {
                    loaded = (System.nanoTime() - t0) / 1e9;
                    break;
                }
            }
            long c0 = System.nanoTime();
            p.destroy();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the explorer did not exit within 120 s of SIGTERM");
            }
            double close = (System.nanoTime() - c0) / 1e9;
            if (Double.isNaN(loaded)) {
                throw new IllegalStateException("the explorer never loaded the live graph");
            }
            return new double[] {paint, loaded, close};
        } finally {
            p.destroyForcibly();
        }
    }

    private double command(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(atlas.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("atlas " + String.join(" ", args) + " failed");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void put(String key, List<Double> runs) {
        List<Double> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        double median = sorted.get(sorted.size() / 2);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        results.put(key, median);
        results.put(key + "_runs", runs);
        results.put(key + "_load", load);
        System.out.printf("%-32s %.2f s (runs %s; load average %.1f)%n", key, median, runs, load);
    }

    private void write() throws Exception {
        Path out = repo.resolve("target/bench/results.json");
        Files.createDirectories(out.getParent());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> all = Files.exists(out) ? mapper.readValue(out.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { })
                : new LinkedHashMap<>();
        all.putAll(results);
        mapper.writeValue(out.toFile(), all);
        System.out.println("\nmerged into " + out);
    }
}
