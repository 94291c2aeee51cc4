package org.mlatlas.ui.canvas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;

/**
 * The legend in the canvas's top-left corner: node kinds, node states and edge kinds (faded when the view has none),
 * then a row for each mark on screen (a path shown, a refused cycle and its refused edge, search matches), drawn as
 * the canvas draws it; the legend grows by those rows while they are on screen only, so it stays short.
 */
final class Legend {
    static final double WIDTH = 214;
    /** The legend's height without mark rows. */
    static final double HEIGHT = 216;
    private static final double ROW = 19;
    /** Opacity of the entries for kinds the view does not show. */
    private static final double ABSENT = 0.3;

    /** What the canvas marks (see {@link MarksLayer}), in the order of their rows in the legend. */
    enum Mark {
        /** The nodes of a connection's paths, ringed in sky blue. */
        PATH("on a path shown"),
        /** A refused prerequisite cycle, in red. */
        CYCLE("cycle it would close"),
        /** The refused edge, dashed red beside its line. */
        REFUSED_EDGE("edge refused"),
        /** The nodes matching the search text, ringed in dark yellow. */
        MATCH("matches the search");

        private final String text;

        Mark(String text) {
            this.text = text;
        }
    }

    private Legend() {
    }

    /**
     * The marks of {@code m} on screen, in the legend's order: a mark is on screen when one of its nodes (at
     * {@code sx, sy}) is inside the {@code width x height} view.
     */
    static List<Mark> onScreen(Marks m, double[] sx, double[] sy, double width, double height) {
        List<Mark> shown = new ArrayList<>();
        if (anyInside(m.pathNodes(), sx, sy, width, height)) {
            if (!m.refusal()) {
                shown.add(Mark.PATH);
            } else {
                shown.add(Mark.CYCLE);
                if (m.refusedFrom() >= 0 && m.refusedTo() >= 0) {
                    shown.add(Mark.REFUSED_EDGE);
                }
            }
        }
        if (anyInside(m.matches(), sx, sy, width, height)) {
            shown.add(Mark.MATCH);
        }
        return shown;
    }

    private static boolean anyInside(BitSet nodes, double[] sx, double[] sy, double width, double height) {
        for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
            if (sx[i] >= 0 && sx[i] <= width && sy[i] >= 0 && sy[i] <= height) {
                return true;
            }
        }
        return false;
    }

    /** The legend's height with a row for each of these marks. */
    static double height(List<Mark> marks) {
        return HEIGHT + ROW * marks.size();
    }

    /** The whole legend, every entry in full colour and no marks (no graph yet). */
    static void draw(GraphicsContext gc) {
        draw(gc, EnumSet.allOf(NodeKind.class), EnumSet.allOf(RelationKind.class), List.of());
    }

    /**
     * The legend with the node and edge kinds that the view does not show faded (a plan shows concepts and
     * prerequisites only): the entries stay where they are, so the legend never jumps between views. Below the
     * edge kinds, a row for each of {@code marks}.
     */
    static void draw(GraphicsContext gc, Set<NodeKind> shownNodes, Set<RelationKind> shownEdges, List<Mark> marks) {
        double x0 = 10;
        double y0 = 10;
        gc.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(x0, y0, WIDTH, height(marks), 10, 10);
        gc.setStroke(Color.web("#c9c4b8"));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x0, y0, WIDTH, height(marks), 10, 10);
        gc.setFont(Style.LEGEND);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = y0 + 16;
        String[] kindNames = {"concept", "paper", "resource"};
        for (NodeKind kind : NodeKind.values()) {
            gc.setGlobalAlpha(shownNodes.contains(kind) ? 1 : ABSENT);
            gc.beginPath();
            GraphRenderer.shape(gc, kind, x0 + 20, y, 6);
            gc.setFill(Style.fill(kind));
            gc.fill();
            text(gc, kindNames[kind.ordinal()], x0 + 36, y);
            y += ROW;
        }
        gc.setGlobalAlpha(1);
        gc.beginPath();
        GraphRenderer.shape(gc, NodeKind.CONCEPT, x0 + 20, y, 6);
        gc.setFill(Style.knownFill(NodeKind.CONCEPT));
        gc.fill();
        gc.setStroke(Style.CONCEPT);
        gc.setLineWidth(Style.KNOWN_OUTLINE);
        gc.stroke();
        text(gc, "known / read", x0 + 36, y);
        y += ROW;
        ring(gc, x0 + 20, y, Style.FROM_NOTES, 1.8);
        text(gc, "from my notes", x0 + 36, y);
        y += ROW;
        ring(gc, x0 + 20, y, Style.IN_PLAN, 2.5);
        text(gc, "in the current plan", x0 + 36, y);
        y += ROW;
        for (RelationKind kind : RelationKind.values()) {
            gc.setGlobalAlpha(shownEdges.contains(kind) ? 1 : ABSENT);
            arrow(gc, x0, y, Style.edge(kind), Style.width(kind) + 0.6, Style.dashes(kind));
            text(gc, kind == RelationKind.PREREQUISITE ? "prerequisite of" : kind.verb(), x0 + 52, y);
            y += ROW;
        }
        gc.setGlobalAlpha(1);
        for (Mark mark : marks) { // as MarksLayer draws them
            if (mark == Mark.PATH || mark == Mark.MATCH) {
                ring(gc, x0 + 20, y, mark == Mark.PATH ? Style.PATH : Style.MATCH, MarksLayer.MARK_WIDTH);
                text(gc, mark.text, x0 + 36, y);
            } else {
                arrow(gc, x0, y, Style.REFUSED, MarksLayer.MARK_WIDTH, mark == Mark.REFUSED_EDGE ? MarksLayer.REFUSED_DASHES : null);
                text(gc, mark.text, x0 + 52, y);
            }
            y += ROW;
        }
        gc.setFill(Color.web("#555555"));
        gc.setFont(javafx.scene.text.Font.font("DejaVu Sans", 10.5));
        gc.fillText("size: how central · arrows: a → b", x0 + 10, y + 2);
    }

    /** An edge's swatch: a line with an arrowhead, left of the row's text. */
    private static void arrow(GraphicsContext gc, double x0, double y, Color colour, double width, double[] dashes) {
        gc.setStroke(colour);
        gc.setLineWidth(width);
        gc.setLineDashes(dashes);
        gc.strokeLine(x0 + 10, y, x0 + 44, y);
        gc.setLineDashes((double[]) null);
        gc.strokeLine(x0 + 38, y - 4, x0 + 44, y);
        gc.strokeLine(x0 + 38, y + 4, x0 + 44, y);
    }

    private static void ring(GraphicsContext gc, double x, double y, Color colour, double width) {
        gc.beginPath();
        gc.moveTo(x + 8, y);
        gc.arc(x, y, 8, 8, 0, 360);
        gc.closePath();
        gc.setStroke(colour);
        gc.setLineWidth(width);
        gc.stroke();
        gc.beginPath();
        GraphRenderer.shape(gc, NodeKind.CONCEPT, x, y, 5);
        gc.setFill(Style.CONCEPT);
        gc.fill();
    }

    private static void text(GraphicsContext gc, String text, double x, double y) {
        gc.setFill(Style.TEXT);
        gc.fillText(text, x, y);
    }
}
