package org.mlatlas.ui.canvas;

import java.util.EnumSet;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;

/** The legend in the canvas's top-left corner: node kinds, node states and edge kinds (faded when the view has none). */
final class Legend {
    static final double WIDTH = 214;
    static final double HEIGHT = 216;
    private static final double ROW = 19;
    /** Opacity of the entries for kinds the view does not show. */
    private static final double ABSENT = 0.3;

    private Legend() {
    }

    /** The whole legend, every entry in full colour (no graph yet). */
    static void draw(GraphicsContext gc, GraphRenderer renderer) {
        draw(gc, renderer, EnumSet.allOf(NodeKind.class), EnumSet.allOf(RelationKind.class));
    }

    /**
     * The legend with the node and edge kinds that the view does not show faded (a plan shows concepts and
     * prerequisites only): the entries stay where they are, so the legend never jumps between views.
     */
    static void draw(GraphicsContext gc, GraphRenderer renderer, Set<NodeKind> shownNodes, Set<RelationKind> shownEdges) {
        double x0 = 10;
        double y0 = 10;
        gc.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(x0, y0, WIDTH, HEIGHT, 10, 10);
        gc.setStroke(Color.web("#c9c4b8"));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x0, y0, WIDTH, HEIGHT, 10, 10);
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
            gc.setStroke(Style.edge(kind));
            gc.setLineWidth(Style.width(kind) + 0.6);
            gc.setLineDashes(Style.dashes(kind));
            gc.strokeLine(x0 + 10, y, x0 + 44, y);
            gc.setLineDashes((double[]) null);
            gc.strokeLine(x0 + 38, y - 4, x0 + 44, y);
            gc.strokeLine(x0 + 38, y + 4, x0 + 44, y);
            text(gc, kind == RelationKind.PREREQUISITE ? "prerequisite of" : kind.verb(), x0 + 52, y);
            y += ROW;
        }
        gc.setGlobalAlpha(1);
        gc.setFill(Color.web("#555555"));
        gc.setFont(javafx.scene.text.Font.font("DejaVu Sans", 10.5));
        gc.fillText("size: how central · arrows: a → b", x0 + 10, y + 2);
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
