package org.mlatlas.layout;

/**
 * A plan laid out: node centres, label boxes and every edge as a polyline, in world units with the drawing's
 * top-left corner at (0, 0). An edge's polyline runs from its source's rim to its target's rim (curves already
 * flattened), so the canvas draws it as it is and puts the arrowhead on its last segment.
 *
 * @param x       node centres, x
 * @param y       node centres, y
 * @param labels  per node the label box {left, top, width, height}
 * @param edges   per edge the polyline {x0, y0, x1, y1, ...}; null for an edge that is not drawn (a self-loop)
 * @param width   the drawing's width (nodes, labels and edges)
 * @param height  the drawing's height
 */
public record PlanDrawing(double[] x, double[] y, double[][] labels, double[][] edges, double width, double height) {

    /** The number of nodes. */
    public int size() {
        return x.length;
    }

    /**
     * The scale at which the drawing fits a {@code frameWidth x frameHeight} frame, at most {@code max} (a small
     * plan is not blown up).
     */
    public double fitScale(double frameWidth, double frameHeight, double max) {
        return Math.min(max, Math.min(frameWidth / Math.max(1, width), frameHeight / Math.max(1, height)));
    }
}
