package org.mlatlas.ui.canvas;

import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;

/**
 * Frames a plan scene in a view. Four framings are tried: the whole view when the plan leaves the legend's corner
 * empty there (centred, or pushed to the bottom right), else beside the legend (a column on the left kept free) or
 * below it (a band on top kept free). In
 * each the scene picks, of its layouts, the one that fits best, fitted at no more than one pixel per world unit (so
 * labels keep their measured size and a small plan its spacing); the framing that shows the plan largest wins.
 * Picks and fits only (the layouts were made in the background), so it is cheap enough for the UI thread.
 */
public final class PlanFrame {
    /** Room around the plan, in pixels. */
    private static final double MARGIN = 12;
    /** The legend's corner, with room around it. */
    private static final double LEGEND_RIGHT = Legend.WIDTH + 2 * MARGIN;
    private static final double LEGEND_BOTTOM = Legend.HEIGHT + 2 * MARGIN;

    private PlanFrame() {
    }

    /**
     * Fits {@code scene} (a plan scene) in a {@code width x height} view whose top {@code captionHeight} pixels are
     * taken.
     */
    public static void fit(GraphScene scene, Viewport viewport, double width, double height, double captionHeight) {
        double top = captionHeight + MARGIN;
        double[][] framings = { // left, top, 1 to push the plan to the bottom right of the space
            {MARGIN, top, 0}, {MARGIN, top, 1}, {Math.min(LEGEND_RIGHT, width * 0.25), top, 0},
            {MARGIN, Math.max(top, LEGEND_BOTTOM), 0},
        };
        int best = -1;
        double bestScale = 0;
        for (int k = 0; k < framings.length; k++) {
            double scale = place(scene, viewport, width, height, framings[k]);
            boolean clear = k > 1 || !underLegend(scene, viewport);
            if (clear && scale > bestScale + 1e-9) {
                best = k;
                bestScale = scale;
            }
        }
        place(scene, viewport, width, height, framings[best]);
    }

    /** Fits the scene into the view right of {@code framing[0]} and below {@code framing[1]}; returns the scale. */
    private static double place(GraphScene scene, Viewport viewport, double width, double height, double[] framing) {
        double left = framing[0];
        double top = framing[1];
        double free = Math.max(1, width - left - MARGIN);
        double freeHeight = Math.max(1, height - top - MARGIN);
        scene.frame(free, freeHeight);
        double[] b = scene.planBounds();
        viewport.fit(b[0], b[1], b[2], b[3], free, freeHeight, 0);
        if (viewport.scale() > 1) {
            viewport.zoomAt(free / 2, freeHeight / 2, 1 / viewport.scale());
        }
        viewport.pan(left, top);
        if (framing[2] == 1) {
            viewport.pan(left + free - viewport.toScreenX(b[2]), top + freeHeight - viewport.toScreenY(b[3]));
        }
        return viewport.scale();
    }

    /** True when part of the plan, as fitted, lies under the legend. */
    private static boolean underLegend(GraphScene scene, Viewport viewport) {
        return scene.planTouches(viewport.toWorldX(0), viewport.toWorldY(0), viewport.toWorldX(LEGEND_RIGHT),
                viewport.toWorldY(LEGEND_BOTTOM));
    }
}
