package org.mlatlas.ui.canvas;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.layout.LabelPlacer;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Draws a {@link GraphScene} on a canvas's {@link GraphicsContext}: edges batched into one path per kind (with
 * arrowheads when zoomed in enough to see them), nodes batched per kind and state, rings for state, labels
 * with level of detail ({@link LabelPlacer}), and the legend. Must run on the FX thread.
 */
public final class GraphRenderer {
    private static final int MAX_LABEL_CHARS = 42;
    private final Map<String, Double> textWidths = new HashMap<>();
    private final Text measurer = new Text();
    private final PixelLayer pixels = new PixelLayer();
    private boolean legend = true;

    /** Shows or hides the legend. */
    public void setLegend(boolean value) {
        legend = value;
    }

    /** Draws a full frame of {@code width x height} pixels. */
    public void draw(GraphicsContext gc, double width, double height, GraphScene scene, Viewport vp, Highlight hl) {
        gc.setFill(Style.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        if (scene == null) {
            return;
        }
        VisualGraph g = scene.graph();
        double[] sx = new double[g.size()];
        double[] sy = new double[g.size()];
        double[] r = new double[g.size()];
        double[] wx = scene.xs();
        double[] wy = scene.ys();
        for (int i = 0; i < g.size(); i++) {
            sx[i] = vp.toScreenX(wx[i]);
            sy[i] = vp.toScreenY(wy[i]);
            r[i] = scene.isPlan() ? 9 : Style.radius(g.importance(i), vp.scale());
        }
        int focus = hl.hovered() >= 0 ? hl.hovered() : hl.selected();
        // hovering fades what is not next to the hovered node; a selection only emphasises its own edges
        BitSet near = hl.hovered() >= 0 ? g.neighbours(hl.hovered()) : null;
        double edgeAlpha = scene.isPlan() ? 0.8 : Math.max(0.3, Math.min(0.7, 0.25 + 0.5 * vp.scale()));
        boolean big = g.edgeCount() >= PixelLayer.EDGES_FROM && width * height <= 16_000_000;
        if (big) {
            pixels.draw(gc, g, sx, sy, r, (int) width, (int) height, near);
            drawEdgesOf(gc, g, sx, sy, r, width, height, focus);
            rings(gc, g, sx, sy, r, i -> hl.inPlan().get(i), Style.IN_PLAN, 2.5, 5);
            rings(gc, g, sx, sy, r, i -> i == hl.selected() || i == hl.hovered(), Style.SELECTED, 2.5, 3.5);
        } else {
            drawEdges(gc, g, sx, sy, r, width, height, focus, vp.scale() > 0.25 || scene.isPlan(), edgeAlpha, near);
            drawNodes(gc, g, sx, sy, r, width, height, near, hl);
        }
        drawLabels(gc, g, sx, sy, r, width, height, near, hl, scene.isPlan(), big);
        if (hl.linkFrom() >= 0 && hl.linkFrom() < g.size()) {
            gc.setStroke(Style.IN_PLAN);
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeLine(sx[hl.linkFrom()], sy[hl.linkFrom()], hl.linkToX(), hl.linkToY());
            gc.setLineDashes((double[]) null);
        }
        if (legend) {
            Legend.draw(gc, this);
        }
    }

    private void drawEdges(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h,
                           int focus, boolean arrows, double baseAlpha, BitSet near) {
        gc.setLineCap(StrokeLineCap.BUTT);
        for (int pass = 0; pass < 2; pass++) {
            for (RelationKind kind : RelationKind.values()) {
                boolean any = false;
                gc.beginPath();
                for (int e = 0; e < g.edgeCount(); e++) {
                    if (g.kind(e) != kind) {
                        continue;
                    }
                    int a = g.from(e);
                    int b = g.to(e);
                    boolean focused = focus >= 0 && (a == focus || b == focus);
                    if ((pass == 1) != focused || offScreen(sx[a], sy[a], sx[b], sy[b], w, h)) {
                        continue;
                    }
                    double dx = sx[b] - sx[a];
                    double dy = sy[b] - sy[a];
                    double len = Math.hypot(dx, dy);
                    if (len < r[a] + r[b] + 1) {
                        continue;
                    }
                    double ux = dx / len;
                    double uy = dy / len;
                    double ex = sx[b] - ux * (r[b] + 1.5);
                    double ey = sy[b] - uy * (r[b] + 1.5);
                    gc.moveTo(sx[a] + ux * r[a], sy[a] + uy * r[a]);
                    gc.lineTo(ex, ey);
                    if (arrows || pass == 1) {
                        double s = pass == 1 ? 9 : 7;
                        gc.moveTo(ex - ux * s - uy * s * 0.45, ey - uy * s + ux * s * 0.45);
                        gc.lineTo(ex, ey);
                        gc.lineTo(ex - ux * s + uy * s * 0.45, ey - uy * s - ux * s * 0.45);
                    }
                    any = true;
                }
                if (!any) {
                    continue;
                }
                Color c = Style.edge(kind);
                // readings' edges are many and secondary: fainter than prerequisites until zoomed in or focused
                double kindAlpha = kind == RelationKind.PREREQUISITE ? baseAlpha : baseAlpha * 0.6;
                double alpha = focus < 0 || pass == 1 ? (pass == 1 ? 0.95 : kindAlpha) : near == null ? kindAlpha : 0.12;
                gc.setStroke(c.deriveColor(0, 1, 1, alpha));
                gc.setLineWidth(Style.width(kind) * (pass == 1 ? 1.8 : 1));
                gc.setLineDashes(Style.dashes(kind));
                gc.stroke();
            }
        }
        gc.setLineDashes((double[]) null);
    }

    /** The focused node's edges, bold, over a pixel layer. */
    private void drawEdgesOf(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h, int focus) {
        if (focus < 0) {
            return;
        }
        gc.setLineWidth(2);
        for (int e : g.incident(focus)) {
            gc.setStroke(Style.edge(g.kind(e)));
            gc.strokeLine(sx[g.from(e)], sy[g.from(e)], sx[g.to(e)], sy[g.to(e)]);
        }
    }

    private static boolean offScreen(double x1, double y1, double x2, double y2, double w, double h) {
        return (x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > w && x2 > w) || (y1 > h && y2 > h);
    }

    private void drawNodes(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h,
                           BitSet near, Highlight hl) {
        for (NodeKind kind : NodeKind.values()) {
            for (int state = 0; state < 4; state++) { // bit 0: known, bit 1: faded
                boolean known = (state & 1) != 0;
                boolean faded = (state & 2) != 0;
                boolean any = false;
                gc.beginPath();
                for (int i = 0; i < g.size(); i++) {
                    Node n = g.node(i);
                    if (n.kind() != kind || n.known() != known || (near != null && !near.get(i)) != faded
                            || sx[i] + r[i] < 0 || sy[i] + r[i] < 0 || sx[i] - r[i] > w || sy[i] - r[i] > h) {
                        continue;
                    }
                    shape(gc, kind, sx[i], sy[i], r[i]);
                    any = true;
                }
                if (!any) {
                    continue;
                }
                Color fill = Style.fill(kind);
                double alpha = faded ? 0.25 : 1;
                gc.setFill(known ? fill.interpolate(Color.WHITE, 0.65).deriveColor(0, 1, 1, alpha) : fill.deriveColor(0, 1, 1, alpha));
                gc.fill();
                gc.setStroke(known ? fill.deriveColor(0, 1, 1, alpha) : Color.WHITE.deriveColor(0, 1, 1, alpha));
                gc.setLineWidth(known ? 1.6 : 1);
                gc.stroke();
            }
        }
        rings(gc, g, sx, sy, r, i -> g.node(i).fromNotes() && (near == null || near.get(i)), Style.FROM_NOTES, 1.8, 2.5);
        rings(gc, g, sx, sy, r, i -> hl.inPlan().get(i), Style.IN_PLAN, 2.5, 5);
        rings(gc, g, sx, sy, r, i -> i == hl.selected() || i == hl.hovered(), Style.SELECTED, 2.5, 3.5);
    }

    private static void rings(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r,
                              java.util.function.IntPredicate which, Color colour, double width, double gap) {
        gc.beginPath();
        boolean any = false;
        for (int i = 0; i < g.size(); i++) {
            if (which.test(i)) {
                double rr = r[i] + gap;
                gc.moveTo(sx[i] + rr, sy[i]);
                gc.arc(sx[i], sy[i], rr, rr, 0, 360);
                gc.closePath();
                any = true;
            }
        }
        if (any) {
            gc.setStroke(colour);
            gc.setLineWidth(width);
            gc.stroke();
        }
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

    private void drawLabels(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h,
                            BitSet near, Highlight hl, boolean plan, boolean boxHalo) {
        LabelPlacer placer = new LabelPlacer(w, h);
        BitSet forced = new BitSet();
        if (hl.selected() >= 0) {
            forced.set(hl.selected());
        }
        if (hl.hovered() >= 0) {
            forced.or(g.neighbours(hl.hovered()));
        }
        if (plan) {
            forced.set(0, g.size());
        }
        if (legend) {
            placer.tryPlace(0, 0, Legend.WIDTH + 16, Legend.HEIGHT + 16); // keep the legend's corner clear
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineWidth(3);
        gc.setStroke(Style.BACKGROUND.deriveColor(0, 1, 1, 0.9));
        Color halo = Style.BACKGROUND.deriveColor(0, 1, 1, 0.75);
        for (int i : LabelPlacer.order(g.importance(), forced)) {
            if (near != null && !near.get(i) && !forced.get(i)) {
                continue;
            }
            boolean strong = i == hl.selected() || i == hl.hovered();
            Font font = strong ? Style.LABEL_BOLD : Style.LABEL;
            if (plan) {
                gc.setFont(font);
                gc.setTextAlign(TextAlignment.CENTER);
                double y = sy[i] + r[i] + 10;
                for (String line : wrap(g.node(i).name(), 20)) {
                    gc.strokeText(line, sx[i], y);
                    gc.setFill(Style.TEXT);
                    gc.fillText(line, sx[i], y);
                    y += 14;
                }
                gc.setTextAlign(TextAlignment.LEFT);
                continue;
            }
            String text = label(g.node(i));
            double tw = width(text, font);
            double x = sx[i] + r[i] + 4;
            if (!placer.tryPlace(x - 1, sy[i] - 8, tw + 2, 16) && !forced.get(i)) {
                continue;
            }
            gc.setFont(font);
            if (boxHalo) { // a stroked glyph outline costs far more than a box on the software pipeline
                gc.setFill(halo);
                gc.fillRect(x - 1, sy[i] - 7, tw + 2, 14);
            } else {
                gc.strokeText(text, x, sy[i]);
            }
            gc.setFill(Style.TEXT);
            gc.fillText(text, x, sy[i]);
        }
    }

    /** A name in at most two lines of about {@code width} characters (the second shortened when needed). */
    static java.util.List<String> wrap(String name, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            String second = String.join(" ", lines.subList(1, lines.size()));
            lines = new java.util.ArrayList<>(java.util.List.of(lines.get(0),
                    second.length() > width + 2 ? second.substring(0, width) + "…" : second));
        }
        return lines;
    }

    /** The label shown for a node: its name, shortened. */
    static String label(Node n) {
        String name = n.name();
        return name.length() <= MAX_LABEL_CHARS ? name : name.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }

    /** Text width in pixels (cached). */
    double width(String text, Font font) {
        return textWidths.computeIfAbsent(font.getStyle() + font.getSize() + "\u0000" + text, k -> {
            measurer.setFont(font);
            measurer.setText(text);
            return measurer.getLayoutBounds().getWidth();
        });
    }
}
