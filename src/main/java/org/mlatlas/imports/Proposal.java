package org.mlatlas.imports;

import java.util.List;
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
 * @param optional true when the node is only wanted if it matches an existing one (text beside a link, a
 *                 remark that may name a concept); an optional node that matches nothing is skipped
 * @param hints    more texts to match by (a question as asked), tried like the name
 * @param parts    for a list written on one line ("quantization, NAS, distillation"): the items, each matched
 *                 on its own when the whole text matches nothing exactly
 */
public record Proposal(Node node, Matching matching, boolean replace, String text, SourceLocation at, boolean optional,
                       List<String> hints, List<String> parts) {
    public Proposal {
        hints = List.copyOf(hints);
        parts = List.copyOf(parts);
    }

    /** A proposal that is created when it matches nothing, with no extra hints or parts. */
    public Proposal(Node node, Matching matching, boolean replace, String text, SourceLocation at) {
        this(node, matching, replace, text, at, false, List.of(), List.of());
    }
}
