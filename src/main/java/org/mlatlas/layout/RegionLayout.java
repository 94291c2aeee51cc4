package org.mlatlas.layout;

import java.util.Arrays;
import java.util.Random;

/**
 * A whole-graph layout that shows topic areas as regions: each area gets a disc sized by its node count, the
 * discs are placed so that areas with many edges between them sit side by side (a small force layout of the
 * areas: discs push apart where they overlap, edges between areas pull), every node starts inside its area's
 * disc, and the {@link ForceLayout} that follows pulls each node towards its area's centre as well as along its
 * edges. Deterministic: the same graph, areas and seed give the same positions.
 */
public final class RegionLayout {
    /** How hard a node is pulled towards its area's centre, against a gravity of 1. */
    public static final double AREA_PULL = 3.0;
    /** A disc's radius is this times the ideal edge length times the square root of its node count. */
    private static final double DISC = 0.55;
    private static final int AREA_STEPS = 400;

    private RegionLayout() {
    }

    /**
     * A force layout of {@code n} nodes and the edges {@code from[e] -> to[e]}, each node starting in its area's
     * region and pulled towards it.
     *
     * @param area            each node's area, 0..areas-1
     * @param idealEdgeLength the distance {@code k} the forces balance at
     * @param seed            seed of the starting positions
     */
    public static ForceLayout of(int n, int[] from, int[] to, int[] area, double idealEdgeLength, long seed) {
        ForceLayout layout = new ForceLayout(n, from, to, idealEdgeLength, seed).groups(area, AREA_PULL);
        int areas = 0;
        for (int a : area) {
            areas = Math.max(areas, a + 1);
        }
        int[] size = new int[areas];
        for (int a : area) {
            size[a]++;
        }
        double[][] weight = new double[areas][areas];
        for (int e = 0; e < from.length; e++) {
            int a = area[from[e]];
            int b = area[to[e]];
            if (a != b) {
                weight[a][b]++;
                weight[b][a]++;
            }
        }
        double[][] centre = centres(size, weight, idealEdgeLength);
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            double r = radius(size[area[i]], idealEdgeLength) * Math.sqrt(random.nextDouble());
            double angle = random.nextDouble() * 2 * Math.PI;
            layout.place(i, centre[area[i]][0] + r * Math.cos(angle), centre[area[i]][1] + r * Math.sin(angle));
        }
        // starting in their regions, nodes need to move less far than from a random start
        layout.heat(idealEdgeLength * 2);
        return layout;
    }

    private static double radius(int size, double k) {
        return DISC * k * Math.sqrt(Math.max(size, 1));
    }

    /**
     * The centre of every area's disc: discs that overlap push apart, areas pull each other in proportion to the
     * share of their edges that join them, and everything is pulled weakly towards the origin. The biggest area
     * starts in the middle, the others on a ring around it, in order of size.
     *
     * @param size   node count of each area
     * @param weight edges between each pair of areas (symmetric)
     */
    static double[][] centres(int[] size, double[][] weight, double k) {
        int g = size.length;
        double[][] p = new double[g][2];
        double[] r = new double[g];
        Integer[] bySize = new Integer[g];
        double ring = 0;
        for (int a = 0; a < g; a++) {
            r[a] = radius(size[a], k);
            bySize[a] = a;
            ring = Math.max(ring, r[a]);
        }
        Arrays.sort(bySize, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(a, b));
        for (int j = 1; j < g; j++) {
            double angle = 2 * Math.PI * j / (g - 1);
            p[bySize[j]][0] = 2 * ring * Math.cos(angle);
            p[bySize[j]][1] = 2 * ring * Math.sin(angle);
        }
        double[] total = new double[g];
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                total[a] += weight[a][b];
            }
        }
        double[][] force = new double[g][2];
        for (int step = 0; step < AREA_STEPS; step++) {
            double move = ring * 0.2 * (1 - step / (double) AREA_STEPS) + k * 0.05;
            for (double[] f : force) {
                Arrays.fill(f, 0);
            }
            for (int a = 0; a < g; a++) {
                for (int b = a + 1; b < g; b++) {
                    double dx = p[b][0] - p[a][0];
                    double dy = p[b][1] - p[a][1];
                    double d = Math.max(1e-6, Math.hypot(dx, dy));
                    double gap = d - (r[a] + r[b] + k);
                    // overlap pushes hard; otherwise the share of edges between them pulls
                    double share = total[a] + total[b] == 0 ? 0 : weight[a][b] / Math.min(Math.max(total[a], 1), Math.max(total[b], 1));
                    double f = gap < 0 ? gap * 2 : gap * share * 0.5;
                    force[a][0] += dx / d * f;
                    force[a][1] += dy / d * f;
                    force[b][0] -= dx / d * f;
                    force[b][1] -= dy / d * f;
                }
            }
            for (int a = 0; a < g; a++) {
                double fx = force[a][0] - 0.05 * p[a][0];
                double fy = force[a][1] - 0.05 * p[a][1] * GRAVITY_ASPECT;
                double len = Math.hypot(fx, fy);
                if (len > 0) {
                    double m = Math.min(len, move);
                    p[a][0] += fx / len * m;
                    p[a][1] += fy / len * m;
                }
            }
        }
        return p;
    }

    /** Areas are pulled up and down harder than sideways, so the regions fill a landscape view. */
    private static final double GRAVITY_ASPECT = 1.4;
}
