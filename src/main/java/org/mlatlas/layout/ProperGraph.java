package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A layered DAG made proper: every edge joins adjacent layers, an edge that skips layers replaced by a chain
 * through one dummy point per layer it passes. Nodes 0..n-1 are the real ones, n.. the dummy points.
 */
final class ProperGraph {
    final int real;
    final int size;
    final int layers;
    /** The layer of every node, real or dummy. */
    final int[] layer;
    /** Neighbours in the layer before and in the layer after, per node. */
    final int[][] before;
    final int[][] after;
    /** For a dummy point: the real ends of its edge; -1 for a real node. */
    final int[] chainFrom;
    final int[] chainTo;

    ProperGraph(int n, int[] from, int[] to, int[] realLayer) {
        List<Integer> layerOf = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(); // pairs: chain source, chain target per dummy
        List<int[]> segments = new ArrayList<>();
        int maxLayer = -1;
        for (int i = 0; i < n; i++) {
            layerOf.add(realLayer[i]);
            maxLayer = Math.max(maxLayer, realLayer[i]);
        }
        for (int e = 0; e < from.length; e++) {
            int previous = from[e];
            for (int l = realLayer[from[e]] + 1; l < realLayer[to[e]]; l++) {
                int dummy = layerOf.size();
                layerOf.add(l);
                ends.add(from[e]);
                ends.add(to[e]);
                segments.add(new int[] {previous, dummy});
                previous = dummy;
            }
            segments.add(new int[] {previous, to[e]});
        }
        this.real = n;
        this.size = layerOf.size();
        this.layers = maxLayer + 1;
        this.layer = layerOf.stream().mapToInt(Integer::intValue).toArray();
        this.chainFrom = new int[size];
        this.chainTo = new int[size];
        for (int v = 0; v < size; v++) {
            chainFrom[v] = v < n ? -1 : ends.get(2 * (v - n));
            chainTo[v] = v < n ? -1 : ends.get(2 * (v - n) + 1);
        }
        this.before = neighbours(segments, 1, 0);
        this.after = neighbours(segments, 0, 1);
    }

    boolean isDummy(int v) {
        return v >= real;
    }

    private int[][] neighbours(List<int[]> segments, int self, int other) {
        int[] count = new int[size];
        for (int[] s : segments) {
            count[s[self]]++;
        }
        int[][] result = new int[size][];
        for (int v = 0; v < size; v++) {
            result[v] = new int[count[v]];
            count[v] = 0;
        }
        for (int[] s : segments) {
            result[s[self]][count[s[self]]++] = s[other];
        }
        return result;
    }
}
