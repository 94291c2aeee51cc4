package org.mlatlas.layout;

import java.util.List;

/**
 * Vertical positions for an ordered {@link ProperGraph}, in rows (one row is the gap between two real nodes):
 * alternately down and up the layers, every real node is pulled to the mean height of its neighbours and every
 * dummy point onto the straight line of its edge, and each layer is then moved as little as possible to keep its
 * order and its spacing ({@link #spaced}). A real node keeps a row from another, and room for its label above or
 * below it clear of a passing edge's dummy point.
 */
final class RowAssignment {
    private static final int ITERATIONS = 40;
    /** How many times a layer may be re-sorted to where its edges really pass. */
    private static final int ROUNDS = 8;
    /** Room above and below a real node's centre (its ring, and its label on either side), in rows. */
    private static final double REAL_ABOVE = 0.5;
    private static final double REAL_BELOW = 0.5;
    /** Room on either side of a dummy point (the edge passing), in rows. */
    private static final double DUMMY_HALF = 0.14;
    /**
     * How much more a dummy point holds its place on its edge's line than a real node its place: edges are drawn
     * straight, so a dummy point pushed off the line would leave the edge to cross whatever took its room.
     */
    private static final double DUMMY_WEIGHT = 1000;

    private final ProperGraph g;
    private final List<List<Integer>> layers;
    private final double[] y;

    RowAssignment(ProperGraph g, List<List<Integer>> layers) {
        this.g = g;
        this.layers = new java.util.ArrayList<>();
        for (List<Integer> layer : layers) {
            this.layers.add(new java.util.ArrayList<>(layer));
        }
        this.y = new double[g.size];
    }

    /**
     * Heights of all nodes (real and dummy), centred on 0. Edges are drawn straight, so where a long edge's line
     * passes a layer on the other side of a node than its dummy point was ordered, the layer is re-sorted to
     * match the line and the rows assigned again: the node then makes room on the side the edge really passes.
     */
    double[] rows() {
        for (List<Integer> layer : layers) {
            stack(layer);
        }
        settle();
        for (int round = 0; round < ROUNDS && sortByLines(); round++) {
            settle();
        }
        centre();
        return y;
    }

    /** Re-sorts each layer by height, a dummy point at its edge's line; true when an order changed. */
    private boolean sortByLines() {
        boolean changed = false;
        for (List<Integer> layer : layers) {
            double[] at = new double[g.size];
            for (int v : layer) {
                at[v] = g.isDummy(v) ? desired(v) : y[v];
            }
            List<Integer> before = new java.util.ArrayList<>(layer);
            layer.sort(java.util.Comparator.comparingDouble(v -> at[v]));
            changed |= !before.equals(layer);
        }
        return changed;
    }

    private void settle() {
        for (int it = 0; it < ITERATIONS; it++) {
            boolean down = it % 2 == 0;
            for (int i = 0; i < layers.size(); i++) {
                List<Integer> layer = layers.get(down ? i : layers.size() - 1 - i);
                double[] desired = new double[layer.size()];
                for (int p = 0; p < layer.size(); p++) {
                    desired[p] = desired(layer.get(p));
                }
                double[] placed = spaced(desired, gaps(layer), weights(layer));
                for (int p = 0; p < layer.size(); p++) {
                    y[layer.get(p)] = placed[p];
                }
            }
        }
    }

    /** Where a node would like to be: a dummy on its edge's line, a real node at its neighbours' mean height. */
    private double desired(int v) {
        if (g.isDummy(v)) {
            int a = g.chainFrom[v];
            int b = g.chainTo[v];
            double t = (double) (g.layer[v] - g.layer[a]) / (g.layer[b] - g.layer[a]);
            return y[a] + t * (y[b] - y[a]);
        }
        int count = g.before[v].length + g.after[v].length;
        if (count == 0) {
            return y[v];
        }
        double sum = 0;
        for (int w : g.before[v]) {
            sum += y[w];
        }
        for (int w : g.after[v]) {
            sum += y[w];
        }
        return sum / count;
    }

    /** How strongly each node of a layer holds its desired place: a dummy point much more (its edge is straight). */
    private double[] weights(List<Integer> layer) {
        double[] weights = new double[layer.size()];
        for (int p = 0; p < layer.size(); p++) {
            weights[p] = g.isDummy(layer.get(p)) ? DUMMY_WEIGHT : 1;
        }
        return weights;
    }

    /** The least spacing between each node of a layer and the one above it (0 for the first). */
    private double[] gaps(List<Integer> layer) {
        double[] gaps = new double[layer.size()];
        for (int p = 1; p < layer.size(); p++) {
            gaps[p] = below(layer.get(p - 1)) + above(layer.get(p));
        }
        return gaps;
    }

    private double above(int v) {
        return g.isDummy(v) ? DUMMY_HALF : REAL_ABOVE;
    }

    private double below(int v) {
        return g.isDummy(v) ? DUMMY_HALF : REAL_BELOW;
    }

    private void stack(List<Integer> layer) {
        double[] gaps = gaps(layer);
        double at = 0;
        for (int p = 0; p < layer.size(); p++) {
            at += gaps[p];
            y[layer.get(p)] = at;
        }
        for (int v : layer) {
            y[v] -= at / 2;
        }
    }

    /** {@link #spaced(double[], double[], double[])} with every weight 1. */
    static double[] spaced(double[] desired, double[] gaps) {
        double[] ones = new double[desired.length];
        java.util.Arrays.fill(ones, 1);
        return spaced(desired, gaps, ones);
    }

    /**
     * The positions closest (least squares, weighted) to {@code desired} that keep the order and at least
     * {@code gaps[p]} between positions p-1 and p: pool-adjacent-violators on the positions less their cumulative
     * gaps.
     */
    static double[] spaced(double[] desired, double[] gaps, double[] weights) {
        int m = desired.length;
        double[] offset = new double[m];
        for (int p = 1; p < m; p++) {
            offset[p] = offset[p - 1] + gaps[p];
        }
        double[] blockSum = new double[m]; // weighted sum of (desired - offset) over the block
        double[] blockWeight = new double[m];
        int[] blockSize = new int[m];
        int blocks = 0;
        for (int p = 0; p < m; p++) {
            blockSum[blocks] = weights[p] * (desired[p] - offset[p]);
            blockWeight[blocks] = weights[p];
            blockSize[blocks] = 1;
            blocks++;
            while (blocks > 1 && blockSum[blocks - 2] / blockWeight[blocks - 2] > blockSum[blocks - 1] / blockWeight[blocks - 1]) {
                blockSum[blocks - 2] += blockSum[blocks - 1];
                blockWeight[blocks - 2] += blockWeight[blocks - 1];
                blockSize[blocks - 2] += blockSize[blocks - 1];
                blocks--;
            }
        }
        double[] result = new double[m];
        for (int b = 0, p = 0; b < blocks; b++) {
            double mean = blockSum[b] / blockWeight[b];
            for (int k = 0; k < blockSize[b]; k++, p++) {
                result[p] = mean + offset[p];
            }
        }
        return result;
    }

    private void centre() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < g.real; v++) {
            min = Math.min(min, y[v]);
            max = Math.max(max, y[v]);
        }
        double mid = g.real == 0 ? 0 : (min + max) / 2;
        for (int v = 0; v < g.size; v++) {
            y[v] -= mid;
        }
    }
}
