package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometric measures of a straight-line drawing, as the plan view draws it: every edge a straight segment from
 * node centre to node centre, a node a ring of radius {@link #RING}.
 */
final class DrawingMetrics {
    /** The ring drawn around a plan node (radius 9 plus the plan ring). */
    static final double RING = 13;

    private DrawingMetrics() {
    }

    /** Pairs of edges whose segments cross (edges sharing an end do not count). */
    static int crossings(double[] xs, double[] ys, int[] from, int[] to) {
        int count = 0;
        for (int a = 0; a < from.length; a++) {
            for (int b = a + 1; b < from.length; b++) {
                if (from[a] == from[b] || from[a] == to[b] || to[a] == from[b] || to[a] == to[b]) {
                    continue;
                }
                if (segmentsCross(xs[from[a]], ys[from[a]], xs[to[a]], ys[to[a]],
                        xs[from[b]], ys[from[b]], xs[to[b]], ys[to[b]])) {
                    count++;
                }
            }
        }
        return count;
    }

    /** (edge, node) pairs where the edge passes through the ring of a node it does not join. */
    static List<int[]> edgesThroughNodes(double[] xs, double[] ys, int[] from, int[] to) {
        List<int[]> hits = new ArrayList<>();
        for (int e = 0; e < from.length; e++) {
            for (int v = 0; v < xs.length; v++) {
                if (v != from[e] && v != to[e]
                        && distanceToSegment(xs[v], ys[v], xs[from[e]], ys[from[e]], xs[to[e]], ys[to[e]]) < RING) {
                    hits.add(new int[] {e, v});
                }
            }
        }
        return hits;
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

    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
