package org.mlatlas.imports;

import org.mlatlas.graphdata.SourceLocation;

/**
 * Something in a source that the import leaves out, and why.
 *
 * @param at     where, or null
 * @param what   the text or item
 * @param reason one short sentence
 */
public record Skipped(SourceLocation at, String what, String reason) {
    @Override
    public String toString() {
        return (at == null ? "" : at + ": ") + what + " (" + reason + ")";
    }
}
