package org.mlatlas.cli;

import org.mlatlas.domain.RelationKind;
import picocli.CommandLine.Parameters;

/** The {@code <from> <KIND> <to>} arguments that link and unlink share. */
final class EdgeArguments {
    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "KIND", description = "PREREQUISITE, EXPLAINS or CITES")
    String kind;

    @Parameters(index = "2", paramLabel = "TO")
    String to;

    /** The relationship kind, or a clear error for an unknown one. */
    RelationKind kind() {
        return RelationKind.parse(kind).orElseThrow(() -> new IllegalArgumentException(
                "unknown relationship kind \"" + kind + "\" (expected PREREQUISITE, EXPLAINS or CITES)"));
    }
}
