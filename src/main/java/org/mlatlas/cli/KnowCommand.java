package org.mlatlas.cli;

import java.util.List;
import org.mlatlas.app.Atlas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas know <id>...}: mark concepts as known, so plans leave them out (a milestone: with all it stands on). */
@Command(name = "know", mixinStandardHelpOptions = true,
        description = "Mark concepts as known: plans leave them out. Knowing a milestone (e.g. deep-learning-basics) "
                + "is knowing everything it stands on.")
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
        for (Atlas.Milestones m : atlas().milestones(marked.subList(0, ids.size()))) {
            if (m.milestone()) {
                out().println(m.id() + " is a milestone: plans now leave out the " + m.standsOn() + " concepts it stands on.");
            }
        }
        return 0;
    }
}
