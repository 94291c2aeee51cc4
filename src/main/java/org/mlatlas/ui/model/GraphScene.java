package org.mlatlas.ui.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mlatlas.layout.ForceLayout;
import org.mlatlas.layout.PlanDrawing;

/**
 * What the canvas draws: a {@link VisualGraph} and its node positions in world units. A force scene has a
 * {@link ForceLayout} that a {@link LayoutRunner} steps in the background; {@link #sync()} copies its latest
 * positions in (on the UI thread, before a frame). A plan scene holds a few layouts of the plan made in the
 * background ({@link PlanScenes}); {@link #frame} picks the one that fits the view best, without laying anything
 * out, and the scene does not move by itself.
 */
public final class GraphScene {
    /** The force layout's ideal edge length in world units. */
    public static final double EDGE_LENGTH = 70;
    /** The width-to-height ratio force layouts spread to. */
    public static final double ASPECT = 1.2;
    /** How much of its temperature a force layout keeps each step: slow enough to untangle the core. */
    static final double COOLING = 0.985;

    /** The frame a plan is fitted to before a view asks for its own (a landscape window). */
    private static final double DEFAULT_FRAME_WIDTH = 1600;
    private static final double DEFAULT_FRAME_HEIGHT = 1000;
    /** Plan layouts whose fitted scales differ by less than this count as fitting equally well. */
    private static final double SAME_SCALE = 0.02;

    private final VisualGraph graph;
    private final double[] x;
    private final double[] y;
    private final ForceLayout layout;
    private final List<PlanLayouts.Choice> planChoices;
    private PlanLayouts.Choice plan;
    private int planTarget = -1;
    /** The plan's edges as drawn: the chosen layout's routes, straight lines for the edges of a dragged node. */
    private double[][] planEdges;
    /** For a view of the map: where each node of the view is in the map's layout (of the whole graph); else null. */
    private final int[] onMap;
    private final double[] mapX;
    private final double[] mapY;
    private double frameWidth;
    private double frameHeight;

    private GraphScene(VisualGraph graph, double[] x, double[] y, ForceLayout layout, List<PlanLayouts.Choice> planChoices,
                       int[] onMap) {
        this.graph = graph;
        this.x = x;
        this.y = y;
        this.layout = layout;
        this.planChoices = planChoices;
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
     * A plan scene: the graph with its layouts (at least one, all of the same graph) and its target node (or -1),
     * fitted to a landscape frame until a view calls {@link #frame}.
     */
    public static GraphScene plan(VisualGraph graph, List<PlanLayouts.Choice> choices, int target) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a plan scene needs at least one layout");
        }
        GraphScene scene = new GraphScene(graph, new double[graph.size()], new double[graph.size()], null, List.copyOf(choices), null);
        scene.planTarget = target;
        scene.frame(DEFAULT_FRAME_WIDTH, DEFAULT_FRAME_HEIGHT);
        return scene;
    }

    /**
     * Picks the plan layout that fits a frame of {@code width x height} pixels (the part of the view free for it)
     * best: the one shown largest, at most one world unit per pixel (so labels are at their measured size); of
     * those that fit equally well, the roomiest (labels on fewer lines first, then more space between nodes). Lays nothing out (the layouts were made in the background), so
     * it is cheap enough for the UI thread. Does nothing for a force scene or when the frame is the one already
     * used (nodes dragged since stay put).
     */
    public void frame(double width, double height) {
        if (planChoices == null || (width == frameWidth && height == frameHeight) || width <= 0 || height <= 0) {
            return;
        }
        frameWidth = width;
        frameHeight = height;
        double bestScale = 0;
        for (PlanLayouts.Choice c : planChoices) {
            bestScale = Math.max(bestScale, c.drawing().fitScale(width, height, 1));
        }
        PlanLayouts.Choice best = null;
        for (PlanLayouts.Choice c : planChoices) { // ordered tight to roomy: the last that fits as well as the best
            if (c.drawing().fitScale(width, height, 1) >= bestScale - SAME_SCALE) {
                best = c;
            }
        }
        plan = best;
        System.arraycopy(plan.drawing().x(), 0, x, 0, x.length);
        System.arraycopy(plan.drawing().y(), 0, y, 0, y.length);
        planEdges = plan.drawing().edges().clone();
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
        return planChoices != null;
    }

    /**
     * A plan scene's edges as drawn, in world units: per edge a polyline {x0, y0, x1, y1, ...} from the source's
     * rim to the target's (null for one not drawn); null for a force scene.
     */
    public double[][] planEdges() {
        return planEdges;
    }

    /** A plan node's label box {left, top, width, height} in world units, under the node wherever it is. */
    public double[] planLabelBox(int i) {
        double[] box = plan.drawing().labels()[i];
        double dx = x[i] - plan.drawing().x()[i];
        double dy = y[i] - plan.drawing().y()[i];
        return new double[] {box[0] + dx, box[1] + dy, box[2], box[3]};
    }

    /** A plan's target node (its label is bold), or -1. */
    public int planTarget() {
        return planTarget;
    }

    /** A plan node's label, line by line. */
    public List<String> planLabelLines(int i) {
        return plan.lines().get(i);
    }

    /** {minX, minY, maxX, maxY} of a plan scene's nodes, labels and edges in world units. */
    public double[] planBounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < graph.size(); i++) {
            double[] l = planLabelBox(i);
            double r = PlanLayouts.NODE_RADIUS;
            include(b, Math.min(x[i] - r, l[0]), Math.min(y[i] - r, l[1]));
            include(b, Math.max(x[i] + r, l[0] + l[2]), Math.max(y[i] + r, l[1] + l[3]));
        }
        for (double[] p : planEdges) {
            for (int k = 0; p != null && k < p.length; k += 2) {
                include(b, p[k], p[k + 1]);
            }
        }
        return b;
    }

    /**
     * True when part of a plan scene (a node with its ring, a label or an edge) lies in the world box
     * [minX, maxX] x [minY, maxY].
     */
    public boolean planTouches(double minX, double minY, double maxX, double maxY) {
        double r = PlanLayouts.NODE_RADIUS;
        for (int i = 0; i < graph.size(); i++) {
            double[] l = planLabelBox(i);
            if (overlaps(x[i] - r, y[i] - r, x[i] + r, y[i] + r, minX, minY, maxX, maxY)
                    || overlaps(l[0], l[1], l[0] + l[2], l[1] + l[3], minX, minY, maxX, maxY)) {
                return true;
            }
        }
        for (double[] p : planEdges) {
            for (int k = 2; p != null && k < p.length; k += 2) {
                if (overlaps(Math.min(p[k - 2], p[k]), Math.min(p[k - 1], p[k + 1]), Math.max(p[k - 2], p[k]),
                        Math.max(p[k - 1], p[k + 1]), minX, minY, maxX, maxY)) {
                    return true; // a segment's bounding box: exact for the straight lanes, close for short pieces of curve
                }
            }
        }
        return false;
    }

    private static boolean overlaps(double ax0, double ay0, double ax1, double ay1, double bx0, double by0, double bx1,
                                    double by1) {
        return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1;
    }

    private static void include(double[] b, double px, double py) {
        b[0] = Math.min(b[0], px);
        b[1] = Math.min(b[1], py);
        b[2] = Math.max(b[2], px);
        b[3] = Math.max(b[3], py);
    }

    /**
     * Moves node {@code i} to (wx, wy) and pins it there (a drag). In a plan its label goes with it and its edges
     * become straight lines.
     */
    public void pin(int i, double wx, double wy) {
        x[i] = wx;
        y[i] = wy;
        if (layout != null) {
            layout.pin(onMap == null ? i : onMap[i], wx, wy);
            layout.heat(Math.max(layout.temperature(), EDGE_LENGTH * 0.3));
        }
        if (planEdges != null) {
            for (int e : graph.incident(i)) {
                planEdges[e] = straight(graph.from(e), graph.to(e));
            }
        }
    }

    /** A straight edge from rim to rim. */
    private double[] straight(int a, int b) {
        double dx = x[b] - x[a];
        double dy = y[b] - y[a];
        double len = Math.hypot(dx, dy);
        if (len <= 2 * PlanLayouts.RIM_RADIUS) {
            return null;
        }
        double ux = dx / len * PlanLayouts.RIM_RADIUS;
        double uy = dy / len * PlanLayouts.RIM_RADIUS;
        return new double[] {x[a] + ux, y[a] + uy, x[b] - ux, y[b] - uy};
    }
}
