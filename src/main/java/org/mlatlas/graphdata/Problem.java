package org.mlatlas.graphdata;

/**
 * One thing wrong with graph data, with where it was found.
 *
 * @param location   where, or null for data that does not come from a file (the live graph)
 * @param message    one clear sentence
 * @param missingId  for a reference to a node that does not exist, that node's id; for a first reading that does
 *                   not explain its node, the reading's id; else null
 * @param unexplainedReading true for a first reading that does not explain its node (its EXPLAINS edge is missing)
 */
public record Problem(SourceLocation location, String message, String missingId, boolean unexplainedReading) {

    /** A problem that is not a missing reference. */
    public Problem(SourceLocation location, String message) {
        this(location, message, null, false);
    }

    /** A reference to a node that does not exist. */
    public Problem(SourceLocation location, String message, String missingId) {
        this(location, message, missingId, false);
    }

    /** A node's first reading that does not explain it: the reading or its EXPLAINS edge is missing. */
    public static Problem unexplainedReading(SourceLocation location, String message, String readingId) {
        return new Problem(location, message, readingId, true);
    }

    @Override
    public String toString() {
        return location == null ? message : location + ": " + message;
    }
}
