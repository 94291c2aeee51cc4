package org.mlatlas.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas know <id>...}: mark concepts as known, so plans leave them out. */
@Command(name = "know", mixinStandardHelpOptions = true, description = "Mark concepts as known: plans leave them out.")
final class KnowCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "ids, names or aliases")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        List<String> marked = atlas().markKnown(ids, true);
        out().println("Marked known: " + String.join(", ", marked));
        return 0;
    }
}
