package org.mlatlas.ui.canvas;

/**
 * Culling and level-of-detail decisions of the graph view, in screen pixels. Pure functions (no toolkit), so
 * they are unit-tested on their own.
 */
public final class Lod {
    /** The smallest arrowhead, in pixels from tip to base. */
    public static final double MIN_ARROW = 5;
    /** The arrowhead of a hovered or selected node's edges. */
    public static final double FOCUS_ARROW = 9;

    private Lod() {
    }

    /**
     * Clips the segment (x0, y0)-(x1, y1) to the rectangle [minX, maxX] x [minY, maxY] (Liang-Barsky).
     *
     * @param t receives the parameters {t0, t1} (0..1 along the segment) of the visible part
     * @return false when no part is inside
     */
    public static boolean clip(double x0, double y0, double x1, double y1, double minX, double minY, double maxX,
                               double maxY, double[] t) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t0 = 0;
        double t1 = 1;
        // each side: p is the rate the segment leaves through it, q how far inside the start is
        for (int side = 0; side < 4; side++) {
            double p = side == 0 ? -dx : side == 1 ? dx : side == 2 ? -dy : dy;
            double q = side == 0 ? x0 - minX : side == 1 ? maxX - x0 : side == 2 ? y0 - minY : maxY - y0;
            if (p == 0) {
                if (q < 0) {
                    return false;
                }
            } else if (p < 0) {
                t0 = Math.max(t0, q / p);
            } else {
                t1 = Math.min(t1, q / p);
            }
        }
        if (t0 > t1) {
            return false;
        }
        t[0] = t0;
        t[1] = t1;
        return true;
    }

    /** True when a node of radius r at (x, y) overlaps the view [0, w] x [0, h] (with a margin for rings). */
    public static boolean nodeVisible(double x, double y, double r, double w, double h) {
        double m = r + 8;
        return x + m >= 0 && y + m >= 0 && x - m <= w && y - m <= h;
    }

    /**
     * True when the segment lies entirely on one side outside the view [0, w] x [0, h]: a cheap test before
     * clipping.
     */
    public static boolean outside(double x0, double y0, double x1, double y1, double w, double h) {
        return (x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 > w && x1 > w) || (y0 > h && y1 > h);
    }

    /** The arrowhead length (tip to base) for the view's zoom scale: smaller zoomed out, never below {@link #MIN_ARROW}. */
    public static double arrowSize(double scale) {
        return Math.max(MIN_ARROW, Math.min(8, 8 * Math.sqrt(Math.max(scale, 0))));
    }

    /**
     * True when an edge whose visible part (between the two nodes' rims) is {@code visibleLength} pixels long
     * gets an arrowhead of {@code arrowSize}: the head must leave some of the line visible, or the edge is too
     * short to tell its direction at this zoom anyway.
     */
    public static boolean drawArrow(double visibleLength, double arrowSize) {
        return visibleLength >= arrowSize * 1.5;
    }

    /**
     * Edge opacity from how much of the view edges cover: {@code ink} is the sum of visible edge lengths times
     * their widths over the view's area. Sparse views get strong edges; dense ones fainter edges so that the
     * nodes and the structure stay readable instead of a grey mat.
     */
    public static double edgeAlpha(double ink) {
        if (!(ink > 0)) {
            return 0.85;
        }
        return Math.max(0.22, Math.min(0.85, Math.sqrt(0.015 / ink)));
    }
}
