package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A layered left-to-right layout for a prerequisite DAG (a Sugiyama layout): every edge {@code from -> to} runs
 * from a lower layer to a higher one, so what must be read first is on the left.
 *
 * <ol>
 *   <li>Layering by longest path, then shortened edges: a node with more edges out than in moves right as far as
 *       its successors allow (a source sits just before what needs it), one with more in than out moves left.
 *       An edge that would close a cycle (possible in imported data) is ignored.</li>
 *   <li>Edges that skip layers get a dummy point in every layer they pass, so crossing reduction and row
 *       assignment keep room for them: a long edge passes between nodes, not through them.</li>
 *   <li>Crossing reduction: barycentre sweeps down and up the layers, each followed by swaps of neighbours that
 *       remove crossings; the order with the fewest crossings is kept ({@link LayerOrdering}).</li>
 *   <li>Rows: each node is drawn towards its neighbours' height and each dummy point onto the straight line of its
 *       edge, keeping nodes a row apart ({@link RowAssignment}); {@link #place} scales rows and layers to a frame.</li>
 * </ol>
 * The result depends only on the input (no randomness).
 */
public final class LayeredLayout {
    /** The closest two layers are put by {@link #place} (room for a label about 140 wide between them). */
    public static final double MIN_LAYER_GAP = 160;
    /** The farthest two layers are put by {@link #place} (a small plan stays compact). */
    public static final double MAX_LAYER_GAP = 300;
    /** The closest two nodes of a layer are put by {@link #place} (a node and a label of up to three lines). */
    public static final double MIN_ROW_GAP = 90;
    /** The farthest two nodes of a layer are put by {@link #place}. */
    public static final double MAX_ROW_GAP = 170;

    private final int n;
    private final int[] from;
    private final int[] to;
    private final int[] layer;
    private final ProperGraph proper;
    private final List<List<Integer>> order;
    /** Each node's row in units of the row gap: fixed by the order, so computed once, not per frame. */
    private final double[] unitRows;

    /** Node positions in a frame: x and y per node and the gaps used. */
    public record Placement(double[] xs, double[] ys, double layerGap, double rowGap) {
    }

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
        for (int e = 0; e < from.length; e++) {
            kept += back[e] || from[e] == to[e] ? 0 : 1;
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
        shortenEdges();
        dropEmptyLayers();
        this.proper = new ProperGraph(n, this.from, this.to, layer);
        this.order = new LayerOrdering(proper).order();
        this.unitRows = new RowAssignment(proper, order).rows();
    }

    /** The layer of node {@code i} (0 is leftmost). */
    public int layer(int i) {
        return layer[i];
    }

    /** The number of layers. */
    public int layerCount() {
        return order.size();
    }

    /** The nodes of each layer, top to bottom (dummy points of long edges left out). */
    public List<List<Integer>> layers() {
        return order.stream().map(l -> l.stream().filter(v -> v < n).toList()).toList();
    }

    /**
     * Edge crossings in the current order, counted between adjacent layers; an edge spanning several layers is
     * followed through its dummy points, so it counts too.
     */
    public int crossings() {
        return LayerOrdering.crossings(proper, order);
    }

    /** X coordinates: {@code layer * layerGap}. */
    public double[] xs(double layerGap) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = layer[i] * layerGap;
        }
        return xs;
    }

    /**
     * Y coordinates with nodes of a layer at least {@code rowGap} apart (less next to a dummy point), each node
     * near its neighbours' height, centred on 0.
     */
    public double[] ys(double rowGap) {
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = unitRows[i] * rowGap;
        }
        return ys;
    }

    /**
     * Positions that fill a frame of {@code width x height} world units (pixels at scale 1): layers spread across
     * the width and rows down the height, within {@link #MIN_LAYER_GAP}..{@link #MAX_LAYER_GAP} and
     * {@link #MIN_ROW_GAP}..{@link #MAX_ROW_GAP}. When the layers need more than the width, the height grows in
     * proportion (and when the rows need more than the height, the width), so the drawing keeps the frame's aspect
     * and fills it once fitted.
     */
    public Placement place(double width, double height) {
        int gaps = Math.max(1, layerCount() - 1);
        double layerGap = clamp(width / gaps, MIN_LAYER_GAP, MAX_LAYER_GAP);
        double targetHeight = height * Math.max(1, gaps * layerGap / width);
        double extent = extent(unitRows, n);
        double rowGap = extent > 0 ? clamp(targetHeight / extent, MIN_ROW_GAP, MAX_ROW_GAP) : MIN_ROW_GAP;
        if (extent * rowGap > targetHeight) { // too many rows for the frame: widen to its aspect, labels gain room
            layerGap = clamp(extent * rowGap * width / height / gaps, layerGap, MAX_LAYER_GAP);
        }
        return new Placement(xs(layerGap), ys(rowGap), layerGap, rowGap);
    }

    /** The spread (largest minus smallest) of the first {@code count} values; 0 when there are none. */
    static double extent(double[] values, int count) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        return count == 0 ? 0 : max - min;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
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

    static List<List<Integer>> adjacency(int n, int[] ends) {
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

    /**
     * Shortens edges (a step towards the total edge length that network-simplex layering minimises): a node with
     * more edges out than in moves to the layer just before its nearest successor, one with more in than out to
     * the layer just after its farthest predecessor; repeated until nothing moves. Isolated nodes stay.
     */
    private void shortenEdges() {
        List<List<Integer>> in = adjacency(n, to);
        List<List<Integer>> out = adjacency(n, from);
        for (int pass = 0; pass < 4 * n + 4; pass++) {
            boolean moved = false;
            for (int v = 0; v < n; v++) {
                int balance = out.get(v).size() - in.get(v).size();
                if (balance == 0) {
                    continue;
                }
                int target = balance > 0 ? nearestSuccessorLayer(v, out) - 1 : farthestPredecessorLayer(v, in) + 1;
                if (target != layer[v] && (balance > 0 ? target > layer[v] : target < layer[v])) {
                    layer[v] = target;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /** Renumbers layers so none is empty (moving nodes may have emptied one). */
    private void dropEmptyLayers() {
        int max = -1;
        for (int l : layer) {
            max = Math.max(max, l);
        }
        int[] renumber = new int[max + 1];
        for (int l : layer) {
            renumber[l] = 1;
        }
        for (int l = 0, next = 0; l <= max; l++) {
            renumber[l] = renumber[l] == 1 ? next++ : -1;
        }
        for (int i = 0; i < n; i++) {
            layer[i] = renumber[layer[i]];
        }
    }

    private int nearestSuccessorLayer(int v, List<List<Integer>> out) {
        int min = Integer.MAX_VALUE;
        for (int e : out.get(v)) {
            min = Math.min(min, layer[to[e]]);
        }
        return min;
    }

    private int farthestPredecessorLayer(int v, List<List<Integer>> in) {
        int max = -1;
        for (int e : in.get(v)) {
            max = Math.max(max, layer[from[e]]);
        }
        return max;
    }

    @Override
    public String toString() {
        return "LayeredLayout" + Arrays.toString(layer);
    }
}
