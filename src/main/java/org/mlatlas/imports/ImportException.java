package org.mlatlas.imports;

import org.mlatlas.graphdata.SourceLocation;

/** A source that cannot be imported (malformed, unreadable), with where the problem is; nothing was written. */
public final class ImportException extends IllegalArgumentException {
    private final transient SourceLocation location;

    /** A problem at {@code location} (may be null when it concerns the whole source). */
    public ImportException(SourceLocation location, String message) {
        super(location == null ? message : location + ": " + message);
        this.location = location;
    }

    /** Where the problem is, or null. */
    public SourceLocation location() {
        return location;
    }
}
