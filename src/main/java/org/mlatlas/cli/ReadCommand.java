package org.mlatlas.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas read <paper>...}: mark papers or resources as read. */
@Command(name = "read", mixinStandardHelpOptions = true, description = "Mark papers or resources as read: plans leave them out.")
final class ReadCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "paper or resource ids (arxiv:2305.18290), titles or aliases")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        List<String> marked = atlas().markKnown(ids, true);
        out().println("Marked read: " + String.join(", ", marked));
        return 0;
    }
}
