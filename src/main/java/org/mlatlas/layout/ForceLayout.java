package org.mlatlas.layout;

import java.util.Arrays;
import java.util.Random;

/**
 * A force-directed layout (Fruchterman-Reingold forces) whose repulsion is approximated with a Barnes-Hut
 * quadtree, so one {@link #step()} costs O(n log n + m) instead of O(n²).
 *
 * <p>Nodes repel each other with {@code k²/d}, edges pull their ends together with {@code d²/k}, and a weak
 * gravity keeps separate components near the origin. Each step moves a node at most the current temperature,
 * which cools towards a floor, so the layout settles. Pinned nodes never move (a dragged node stays where the
 * user dropped it).
 *
 * <p>Threading: {@link #step()} may run on a background thread; {@link #copyPositions} and {@link #pin}
 * may be called from any other thread (they synchronize on the layout). Same seed, same
 * graph and same calls give the same positions.
 */
public final class ForceLayout {
    /** The default Barnes-Hut opening angle. */
    public static final double DEFAULT_THETA = 0.8;

    private final int n;
    private final int[] from;
    private final int[] to;
    private final double[] weight;
    private final double[] mass;
    private final double[] x;
    private final double[] y;
    private final double[] dx;
    private final double[] dy;
    private final boolean[] pinned;
    /**
     * How much an edge between two groups pulls, against one inside a group: little, so groups do not drag each
     * other into one another (measured on the shipped graph: at 1, areas overlapped in the middle; at 0.2 the
     * big ones separated; at 0.08 every area of 40 nodes or more was a region of its own).
     */
    private static final double CROSS_GROUP = 0.08;
    private int pinnedCount;
    private static final int PARALLEL_FROM = 2_000;
    private static final int CHUNKS = 16;
    private final QuadTree tree = new QuadTree();
    private final double k;
    private double theta = DEFAULT_THETA;
    private double temperature;
    /**
     * The strength of the pull toward the origin: a spring of this stiffness, which balances the repulsion when
     * the graph covers about {@code n k² / GRAVITY} square units, and keeps separate components close.
     */
    private static final double GRAVITY = 1.0;
    private double aspect = 1.0;
    private double cooling = 0.97;
    private int iterations;
    private int[] group;
    private double groupPull;
    private double[] groupX = new double[0];
    private double[] groupY = new double[0];
    private int[] groupSize = new int[0];

    /**
     * A layout of {@code n} nodes and the edges {@code from[e] -> to[e]}, started from random positions.
     *
     * @param idealEdgeLength the distance {@code k} the forces balance at
     * @param seed            seed of the initial positions
     * @throws IllegalArgumentException when an edge names a node outside 0..n-1 or the arrays differ in length
     */
    public ForceLayout(int n, int[] from, int[] to, double idealEdgeLength, long seed) {
        if (n < 0 || from.length != to.length) {
            throw new IllegalArgumentException("need n >= 0 and as many edge sources as targets");
        }
        for (int e = 0; e < from.length; e++) {
            if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " joins a node outside 0.." + (n - 1));
            }
        }
        if (!(idealEdgeLength > 0)) {
            throw new IllegalArgumentException("ideal edge length must be positive");
        }
        this.n = n;
        this.from = from.clone();
        this.to = to.clone();
        this.k = idealEdgeLength;
        this.x = new double[n];
        this.y = new double[n];
        this.dx = new double[n];
        this.dy = new double[n];
        this.pinned = new boolean[n];
        this.weight = new double[from.length];
        this.mass = new double[n];
        int[] degree = new int[n];
        for (int e = 0; e < from.length; e++) {
            degree[from[e]]++;
            degree[to[e]]++;
        }
        for (int e = 0; e < from.length; e++) {
            // hubs' edges pull less, so a hub does not collapse its hundreds of leaves onto itself
            weight[e] = 1.0 / Math.sqrt(Math.min(degree[from[e]], degree[to[e]]));
        }
        for (int i = 0; i < n; i++) {
            // degree-weighted repulsion (as in ForceAtlas2, softened): hubs push harder, which makes room
            // around them for their neighbours instead of a dense core
            mass[i] = Math.sqrt(degree[i] + 1);
        }
        Random random = new Random(seed);
        double spread = k * Math.sqrt(Math.max(n, 1));
        for (int i = 0; i < n; i++) {
            x[i] = (random.nextDouble() - 0.5) * spread;
            y[i] = (random.nextDouble() - 0.5) * spread;
        }
        this.temperature = spread / 10;
    }

    /** Sets the Barnes-Hut opening angle (0 is exact; larger is faster and coarser). */
    public synchronized ForceLayout theta(double value) {
        if (value < 0) {
            throw new IllegalArgumentException("theta must be >= 0");
        }
        theta = value;
        return this;
    }

    /**
     * Sets the width-to-height ratio the layout should fill (default 1): gravity pulls vertically harder by
     * this factor, so the layout spreads wider than tall and fills a landscape view instead of a disc in
     * its middle.
     */
    public synchronized ForceLayout aspect(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("aspect must be positive");
        }
        aspect = value;
        return this;
    }

    /**
     * Sets how much of the temperature each step keeps (default 0.97): closer to 1 cools slower, takes more
     * steps and untangles more.
     */
    public synchronized ForceLayout cooling(double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("cooling must be between 0 and 1");
        }
        cooling = value;
        return this;
    }

    /**
     * Pulls every node towards the centre of its group (its topic area) with a spring of stiffness
     * {@code strength} (gravity is 1), and weakens edges between groups, so each group gathers into one region
     * instead of spreading along its edges to other groups.
     *
     * @param groups each node's group, 0..g-1
     * @throws IllegalArgumentException when there is not one group per node
     */
    public synchronized ForceLayout groups(int[] groups, double strength) {
        if (groups.length != n) {
            throw new IllegalArgumentException("need one group per node, not " + groups.length + " for " + n);
        }
        int count = 0;
        for (int g : groups) {
            if (g < 0) {
                throw new IllegalArgumentException("groups are numbered from 0");
            }
            count = Math.max(count, g + 1);
        }
        group = groups.clone();
        groupPull = strength;
        for (int e = 0; e < from.length; e++) {
            if (groups[from[e]] != groups[to[e]]) {
                weight[e] *= CROSS_GROUP;
            }
        }
        groupX = new double[count];
        groupY = new double[count];
        groupSize = new int[count];
        return this;
    }

    /** Places node {@code i} (for initial positions from a previous layout); does not pin it. */
    public synchronized void place(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
    }

    /** Sets the temperature: the most a node may move in the next step. */
    public synchronized void heat(double value) {
        temperature = value;
    }

    /** The number of nodes. */
    public int size() {
        return n;
    }

    /** Steps taken so far. */
    public synchronized int iterations() {
        return iterations;
    }

    /** The current temperature (the most a node may move in the next step). */
    public synchronized double temperature() {
        return temperature;
    }

    /** True when the layout has cooled down to its floor (more steps change little), or every node is pinned. */
    public synchronized boolean settled() {
        return temperature <= k * 0.02 || pinnedCount == n;
    }

    /** Fixes node {@code i} at (px, py). */
    public synchronized void pin(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
        if (!pinned[i]) {
            pinned[i] = true;
            pinnedCount++;
        }
    }

    /** True when node {@code i} is pinned. */
    public synchronized boolean isPinned(int i) {
        return pinned[i];
    }

    /** Copies the positions into the arrays given (each at least {@link #size()} long). */
    public synchronized void copyPositions(double[] outX, double[] outY) {
        System.arraycopy(x, 0, outX, 0, n);
        System.arraycopy(y, 0, outY, 0, n);
    }

    /** One iteration with Barnes-Hut repulsion. */
    public synchronized void step() {
        Arrays.fill(dx, 0);
        Arrays.fill(dy, 0);
        tree.build(x, y, mass, n);
        double k2 = k * k;
        double theta2 = theta * theta;
        if (n >= PARALLEL_FROM) {
            // each node's force reads the finished tree only: the result does not depend on the split
            java.util.stream.IntStream.range(0, CHUNKS).parallel().forEach(c -> repulse(c * n / CHUNKS, (c + 1) * n / CHUNKS, theta2, k2));
        } else {
            repulse(0, n, theta2, k2);
        }
        finishStep();
    }

    private void repulse(int start, int end, double theta2, double k2) {
        double[] f = new double[2];
        int[] stack = new int[256];
        for (int i = start; i < end; i++) {
            f[0] = 0;
            f[1] = 0;
            stack = tree.repulsion(i, x[i], y[i], theta2, k2, f, stack);
            dx[i] = f[0] * mass[i];
            dy[i] = f[1] * mass[i];
        }
    }

    /** One iteration with exact all-pairs repulsion: the O(n²) baseline {@link #step()} approximates. */
    public synchronized void stepNaive() {
        Arrays.fill(dx, 0);
        Arrays.fill(dy, 0);
        double k2 = k * k;
        for (int i = 0; i < n; i++) {
            double fx = 0;
            double fy = 0;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double d2 = ddx * ddx + ddy * ddy;
                if (d2 < 1e-4) {
                    ddx = 0.01 * (i < j ? 1 : -1);
                    ddy = 0.01;
                    d2 = ddx * ddx + ddy * ddy;
                }
                fx += ddx * k2 * mass[j] / d2;
                fy += ddy * k2 * mass[j] / d2;
            }
            dx[i] = fx * mass[i];
            dy[i] = fy * mass[i];
        }
        finishStep();
    }

    private void finishStep() {
        if (group != null) {
            pullTowardsGroups();
        }
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            double ddx = x[a] - x[b];
            double ddy = y[a] - y[b];
            double d = Math.sqrt(ddx * ddx + ddy * ddy);
            double f = d * weight[e] / k; // (d^2 / k) * unit vector
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                continue;
            }
            double gx = dx[i] - GRAVITY * x[i];
            double gy = dy[i] - GRAVITY * aspect * y[i];
            double len = Math.sqrt(gx * gx + gy * gy);
            if (len > 0 && Double.isFinite(len)) {
                double move = Math.min(len, temperature);
                x[i] += gx / len * move;
                y[i] += gy / len * move;
            }
        }
        temperature = Math.max(k * 0.02, temperature * cooling);
        iterations++;
    }

    private void pullTowardsGroups() {
        Arrays.fill(groupX, 0);
        Arrays.fill(groupY, 0);
        Arrays.fill(groupSize, 0);
        for (int i = 0; i < n; i++) {
            groupX[group[i]] += x[i];
            groupY[group[i]] += y[i];
            groupSize[group[i]]++;
        }
        for (int i = 0; i < n; i++) {
            int g = group[i];
            dx[i] += groupPull * (groupX[g] / groupSize[g] - x[i]);
            dy[i] += groupPull * (groupY[g] / groupSize[g] - y[i]);
        }
    }

    /**
     * One step unless the layout has settled, in one go: two threads stepping the same layout this way stop at
     * the same state as one thread would.
     *
     * @return true when a step was taken
     */
    public synchronized boolean stepUnlessSettled() {
        if (settled()) {
            return false;
        }
        step();
        return true;
    }

    /** Runs {@code count} steps (or fewer, when the thread is interrupted). */
    public void run(int count) {
        for (int i = 0; i < count && !Thread.currentThread().isInterrupted(); i++) {
            step();
        }
    }
}
