package org.mlatlas.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas know <id>...}: mark concepts as known, so plans leave them out. */
@Command(name = "know", mixinStandardHelpOptions = true, description = "Mark concepts as known: plans leave them out.")
final class KnowCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "ids, names or aliases")
    List<String> ids;

    @Option(names = "--with-prerequisites", description = "also mark everything these need (\"I know the basics up to here\")")
    boolean withPrerequisites;

    @Override
    public Integer call() throws Exception {
        List<String> marked = atlas().markKnown(ids, true, withPrerequisites);
        out().println(marked.size() > 12 ? "Marked known: " + String.join(", ", marked.subList(0, ids.size()))
                + " and " + (marked.size() - ids.size()) + " prerequisites." : "Marked known: " + String.join(", ", marked));
        return 0;
    }
}
