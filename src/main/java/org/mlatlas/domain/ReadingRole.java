package org.mlatlas.domain;

import java.util.Locale;
import java.util.Optional;

/** How a reading relates to the concept it EXPLAINS; the planner lists the first two kinds first. */
public enum ReadingRole {
    /** The paper that introduced the idea. */
    INTRODUCES,
    /** A clear explainer: tutorial, survey, blog post, textbook chapter. */
    EXPLAINER,
    /** Discusses or uses the concept (the default). */
    COVERS;

    /** The lower-case word used in graph-data and Neo4j. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code introduces}, {@code explainer}, {@code covers}; empty when unknown. */
    public static Optional<ReadingRole> parse(String text) {
        for (ReadingRole role : values()) {
            if (role.word().equalsIgnoreCase(text.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
