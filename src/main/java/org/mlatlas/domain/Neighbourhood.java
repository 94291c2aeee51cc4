package org.mlatlas.domain;

import java.util.List;

/**
 * A node with its direct neighbours.
 *
 * @param node  the node
 * @param links every relationship touching it, with the node at the other end
 */
public record Neighbourhood(Node node, List<Link> links) {
    public Neighbourhood {
        links = List.copyOf(links);
    }

    /**
     * One relationship seen from the node.
     *
     * @param relation the relationship
     * @param outgoing true when the node is its source
     * @param other    the node at the other end
     */
    public record Link(Relation relation, boolean outgoing, Node other) {
    }
}
