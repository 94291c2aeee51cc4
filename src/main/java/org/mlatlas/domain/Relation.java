package org.mlatlas.domain;

import java.util.Objects;

/**
 * A directed, typed relationship.
 *
 * @param from id of the source node
 * @param kind PREREQUISITE, EXPLAINS or CITES
 * @param to   id of the target node
 * @param note why, or where in the paper; may be null
 * @param role for EXPLAINS, how the reading relates to the concept; null for other kinds
 */
public record Relation(String from, RelationKind kind, String to, String note, ReadingRole role) {

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        if (kind == RelationKind.EXPLAINS && role == null) {
            role = ReadingRole.COVERS;
        }
        if (kind != RelationKind.EXPLAINS) {
            role = null;
        }
    }

    /** A relationship without note (and the default role for EXPLAINS). */
    public static Relation of(String from, RelationKind kind, String to) {
        return new Relation(from, kind, to, null, null);
    }

    /** The identity of the edge: two relations with the same key are duplicates. */
    public String key() {
        return from + " " + kind + " " + to;
    }

    @Override
    public String toString() {
        return "(" + from + ")-[:" + kind + "]->(" + to + ")";
    }
}
