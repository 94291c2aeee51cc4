package org.mlatlas.plan;

import org.mlatlas.domain.Node;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.domain.ReadingRole;

/**
 * A paper or resource suggested for a step of a plan.
 *
 * @param id      the reading's node id
 * @param title   its title
 * @param kind    paper or resource
 * @param arxiv   arXiv id, or null
 * @param url     where to read it, or null
 * @param minutes estimated reading time, or null when unknown
 * @param role    how it relates to the step's concept
 */
public record Reading(String id, String title, NodeKind kind, String arxiv, String url, Integer minutes, ReadingRole role) {

    /** The reading that a node is, with the role it plays for some concept. */
    public static Reading of(Node node, ReadingRole role) {
        return of(node, role, null);
    }

    /** The reading that a node is, taking {@code partMinutes} (a chapter's time) when given instead of the whole. */
    public static Reading of(Node node, ReadingRole role, Integer partMinutes) {
        return new Reading(node.id(), node.name(), node.kind(), node.arxiv(), node.link(),
                partMinutes != null ? partMinutes : node.minutes(), role);
    }
}
