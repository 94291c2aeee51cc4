package org.mlatlas.store;

/** The graph store cannot be reached or used (not a problem with the user's input). */
public final class StoreException extends RuntimeException {
    private final boolean storeInUse;

    /** A failure with one clear sentence and its cause. */
    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /** A failure; {@code storeInUse} when another process holds the store's lock. */
    public StoreException(String message, Throwable cause, boolean storeInUse) {
        super(message, cause);
        this.storeInUse = storeInUse;
    }

    /** True when the failure is that another process holds the store. */
    public boolean isStoreInUse() {
        return storeInUse;
    }

    /** A failure with one clear sentence. */
    public StoreException(String message) {
        this(message, null, false);
    }
}
