package org.mlatlas.ui.canvas;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.RelationKind;

/**
 * Colours, shapes and fonts of the graph view. The palette is Okabe-Ito (told apart with the common colour
 * vision deficiencies), and kinds differ in shape too: concepts are circles, papers squares, resources
 * diamonds; PREREQUISITE is solid, EXPLAINS dashed, CITES dotted.
 */
public final class Style {
    /** Canvas background. */
    public static final Color BACKGROUND = Color.web("#fbfaf7");
    /** Concept fill (blue). */
    public static final Color CONCEPT = Color.web("#0072B2");
    /** Paper fill (orange). */
    public static final Color PAPER = Color.web("#E69F00");
    /** Resource fill (bluish green). */
    public static final Color RESOURCE = Color.web("#009E73");
    /** Ring around nodes from the user's notes (reddish purple). */
    public static final Color FROM_NOTES = Color.web("#CC79A7");
    /** Ring around nodes of the current plan (vermillion). */
    public static final Color IN_PLAN = Color.web("#D55E00");
    /** Ring around the selected node. */
    public static final Color SELECTED = Color.web("#111111");
    /** Glow under what a reload just added (Okabe-Ito yellow, see-through so the edge shows). */
    public static final Color CHANGED = Color.web("#F0E442", 0.75);
    /** A refused prerequisite cycle and the refused edge (the status line's error red). */
    public static final Color REFUSED = Color.web("#b00020");
    /** Rings around the nodes of a connection's paths (Okabe-Ito sky blue). */
    public static final Color PATH = Color.web("#56B4E9");
    /** Rings around the nodes matching the search text (a dark yellow that reads on the light background). */
    public static final Color MATCH = Color.web("#C9A800");
    /**
     * Nodes faded out of focus (not next to the hovered node, not on the path): a neutral grey, so they never
     * look like known nodes, which keep their kind's colour as an outline.
     */
    public static final Color FADED = Color.web("#d9d6cf");
    /** How far a known node's fill is lightened towards white (its outline keeps the kind's colour). */
    public static final double KNOWN_LIGHTEN = 0.6;
    /** The width of a known node's outline. */
    public static final double KNOWN_OUTLINE = 2;
    /** Label text. */
    public static final Color TEXT = Color.web("#1d1d1d");
    /** Label font. */
    public static final Font LABEL = Font.font("DejaVu Sans", 12);
    /** Font of the selected and hovered nodes' labels. */
    public static final Font LABEL_BOLD = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    /** Legend font. */
    public static final Font LEGEND = Font.font("DejaVu Sans", 12);

    private static final Color PREREQUISITE_EDGE = Color.web("#3b4a5a");
    private static final Color EXPLAINS_EDGE = Color.web("#009E73");
    private static final Color CITES_EDGE = Color.web("#B07800");

    private Style() {
    }

    /** The fill of a node kind. */
    public static Color fill(NodeKind kind) {
        return switch (kind) {
            case CONCEPT -> CONCEPT;
            case PAPER -> PAPER;
            case RESOURCE -> RESOURCE;
        };
    }

    /** The stroke of an edge kind. */
    public static Color edge(RelationKind kind) {
        return switch (kind) {
            case PREREQUISITE -> PREREQUISITE_EDGE;
            case EXPLAINS -> EXPLAINS_EDGE;
            case CITES -> CITES_EDGE;
        };
    }

    /** The dash pattern of an edge kind (null is solid). */
    public static double[] dashes(RelationKind kind) {
        return switch (kind) {
            case PREREQUISITE -> null;
            case EXPLAINS -> new double[] {7, 4};
            case CITES -> new double[] {2, 3};
        };
    }

    /** A known (or read) node's fill: its kind's colour, lightened. */
    public static Color knownFill(NodeKind kind) {
        return fill(kind).interpolate(Color.WHITE, KNOWN_LIGHTEN);
    }

    /** The line width of an edge kind. */
    public static double width(RelationKind kind) {
        return kind == RelationKind.PREREQUISITE ? 1.4 : 1.1;
    }

    /** A node's radius in pixels at a zoom scale, from its importance. */
    public static double radius(double importance, double scale) {
        double base = 4 + 1.6 * Math.sqrt(importance);
        return Math.max(2.5, Math.min(28, base * Math.sqrt(Math.max(scale, 0.05)) * 1.3));
    }
}
