package org.mlatlas.domain;

/** A command named a node that does not exist; the message carries "did you mean" suggestions. */
public final class UnknownIdException extends IllegalArgumentException {
    private final String id;

    /** An unknown id with an optional suggestion sentence ("did you mean dpo?"). */
    public UnknownIdException(String id, String suggestion) {
        super("no node \"" + id + "\" in the graph" + (suggestion == null || suggestion.isEmpty() ? "" : "; " + suggestion));
        this.id = id;
    }

    /** The id as typed. */
    public String id() {
        return id;
    }
}
