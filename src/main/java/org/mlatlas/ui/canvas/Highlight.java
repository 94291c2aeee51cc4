package org.mlatlas.ui.canvas;

import java.util.BitSet;

/**
 * What a frame emphasises, by node index in the scene.
 *
 * @param selected  the selected node, or -1
 * @param hovered   the node under the mouse, or -1
 * @param inPlan    nodes of the current plan
 * @param linkFrom  while dragging a new relationship: its source node, else -1
 * @param linkToX   the drag's current screen x
 * @param linkToY   the drag's current screen y
 * @param marks     paths, a refused cycle, what a reload changed, search matches
 */
public record Highlight(int selected, int hovered, BitSet inPlan, int linkFrom, double linkToX, double linkToY,
                        Marks marks) {
    /** A highlight without marks. */
    public Highlight(int selected, int hovered, BitSet inPlan, int linkFrom, double linkToX, double linkToY) {
        this(selected, hovered, inPlan, linkFrom, linkToX, linkToY, Marks.NONE);
    }

    /** Nothing highlighted. */
    public static Highlight none() {
        return new Highlight(-1, -1, new BitSet(), -1, 0, 0);
    }
}
