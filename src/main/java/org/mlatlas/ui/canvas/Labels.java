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
import org.mlatlas.ui.model.VisualGraph;

/**
 * Node labels with level of detail: tried most central first, and a label that would overlap one already placed
 * (or the legend) is left out, except for the hovered node's neighbours and the selection. Labels and their
 * widths are computed once per graph, not per frame (measuring text is slow). Plan views label every node,
 * wrapped under it.
 */
final class Labels {
    private static final int MAX_LABEL_CHARS = 42;
    /** How many of the most central nodes are labelled before nodes become obstacles for labels. */
    private static final int HUBS = 12;
    private final Map<String, Double> boldWidths = new HashMap<>();
    private final Text measurer = new Text();
    private static final javafx.scene.paint.Color HALO = Style.BACKGROUND.deriveColor(0, 1, 1, 0.85);
    private VisualGraph cached;
    private String[] text = new String[0];
    private double[] widths = new double[0];
    private int[] order = new int[0];
    private final double[] spot = new double[2];

    void draw(GraphicsContext gc, VisualGraph g, double[] sx, double[] sy, double[] r, double w, double h,
              BitSet near, Highlight hl, boolean plan, boolean legend) {
        prepare(g);
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
        int hubs = plan ? Integer.MAX_VALUE : HUBS; // the hubs' labels may cover small nodes; later ones never do
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        for (int pass = 0; pass < 2; pass++) { // forced labels first, then by importance
            for (int i : order) {
                if (pass == 1 && hubs-- == 0) {
                    block(placer, g, sx, sy, r, near);
                }
                if (forced.get(i) != (pass == 0) || (near != null && !near.get(i) && !forced.get(i))) {
                    continue;
                }
                if (plan) {
                    planLabel(gc, g.node(i).name(), sx[i], sy[i] + r[i] + 10, i == hl.selected());
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
                halo(gc, text[i], x, y);
                gc.setFill(Style.TEXT);
                gc.fillText(text[i], x, y);
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

    private void planLabel(GraphicsContext gc, String name, double x, double y, boolean strong) {
        gc.setFont(strong ? Style.LABEL_BOLD : Style.LABEL);
        gc.setTextAlign(TextAlignment.CENTER);
        for (String line : wrap(name, 20)) {
            halo(gc, line, x, y);
            gc.setFill(Style.TEXT);
            gc.fillText(line, x, y);
            y += 14;
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * A halo in the background colour around the text, so it reads over edges: the text drawn four times
     * around its place. Glyphs come from the glyph cache; a stroked outline ({@code strokeText}) would be
     * rasterised as a path on the software pipeline and cost several times the whole frame.
     */
    private static void halo(GraphicsContext gc, String s, double x, double y) {
        gc.setFill(HALO);
        gc.fillText(s, x - 1, y - 1);
        gc.fillText(s, x + 1, y - 1);
        gc.fillText(s, x - 1, y + 1);
        gc.fillText(s, x + 1, y + 1);
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

    /** A name in at most two lines of about {@code width} characters (the second shortened when needed). */
    static List<String> wrap(String name, int width) {
        List<String> lines = new ArrayList<>();
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
            lines = new ArrayList<>(List.of(lines.get(0), second.length() > width + 2 ? second.substring(0, width) + "…" : second));
        }
        return lines;
    }

    /** The label shown for a node: its name, shortened. */
    static String label(Node n) {
        String name = n.name();
        return name.length() <= MAX_LABEL_CHARS ? name : name.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }
}
