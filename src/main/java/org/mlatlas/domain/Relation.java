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
 * @param minutes for EXPLAINS, the time the relevant part takes (a book's chapter) when it differs from the
 *             whole reading's time; null otherwise
 */
public record Relation(String from, RelationKind kind, String to, String note, ReadingRole role, Integer minutes) {

    /** A relationship without a part-specific reading time. */
    public Relation(String from, RelationKind kind, String to, String note, ReadingRole role) {
        this(from, kind, to, note, role, null);
    }

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        if (kind == RelationKind.EXPLAINS && role == null) {
            role = ReadingRole.COVERS;
        }
        if (kind != RelationKind.EXPLAINS) {
            role = null;
            minutes = null;
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
