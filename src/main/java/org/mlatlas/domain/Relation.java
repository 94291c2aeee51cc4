package org.mlatlas.domain;

import java.util.Objects;

/**
 * A directed, typed relationship.
 *
 * @param from    id of the source node
 * @param kind    PREREQUISITE, EXPLAINS or CITES
 * @param to      id of the target node
 * @param note    why, or where in the paper; may be null
 * @param role    for EXPLAINS, how the reading relates to the concept; null for other kinds
 * @param minutes for EXPLAINS, the time the relevant part takes (a book's chapter) when it differs from the
 *                whole reading's time; null otherwise
 * @param part    for EXPLAINS, the part of a long reading that covers the concept ("ch. 3.13", "lecture 4");
 *                null for the whole reading or other kinds
 */
public record Relation(String from, RelationKind kind, String to, String note, ReadingRole role, Integer minutes,
                       String part) {

    /** A relationship with a note and (for EXPLAINS) a role, covering the whole reading. */
    public Relation(String from, RelationKind kind, String to, String note, ReadingRole role) {
        this(from, kind, to, note, role, null, null);
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
            part = null;
        }
    }

    /** A relationship without note (and the default role for EXPLAINS). */
    public static Relation of(String from, RelationKind kind, String to) {
        return new Relation(from, kind, to, null, null);
    }

    /** A copy between other ends, everything else kept. */
    public Relation withEnds(String newFrom, String newTo) {
        return new Relation(newFrom, kind, newTo, note, role, minutes, part);
    }

    /** A copy with another note. */
    public Relation withNote(String value) {
        return new Relation(from, kind, to, value, role, minutes, part);
    }

    /** A copy with another role (EXPLAINS only). */
    public Relation withRole(ReadingRole value) {
        return new Relation(from, kind, to, note, value, minutes, part);
    }

    /** A copy that reads only a part of the reading: its name and minutes (EXPLAINS only). */
    public Relation withPart(String partName, Integer partMinutes) {
        return new Relation(from, kind, to, note, role, partMinutes, partName);
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
