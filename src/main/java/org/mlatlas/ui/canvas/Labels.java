package org.mlatlas.ui.canvas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.mlatlas.domain.Node;
import org.mlatlas.layout.LabelPlacer;
import org.mlatlas.layout.Viewport;
import org.mlatlas.ui.model.GraphScene;
import org.mlatlas.ui.model.PlanLabels;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Node labels with level of detail: tried most central first, and a label that would overlap one already placed
 * (or the legend) is left out, except for the hovered node's neighbours and the selection. Labels and their
 * widths are computed once per graph, not per frame (measuring text is slow). A plan labels every node in the box
 * its layout left for the label, under the node. Every label sits on a backing in the background colour, so edges
 * passing under it do not make it unreadable.
 */
final class Labels {
    private static final int MAX_LABEL_CHARS = 42;
    /** How many of the most central nodes are labelled before nodes become obstacles for labels. */
    private static final int HUBS = 12;
    private final Map<String, Double> boldWidths = new HashMap<>();
    private final Text measurer = new Text();
    /** Behind labels: the background, slightly see-through, so an edge under a label shows faintly. */
    private static final javafx.scene.paint.Color BACKING = Style.BACKGROUND.deriveColor(0, 1, 1, 0.86);
    /** The height of a line of label text. */
    private static final double LINE = 14;
    /** How far graph labels keep from a region's name, in pixels. */
    private static final double REGION_MARGIN = 5;
    /** Below this font size (pixels, a plan zoomed far out) plan labels are left out: they could not be read. */
    private static final double MIN_PLAN_FONT = 5;
    /** Plan label fonts by size in tenths of a pixel (regular, then bold). */
    private final Map<Long, Font> planFonts = new HashMap<>();
    private VisualGraph cached;
    private String[] text = new String[0];
    private double[] widths = new double[0];
    private int[] order = new int[0];
    private final double[] spot = new double[2];
    private List<RegionLabels.Placed> avoided = List.of();
    /** The graph labels of the last frame, to draw again while the view pans or zooms. */
    private final List<Drawn> drawn = new ArrayList<>();

    /**
     * A label drawn: its node, its text, where (left, vertical centre), bold or not, on a backing or a halo, its
     * width.
     */
    private record Drawn(int node, String text, double x, double y, boolean strong, boolean backed, double width) {
    }

    /**
     * Draws the last frame's graph labels again, each moved as its point of the frame moves under a pan or zoom
     * ({@code x' = k x + dx}), at the same size: nothing is measured or placed anew.
     */
    void replay(GraphicsContext gc, double k, double dx, double dy) {
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (Drawn d : drawn) {
            double x = k * d.x() + dx;
            double y = k * d.y() + dy;
            gc.setFont(d.strong() ? Style.LABEL_BOLD : Style.LABEL);
            if (d.backed()) {
                backing(gc, x - 2, y - LINE / 2, d.width() + 4, LINE);
            } else {
                halo(gc, d.text(), x, y);
            }
            gc.setFill(Style.TEXT);
            gc.fillText(d.text(), x, y);
        }
    }

    /** Boxes the next frame's labels keep clear of (the names of the map's regions), unless forced. */
    void avoid(List<RegionLabels.Placed> boxes) {
        avoided = boxes;
    }

    /** Draws the graph view's labels in a {@code w x h} view whose legend is {@code legendHeight} tall. */
    void draw(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h,
              double legendHeight, BitSet near, Highlight hl) {
        prepare(g);
        drawn.clear();
        LabelPlacer placer = new LabelPlacer(w, h);
        BitSet forced = new BitSet();
        if (hl.selected() >= 0) {
            forced.set(hl.selected());
        }
        if (hl.hovered() >= 0) {
            forced.or(g.neighbours(hl.hovered()));
            forced.set(hl.hovered());
        } else { // marked nodes are labelled (a path, a refused cycle, what just changed, search matches)
            forced.or(hl.marks().pathNodes());
            forced.or(hl.marks().changedNodes());
            forced.or(hl.marks().matches());
        }
        placer.block(0, 0, Legend.WIDTH + 16, legendHeight + 16); // keep the legend's corner clear
        for (RegionLabels.Placed box : avoided) { // with a margin: a name's halo reaches past its box
            placer.block(box.x() - REGION_MARGIN, box.y() - REGION_MARGIN, box.w() + 2 * REGION_MARGIN, box.h() + 2 * REGION_MARGIN);
        }
        int hubs = HUBS; // the hubs' labels may cover small nodes; later ones never do
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        boolean nodesBlocked = false; // once true, a label covers no node
        int[] firstOrder = strongFirst(hl);
        for (int pass = 0; pass < 2; pass++) { // forced labels first (the hovered and selected nodes' own first), then by importance
            for (int i : pass == 0 ? firstOrder : order) {
                if (pass == 1 && hubs-- == 0) {
                    block(placer, g, sx, sy, r, near);
                    nodesBlocked = true;
                }
                if (forced.get(i) != (pass == 0) || (near != null && !near.get(i) && !forced.get(i))) {
                    continue;
                }
                boolean strong = i == hl.selected() || i == hl.hovered();
                double tw = strong ? boldWidth(text[i]) : widths[i];
                if (!placer.placeNear(sx[i], sy[i], r[i], tw + 8, 14, spot)) { // 3 px apart from the next label
                    if (!strong) { // a neighbour's label never prints over another label, the hub's own above all
                        continue;
                    }
                    spot[0] = sx[i] + r[i] + 3;
                    spot[1] = sy[i] - 7;
                }
                double x = spot[0] + 4;
                double y = spot[1] + 7;
                gc.setFont(strong ? Style.LABEL_BOLD : Style.LABEL);
                boolean backed = nodesBlocked || !coversNode(x - 2, y - LINE / 2, tw + 4, LINE, i, sx, sy, r, g.size(), near);
                if (backed) {
                    backing(gc, x - 2, y - LINE / 2, tw + 4, LINE);
                } else {
                    halo(gc, text[i], x, y); // a backing would hide the node under the label
                }
                gc.setFill(Style.TEXT);
                gc.fillText(text[i], x, y);
                drawn.add(new Drawn(i, text[i], x, y, strong, backed, tw));
            }
        }
    }

    /** The graph view's labels of the last frame: {x, y, width, height, node index} each (tests). */
    List<double[]> drawn() {
        return drawn.stream().map(d -> new double[] {d.x() - 2, d.y() - LINE / 2, d.width() + 4, LINE, d.node()}).toList();
    }

    /**
     * The order of the forced pass: the hovered node, then the selected one (their labels are placed before any
     * neighbour's, so none prints over them), then every node by importance.
     */
    private int[] strongFirst(Highlight hl) {
        int[] out = new int[order.length];
        int k = 0;
        for (int i : new int[] {hl.hovered(), hl.selected()}) {
            if (i >= 0 && i < order.length && (k == 0 || out[0] != i)) {
                out[k++] = i;
            }
        }
        for (int i : order) {
            if (i != hl.hovered() && i != hl.selected()) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static void block(LabelPlacer placer, VisualGraph g, double[] sx, double[] sy, double[] r, BitSet near) {
        for (int i = 0; i < g.size(); i++) {
            if (near == null || near.get(i)) {
                placer.block(sx[i] - r[i], sy[i] - r[i], 2 * r[i], 2 * r[i]);
            }
        }
    }

    /**
     * A plan's labels: every node's, in the box its layout left for it under the node, on a backing. Zoomed out
     * (scale below 1) the text shrinks with the plan, so it stays in its box; zoomed in it keeps its size, under its
     * node. The target's label is bold.
     */
    void drawPlan(GraphicsContext gc, GraphScene scene, Viewport vp) {
        double s = Math.min(1, vp.scale());
        if (PlanLabels.FONT.getSize() * s < MIN_PLAN_FONT) {
            return;
        }
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        double line = PlanLabels.LINE * s;
        for (int i = 0; i < scene.graph().size(); i++) {
            double[] box = scene.planLabelBox(i);
            double nx = scene.xs()[i];
            double ny = scene.ys()[i];
            double cx = vp.toScreenX(nx);
            double top = vp.toScreenY(ny) + (box[1] - ny) * s;
            double w = box[2] * s;
            List<String> lines = scene.planLabelLines(i);
            gc.setFont(planFont(s, i == scene.planTarget()));
            backing(gc, cx - w / 2, top, w, lines.size() * line);
            gc.setFill(Style.TEXT);
            double y = top + line / 2;
            for (String text : lines) {
                gc.fillText(text, cx, y);
                y += line;
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private Font planFont(double scale, boolean bold) {
        Font base = bold ? PlanLabels.TARGET_FONT : PlanLabels.FONT;
        long key = Math.round(base.getSize() * scale * 10) * 2 + (bold ? 1 : 0);
        return planFonts.computeIfAbsent(key, k -> Font.font(base.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL,
                base.getSize() * scale));
    }

    /** True when the box [x, x+w] x [y, y+h] covers part of a shown node other than {@code self}. */
    private static boolean coversNode(double x, double y, double w, double h, int self, double[] sx, double[] sy,
                                      double[] r, int n, BitSet near) {
        for (int j = 0; j < n; j++) {
            if (j != self && (near == null || near.get(j)) && sx[j] + r[j] > x && sx[j] - r[j] < x + w
                    && sy[j] + r[j] > y && sy[j] - r[j] < y + h) {
                return true;
            }
        }
        return false;
    }

    /**
     * A halo in the background colour around the text, for a label over a node (a backing would hide the node):
     * the text drawn four times around its place, from the glyph cache.
     */
    private static void halo(GraphicsContext gc, String s, double x, double y) {
        gc.setFill(BACKING);
        gc.fillText(s, x - 1, y - 1);
        gc.fillText(s, x + 1, y - 1);
        gc.fillText(s, x - 1, y + 1);
        gc.fillText(s, x + 1, y + 1);
    }

    /**
     * A backing in the background colour behind a label, so an edge passing under it fades and the text reads.
     * One rectangle: cheaper on the software pipeline than a halo of text drawn several times around its place.
     */
    private static void backing(GraphicsContext gc, double x, double y, double w, double h) {
        gc.setFill(BACKING);
        gc.fillRect(x, y, w, h);
    }

    /** Labels, widths and the importance order of a new graph. */
    private void prepare(VisualGraph g) {
        if (g == cached) {
            return;
        }
        cached = g;
        text = new String[g.size()];
        widths = new double[g.size()];
        measurer.setFont(Style.LABEL);
        for (int i = 0; i < g.size(); i++) {
            text[i] = label(g.node(i));
            measurer.setText(text[i]);
            widths[i] = measurer.getLayoutBounds().getWidth();
        }
        order = LabelPlacer.order(g.importance(), null);
    }

    private double boldWidth(String s) {
        return boldWidths.computeIfAbsent(s, k -> {
            measurer.setFont(Style.LABEL_BOLD);
            measurer.setText(k);
            return measurer.getLayoutBounds().getWidth();
        });
    }

    /** The label shown for a node: its name, shortened; a paper's year after it ("Attention Is All You Need (2017)"). */
    static String label(Node n) {
        String name = n.name();
        String shortened = name.length() <= MAX_LABEL_CHARS ? name : name.substring(0, MAX_LABEL_CHARS - 1) + "…";
        return n.kind() == org.mlatlas.domain.NodeKind.PAPER && n.year() != null ? shortened + " (" + n.year() + ")" : shortened;
    }
}
