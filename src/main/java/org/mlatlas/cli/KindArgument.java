package org.mlatlas.cli;

import org.mlatlas.domain.RelationKind;

/** Parses the KIND argument of link and unlink. */
final class KindArgument {
    private KindArgument() {
    }

    static RelationKind parse(String text) {
        return RelationKind.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown relationship kind \"" + text + "\" (expected PREREQUISITE, EXPLAINS or CITES)"));
    }
}
