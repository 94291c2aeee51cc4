package org.mlatlas.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.layout.PlanDrawing;
import org.mlatlas.layout.PlanLayout;

/**
 * A plan's layouts, made off the UI thread: ELK's layered layout ({@link PlanLayout}) with the labels wrapped to a
 * few widths and a few spacings, from tight (for a small window) to roomy (for a big one). The view picks the one
 * that fits its frame best ({@link GraphScene#frame}), so a resize never lays anything out on the UI thread.
 */
public final class PlanLayouts {
    /** Half the room a plan node takes: its radius (9) and the plan ring around it. */
    public static final double NODE_RADIUS = 15;
    /** How far from a node's centre its edges end (the arrowhead's tip): just outside the node. */
    public static final double RIM_RADIUS = 10.5;
    /** The widths labels are wrapped to, in pixels. */
    private static final double[] LABEL_WIDTHS = {60, 90, 130};
    /** Spacings between layers and within a layer, tight to roomy. */
    private static final PlanLayout.Spacing[] SPACINGS = {
        new PlanLayout.Spacing(8, 6), new PlanLayout.Spacing(8, 20), new PlanLayout.Spacing(24, 14),
        new PlanLayout.Spacing(40, 24),
    };

    private PlanLayouts() {
    }

    /**
     * One layout of a plan: the drawing, and each node's label line by line.
     *
     * @param drawing the layout in world units
     * @param lines   per node its label's lines
     */
    public record Choice(PlanDrawing drawing, List<List<String>> lines) {
    }

    /** The layouts of {@code graph}, whose node {@code target} (or -1) gets a bold label. Slow: not on the UI thread. */
    public static List<Choice> of(VisualGraph graph, int target) {
        int n = graph.size();
        int[][] edges = graph.edgeArrays();
        PlanLabels measure = new PlanLabels();
        PlanLayout layout = new PlanLayout(NODE_RADIUS, RIM_RADIUS);
        List<Choice> choices = new ArrayList<>();
        for (double labelWidth : LABEL_WIDTHS) {
            List<List<String>> lines = new ArrayList<>(n);
            double[] widths = new double[n];
            double[] heights = new double[n];
            for (int i = 0; i < n; i++) {
                PlanLabels.Label label = measure.label(graph.node(i).name(), labelWidth, i == target);
                lines.add(label.lines());
                widths[i] = label.width();
                heights[i] = label.height();
            }
            PlanLayout.Input input = new PlanLayout.Input(n, edges[0], edges[1], widths, heights);
            for (PlanLayout.Spacing spacing : SPACINGS) {
                choices.add(new Choice(layout.layout(input, spacing), List.copyOf(lines)));
            }
        }
        return choices;
    }
}
