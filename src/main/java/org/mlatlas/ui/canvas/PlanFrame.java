package org.mlatlas.ui.canvas;

import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;

/**
 * Frames a plan scene in a view: the plan is laid out anew for the part of the view left free by the legend
 * (a column on the left), a caption on top and its outermost labels, then fitted there at no more than one
 * pixel per world unit, so a small plan keeps its spacing instead of being blown up.
 */
public final class PlanFrame {
    /** Room for a label above the top row or below the bottom row, and for half a label right of the target. */
    private static final double LABEL_ROOM = 56;
    private static final double RIGHT_ROOM = 90;

    private PlanFrame() {
    }

    /**
     * Lays out and fits {@code scene} (a plan scene) in a {@code width x height} view whose top {@code captionHeight}
     * pixels are taken.
     */
    public static void fit(GraphScene scene, Viewport viewport, double width, double height, double captionHeight) {
        double left = Math.min(Legend.WIDTH + 36, width * 0.2);
        double top = captionHeight + LABEL_ROOM;
        double right = Math.min(RIGHT_ROOM, width * 0.1);
        double bottom = LABEL_ROOM;
        scene.frame(width - left - right, height - top - bottom);
        viewport.fit(scene.xs(), scene.ys(), scene.graph().size(), width, height, left, top, right, bottom);
        if (viewport.scale() > 1) {
            viewport.zoomAt(left + (width - left - right) / 2, top + (height - top - bottom) / 2, 1 / viewport.scale());
        }
    }
}
