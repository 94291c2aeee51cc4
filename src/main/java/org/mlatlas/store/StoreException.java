package org.mlatlas.store;

/** The graph store cannot be reached or used (not a problem with the user's input). */
public final class StoreException extends RuntimeException {
    /** A failure with one clear sentence and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure with one clear sentence. */
    public StoreException(String message) {
        super(message);
    }
}
