package org.mlatlas.graphdata;

/**
 * One thing wrong with graph data, with where it was found.
 *
 * @param location  where, or null for data that does not come from a file (the live graph)
 * @param message   one clear sentence
 * @param missingId for a reference to a node that does not exist, that node's id; else null
 */
public record Problem(SourceLocation location, String message, String missingId) {

    /** A problem that is not a missing reference. */
    public Problem(SourceLocation location, String message) {
        this(location, message, null);
    }

    @Override
    public String toString() {
        return location == null ? message : location + ": " + message;
    }
}
