package org.mlatlas.domain;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of node in the graph; each is also the Neo4j label of its nodes. */
public enum NodeKind {
    /** An idea to understand: "KL divergence", "RLHF". */
    CONCEPT("Concept"),
    /** A research paper. */
    PAPER("Paper"),
    /** Any other reading: blog post, video, repository, docs, book, course, site. */
    RESOURCE("Resource");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    /** The label as written in Neo4j and in messages, e.g. {@code Concept}. */
    public String label() {
        return label;
    }

    /** True for the kinds a person reads (papers and resources). */
    public boolean isReading() {
        return this != CONCEPT;
    }

    /** Parses a label or a lower-case word ({@code concept}, {@code Paper}); empty when unknown. */
    public static Optional<NodeKind> parse(String text) {
        for (NodeKind kind : values()) {
            if (kind.label.equalsIgnoreCase(text) || kind.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
