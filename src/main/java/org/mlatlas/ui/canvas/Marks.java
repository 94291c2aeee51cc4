package org.mlatlas.ui.canvas;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.mlatlas.domain.Relation;
import org.mlatlas.domain.RelationKind;
import org.mlatlas.ui.model.VisualGraph;

/**
 * Nodes and edges a frame marks besides hover and selection, by index in the scene: a path between two nodes
 * ("how does A connect to B", the rest faded), a refused prerequisite cycle (in red, with the refused edge
 * dashed), what a reload just added (flashed), and the nodes matching the search box's text.
 *
 * @param pathNodes    nodes of the paths on show, or of the refused cycle; when not empty the rest is faded
 * @param pathEdges    edges of the paths or of the cycle
 * @param refusal      true when the path is a refused cycle (drawn in red)
 * @param refusedFrom  the refused edge's source, or -1
 * @param refusedTo    the refused edge's target, or -1
 * @param changedNodes nodes a reload just added
 * @param changedEdges edges a reload just added
 * @param matches      nodes matching the search text
 */
public record Marks(BitSet pathNodes, BitSet pathEdges, boolean refusal, int refusedFrom, int refusedTo,
                    BitSet changedNodes, BitSet changedEdges, BitSet matches) {
    /** No marks. */
    public static final Marks NONE = new Marks(new BitSet(), new BitSet(), false, -1, -1, new BitSet(), new BitSet(),
            new BitSet());

    /** The paths through these nodes and relationships (by key), the rest of {@code g} faded. */
    public static Marks path(VisualGraph g, Collection<String> nodeIds, Set<String> relationKeys) {
        return new Marks(nodesOf(g, nodeIds), edgesOf(g, relationKeys), false, -1, -1, new BitSet(), new BitSet(),
                new BitSet());
    }

    /** True when the marks fade what is not on the path (a connection or a refused cycle is on show). */
    public boolean fadesOthers() {
        return !pathNodes.isEmpty();
    }

    /** The edge indices of {@code g} whose relation keys are in {@code keys}. */
    static BitSet edgesOf(VisualGraph g, Set<String> keys) {
        BitSet edges = new BitSet();
        if (keys.isEmpty()) {
            return edges;
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            if (keys.contains(Relation.of(g.node(g.from(e)).id(), g.kind(e), g.node(g.to(e)).id()).key())) {
                edges.set(e);
            }
        }
        return edges;
    }

    /** The edge indices of {@code g} joining consecutive nodes of {@code chain} by a prerequisite, in that direction. */
    static BitSet prerequisiteChain(VisualGraph g, List<String> chain) {
        BitSet edges = new BitSet();
        for (int k = 0; k + 1 < chain.size(); k++) {
            int a = g.indexOf(chain.get(k));
            int b = g.indexOf(chain.get(k + 1));
            if (a < 0 || b < 0) {
                continue;
            }
            for (int e : g.incident(a)) {
                if (g.from(e) == a && g.to(e) == b && g.kind(e) == RelationKind.PREREQUISITE) {
                    edges.set(e);
                }
            }
        }
        return edges;
    }

    /** The node indices of {@code g} whose ids are in {@code ids}. */
    static BitSet nodesOf(VisualGraph g, Collection<String> ids) {
        return g.indicesOf(ids instanceof Set<String> set ? set : Set.copyOf(ids));
    }
}
