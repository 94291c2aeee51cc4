package org.mlatlas.ui.canvas;

import java.util.BitSet;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.layout.LabelPlacer;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Draws a {@link GraphScene} on a canvas's {@link GraphicsContext}: edges (every one with its kind's style and an
 * arrowhead) and nodes with their state rings rasterised antialiased into one image ({@link PixelLayer}), then
 * labels as text with level of detail ({@link Labels}, {@link LabelPlacer}), and the legend. Must run on the FX
 * thread. Keeps its work arrays between frames, so a frame allocates next to nothing.
 */
public final class GraphRenderer {
    private final PixelLayer pixels = new PixelLayer();
    private final Labels labels = new Labels();
    private final RegionLabels regionLabels = new RegionLabels();
    private double[] sx = new double[0];
    private double[] sy = new double[0];
    private double[] r = new double[0];
    /** The last full frame of a graph view: what it showed and how, so a pan or zoom can move its image. */
    private GraphScene lastScene;
    private Highlight lastHighlight;
    private double lastWidth;
    private double lastHeight;
    private double lastPixelScale;
    private double lastScale;
    private double lastOriginX; // the world point at the frame's top-left corner
    private double lastOriginY;
    /** The last full frame's node positions and radii moved to a pan or zoom's view (its marks are drawn there). */
    private double[] mx = new double[0];
    private double[] my = new double[0];
    private double[] mr = new double[0];
    /** The marks on screen in the last frame, each with a row in its legend. */
    private List<Legend.Mark> legendMarks = List.of();

    /** Draws a full frame of {@code width x height} pixels, one image pixel per canvas pixel. */
    public void draw(GraphicsContext gc, double width, double height, GraphScene scene, Viewport vp, Highlight hl) {
        draw(gc, width, height, scene, vp, hl, 1);
    }

    /**
     * Draws a full frame of {@code width x height} canvas pixels; edges and nodes are rasterised at
     * {@code pixelScale} image pixels per canvas pixel (the screen's output scale, so HiDPI stays sharp).
     */
    public void draw(GraphicsContext gc, double width, double height, GraphScene scene, Viewport vp, Highlight hl,
                     double pixelScale) {
        if (scene == null) {
            lastScene = null;
            gc.setFill(Style.BACKGROUND);
            gc.fillRect(0, 0, width, height);
            Legend.draw(gc);
            legendMarks = List.of();
            return;
        }
        VisualGraph g = scene.graph();
        if (sx.length < g.size()) {
            sx = new double[g.size()];
            sy = new double[g.size()];
            r = new double[g.size()];
        }
        double[] wx = scene.xs();
        double[] wy = scene.ys();
        for (int i = 0; i < g.size(); i++) {
            sx[i] = vp.toScreenX(wx[i]);
            sy[i] = vp.toScreenY(wy[i]);
            r[i] = scene.isPlan() ? planRadius(vp.scale()) : Style.radius(g.importance(i), vp.scale());
        }
        // with a path or a refused cycle on show, only the hovered node's edges stand out besides it
        int focus = hl.hovered() >= 0 ? hl.hovered() : hl.marks().fadesOthers() ? -1 : hl.selected();
        // hovering fades what is not next to the hovered node, a path on show what is not on it; a selection only
        // emphasises its own edges
        BitSet near = hl.hovered() >= 0 ? g.neighbours(hl.hovered()) : hl.marks().fadesOthers() ? hl.marks().pathNodes() : null;
        pixels.draw(gc, new PixelLayer.Frame(g, sx, sy, r, width, height, pixelScale, vp.scale(), scene.isPlan(),
                near, focus, hl, scene.isPlan() ? screenPaths(scene.planEdges(), vp) : null));
        MarksLayer.draw(gc, g, sx, sy, r, hl.marks());
        legendMarks = Legend.onScreen(hl.marks(), sx, sy, width, height);
        double legendHeight = Legend.height(legendMarks);
        if (scene.isPlan()) {
            labels.drawPlan(gc, scene, vp);
        } else {
            labels.avoid(regionLabels.draw(gc, g, sx, sy, width, height, legendHeight));
            labels.draw(gc, g, sx, sy, r, width, height, legendHeight, near, hl);
        }
        if (hl.linkFrom() >= 0 && hl.linkFrom() < g.size()) {
            gc.setStroke(Style.IN_PLAN);
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeLine(sx[hl.linkFrom()], sy[hl.linkFrom()], hl.linkToX(), hl.linkToY());
            gc.setLineDashes((double[]) null);
        }
        Legend.draw(gc, g.nodeKinds(), g.relationKinds(), legendMarks);
        boolean reusable = !scene.isPlan() && hl.linkFrom() < 0;
        lastScene = reusable ? scene : null;
        lastHighlight = hl;
        lastWidth = width;
        lastHeight = height;
        lastPixelScale = pixelScale;
        lastScale = vp.scale();
        lastOriginX = vp.toWorldX(0);
        lastOriginY = vp.toWorldY(0);
    }

    /**
     * Draws a frame of a pan or zoom in progress from the last full frame, as Cytoscape.js's {@code
     * textureOnViewport} does: the edge and node image moved and scaled to the new view, the marks (a path, a
     * refused cycle, a flash, search matches), the labels and region names moved with it, nothing rasterised or
     * placed anew. The view redraws in full (crisp) when the gesture pauses. Returns false, drawing nothing, when
     * the last full frame cannot stand in: another scene or emphasis ({@code hl}: selection, hover, plan, marks),
     * a plan, a resized canvas or screen scale.
     */
    public boolean drawMoved(GraphicsContext gc, double width, double height, GraphScene scene, Viewport vp,
                             Highlight hl, double pixelScale) {
        if (scene == null || scene != lastScene || width != lastWidth || height != lastHeight
                || pixelScale != lastPixelScale || !sameEmphasis(hl, lastHighlight)) {
            return false;
        }
        double k = vp.scale() / lastScale;
        double dx = vp.toScreenX(lastOriginX);
        double dy = vp.toScreenY(lastOriginY);
        pixels.drawMoved(gc, width, height, dx, dy, k, width, height);
        VisualGraph g = scene.graph();
        if (mx.length < g.size()) {
            mx = new double[g.size()];
            my = new double[g.size()];
            mr = new double[g.size()];
        }
        for (int i = 0; i < g.size(); i++) { // sx, sy and r still hold the last full frame's
            mx[i] = k * sx[i] + dx;
            my[i] = k * sy[i] + dy;
            mr[i] = k * r[i];
        }
        MarksLayer.draw(gc, g, mx, my, mr, hl.marks());
        regionLabels.replay(gc, k, dx, dy);
        labels.replay(gc, k, dx, dy);
        legendMarks = Legend.onScreen(hl.marks(), mx, my, width, height);
        Legend.draw(gc, g.nodeKinds(), g.relationKinds(), legendMarks);
        return true;
    }

    /** True when two frames emphasise the same nodes and edges (where a drag's line ends aside). */
    private static boolean sameEmphasis(Highlight a, Highlight b) {
        return b != null && a.selected() == b.selected() && a.hovered() == b.hovered() && a.linkFrom() == b.linkFrom()
                && a.inPlan().equals(b.inPlan()) && a.marks().equals(b.marks());
    }

    /** The graph view's labels of the last frame: {x, y, width, height, node index} each (tests). */
    java.util.List<double[]> lastLabels() {
        return labels.drawn();
    }

    /** The marks the last frame's legend has a row for (tests). */
    List<Legend.Mark> lastLegendMarks() {
        return legendMarks;
    }

    /** A plan node's radius in pixels: 9 at scale 1 and above, smaller with the rest of the plan when zoomed out. */
    public static double planRadius(double scale) {
        return 9 * Math.min(1, scale);
    }

    /** A plan's routed edges in screen pixels. */
    private static double[][] screenPaths(double[][] world, Viewport vp) {
        double[][] screen = new double[world.length][];
        for (int e = 0; e < world.length; e++) {
            double[] p = world[e];
            if (p != null) {
                screen[e] = new double[p.length];
                for (int k = 0; k < p.length; k += 2) {
                    screen[e][k] = vp.toScreenX(p[k]);
                    screen[e][k + 1] = vp.toScreenY(p[k + 1]);
                }
            }
        }
        return screen;
    }

    /** Adds a node's outline to the current path: circle, square or diamond. */
    static void shape(GraphicsContext gc, NodeKind kind, double x, double y, double r) {
        switch (kind) {
            case CONCEPT -> {
                gc.moveTo(x + r, y);
                gc.arc(x, y, r, r, 0, 360);
                gc.closePath();
            }
            case PAPER -> {
                double s = r * 0.9;
                gc.rect(x - s, y - s, 2 * s, 2 * s);
            }
            case RESOURCE -> {
                double s = r * 1.2;
                gc.moveTo(x, y - s);
                gc.lineTo(x + s, y);
                gc.lineTo(x, y + s);
                gc.lineTo(x - s, y);
                gc.closePath();
            }
        }
    }

}
