package org.mlatlas.ui.canvas;

import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;

/**
 * Frames a force scene (the whole graph or a local view) in a view without putting any node under the legend in
 * the top-left corner: the graph goes either beside the legend (a column on the left left free) or below it (a
 * band on top left free), whichever shows it larger. Narrow windows get the band, wide ones the column.
 */
public final class GraphFrame {
    private static final double MARGIN = 30;
    /** How far from the left edge a framing that keeps clear of the legend starts. */
    public static final double LEGEND_CLEARANCE = Legend.WIDTH + 2 * MARGIN;

    private GraphFrame() {
    }

    /**
     * Fits {@code scene} into a {@code width x height} view whose top {@code captionHeight} pixels are taken, with
     * {@code rightRoom} pixels kept on the right for the labels of the outermost nodes.
     */
    public static void fit(GraphScene scene, Viewport viewport, double width, double height, double captionHeight,
                           double rightRoom) {
        double top = Math.max(MARGIN, captionHeight);
        double besideLeft = Legend.WIDTH + 2 * MARGIN;
        double belowTop = Math.max(top, Legend.HEIGHT + 2 * MARGIN);
        viewport.fit(scene.xs(), scene.ys(), scene.graph().size(), width, height, MARGIN, belowTop, rightRoom, MARGIN);
        double below = viewport.scale();
        viewport.fit(scene.xs(), scene.ys(), scene.graph().size(), width, height, besideLeft, top, rightRoom, MARGIN);
        if (below > viewport.scale()) {
            viewport.fit(scene.xs(), scene.ys(), scene.graph().size(), width, height, MARGIN, belowTop, rightRoom, MARGIN);
        }
    }
}
