package org.mlatlas.report;

import java.util.List;
import org.mlatlas.domain.Neighbourhood;
import org.mlatlas.domain.RelationKind;

/**
 * How a node's neighbours are grouped and titled wherever they are shown ({@code atlas show}, the explorer's
 * details panel), in the order they are shown: one wording for both.
 */
public enum RelationGroup {
    PREREQUISITES(RelationKind.PREREQUISITE, false, "Prerequisites (know these first)"),
    NEEDED_FOR(RelationKind.PREREQUISITE, true, "Needed for"),
    READINGS(RelationKind.EXPLAINS, false, "Readings that explain it"),
    EXPLAINS(RelationKind.EXPLAINS, true, "Explains"),
    CITES(RelationKind.CITES, true, "Cites"),
    CITED_BY(RelationKind.CITES, false, "Cited by");

    private final RelationKind kind;
    private final boolean outgoing;
    private final String title;

    RelationGroup(RelationKind kind, boolean outgoing, String title) {
        this.kind = kind;
        this.outgoing = outgoing;
        this.title = title;
    }

    /** The group's heading, e.g. "Readings that explain it". */
    public String title() {
        return title;
    }

    /** The node's links in this group, in the neighbourhood's order. */
    public List<Neighbourhood.Link> links(Neighbourhood hood) {
        return hood.links().stream().filter(l -> l.relation().kind() == kind && l.outgoing() == outgoing).toList();
    }
}
