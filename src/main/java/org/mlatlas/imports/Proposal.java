package org.mlatlas.imports;

import org.mlatlas.domain.Node;
import org.mlatlas.graphdata.SourceLocation;

/**
 * A node a source names, before it is matched against the graph.
 *
 * @param node     the node as the source describes it; its id is the id it gets if it is created, and the id
 *                 the draft's relationships use for it
 * @param matching how it may be matched to an existing node
 * @param replace  true when a matched node takes this node's values (graph-data JSON); false when only
 *                 missing fields are filled in, lists joined, and the note appended
 * @param text     what the source said, for reports
 * @param at       where, or null
 */
public record Proposal(Node node, Matching matching, boolean replace, String text, SourceLocation at) {
}
