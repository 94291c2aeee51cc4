package org.mlatlas.ui.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.mlatlas.layout.ForceLayout;
import org.mlatlas.layout.LayeredLayout;

/**
 * What the canvas draws: a {@link VisualGraph} and its node positions in world units. A force scene has a
 * {@link ForceLayout} that a {@link LayoutRunner} steps in the background; {@link #sync()} copies its latest
 * positions in (on the UI thread, before a frame). A plan scene is laid out in layers, for the frame its view gives it
 * ({@link #frame}), and does not move by itself.
 */
public final class GraphScene {
    /** The force layout's ideal edge length in world units. */
    public static final double EDGE_LENGTH = 70;
    /** The width-to-height ratio force layouts spread to. */
    public static final double ASPECT = 1.2;
    /** How much of its temperature a force layout keeps each step: slow enough to untangle the core. */
    static final double COOLING = 0.985;

    /** The frame a plan is laid out for before a view asks for its own (a landscape window). */
    private static final double DEFAULT_FRAME_WIDTH = 1600;
    private static final double DEFAULT_FRAME_HEIGHT = 1000;

    private final VisualGraph graph;
    private final double[] x;
    private final double[] y;
    private final ForceLayout layout;
    private final LayeredLayout layered;
    /** For a view of the map: where each node of the view is in the map's layout (of the whole graph); else null. */
    private final int[] onMap;
    private final double[] mapX;
    private final double[] mapY;
    private double frameWidth;
    private double frameHeight;

    private GraphScene(VisualGraph graph, double[] x, double[] y, ForceLayout layout, LayeredLayout layered, int[] onMap) {
        this.graph = graph;
        this.x = x;
        this.y = y;
        this.layout = layout;
        this.layered = layered;
        this.onMap = onMap;
        this.mapX = onMap == null ? null : new double[layout.size()];
        this.mapY = onMap == null ? null : new double[layout.size()];
    }

    /**
     * A view of the map: the nodes of {@code view} where {@code layout}, the map's layout of the whole graph
     * {@code whole}, puts them. Dragging a node moves it in the map's layout.
     *
     * @throws IllegalArgumentException when a node of the view is not in the whole graph
     */
    static GraphScene onMap(VisualGraph view, VisualGraph whole, ForceLayout layout) {
        int[] onMap = new int[view.size()];
        for (int i = 0; i < onMap.length; i++) {
            onMap[i] = whole.indexOf(view.node(i).id());
            if (onMap[i] < 0) {
                throw new IllegalArgumentException(view.node(i).id() + " is not on the map");
            }
        }
        GraphScene scene = new GraphScene(view, new double[view.size()], new double[view.size()], layout, null, onMap);
        scene.sync();
        return scene;
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
        ForceLayout layout = new ForceLayout(graph.size(), edges[0], edges[1], EDGE_LENGTH, seed).aspect(ASPECT).cooling(COOLING);
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
        return new GraphScene(graph, x, y, layout, null, null);
    }

    /**
     * A plan scene: the graph laid out in layers, prerequisites on the left, for a landscape frame until a view
     * calls {@link #frame}.
     */
    public static GraphScene layered(VisualGraph graph) {
        int[][] edges = graph.edgeArrays();
        LayeredLayout layered = new LayeredLayout(graph.size(), edges[0], edges[1]);
        GraphScene scene = new GraphScene(graph, new double[graph.size()], new double[graph.size()], null, layered, null);
        scene.frame(DEFAULT_FRAME_WIDTH, DEFAULT_FRAME_HEIGHT);
        return scene;
    }

    /**
     * Lays a plan scene out anew to fill a frame of {@code width x height} pixels (the part of the view free for
     * it), so the fitted plan uses the view's whole height and width at about one world unit per pixel. Does
     * nothing for a force scene or when the frame is the one already used (nodes dragged since stay put).
     */
    public void frame(double width, double height) {
        if (layered == null || (width == frameWidth && height == frameHeight) || width <= 0 || height <= 0) {
            return;
        }
        frameWidth = width;
        frameHeight = height;
        LayeredLayout.Placement p = layered.place(width, height);
        System.arraycopy(p.xs(), 0, x, 0, x.length);
        System.arraycopy(p.ys(), 0, y, 0, y.length);
    }

    /**
     * Lays a plan scene out for the frame {@code other} (an earlier plan scene of the same view) was laid out for,
     * so a plan that changed (a step ticked, a reload) keeps the scale of the view's current zoom.
     */
    public void frameLike(GraphScene other) {
        if (other != null && other.frameWidth > 0) {
            frame(other.frameWidth, other.frameHeight);
        }
    }

    /** Copies the layout's latest positions in; call on the thread that draws. */
    public void sync() {
        if (onMap != null) {
            layout.copyPositions(mapX, mapY);
            for (int i = 0; i < onMap.length; i++) {
                x[i] = mapX[onMap[i]];
                y[i] = mapY[onMap[i]];
            }
        } else if (layout != null) {
            layout.copyPositions(x, y);
        }
    }

    /** True for a view of the map (the whole graph, all or part of it shown), whose positions are kept. */
    public boolean isMap() {
        return onMap != null;
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
        return layered != null;
    }

    /** Moves node {@code i} to (wx, wy) and pins it there (a drag). */
    public void pin(int i, double wx, double wy) {
        x[i] = wx;
        y[i] = wy;
        if (layout != null) {
            layout.pin(onMap == null ? i : onMap[i], wx, wy);
            layout.heat(Math.max(layout.temperature(), EDGE_LENGTH * 0.3));
        }
    }
}
