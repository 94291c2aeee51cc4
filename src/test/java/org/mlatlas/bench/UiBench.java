package org.mlatlas.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.graphdata.GraphDataReader;
import org.mlatlas.layout.ForceLayout;
import org.mlatlas.layout.PlanLayout;
import org.mlatlas.plan.Plan;
import org.mlatlas.plan.Planner;
import org.mlatlas.plan.PrerequisiteGraph;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.canvas.GraphRenderer;
import org.mlatlas.ui.canvas.Highlight;
import org.mlatlas.ui.model.Filters;
import org.mlatlas.ui.model.GraphMap;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.LayoutRunner;
import org.mlatlas.ui.model.PlanLabels;
import org.mlatlas.ui.model.PlanLayouts;
import org.mlatlas.ui.model.VisualGraph;

/**
 * scripts/bench, explorer part: ELK's layout of the DPO plan (first call and warm), one Barnes-Hut layout iteration against the all-pairs one (10k nodes, 30k
 * edges), one full canvas redraw of 5k nodes / 15k edges on the headless software pipeline, and the time from
 * launching {@code scripts/atlas} to the window's first paint. Merges its keys into target/bench/results.json.
 */
public final class UiBench {
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Path repo;
    private final boolean quick;

    private UiBench(Path repo, boolean quick) {
        this.repo = repo;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("atlas.repo", ".")).toAbsolutePath().normalize();
        List<String> options = Arrays.asList(args);
        UiBench bench = new UiBench(repo, options.contains("--quick"));
        if (options.contains("--plan-only")) {
            bench.planLayout();
            bench.write();
        } else {
            bench.run(options.contains("--no-first-paint"), options.contains("--render-only"));
        }
        System.exit(0);
    }

    private void run(boolean skipFirstPaint, boolean renderOnly) throws Exception {
        if (!renderOnly) {
            planLayout(); // first: its first call measures ELK's class loading in a fresh JVM
            layout();
        }
        render();
        if (!skipFirstPaint && !renderOnly) {
            firstPaint();
        }
        write();
    }

    /** A random sparse graph with a few hubs, like a curriculum: n nodes, m edges. */
    public static int[][] graph(int n, int m, long seed) {
        Random r = new Random(seed);
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            int a = r.nextInt(n);
            int b = r.nextDouble() < 0.2 ? r.nextInt(Math.max(1, n / 100)) : r.nextInt(n);
            if (a == b) {
                b = (b + 1) % n;
            }
            from[e] = a;
            to[e] = b;
        }
        return new int[][] {from, to};
    }

    /**
     * ELK's layered layout of the shipped DPO plan (43 steps, 65 edges, labels measured and wrapped to 90 px): the
     * first call in this JVM (class loading included, what the explorer's warm-up at start-up takes off the first
     * plan), then one warm layout, and a whole plan scene (labels measured at three widths, twelve layouts: what a
     * user waits for after the planner).
     */
    private void planLayout() throws Exception {
        AtlasGraph shipped = new GraphDataReader().read(repo.resolve("graph-data"), new ArrayList<>()).toGraph();
        Plan plan = new Planner(new PrerequisiteGraph(shipped)).plan("dpo", Set.of(), false);
        List<Node> steps = new ArrayList<>();
        plan.steps().forEach(step -> steps.add(shipped.node(step.node().id()).orElse(step.node())));
        VisualGraph g = new VisualGraph(steps, shipped.relations(RelationKind.PREREQUISITE));
        PlanLabels measure = new PlanLabels();
        double[] widths = new double[g.size()];
        double[] heights = new double[g.size()];
        for (int i = 0; i < g.size(); i++) {
            PlanLabels.Label label = measure.label(g.node(i).name(), 90, g.node(i).id().equals("dpo"));
            widths[i] = label.width();
            heights[i] = label.height();
        }
        int[][] edges = g.edgeArrays();
        PlanLayout.Input input = new PlanLayout.Input(g.size(), edges[0], edges[1], widths, heights);
        PlanLayout layout = new PlanLayout(PlanLayouts.NODE_RADIUS, PlanLayouts.RIM_RADIUS);
        PlanLayout.Spacing spacing = new PlanLayout.Spacing(24, 14);
        long t0 = System.nanoTime();
        layout.layout(input, spacing);
        double first = (System.nanoTime() - t0) / 1e6;
        int warmUp = quick ? 20 : 200;
        for (int i = 0; i < warmUp; i++) {
            layout.layout(input, spacing);
        }
        double[] times = new double[quick ? 20 : 100];
        for (int i = 0; i < times.length; i++) {
            long t1 = System.nanoTime();
            layout.layout(input, spacing);
            times[i] = (System.nanoTime() - t1) / 1e6;
        }
        double[] scenes = new double[quick ? 5 : 20];
        for (int i = 0; i < scenes.length; i++) {
            long t1 = System.nanoTime();
            PlanLayouts.of(g, g.indexOf("dpo"));
            scenes[i] = (System.nanoTime() - t1) / 1e6;
        }
        results.put("plan_layout_first_ms", first);
        results.put("plan_layout_ms_dpo", median(times));
        results.put("plan_scene_ms_dpo", median(scenes));
        log("ELK layered layout of the DPO plan (%d steps, %d edges): first call in the JVM %.0f ms, then %.2f ms warm "
                + "(median of %d); a whole plan scene (12 layouts, labels measured) %.1f ms", g.size(), g.edgeCount(), first,
                median(times), times.length, median(scenes));
    }

    private void layout() {
        int[][] g = graph(10_000, 30_000, 42);
        ForceLayout bh = new ForceLayout(10_000, g[0], g[1], 70, 1);
        for (int i = 0; i < 10; i++) {
            bh.step(); // warm-up (JIT), and away from the random start
        }
        double[] times = new double[quick ? 10 : 30];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            bh.step();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        ForceLayout naive = new ForceLayout(10_000, g[0], g[1], 70, 1);
        naive.stepNaive();
        double[] naiveTimes = new double[quick ? 2 : 4];
        for (int i = 0; i < naiveTimes.length; i++) {
            long t0 = System.nanoTime();
            naive.stepNaive();
            naiveTimes[i] = (System.nanoTime() - t0) / 1e6;
        }
        double p50 = median(times);
        double naiveP50 = median(naiveTimes);
        results.put("layout_iter_ms_10k", p50);
        results.put("layout_naive_iter_ms_10k", naiveP50);
        results.put("layout_speedup_10k", naiveP50 / p50);
        log("layout 10k nodes / 30k edges: Barnes-Hut %.1f ms per iteration, all-pairs %.0f ms (%.0fx)", p50, naiveP50, naiveP50 / p50);
    }

    private void render() throws Exception {
        int n = 5_000;
        int[][] g = graph(n, 15_000, 7);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(i % 5 == 0 ? Node.paper("p" + i, "Paper number " + i, 30) : Node.concept("c" + i, "Concept number " + i));
        }
        List<Relation> relations = new ArrayList<>();
        RelationKind[] kinds = RelationKind.values();
        for (int e = 0; e < g[0].length; e++) {
            relations.add(Relation.of(nodes.get(g[0][e]).id(), kinds[e % 3 == 0 ? 0 : e % 3 == 1 ? 0 : 2], nodes.get(g[1][e]).id()));
        }
        // at rest, as the explorer's map shows it once its layout settles (about 390 steps for 5k nodes), its
        // communities as regions
        long t0 = System.nanoTime();
        GraphScene scene = settled(new AtlasGraph(nodes, relations), quick ? 60 : GraphMap.MAX_STEPS);
        log("map of 5k nodes / 15k edges (communities found, regions placed, layout settled): %.1f s",
                (System.nanoTime() - t0) / 1e9);
        AtlasGraph shipped = new GraphDataReader().read(repo.resolve("graph-data"), new ArrayList<>()).toGraph();
        GraphScene shippedScene = settled(shipped, quick ? 60 : GraphMap.MAX_STEPS);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(30, TimeUnit.SECONDS);
        double[] r = frames(scene);
        results.put("render_frame_ms_5k", r[0]);
        results.put("render_frame_p90_ms_5k", r[3]);
        results.put("render_draw_calls_ms_5k", r[1]);
        results.put("render_frame_cpu_ms_5k", r[2]);
        log("render 5k nodes / 15k edges, 1600x1000, software pipeline: %.1f ms per full frame, p90 %.1f (%.1f ms in "
                + "GraphRenderer.draw: edges and nodes rasterised in Java, labels placed and queued; the rest the pipeline "
                + "rasterising the canvas, uploading the image and reading back; %.1f ms of CPU over all threads)", r[0], r[3], r[1], r[2]);
        double[] s = frames(shippedScene);
        results.put("render_frame_ms_shipped", s[0]);
        results.put("render_frame_p90_ms_shipped", s[3]);
        log("render the shipped graph (%d nodes, %d edges), 1600x1000, same pipeline: %.1f ms per full frame, p90 %.1f",
                shippedScene.graph().size(), shippedScene.graph().edgeCount(), s[0], s[3]);
        double[] m = interactionFrames(scene);
        results.put("render_interaction_frame_p90_ms_5k", m[1]);
        results.put("render_interaction_frame_ms_5k", m[0]);
        log("pan and zoom at 5k nodes / 15k edges, same pipeline: %.1f ms per frame, p90 %.1f (the last full frame's "
                + "image moved and scaled, labels moved with it; read back like a full frame)", m[0], m[1]);
    }

    private static GraphScene settled(AtlasGraph graph, int steps) {
        GraphScene scene = new GraphMap(positions -> { }).scene(graph, Filters.all(), null);
        LayoutRunner.settle(scene.layout(), steps);
        scene.sync();
        return scene;
    }

    /**
     * Full redraws of a scene fitted to 1600x1000 on the FX thread: {median, median in GraphRenderer.draw, median
     * CPU over all threads, p90} in ms, after warm-up frames (the explorer redraws continuously while its layout
     * animates, so the steady state after the JIT has compiled the rasteriser is what a user sees).
     */
    private double[] frames(GraphScene scene) throws Exception {
        return onFxThread(scene, view -> {
            int warmUp = quick ? 5 : 40;
            int rounds = quick ? 8 : 40;
            double[] full = new double[rounds];
            double[] calls = new double[rounds];
            double[] cpu = new double[rounds];
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            // every frame is drawn from scratch (nothing cached between frames: the renderer rasterises edges and
            // nodes again, labels are placed again) and Canvas.snapshot makes the software pipeline rasterise the
            // canvas's commands, upload the edge image and read the frame back: an honest full redraw
            for (int i = -warmUp; i < rounds; i++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                view.draw();
                long t1 = System.nanoTime();
                view.readBack(); // forces the software pipeline to rasterize the frame
                long t2 = System.nanoTime();
                long c2 = os.getProcessCpuTime();
                if (i >= 0) {
                    cpu[i] = (c2 - c0) / 1e6;
                    calls[i] = (t1 - t0) / 1e6;
                    full[i] = (t2 - t0) / 1e6;
                }
            }
            double[] sorted = full.clone();
            Arrays.sort(sorted);
            return new double[] {median(full), median(calls), median(cpu), sorted[(int) (sorted.length * 0.9)]};
        });
    }

    /**
     * Frames of a pan and zoom gesture over a scene fitted to 1600x1000, as the explorer draws them while the
     * gesture goes on (one full frame first, then every frame moves its image): {median, p90} in ms, each frame
     * read back with Canvas.snapshot like the full frames, after warm-up frames.
     */
    private double[] interactionFrames(GraphScene scene) throws Exception {
        return onFxThread(scene, view -> {
            view.draw();
            int warmUp = quick ? 10 : 60;
            int rounds = quick ? 20 : 120;
            double[] times = new double[rounds];
            for (int i = -warmUp; i < rounds; i++) {
                // a drag of a few pixels, then a wheel notch in or out at a point of the view
                switch (Math.floorMod(i, 4)) {
                    case 0 -> view.viewport().pan(7, 4);
                    case 1 -> view.viewport().zoomAt(700, 450, 1.06);
                    case 2 -> view.viewport().pan(-5, -6);
                    default -> view.viewport().zoomAt(820, 520, 1 / 1.06);
                }
                long t0 = System.nanoTime();
                if (!view.drawMoved()) {
                    throw new IllegalStateException("the last full frame could not be moved");
                }
                view.readBack();
                if (i >= 0) {
                    times[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            return new double[] {median(times), sorted[(int) (sorted.length * 0.9)]};
        });
    }

    /** Runs {@code measure} on the FX thread over {@code scene} fitted to a fresh 1600x1000 canvas; returns what it measured. */
    private static double[] onFxThread(GraphScene scene, Function<FittedView, double[]> measure) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(measure.apply(new FittedView(scene))));
        return done.get(5, TimeUnit.MINUTES);
    }

    /** A scene fitted to a 1600x1000 canvas as the explorer frames it, drawn with nothing highlighted (FX thread only). */
    private static final class FittedView {
        private static final int WIDTH = 1600;
        private static final int HEIGHT = 1000;
        private final GraphScene scene;
        private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
        private final Viewport viewport = new Viewport();
        private final GraphRenderer renderer = new GraphRenderer();
        private final WritableImage image = new WritableImage(WIDTH, HEIGHT);

        FittedView(GraphScene scene) {
            this.scene = scene;
            viewport.fit(scene.xs(), scene.ys(), scene.graph().size(), null, WIDTH, HEIGHT, 40);
        }

        Viewport viewport() {
            return viewport;
        }

        /** A full frame. */
        void draw() {
            renderer.draw(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, scene, viewport, Highlight.none());
        }

        /** A frame of a pan or zoom, moved from the last full one; false when it could not be. */
        boolean drawMoved() {
            return renderer.drawMoved(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, scene, viewport, Highlight.none(), 1);
        }

        /** Reads the canvas back, which makes the software pipeline rasterise what was drawn. */
        void readBack() {
            canvas.snapshot(null, image);
        }
    }

    private void firstPaint() throws Exception {
        Path home = Files.createTempDirectory(repo.resolve("target"), "bench-ui-home");
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < (quick ? 1 : 3); i++) {
            ProcessBuilder pb = new ProcessBuilder(repo.resolve("scripts/atlas").toString()).redirectErrorStream(true);
            pb.environment().put("ATLAS_HOME", home.toString());
            pb.environment().put("ATLAS_TIMING", "1");
            pb.environment().put("ATLAS_HEADLESS", "1");
            long t0 = System.nanoTime();
            Process p = pb.start();
            Double seconds = null;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.contains("first paint")) {
                        seconds = (System.nanoTime() - t0) / 1e9;
                    }
                    if (line.contains("graph shown")) {
                        results.put("graph_shown_s_run" + i, (System.nanoTime() - t0) / 1e9);
                    }
                    if (line.contains("graph loaded")) {
                        results.put("graph_loaded_s_run" + i, (System.nanoTime() - t0) / 1e9);
                        break;
                    }
                }
            } finally {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            if (seconds == null) {
                throw new IllegalStateException("the explorer never reported its first paint");
            }
            runs.add(seconds);
        }
        ProcessBuilder stop = new ProcessBuilder(repo.resolve("scripts/atlas").toString(), "daemon", "stop")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        stop.environment().put("ATLAS_HOME", home.toString());
        stop.start().waitFor(5, TimeUnit.MINUTES); // the explorer started the atlas daemon: stop it
        results.put("first_paint_s", median(runs.stream().mapToDouble(Double::doubleValue).toArray()));
        results.put("first_paint_s_runs", runs);
        log("first paint after launching scripts/atlas (wall clock, JVM start included): %.2f s (runs %s)", results.get("first_paint_s"), runs);
    }

    private void write() throws Exception {
        Path out = repo.resolve("target/bench/results.json");
        Files.createDirectories(out.getParent());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> all = Files.exists(out) ? mapper.readValue(out.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { })
                : new LinkedHashMap<>();
        all.putAll(results);
        mapper.writeValue(out.toFile(), all);
        System.out.println();
        results.forEach((k, v) -> System.out.printf("%-40s %s%n", k, v instanceof Double d ? String.format("%.3f", d) : v));
        System.out.println("\nmerged into " + out);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
