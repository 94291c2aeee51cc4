package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometric measures of a plan drawing as a reader sees it: node rings, label boxes and edges as polylines (a
 * straight edge is a polyline of two points), all in the same units (screen pixels once fitted).
 */
public final class DrawingMetrics {
    /** The ring drawn around a plan node (radius 9 plus the plan ring). */
    public static final double RING = 14;
    /**
     * An edge running between these angles from horizontal (neither a lane along the layers nor a lane between
     * them) for more than {@link #DIAGONAL_RUN} pixels is a long diagonal.
     */
    private static final double DIAGONAL_MIN_DEGREES = 20;
    private static final double DIAGONAL_MAX_DEGREES = 70;
    private static final double DIAGONAL_RUN = 120;

    private final double[] x;
    private final double[] y;
    private final double[][] labels;
    private final double[][] edges;
    private final int[] from;
    private final int[] to;

    /**
     * A drawing: node centres, label boxes {left, top, width, height} (null where a node has no label), and per
     * edge {@code from[e] -> to[e]} its polyline {x0, y0, x1, y1, ...}.
     */
    public DrawingMetrics(double[] x, double[] y, double[][] labels, double[][] edges, int[] from, int[] to) {
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.edges = edges;
        this.from = from;
        this.to = to;
    }

    /** A drawing of {@code d} at scale {@code s} moved by (dx, dy): how the canvas shows it. */
    public static DrawingMetrics of(PlanDrawing d, int[] from, int[] to, double s, double dx, double dy) {
        double[] x = new double[d.size()];
        double[] y = new double[d.size()];
        double[][] labels = new double[d.size()][];
        for (int i = 0; i < d.size(); i++) {
            x[i] = d.x()[i] * s + dx;
            y[i] = d.y()[i] * s + dy;
            double[] l = d.labels()[i];
            labels[i] = new double[] {l[0] * s + dx, l[1] * s + dy, l[2] * s, l[3] * s};
        }
        double[][] edges = new double[d.edges().length][];
        for (int e = 0; e < edges.length; e++) {
            double[] p = d.edges()[e];
            if (p != null) {
                edges[e] = new double[p.length];
                for (int k = 0; k < p.length; k += 2) {
                    edges[e][k] = p[k] * s + dx;
                    edges[e][k + 1] = p[k + 1] * s + dy;
                }
            }
        }
        return new DrawingMetrics(x, y, labels, edges, from, to);
    }

    /** Pairs of edges whose lines cross (edges sharing an end do not count). */
    public int crossings() {
        int count = 0;
        for (int a = 0; a < from.length; a++) {
            for (int b = a + 1; b < from.length; b++) {
                if (edges[a] == null || edges[b] == null || from[a] == from[b] || from[a] == to[b] || to[a] == from[b]
                        || to[a] == to[b]) {
                    continue;
                }
                if (polylinesCross(edges[a], edges[b])) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Labels with some edge (any, its own node's included) passing through their box. */
    public List<Integer> labelsCrossedByEdges() {
        List<Integer> crossed = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            double[] l = labels[i];
            if (l == null) {
                continue;
            }
            for (double[] p : edges) {
                if (p != null && polylineHitsBox(p, l[0] + 0.5, l[1] + 0.5, l[0] + l[2] - 0.5, l[1] + l[3] - 0.5)) {
                    crossed.add(i);
                    break;
                }
            }
        }
        return crossed;
    }

    /** (edge, label) pairs where the edge passes through the label's box. */
    public int edgesUnderLabels() {
        int count = 0;
        for (double[] l : labels) {
            for (double[] p : edges) {
                if (l != null && p != null
                        && polylineHitsBox(p, l[0] + 0.5, l[1] + 0.5, l[0] + l[2] - 0.5, l[1] + l[3] - 0.5)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Nodes without a label. */
    public List<Integer> labelsMissing() {
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                missing.add(i);
            }
        }
        return missing;
    }

    /** Labels whose box overlaps another label's box or another node's ring. */
    public List<Integer> labelsOverlapping() {
        List<Integer> overlapping = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            double[] l = labels[i];
            if (l == null) {
                continue;
            }
            boolean hit = false;
            for (int j = 0; j < labels.length && !hit; j++) {
                double[] m = labels[j];
                hit = j != i && m != null && l[0] < m[0] + m[2] && m[0] < l[0] + l[2] && l[1] < m[1] + m[3]
                        && m[1] < l[1] + l[3];
                hit |= j != i && boxHitsCircle(l, x[j], y[j], RING);
            }
            if (hit) {
                overlapping.add(i);
            }
        }
        return overlapping;
    }

    /** Labels nearer to another node than to their own (a reader may tie them to the wrong one). */
    public List<Integer> labelsNearerAnotherNode() {
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                continue;
            }
            double own = boxDistance(labels[i], x[i], y[i]);
            for (int j = 0; j < x.length; j++) {
                if (j != i && boxDistance(labels[i], x[j], y[j]) < own) {
                    wrong.add(i);
                    break;
                }
            }
        }
        return wrong;
    }

    /** Edges with a stretch between 20 and 70 degrees from horizontal running more than 120 pixels. */
    public int longDiagonals() {
        int count = 0;
        double low = Math.tan(Math.toRadians(DIAGONAL_MIN_DEGREES));
        double high = Math.tan(Math.toRadians(DIAGONAL_MAX_DEGREES));
        for (double[] p : edges) {
            if (p == null) {
                continue;
            }
            double run = 0;
            double longest = 0;
            for (int k = 2; k < p.length; k += 2) {
                double dx = p[k] - p[k - 2];
                double dy = p[k + 1] - p[k - 1];
                if (Math.abs(dy) > Math.abs(dx) * low && Math.abs(dy) < Math.abs(dx) * high) {
                    run += Math.hypot(dx, dy);
                    longest = Math.max(longest, run);
                } else {
                    run = 0;
                }
            }
            count += longest > DIAGONAL_RUN ? 1 : 0;
        }
        return count;
    }

    /** {minX, minY, maxX, maxY} of nodes (with their rings) and labels. */
    public double[] extent() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < x.length; i++) {
            b[0] = Math.min(b[0], x[i] - RING);
            b[1] = Math.min(b[1], y[i] - RING);
            b[2] = Math.max(b[2], x[i] + RING);
            b[3] = Math.max(b[3], y[i] + RING);
            if (labels[i] != null) {
                b[0] = Math.min(b[0], labels[i][0]);
                b[1] = Math.min(b[1], labels[i][1]);
                b[2] = Math.max(b[2], labels[i][0] + labels[i][2]);
                b[3] = Math.max(b[3], labels[i][1] + labels[i][3]);
            }
        }
        return b;
    }

    /** A one-line summary for reports. */
    public String summary(double frameWidth, double frameHeight) {
        double[] b = extent();
        return String.format(Locale.ROOT,
                "crossings %d, labels crossed by edges %d (edge-label pairs %d), labels missing %d, labels overlapping %d,"
                        + " labels nearer another node %d, long diagonals %d, extent %.0f x %.0f at (%.0f, %.0f) in %.0f x %.0f",
                crossings(), labelsCrossedByEdges().size(), edgesUnderLabels(), labelsMissing().size(),
                labelsOverlapping().size(), labelsNearerAnotherNode().size(), longDiagonals(), b[2] - b[0], b[3] - b[1],
                b[0], b[1], frameWidth, frameHeight);
    }

    static boolean polylinesCross(double[] p, double[] q) {
        for (int i = 2; i < p.length; i += 2) {
            for (int j = 2; j < q.length; j += 2) {
                if (segmentsCross(p[i - 2], p[i - 1], p[i], p[i + 1], q[j - 2], q[j - 1], q[j], q[j + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean polylineHitsBox(double[] p, double x0, double y0, double x1, double y1) {
        for (int i = 2; i < p.length; i += 2) {
            if (segmentHitsBox(p[i - 2], p[i - 1], p[i], p[i + 1], x0, y0, x1, y1)) {
                return true;
            }
        }
        return false;
    }

    static boolean segmentsCross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double d1 = cross(cx, cy, dx, dy, ax, ay);
        double d2 = cross(cx, cy, dx, dy, bx, by);
        double d3 = cross(ax, ay, bx, by, cx, cy);
        double d4 = cross(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double cross(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    /** True when the segment (ax, ay)-(bx, by) passes through the box [x0, x1] x [y0, y1] (Liang-Barsky). */
    static boolean segmentHitsBox(double ax, double ay, double bx, double by, double x0, double y0, double x1, double y1) {
        double t0 = 0;
        double t1 = 1;
        double[] p = {-(bx - ax), bx - ax, -(by - ay), by - ay};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else if (p[i] < 0) {
                t0 = Math.max(t0, q[i] / p[i]);
            } else {
                t1 = Math.min(t1, q[i] / p[i]);
            }
        }
        return t0 < t1;
    }

    private static boolean boxHitsCircle(double[] box, double cx, double cy, double r) {
        return boxDistance(box, cx, cy) < r;
    }

    private static double boxDistance(double[] box, double px, double py) {
        double dx = Math.max(Math.max(box[0] - px, 0), px - (box[0] + box[2]));
        double dy = Math.max(Math.max(box[1] - py, 0), py - (box[1] + box[3]));
        return Math.hypot(dx, dy);
    }
}
