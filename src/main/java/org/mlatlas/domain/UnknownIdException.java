package org.mlatlas.domain;

/** A command named a node that does not exist; the message carries "did you mean" suggestions. */
public final class UnknownIdException extends IllegalArgumentException {
    private final String id;

    /** An unknown id with an optional suggestion sentence ("did you mean dpo?"). */
    public UnknownIdException(String id, String suggestion) {
        super("no node \"" + shortened(id) + "\" in the graph" + (suggestion == null || suggestion.isEmpty() ? "" : "; " + suggestion));
        this.id = id;
    }

    /** Text as a message quotes it: at most 80 characters, then how long it was. */
    static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
    }

    /** The id as typed. */
    public String id() {
        return id;
    }
}
