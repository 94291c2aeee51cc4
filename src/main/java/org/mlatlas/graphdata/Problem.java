package org.mlatlas.graphdata;

/**
 * One thing wrong with graph data, with where it was found.
 *
 * @param location where, or null for data that does not come from a file (the live graph)
 * @param message  one clear sentence
 */
public record Problem(SourceLocation location, String message) {
    @Override
    public String toString() {
        return location == null ? message : location + ": " + message;
    }
}
