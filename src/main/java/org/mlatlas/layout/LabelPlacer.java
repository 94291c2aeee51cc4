package org.mlatlas.layout;

import java.util.BitSet;

/**
 * Level of detail for labels: places labels most important first and drops any whose box would overlap one
 * already placed, so a zoomed-out view shows the hubs' names and a zoomed-in one shows them all. Works in
 * screen pixels with a coarse grid, so placing thousands of labels stays fast.
 */
public final class LabelPlacer {
    private static final double CELL = 64;

    private final double width;
    private final double height;
    private final int cols;
    private final int rows;
    private final int[] head; // per grid cell: its first entry, or -1
    private int[] next = new int[256]; // per entry: the next entry of the same cell
    private int[] boxOf = new int[256]; // per entry: its box
    private int entries;
    private double[] boxes = new double[256]; // x, y, w, h per box
    private int boxCount;
    private int placed;

    /** A placer for a view of this size in pixels; labels outside it are never placed. */
    public LabelPlacer(double width, double height) {
        this.width = width;
        this.height = height;
        this.cols = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        this.head = new int[cols * rows];
        java.util.Arrays.fill(head, -1);
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
        double gap = 1;
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
        int c0 = col(x);
        int c1 = col(x + w);
        int r0 = row(y);
        int r1 = row(y + h);
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                for (int k = head[r * cols + c]; k >= 0; k = next[k]) {
                    int b = 4 * boxOf[k];
                    if (x < boxes[b] + boxes[b + 2] && boxes[b] < x + w && y < boxes[b + 1] + boxes[b + 3] && boxes[b + 1] < y + h) {
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
        if (4 * boxCount + 4 > boxes.length) {
            boxes = java.util.Arrays.copyOf(boxes, boxes.length * 2);
        }
        int box = boxCount++;
        boxes[4 * box] = x;
        boxes[4 * box + 1] = y;
        boxes[4 * box + 2] = w;
        boxes[4 * box + 3] = h;
        // cells are clamped to the grid: a box's part outside the view lands in the edge cells, which is
        // where any other box overlapping it also lands
        for (int c = col(x); c <= col(x + w); c++) {
            for (int r = row(y); r <= row(y + h); r++) {
                if (entries == next.length) {
                    next = java.util.Arrays.copyOf(next, entries * 2);
                    boxOf = java.util.Arrays.copyOf(boxOf, entries * 2);
                }
                next[entries] = head[r * cols + c];
                boxOf[entries] = box;
                head[r * cols + c] = entries++;
            }
        }
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
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
}
