package org.mlatlas.ui.canvas;

import java.util.BitSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Draws {@link Marks} over the frame's edges and nodes, as vector strokes (they are few): a reload's new edges
 * and nodes under a yellow glow, the paths of a connection bold in their kind's style with their nodes ringed,
 * a refused cycle in red with the refused edge dashed, and a ring around every search match.
 */
final class MarksLayer {
    /** The width of a mark's rings and of a path's or a cycle's edges. */
    static final double MARK_WIDTH = 3;
    /** The dashes of the refused edge. */
    static final double[] REFUSED_DASHES = {8, 6};

    private MarksLayer() {
    }

    static void draw(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, Marks m) {
        gc.save();
        gc.setLineCap(StrokeLineCap.ROUND);
        if (!m.changedEdges().isEmpty() || !m.changedNodes().isEmpty()) {
            gc.setStroke(Style.CHANGED);
            gc.setLineWidth(9);
            for (int e = m.changedEdges().nextSetBit(0); e >= 0; e = m.changedEdges().nextSetBit(e + 1)) {
                gc.strokeLine(sx[g.from(e)], sy[g.from(e)], sx[g.to(e)], sy[g.to(e)]);
            }
            gc.setLineWidth(5);
            rings(gc, m.changedNodes(), sx, sy, r, 5);
        }
        Color pathColour = m.refusal() ? Style.REFUSED : null;
        for (int e = m.pathEdges().nextSetBit(0); e >= 0; e = m.pathEdges().nextSetBit(e + 1)) {
            RelationKind kind = g.kind(e);
            Color c = pathColour != null ? pathColour : Style.edge(kind);
            arrow(gc, sx, sy, r, g.from(e), g.to(e), c, MARK_WIDTH, pathColour != null ? null : Style.dashes(kind));
        }
        if (m.refusedFrom() >= 0 && m.refusedTo() >= 0) { // beside the line, so a cycle of two shows both edges
            int a = m.refusedFrom();
            int b = m.refusedTo();
            double len = Math.max(1e-9, Math.hypot(sx[b] - sx[a], sy[b] - sy[a]));
            double ox = -(sy[b] - sy[a]) / len * 5;
            double oy = (sx[b] - sx[a]) / len * 5;
            gc.save();
            gc.translate(ox, oy);
            arrow(gc, sx, sy, r, a, b, Style.REFUSED, MARK_WIDTH, REFUSED_DASHES);
            gc.restore();
        }
        gc.setStroke(m.refusal() ? Style.REFUSED : Style.PATH);
        gc.setLineWidth(MARK_WIDTH);
        rings(gc, m.pathNodes(), sx, sy, r, 4);
        gc.setStroke(Style.MATCH);
        gc.setLineWidth(MARK_WIDTH);
        rings(gc, m.matches(), sx, sy, r, 4);
        gc.restore();
    }

    private static void rings(GraphicsContext gc, BitSet nodes, double[] sx, double[] sy, double[] r, double gap) {
        for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
            double rr = r[i] + gap;
            gc.strokeOval(sx[i] - rr, sy[i] - rr, 2 * rr, 2 * rr);
        }
    }

    /** A line from node a's rim to node b's with an arrowhead at b. */
    private static void arrow(GraphicsContext gc, double[] sx, double[] sy, double[] r, int a, int b, Color c,
                              double width, double[] dashes) {
        double dx = sx[b] - sx[a];
        double dy = sy[b] - sy[a];
        double len = Math.hypot(dx, dy);
        if (len < r[a] + r[b] + 2) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double ex = sx[b] - ux * (r[b] + 2);
        double ey = sy[b] - uy * (r[b] + 2);
        double head = Lod.FOCUS_ARROW + 2;
        gc.setStroke(c);
        gc.setFill(c);
        gc.setLineWidth(width);
        gc.setLineDashes(dashes);
        gc.strokeLine(sx[a] + ux * r[a], sy[a] + uy * r[a], ex - ux * head * 0.6, ey - uy * head * 0.6);
        gc.setLineDashes((double[]) null);
        double bx = ex - ux * head;
        double by = ey - uy * head;
        double half = head * 0.45;
        gc.fillPolygon(new double[] {ex, bx - uy * half, bx + uy * half}, new double[] {ey, by + ux * half, by - ux * half}, 3);
    }
}
