package org.mlatlas.cli;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.app.Atlas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code atlas forget [id...]}: unmark known nodes (all of them when no id is given). */
@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Unmark known or read nodes: the given ones, or all when none is given.")
final class ForgetCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "ID", description = "ids, names or aliases (default: everything)")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (ids.isEmpty()) {
            int n = atlas().forgetAll();
            out().println("Forgot " + n + (n == 1 ? " known node." : " known nodes."));
            return 0;
        }
        List<String> forgotten = atlas().markKnown(ids, false);
        out().println("Forgot: " + String.join(", ", forgotten));
        for (Atlas.Milestones m : atlas().milestones(forgotten)) {
            if (m.milestone()) {
                out().println(m.id() + " is a milestone: plans include the " + m.standsOn()
                        + " concepts it stands on again (except those you marked known yourself).");
            }
            if (!m.knownAbove().isEmpty()) {
                out().println(m.id() + " is still known through the milestone " + String.join(", ", m.knownAbove())
                        + " (`atlas forget " + String.join(" ", m.knownAbove()) + "` to plan it again).");
            }
        }
        return 0;
    }
}
