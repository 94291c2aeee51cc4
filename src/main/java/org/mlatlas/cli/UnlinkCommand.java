package org.mlatlas.cli;

import org.mlatlas.domain.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas unlink <from> <KIND> <to>}: remove a relationship. */
@Command(name = "unlink", mixinStandardHelpOptions = true, description = "Remove a relationship.")
final class UnlinkCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "KIND", description = "PREREQUISITE, EXPLAINS or CITES")
    String kind;

    @Parameters(index = "2", paramLabel = "TO")
    String to;

    @Override
    public Integer call() throws Exception {
        Relation removed = atlas().unlink(from, KindArgument.parse(kind), to);
        out().println("Removed " + removed.from() + " " + removed.kind() + " " + removed.to() + ".");
        return 0;
    }
}
