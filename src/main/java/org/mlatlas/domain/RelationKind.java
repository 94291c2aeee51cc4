package org.mlatlas.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of relationship, each with the node kinds it may join. */
public enum RelationKind {
    /** (a)-[:PREREQUISITE]->(b): know a before b. Between any two nodes. */
    PREREQUISITE(EnumSet.allOf(NodeKind.class), EnumSet.allOf(NodeKind.class), "is a prerequisite of"),
    /** (reading)-[:EXPLAINS]->(concept): a paper or resource that teaches the concept. */
    EXPLAINS(EnumSet.of(NodeKind.PAPER, NodeKind.RESOURCE), EnumSet.of(NodeKind.CONCEPT), "explains"),
    /** (paper)-[:CITES]->(paper). */
    CITES(EnumSet.of(NodeKind.PAPER), EnumSet.of(NodeKind.PAPER), "cites");

    private final Set<NodeKind> fromKinds;
    private final Set<NodeKind> toKinds;
    private final String verb;

    RelationKind(Set<NodeKind> fromKinds, Set<NodeKind> toKinds, String verb) {
        this.fromKinds = fromKinds;
        this.toKinds = toKinds;
        this.verb = verb;
    }

    /** True when a relationship of this kind may run from a node of kind {@code from} to one of kind {@code to}. */
    public boolean allows(NodeKind from, NodeKind to) {
        return fromKinds.contains(from) && toKinds.contains(to);
    }

    /**
     * Says why a relationship between these kinds is refused, e.g. "a concept cannot cite: CITES runs from a
     * paper to a paper"; empty when {@link #allows} is true.
     */
    public Optional<String> whyNot(NodeKind from, NodeKind to) {
        if (allows(from, to)) {
            return Optional.empty();
        }
        return Optional.of(String.format("%s runs from %s to %s, not from a %s to a %s",
                name(), describe(fromKinds), describe(toKinds), from, to));
    }

    /** The verb used in sentences: "explains". */
    public String verb() {
        return verb;
    }

    /** Parses {@code PREREQUISITE}, {@code prerequisite}, {@code requires}, {@code explains}, {@code cites}. */
    public static Optional<RelationKind> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("PREREQ") || t.equals("PREREQUISITE_OF")) {
            return Optional.of(PREREQUISITE);
        }
        for (RelationKind kind : values()) {
            if (kind.name().equals(t)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static String describe(Set<NodeKind> kinds) {
        if (kinds.size() == NodeKind.values().length) {
            return "any node";
        }
        return kinds.stream().map(k -> "a " + k).reduce((a, b) -> a + " or " + b).orElse("");
    }
}
