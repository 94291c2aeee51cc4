package org.mlatlas.layout;

/**
 * The map from world coordinates (where the layout puts nodes) to screen pixels: {@code screen = world *
 * scale + offset}. Zooming keeps the world point under the cursor fixed; fitting frames a bounding box.
 * Mutable, not thread-safe: the view owns it.
 */
public final class Viewport {
    /** The closest the view may zoom out. */
    public static final double MIN_SCALE = 0.02;
    /** The closest the view may zoom in. */
    public static final double MAX_SCALE = 8;

    private double scale = 1;
    private double offsetX;
    private double offsetY;

    /** The pixels per world unit. */
    public double scale() {
        return scale;
    }

    /** Screen x of world x. */
    public double toScreenX(double worldX) {
        return worldX * scale + offsetX;
    }

    /** Screen y of world y. */
    public double toScreenY(double worldY) {
        return worldY * scale + offsetY;
    }

    /** World x under screen x. */
    public double toWorldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    /** World y under screen y. */
    public double toWorldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Moves the view by a screen distance (a drag). */
    public void pan(double screenDx, double screenDy) {
        offsetX += screenDx;
        offsetY += screenDy;
    }

    /** Multiplies the scale by {@code factor}, keeping the world point under (screenX, screenY) in place. */
    public void zoomAt(double screenX, double screenY, double factor) {
        double wx = toWorldX(screenX);
        double wy = toWorldY(screenY);
        scale = clamp(scale * factor);
        offsetX = screenX - wx * scale;
        offsetY = screenY - wy * scale;
    }

    /** Puts world point (wx, wy) at the centre of a width x height view, keeping the scale. */
    public void centreOn(double wx, double wy, double width, double height) {
        offsetX = width / 2 - wx * scale;
        offsetY = height / 2 - wy * scale;
    }

    /**
     * Frames the world box [minX, maxX] x [minY, maxY] in a width x height view with a margin in pixels.
     * An empty or degenerate box is centred at scale 1.
     */
    public void fit(double minX, double minY, double maxX, double maxY, double width, double height, double margin) {
        double w = maxX - minX;
        double h = maxY - minY;
        if (!(w > 0) && !(h > 0)) {
            scale = 1;
        } else {
            double sx = w > 0 ? (width - 2 * margin) / w : Double.MAX_VALUE;
            double sy = h > 0 ? (height - 2 * margin) / h : Double.MAX_VALUE;
            scale = clamp(Math.min(Math.min(sx, sy), 1.5));
        }
        if (!Double.isFinite(minX)) {
            minX = maxX = minY = maxY = 0;
        }
        centreOn((minX + maxX) / 2, (minY + maxY) / 2, width, height);
    }

    /**
     * Fits the points {@code xs, ys} into the part of a width x height view left free by insets in pixels
     * (left, top, right, bottom): for a legend or a caption, or room for the labels right of the nodes.
     */
    public void fit(double[] xs, double[] ys, int n, double width, double height, double left, double top, double right,
                    double bottom) {
        fit(xs, ys, n, null, width - left - right, height - top - bottom, 0);
        pan(left, top);
    }

    /** Fits the points {@code xs, ys} (the first {@code n}, those with {@code include[i]}, or all when null). */
    public void fit(double[] xs, double[] ys, int n, boolean[] include, double width, double height, double margin) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (include == null || include[i]) {
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
        }
        fit(minX, minY, maxX, maxY, width, height, margin);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
