package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Crossing reduction for a {@link ProperGraph}: sweeps down and up the layers ordering each by the barycentre of
 * its neighbours in the layer just swept (ties keep the previous order), then swaps neighbouring nodes of a layer
 * while that removes crossings. Keeps the order with the fewest crossings seen. Deterministic.
 */
final class LayerOrdering {
    private static final int SWEEPS = 24;

    private final ProperGraph g;
    private final List<List<Integer>> layers = new ArrayList<>();
    private final int[] pos;

    LayerOrdering(ProperGraph g) {
        this.g = g;
        this.pos = new int[g.size];
        for (int l = 0; l < g.layers; l++) {
            layers.add(new ArrayList<>());
        }
        for (int v = 0; v < g.size; v++) {
            layers.get(g.layer[v]).add(v);
        }
        renumber();
    }

    /**
     * The order of every layer, top to bottom, with the fewest crossings found: sweeps from two starts (the
     * input order, and the order in which a depth-first search back from the sinks meets the nodes), each with
     * barycentres and with medians.
     */
    List<List<Integer>> order() {
        List<List<Integer>> start = copy(layers);
        List<List<Integer>> best = copy(layers);
        int bestCrossings = crossings(g, layers);
        for (int variant = 0; variant < 4 && bestCrossings > 0; variant++) {
            restore(variant < 2 ? start : depthFirstOrder());
            List<List<Integer>> found = sweep(variant % 2 == 1);
            int c = crossings(g, found);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = found;
            }
        }
        return best;
    }

    private void restore(List<List<Integer>> order) {
        for (int l = 0; l < g.layers; l++) {
            layers.get(l).clear();
            layers.get(l).addAll(order.get(l));
        }
        renumber();
    }

    /** Each layer in the order a depth-first search from the sinks, back along edges, first meets its nodes. */
    private List<List<Integer>> depthFirstOrder() {
        int[] seen = new int[g.size];
        java.util.Arrays.fill(seen, -1);
        int[] stack = new int[g.size];
        int time = 0;
        for (int s = g.size - 1; s >= 0; s--) {
            if (g.after[s].length > 0 || seen[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            while (top > 0) {
                int v = stack[--top];
                if (seen[v] >= 0) {
                    continue;
                }
                seen[v] = time++;
                for (int k = g.before[v].length - 1; k >= 0; k--) {
                    if (seen[g.before[v][k]] < 0) {
                        stack[top++] = g.before[v][k];
                    }
                }
            }
        }
        List<List<Integer>> order = copy(layers);
        for (List<Integer> l : order) {
            l.sort(Comparator.comparingInt(v -> seen[v]));
        }
        return order;
    }

    /** Sweeps down and up from the current order; returns the best order seen. */
    private List<List<Integer>> sweep(boolean median) {
        List<List<Integer>> best = copy(layers);
        int bestCrossings = crossings(g, layers);
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int i = 1; i < g.layers; i++) {
                int l = down ? i : g.layers - 1 - i;
                sortByPosition(layers.get(l), down ? g.before : g.after, median);
            }
            for (int l = 0; l < g.layers; l++) {
                transpose(layers.get(l));
            }
            int c = crossings(g, layers);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(layers);
            }
        }
        return best;
    }

    private void sortByPosition(List<Integer> nodes, int[][] neighbours, boolean median) {
        double[] bary = new double[g.size];
        for (int v : nodes) {
            // a node with no neighbours on that side keeps its place
            bary[v] = neighbours[v].length == 0 ? pos[v] : median ? median(neighbours[v]) : mean(neighbours[v]);
        }
        int[] previous = pos.clone();
        nodes.sort(Comparator.<Integer>comparingDouble(v -> bary[v]).thenComparingInt(v -> previous[v]));
        renumber(nodes);
    }

    private double mean(int[] nodes) {
        double sum = 0;
        for (int w : nodes) {
            sum += pos[w];
        }
        return sum / nodes.length;
    }

    private double median(int[] nodes) {
        int[] p = new int[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            p[k] = pos[nodes[k]];
        }
        java.util.Arrays.sort(p);
        return p.length % 2 == 1 ? p[p.length / 2] : (p[p.length / 2 - 1] + p[p.length / 2]) / 2.0;
    }

    /** Swaps neighbours of a layer while a swap lowers the crossings at that layer. */
    private void transpose(List<Integer> nodes) {
        boolean improved = true;
        for (int round = 0; improved && round < nodes.size(); round++) {
            improved = false;
            for (int p = 0; p + 1 < nodes.size(); p++) {
                int u = nodes.get(p);
                int v = nodes.get(p + 1);
                if (pairCrossings(v, u) < pairCrossings(u, v)) {
                    nodes.set(p, v);
                    nodes.set(p + 1, u);
                    pos[v] = p;
                    pos[u] = p + 1;
                    improved = true;
                }
            }
        }
    }

    /** Crossings between the edges of u and those of v when u is just above v, on both sides. */
    private int pairCrossings(int u, int v) {
        return inversions(g.before[u], g.before[v]) + inversions(g.after[u], g.after[v]);
    }

    private int inversions(int[] upper, int[] lower) {
        int count = 0;
        for (int a : upper) {
            for (int b : lower) {
                if (pos[a] > pos[b]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Crossings of {@code g}'s edges between adjacent layers, in the order {@code layers}. */
    static int crossings(ProperGraph g, List<List<Integer>> layers) {
        int[] pos = new int[g.size];
        for (List<Integer> l : layers) {
            for (int p = 0; p < l.size(); p++) {
                pos[l.get(p)] = p;
            }
        }
        int count = 0;
        for (List<Integer> l : layers) {
            List<int[]> segments = new ArrayList<>();
            for (int u : l) {
                for (int w : g.after[u]) {
                    segments.add(new int[] {pos[u], pos[w]});
                }
            }
            for (int a = 0; a < segments.size(); a++) {
                for (int b = a + 1; b < segments.size(); b++) {
                    long s = Integer.signum(segments.get(a)[0] - segments.get(b)[0]);
                    long t = Integer.signum(segments.get(a)[1] - segments.get(b)[1]);
                    if (s * t < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private void renumber() {
        for (List<Integer> l : layers) {
            renumber(l);
        }
    }

    private void renumber(List<Integer> nodes) {
        for (int p = 0; p < nodes.size(); p++) {
            pos[nodes.get(p)] = p;
        }
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        List<List<Integer>> c = new ArrayList<>();
        for (List<Integer> l : layers) {
            c.add(new ArrayList<>(l));
        }
        return c;
    }
}
