package org.mlatlas.ui.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.mlatlas.layout.ForceLayout;
import org.mlatlas.layout.LayeredLayout;

/**
 * What the canvas draws: a {@link VisualGraph} and its node positions in world units. A force scene has a
 * {@link ForceLayout} that a {@link LayoutRunner} steps in the background; {@link #sync()} copies its latest
 * positions in (on the UI thread, before a frame). A plan scene is laid out in layers once and does not move.
 */
public final class GraphScene {
    /** The force layout's ideal edge length in world units. */
    public static final double EDGE_LENGTH = 70;
    /** The width-to-height ratio force layouts spread to. */
    public static final double ASPECT = 1.2;

    private final VisualGraph graph;
    private final double[] x;
    private final double[] y;
    private final ForceLayout layout;
    private final boolean plan;

    private GraphScene(VisualGraph graph, double[] x, double[] y, ForceLayout layout, boolean plan) {
        this.graph = graph;
        this.x = x;
        this.y = y;
        this.layout = layout;
        this.plan = plan;
    }

    /**
     * A force-directed scene. Nodes with a remembered position start there; others start next to a placed
     * neighbour (or at random), so a reload moves little.
     *
     * @param remembered positions by node id from an earlier scene (may be empty)
     * @param seed       seed for the starting positions
     */
    public static GraphScene force(VisualGraph graph, Map<String, double[]> remembered, long seed) {
        int[][] edges = graph.edgeArrays();
        // wider than tall, like a window or a screenshot; cooled slowly enough to untangle the core
        ForceLayout layout = new ForceLayout(graph.size(), edges[0], edges[1], EDGE_LENGTH, seed).aspect(ASPECT).cooling(0.985);
        Random random = new Random(seed);
        int placed = 0;
        boolean[] done = new boolean[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            double[] p = remembered.get(graph.node(i).id());
            if (p != null) {
                layout.place(i, p[0], p[1]);
                done[i] = true;
                placed++;
            }
        }
        if (placed > 0) {
            double[] px = new double[graph.size()];
            double[] py = new double[graph.size()];
            layout.copyPositions(px, py);
            for (int i = 0; i < graph.size(); i++) {
                if (done[i]) {
                    continue;
                }
                for (int e : graph.incident(i)) {
                    int other = graph.from(e) == i ? graph.to(e) : graph.from(e);
                    if (done[other]) {
                        layout.place(i, px[other] + (random.nextDouble() - 0.5) * EDGE_LENGTH,
                                py[other] + (random.nextDouble() - 0.5) * EDGE_LENGTH);
                        break;
                    }
                }
            }
            // mostly where it was: a gentle re-settle instead of a new layout
            layout.heat(placed == graph.size() ? EDGE_LENGTH * 0.1 : EDGE_LENGTH);
        }
        double[] x = new double[graph.size()];
        double[] y = new double[graph.size()];
        layout.copyPositions(x, y);
        return new GraphScene(graph, x, y, layout, false);
    }

    /** A plan scene: the graph laid out in layers, prerequisites on the left. */
    public static GraphScene layered(VisualGraph graph) {
        int[][] edges = graph.edgeArrays();
        LayeredLayout layered = new LayeredLayout(graph.size(), edges[0], edges[1]);
        return new GraphScene(graph, layered.xs(220), layered.ys(90), null, true);
    }

    /** Copies the layout's latest positions in; call on the thread that draws. */
    public void sync() {
        if (layout != null) {
            layout.copyPositions(x, y);
        }
    }

    /** The positions by node id (to carry over into the next scene). */
    public Map<String, double[]> positionsById() {
        Map<String, double[]> map = new HashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            map.put(graph.node(i).id(), new double[] {x[i], y[i]});
        }
        return map;
    }

    /** The graph drawn. */
    public VisualGraph graph() {
        return graph;
    }

    /** World x of every node (live array: read on the drawing thread only). */
    public double[] xs() {
        return x;
    }

    /** World y of every node (live array: read on the drawing thread only). */
    public double[] ys() {
        return y;
    }

    /** The force layout, or null for a plan scene. */
    public ForceLayout layout() {
        return layout;
    }

    /** True for a plan scene (layered, still). */
    public boolean isPlan() {
        return plan;
    }

    /** Moves node {@code i} to (wx, wy) and pins it there (a drag). */
    public void pin(int i, double wx, double wy) {
        x[i] = wx;
        y[i] = wy;
        if (layout != null) {
            layout.pin(i, wx, wy);
            layout.heat(Math.max(layout.temperature(), EDGE_LENGTH * 0.3));
        }
    }
}
