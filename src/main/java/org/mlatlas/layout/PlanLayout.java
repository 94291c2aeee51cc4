package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.SplineRoutingMode;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a plan out left to right with Eclipse ELK's layered algorithm (a Sugiyama layout: layers by network
 * simplex, crossing reduction by layer sweeps, rows by network simplex), edges routed as conservative splines
 * (long edges run as horizontal lanes between the layers, bends are rounded). Each node is one box for its ring
 * and, under it, its label's measured size, so ELK keeps other nodes, labels and edges out of the label.
 * Edges leave a node on the right and enter it on the left, level with the ring's centre, at one port per side,
 * so no edge reaches a label even on its way into its own node. Plain Java (no Eclipse runtime), deterministic
 * for the same input.
 *
 * <p>The first layout in a JVM loads ELK's classes (0.6-1.7 s here): call {@link #warmUp()} off the UI thread at
 * start-up. Later layouts of a 43-step plan take a few milliseconds.
 */
public final class PlanLayout {
    /** Pixels between a node's box and its label. */
    public static final double LABEL_GAP = 3;

    /** Room kept around a label inside its node's box, so an edge rounding the box's corner keeps off the text. */
    private static final double LABEL_CLEARANCE = 2;
    /** Pixels between two edges running side by side (the lanes between layers). */
    private static final double EDGE_EDGE = 6;
    private static final Object REGISTRY = new Object();
    private static volatile boolean registered;

    /**
     * How much room the layout leaves: between layers (from one layer's widest label to the next) and between
     * neighbours in a layer.
     */
    public record Spacing(double betweenLayers, double inLayer) {
    }

    /** What to lay out: {@code n} nodes, edges {@code from[e] -> to[e]}, and each node's label size. */
    public record Input(int n, int[] from, int[] to, double[] labelWidths, double[] labelHeights) {
        /**
         * Checks the sizes.
         *
         * @throws IllegalArgumentException when an edge names a node outside 0..n-1 or the arrays disagree
         */
        public Input {
            if (from.length != to.length || labelWidths.length != n || labelHeights.length != n) {
                throw new IllegalArgumentException("need one target per edge source and one label size per node");
            }
            for (int e = 0; e < from.length; e++) {
                if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
                    throw new IllegalArgumentException("edge " + e + " joins a node outside 0.." + (n - 1));
                }
            }
        }
    }

    private final double nodeRadius;
    private final double rimRadius;

    /**
     * A layout for nodes drawn with rings of {@code nodeRadius} (ELK keeps that much room around each centre);
     * edges are drawn up to {@code rimRadius} from the centre (where the arrowhead's tip goes).
     */
    public PlanLayout(double nodeRadius, double rimRadius) {
        this.nodeRadius = nodeRadius;
        this.rimRadius = rimRadius;
    }

    /** Loads and runs ELK once on a small graph, so the first real layout is fast. Safe on any thread. */
    public static void warmUp() {
        new PlanLayout(10, 8).layout(new Input(3, new int[] {0, 1, 0}, new int[] {1, 2, 2},
                new double[] {40, 40, 40}, new double[] {14, 14, 14}), new Spacing(30, 20));
    }

    /** Lays {@code input} out with {@code spacing}. Safe on any thread (each call builds its own ELK graph). */
    public PlanDrawing layout(Input input, Spacing spacing) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.SPLINES);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, spacing.betweenLayers());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, Math.max(6, spacing.betweenLayers() / 2));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, spacing.inLayer());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, Math.max(5, spacing.inLayer() / 2));
        // conservative splines follow the long edges' lanes instead of cutting diagonally across the plan
        root.setProperty(LayeredOptions.EDGE_ROUTING_SPLINES_MODE, SplineRoutingMode.CONSERVATIVE);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_EDGE);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_EDGE);
        // rows by network simplex: a much shorter drawing than Brandes-Köpf's (757 instead of 1115 units tall for
        // the 57-step DPO plan), so a big plan fits a window at a readable size
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        List<ElkNode> nodes = new ArrayList<>(input.n());
        List<ElkPort> ins = new ArrayList<>(input.n());
        List<ElkPort> outs = new ArrayList<>(input.n());
        double box = 2 * nodeRadius;
        for (int i = 0; i < input.n(); i++) {
            // one box for the ring and, under it, the label's measured size: ELK routes no edge through a node
            double w = Math.max(box, input.labelWidths()[i] + 2 * LABEL_CLEARANCE);
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(w, box + LABEL_GAP + input.labelHeights()[i] + LABEL_CLEARANCE);
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            // edges end level with the ring's centre, left (in) and right (out)
            ElkPort in = ElkGraphUtil.createPort(node);
            in.setLocation(0, nodeRadius);
            in.setProperty(CoreOptions.PORT_SIDE, PortSide.WEST);
            ElkPort out = ElkGraphUtil.createPort(node);
            out.setLocation(w, nodeRadius);
            out.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
            nodes.add(node);
            ins.add(in);
            outs.add(out);
        }
        ElkEdge[] edges = new ElkEdge[input.from().length];
        for (int e = 0; e < edges.length; e++) {
            if (input.from()[e] != input.to()[e]) {
                edges[e] = ElkGraphUtil.createSimpleEdge(outs.get(input.from()[e]), ins.get(input.to()[e]));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return drawing(input, nodes, edges);
    }

    private PlanDrawing drawing(Input input, List<ElkNode> nodes, ElkEdge[] edges) {
        int n = input.n();
        double[] x = new double[n];
        double[] y = new double[n];
        double[][] labels = new double[n][];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ElkNode node = nodes.get(i);
            x[i] = node.getX() + node.getWidth() / 2;
            y[i] = node.getY() + nodeRadius;
            double lw = input.labelWidths()[i];
            labels[i] = new double[] {x[i] - lw / 2, y[i] + nodeRadius + LABEL_GAP, lw, input.labelHeights()[i]};
            minX = Math.min(minX, Math.min(x[i] - nodeRadius, labels[i][0]));
            minY = Math.min(minY, Math.min(y[i] - nodeRadius, labels[i][1]));
            maxX = Math.max(maxX, Math.max(x[i] + nodeRadius, labels[i][0] + labels[i][2]));
            maxY = Math.max(maxY, Math.max(y[i] + nodeRadius, labels[i][1] + labels[i][3]));
        }
        double[][] paths = new double[edges.length][];
        for (int e = 0; e < edges.length; e++) {
            if (edges[e] == null || edges[e].getSections().isEmpty()) {
                continue;
            }
            paths[e] = path(edges[e].getSections().get(0), x[input.from()[e]], y[input.from()[e]],
                    x[input.to()[e]], y[input.to()[e]]);
            for (int k = 0; k < paths[e].length; k += 2) {
                minX = Math.min(minX, paths[e][k]);
                maxX = Math.max(maxX, paths[e][k]);
                minY = Math.min(minY, paths[e][k + 1]);
                maxY = Math.max(maxY, paths[e][k + 1]);
            }
        }
        if (n == 0) {
            return new PlanDrawing(x, y, labels, paths, 0, 0);
        }
        // the drawing's corner at (0, 0)
        for (int i = 0; i < n; i++) {
            x[i] -= minX;
            y[i] -= minY;
            labels[i][0] -= minX;
            labels[i][1] -= minY;
        }
        for (double[] p : paths) {
            for (int k = 0; p != null && k < p.length; k += 2) {
                p[k] -= minX;
                p[k + 1] -= minY;
            }
        }
        return new PlanDrawing(x, y, labels, paths, maxX - minX, maxY - minY);
    }

    /**
     * An edge section as a polyline from the source's rim to the target's rim: ELK's points are a piecewise cubic
     * spline (start, then three points per cubic Bézier; two left over make a quadratic one, one a line), each
     * curve flattened into short segments; ELK ends its edges on the node's box, so a straight piece joins them to
     * the rim.
     */
    private double[] path(ElkEdgeSection section, double sx, double sy, double tx, double ty) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {section.getStartX(), section.getStartY()});
        for (ElkBendPoint b : section.getBendPoints()) {
            points.add(new double[] {b.getX(), b.getY()});
        }
        points.add(new double[] {section.getEndX(), section.getEndY()});
        Polyline line = new Polyline();
        line.add(rim(sx, sy, points.get(0)));
        line.add(points.get(0)[0], points.get(0)[1]);
        for (int i = 1; i < points.size(); i += 3) {
            double[] p0 = points.get(i - 1);
            int left = points.size() - i;
            if (left == 1) {
                line.add(points.get(i)[0], points.get(i)[1]);
            } else if (left == 2) {
                line.quadratic(p0, points.get(i), points.get(i + 1));
            } else {
                line.cubic(p0, points.get(i), points.get(i + 1), points.get(i + 2));
            }
        }
        line.add(rim(tx, ty, points.get(points.size() - 1)));
        return line.toArray();
    }

    /** The point {@link #rimRadius} from the centre (cx, cy) towards {@code p}. */
    private double[] rim(double cx, double cy, double[] p) {
        double dx = p[0] - cx;
        double dy = p[1] - cy;
        double len = Math.hypot(dx, dy);
        return len == 0 ? new double[] {cx, cy} : new double[] {cx + dx / len * rimRadius, cy + dy / len * rimRadius};
    }

    private static void register() {
        if (registered) {
            return;
        }
        synchronized (REGISTRY) {
            if (!registered) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                registered = true;
            }
        }
    }

    /** Points of a polyline; curves added as short segments (about one per 6 world units). */
    private static final class Polyline {
        private static final double STEP = 6;
        private double[] xy = new double[64];
        private int size;

        void add(double[] p) {
            add(p[0], p[1]);
        }

        void add(double x, double y) {
            if (size > 0 && xy[size - 2] == x && xy[size - 1] == y) {
                return;
            }
            if (size == xy.length) {
                xy = java.util.Arrays.copyOf(xy, size * 2);
            }
            xy[size++] = x;
            xy[size++] = y;
        }

        void cubic(double[] p0, double[] p1, double[] p2, double[] p3) {
            double length = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) + Math.hypot(p2[0] - p1[0], p2[1] - p1[1])
                    + Math.hypot(p3[0] - p2[0], p3[1] - p2[1]);
            int steps = Math.max(2, (int) Math.ceil(length / STEP));
            for (int k = 1; k <= steps; k++) {
                double t = (double) k / steps;
                double u = 1 - t;
                double a = u * u * u;
                double b = 3 * u * u * t;
                double c = 3 * u * t * t;
                double d = t * t * t;
                add(a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]);
            }
        }

        void quadratic(double[] p0, double[] p1, double[] p2) {
            double length = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) + Math.hypot(p2[0] - p1[0], p2[1] - p1[1]);
            int steps = Math.max(2, (int) Math.ceil(length / STEP));
            for (int k = 1; k <= steps; k++) {
                double t = (double) k / steps;
                double u = 1 - t;
                add(u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]);
            }
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(xy, size);
        }
    }
}
