package org.mlatlas.domain;

/** An edit the graph refuses (a prerequisite cycle, a wrong kind, a duplicate); nothing was changed. */
public final class RefusedEditException extends IllegalArgumentException {
    /** A refusal with its one-sentence reason. */
    public RefusedEditException(String message) {
        super(message);
    }
}
