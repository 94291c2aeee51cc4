package org.mlatlas.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Level of detail for labels: places labels most important first and drops any whose box would overlap one
 * already placed, so a zoomed-out view shows the hubs' names and a zoomed-in one shows them all. Works in
 * screen pixels with a coarse grid, so placing thousands of labels stays fast.
 */
public final class LabelPlacer {
    private static final double CELL = 64;

    private final double width;
    private final double height;
    private int placed;
    private final java.util.Map<Long, List<double[]>> grid = new java.util.HashMap<>();

    /** A placer for a view of this size in pixels; labels outside it are never placed. */
    public LabelPlacer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /**
     * Places the box [x, x+w] x [y, y+h] if it lies (at least partly) in the view and overlaps no placed box.
     *
     * @return true when placed
     */
    public boolean tryPlace(double x, double y, double w, double h) {
        if (x + w < 0 || y + h < 0 || x > width || y > height) {
            return false;
        }
        return place(x, y, w, h);
    }

    /**
     * Places a label of w x h next to a node of radius r at (cx, cy): right of it, else left, else above,
     * else below; only wholly inside the view and over no placed box.
     *
     * @param out receives the label box's top-left corner {x, y}
     * @return true when placed
     */
    public boolean placeNear(double cx, double cy, double r, double w, double h, double[] out) {
        double gap = 4;
        double[][] spots = {
            {cx + r + gap, cy - h / 2}, {cx - r - gap - w, cy - h / 2},
            {cx - w / 2, cy - r - 1 - h}, {cx - w / 2, cy + r + 1},
        };
        for (double[] p : spots) {
            if (p[0] >= 0 && p[1] >= 0 && p[0] + w <= width && p[1] + h <= height && place(p[0], p[1], w, h)) {
                out[0] = p[0];
                out[1] = p[1];
                return true;
            }
        }
        return false;
    }

    /** Marks a box (a node) that labels must not cover, without counting it as a label. */
    public void block(double x, double y, double w, double h) {
        if (x + w < 0 || y + h < 0 || x > width || y > height) {
            return;
        }
        add(x, y, w, h);
    }

    private boolean place(double x, double y, double w, double h) {
        int c0 = (int) Math.floor(x / CELL);
        int c1 = (int) Math.floor((x + w) / CELL);
        int r0 = (int) Math.floor(y / CELL);
        int r1 = (int) Math.floor((y + h) / CELL);
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                for (double[] b : grid.getOrDefault(key(c, r), List.of())) {
                    if (x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h) {
                        return false;
                    }
                }
            }
        }
        add(x, y, w, h);
        placed++;
        return true;
    }

    private void add(double x, double y, double w, double h) {
        int c0 = (int) Math.floor(x / CELL);
        int c1 = (int) Math.floor((x + w) / CELL);
        int r0 = (int) Math.floor(y / CELL);
        int r1 = (int) Math.floor((y + h) / CELL);
        double[] box = {x, y, w, h};
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                grid.computeIfAbsent(key(c, r), k -> new ArrayList<>()).add(box);
            }
        }
    }

    /** The number of labels placed. */
    public int count() {
        return placed;
    }

    /**
     * The order to try labels in: indices sorted by descending importance (ties by index), those with
     * {@code forced} set first.
     */
    public static int[] order(double[] importance, BitSet forced) {
        Integer[] idx = new Integer[importance.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> {
            boolean fa = forced != null && forced.get(a);
            boolean fb = forced != null && forced.get(b);
            if (fa != fb) {
                return fa ? -1 : 1;
            }
            int c = Double.compare(importance[b], importance[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private static long key(int c, int r) {
        return ((long) c << 32) ^ (r & 0xffffffffL);
    }
}
