package org.mlatlas.imports;

import org.mlatlas.graphdata.SourceLocation;

/**
 * Something in a source that the import leaves out, and why.
 *
 * @param at     where, or null
 * @param what   the text or item
 * @param reason one short sentence
 * @param count  how many items this entry stands for (rows of a file left out for one reason)
 */
public record Skipped(SourceLocation at, String what, String reason, int count) {
    /** One item left out. */
    public Skipped(SourceLocation at, String what, String reason) {
        this(at, what, reason, 1);
    }

    @Override
    public String toString() {
        return (at == null ? "" : at + ": ") + what + " (" + reason + ")";
    }
}
