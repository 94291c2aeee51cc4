package org.mlatlas.ui.canvas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.mlatlas.domain.Node;
import org.mlatlas.layout.LabelPlacer;
import org.mlatlas.layout.LabelSide;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Node labels with level of detail: tried most central first, and a label that would overlap one already placed
 * (or the legend) is left out, except for the hovered node's neighbours and the selection. Labels and their
 * widths are computed once per graph, not per frame (measuring text is slow). Plan views label every node,
 * wrapped to the room between layers, under it or over it (the side its edges cross less). Every label sits on
 * a backing in the background colour, so edges passing under it do not make it unreadable.
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
    /** The narrowest and widest a plan label may be, in pixels. */
    private static final double MIN_PLAN_LABEL_WIDTH = 90;
    private static final double MAX_PLAN_LABEL_WIDTH = 170;
    private final Map<String, Double> plainWidths = new HashMap<>();
    private final Map<String, List<String>> wrapCache = new HashMap<>();
    private VisualGraph cached;
    private String[] text = new String[0];
    private double[] widths = new double[0];
    private int[] order = new int[0];
    private final double[] spot = new double[2];
    private List<RegionLabels.Placed> avoided = List.of();
    /** The graph labels of the last frame, to draw again while the view pans or zooms. */
    private final List<Drawn> drawn = new ArrayList<>();

    /** A label drawn: its text, where (left, vertical centre), bold or not, on a backing or a halo, its width. */
    private record Drawn(String text, double x, double y, boolean strong, boolean backed, double width) {
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

    void draw(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h,
              BitSet near, Highlight hl, boolean plan, boolean legend) {
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
        }
        if (plan) {
            forced.set(0, g.size());
        }
        if (legend) {
            placer.block(0, 0, Legend.WIDTH + 16, Legend.HEIGHT + 16); // keep the legend's corner clear
        }
        for (RegionLabels.Placed box : avoided) {
            placer.block(box.x(), box.y(), box.w(), box.h());
        }
        double planWidth = plan ? planLabelWidth(sx, g.size()) : 0;
        if (plan) {
            block(placer, g, sx, sy, r, near); // a plan's labels never cover a step
        }
        int hubs = plan ? Integer.MAX_VALUE : HUBS; // the hubs' labels may cover small nodes; later ones never do
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        boolean nodesBlocked = false; // once true, a label covers no node
        for (int pass = 0; pass < 2; pass++) { // forced labels first, then by importance
            for (int i : order) {
                if (pass == 1 && hubs-- == 0) {
                    block(placer, g, sx, sy, r, near);
                    nodesBlocked = true;
                }
                if (forced.get(i) != (pass == 0) || (near != null && !near.get(i) && !forced.get(i))) {
                    continue;
                }
                if (plan) {
                    planLabel(gc, placer, g, i, sx, sy, r[i], planWidth, i == hl.selected());
                    continue;
                }
                boolean strong = i == hl.selected() || i == hl.hovered();
                double tw = strong ? boldWidth(text[i]) : widths[i];
                if (!placer.placeNear(sx[i], sy[i], r[i], tw + 8, 14, spot)) { // 3 px apart from the next label
                    if (!forced.get(i)) {
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
                drawn.add(new Drawn(text[i], x, y, strong, backed, tw));
            }
        }
    }

    private static void block(LabelPlacer placer, VisualGraph g, double[] sx, double[] sy, double[] r, BitSet near) {
        for (int i = 0; i < g.size(); i++) {
            if (near == null || near.get(i)) {
                placer.block(sx[i] - r[i], sy[i] - r[i], 2 * r[i], 2 * r[i]);
            }
        }
    }

    /**
     * A plan node's label: its name wrapped to the room between layers (up to three lines), centred under the node,
     * or over it when fewer of the node's edges cross there, on a backing. Where the view is too tight for it
     * (zoomed out, or a small picture), the label takes the other side, then one shortened line, and is left out
     * when even that would overlap another label, like the graph view's labels; the selected node's label is
     * always drawn.
     */
    private void planLabel(GraphicsContext gc, LabelPlacer placer, VisualGraph g, int i, double[] sx, double[] sy,
                           double r, double maxWidth, boolean strong) {
        gc.setFont(strong ? Style.LABEL_BOLD : Style.LABEL);
        double gap = r + 5;
        List<Integer> edges = g.incident(i);
        double[] ex = new double[edges.size()];
        double[] ey = new double[edges.size()];
        for (int k = 0; k < edges.size(); k++) {
            int other = g.from(edges.get(k)) == i ? g.to(edges.get(k)) : g.from(edges.get(k));
            ex[k] = sx[other];
            ey[k] = sy[other];
        }
        List<String> first = null;
        double firstTop = 0;
        double firstWidth = 0;
        for (int lines : new int[] {3, 1}) {
            List<String> text = wrapped(g.node(i).name(), maxWidth, strong, lines);
            double w = 0;
            for (String line : text) {
                w = Math.max(w, width(line, strong));
            }
            double h = text.size() * LINE;
            boolean below = LabelSide.below(sx[i], sy[i], w + 4, h, gap, ex, ey, edges.size());
            for (boolean side : new boolean[] {below, !below}) {
                double top = side ? sy[i] + gap : sy[i] - gap - h;
                if (placer.tryPlace(sx[i] - w / 2 - 2, top, w + 4, h)) {
                    drawPlanLabel(gc, text, sx[i], top, w);
                    return;
                }
                if (first == null) {
                    first = text;
                    firstTop = top;
                    firstWidth = w;
                }
            }
        }
        if (strong) { // no room anywhere: the selected node keeps its full label
            drawPlanLabel(gc, first, sx[i], firstTop, firstWidth);
        }
    }

    private static void drawPlanLabel(GraphicsContext gc, List<String> text, double x, double top, double w) {
        backing(gc, x - w / 2 - 2, top, w + 4, text.size() * LINE);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(Style.TEXT);
        double y = top + LINE / 2;
        for (String line : text) {
            gc.fillText(line, x, y);
            y += LINE;
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * The width plan labels may take: the narrowest gap between two columns of nodes less a margin, so labels of
     * neighbouring layers do not touch.
     */
    private static double planLabelWidth(double[] sx, int n) {
        double[] xs = java.util.Arrays.copyOf(sx, n);
        java.util.Arrays.sort(xs);
        double gap = Double.MAX_VALUE;
        for (int k = 1; k < n; k++) {
            if (xs[k] - xs[k - 1] > 1) {
                gap = Math.min(gap, xs[k] - xs[k - 1]);
            }
        }
        return Math.max(MIN_PLAN_LABEL_WIDTH, Math.min(MAX_PLAN_LABEL_WIDTH, gap - 18));
    }

    /** {@code name} wrapped to lines of at most {@code maxWidth} pixels, at most three (the last shortened). */
    private List<String> wrapped(String name, double maxWidth, boolean strong, int maxLines) {
        String key = (strong ? "b" : "r") + maxLines + ":" + Math.round(maxWidth) + "|" + name;
        return wrapCache.computeIfAbsent(key, k -> wrap(name, s -> width(s, strong), maxWidth, maxLines));
    }

    private double width(String s, boolean strong) {
        if (strong) {
            return boldWidth(s);
        }
        return plainWidths.computeIfAbsent(s, k -> {
            measurer.setFont(Style.LABEL);
            measurer.setText(k);
            return measurer.getLayoutBounds().getWidth();
        });
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

    /**
     * {@code name} broken at spaces into lines no wider than {@code maxWidth} by {@code measure} (a word wider
     * than that gets a line of its own), at most {@code maxLines}: the last shortened with an ellipsis when the
     * rest does not fit.
     */
    static List<String> wrap(String name, java.util.function.ToDoubleFunction<String> measure, double maxWidth,
                             int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : name.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.applyAsDouble(longer) > maxWidth) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        if (lines.size() > maxLines) {
            String last = String.join(" ", lines.subList(maxLines - 1, lines.size()));
            while (last.length() > 1 && measure.applyAsDouble(last + "…") > maxWidth) {
                last = last.substring(0, last.length() - 1).stripTrailing();
            }
            lines = new ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add(last + "…");
        }
        return lines;
    }

    /** The label shown for a node: its name, shortened. */
    static String label(Node n) {
        String name = n.name();
        return name.length() <= MAX_LABEL_CHARS ? name : name.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }
}
