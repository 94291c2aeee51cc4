package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A layered left-to-right layout for a prerequisite DAG (a Sugiyama layout, simplified): every edge
 * {@code from -> to} runs from a lower layer to a higher one, so what must be read first is on the left.
 *
 * <ol>
 *   <li>Layering by longest path: a node's layer is one more than its highest predecessor's (sources are 0).
 *       An edge that would close a cycle (possible in imported data) is ignored for layering.</li>
 *   <li>Crossing reduction by the barycentre heuristic: sweeps down and up the layers, ordering each layer by
 *       the mean position of its neighbours in the layer before, ties broken by the previous order.</li>
 *   <li>Coordinates: layer times {@code layerGap} across, position in layer times {@code rowGap} down, each
 *       layer centred vertically.</li>
 * </ol>
 * The result depends only on the input (no randomness).
 */
public final class LayeredLayout {
    private static final int SWEEPS = 12;

    private final int n;
    private final int[] from;
    private final int[] to;
    private final int[] layer;
    private final List<List<Integer>> layers = new ArrayList<>();

    /**
     * Computes layers and order for {@code n} nodes and edges {@code from[e] -> to[e]}.
     *
     * @throws IllegalArgumentException when an edge names a node outside 0..n-1
     */
    public LayeredLayout(int n, int[] from, int[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("need as many edge sources as targets");
        }
        for (int e = 0; e < from.length; e++) {
            if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
                throw new IllegalArgumentException("edge " + e + " joins a node outside 0.." + (n - 1));
            }
        }
        this.n = n;
        boolean[] back = backEdges(n, from, to);
        int kept = 0;
        for (boolean b : back) {
            kept += b ? 0 : 1;
        }
        this.from = new int[kept];
        this.to = new int[kept];
        for (int e = 0, j = 0; e < from.length; e++) {
            if (!back[e] && from[e] != to[e]) {
                this.from[j] = from[e];
                this.to[j++] = to[e];
            }
        }
        this.layer = longestPathLayers();
        order();
    }

    /** The layer of node {@code i} (0 is leftmost). */
    public int layer(int i) {
        return layer[i];
    }

    /** The number of layers. */
    public int layerCount() {
        return layers.size();
    }

    /** The nodes of each layer, top to bottom. */
    public List<List<Integer>> layers() {
        return layers.stream().map(List::copyOf).toList();
    }

    /** Edge crossings between adjacent layers in the current order (edges spanning layers are not counted). */
    public int crossings() {
        int[] pos = positions();
        int count = 0;
        for (int a = 0; a < from.length; a++) {
            for (int b = a + 1; b < from.length; b++) {
                if (layer[from[a]] == layer[from[b]] && layer[to[a]] == layer[to[b]]
                        && layer[to[a]] == layer[from[a]] + 1) {
                    long s = Integer.signum(pos[from[a]] - pos[from[b]]);
                    long t = Integer.signum(pos[to[a]] - pos[to[b]]);
                    if (s * t < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** X coordinates: {@code layer * layerGap}. */
    public double[] xs(double layerGap) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = layer[i] * layerGap;
        }
        return xs;
    }

    /** Y coordinates: position in layer times {@code rowGap}, each layer centred on 0. */
    public double[] ys(double rowGap) {
        double[] ys = new double[n];
        for (List<Integer> l : layers) {
            double top = -(l.size() - 1) * rowGap / 2;
            for (int p = 0; p < l.size(); p++) {
                ys[l.get(p)] = top + p * rowGap;
            }
        }
        return ys;
    }

    private int[] positions() {
        int[] pos = new int[n];
        for (List<Integer> l : layers) {
            for (int p = 0; p < l.size(); p++) {
                pos[l.get(p)] = p;
            }
        }
        return pos;
    }

    /** Marks edges that close a cycle in a depth-first search from nodes in index order. */
    private static boolean[] backEdges(int n, int[] from, int[] to) {
        List<List<Integer>> out = adjacency(n, from);
        boolean[] back = new boolean[from.length];
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        int[] next = new int[n];
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            if (state[s] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            state[s] = 1;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < out.get(v).size()) {
                    int e = out.get(v).get(next[v]++);
                    int w = to[e];
                    if (state[w] == 1) {
                        back[e] = true;
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack[top++] = w;
                    }
                } else {
                    state[v] = 2;
                    top--;
                }
            }
        }
        return back;
    }

    private static List<List<Integer>> adjacency(int n, int[] ends) {
        List<List<Integer>> adj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int e = 0; e < ends.length; e++) {
            adj.get(ends[e]).add(e);
        }
        return adj;
    }

    private int[] longestPathLayers() {
        int[] indegree = new int[n];
        for (int t : to) {
            indegree[t]++;
        }
        List<List<Integer>> out = adjacency(n, from);
        int[] result = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int e : out.get(v)) {
                int w = to[e];
                result[w] = Math.max(result[w], result[v] + 1);
                if (--indegree[w] == 0) {
                    queue[tail++] = w;
                }
            }
        }
        return result;
    }

    private void order() {
        int count = 0;
        for (int l : layer) {
            count = Math.max(count, l + 1);
        }
        for (int l = 0; l < count; l++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            layers.get(layer[i]).add(i);
        }
        List<List<Integer>> in = adjacency(n, to);
        List<List<Integer>> out = adjacency(n, from);
        List<List<Integer>> best = copy(layers);
        int bestCrossings = crossings();
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int l = down ? 1 : count - 2; down ? l < count : l >= 0; l += down ? 1 : -1) {
                reorder(layers.get(l), down ? in : out, down);
            }
            int c = crossings();
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(layers);
            }
        }
        layers.clear();
        layers.addAll(best);
    }

    private void reorder(List<Integer> nodes, List<List<Integer>> edgesOf, boolean useSources) {
        int[] pos = positions();
        double[] bary = new double[n];
        for (int v : nodes) {
            double sum = 0;
            int c = 0;
            for (int e : edgesOf.get(v)) {
                int other = useSources ? from[e] : to[e];
                // neighbours in any earlier (or later) layer count, scaled to that layer's height
                double size = layers.get(layer[other]).size();
                sum += (pos[other] + 0.5) / size;
                c++;
            }
            bary[v] = c == 0 ? (pos[v] + 0.5) / nodes.size() : sum / c;
        }
        int[] before = pos.clone();
        nodes.sort(Comparator.<Integer>comparingDouble(v -> bary[v]).thenComparingInt(v -> before[v]));
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        List<List<Integer>> c = new ArrayList<>();
        for (List<Integer> l : layers) {
            c.add(new ArrayList<>(l));
        }
        return c;
    }

    @Override
    public String toString() {
        return "LayeredLayout" + Arrays.toString(layer);
    }
}
