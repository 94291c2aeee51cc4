package org.mlatlas.cli;

import org.mlatlas.domain.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atlas unlink <from> <KIND> <to>}: remove a relationship. */
@Command(name = "unlink", mixinStandardHelpOptions = true, description = "Remove a relationship.")
final class UnlinkCommand extends BaseCommand {
    @Mixin
    EdgeArguments edge;

    @Override
    public Integer call() throws Exception {
        Relation removed = atlas().unlink(edge.from, edge.kind(), edge.to);
        out().println("Removed " + removed.from() + " " + removed.kind() + " " + removed.to() + ".");
        return 0;
    }
}
