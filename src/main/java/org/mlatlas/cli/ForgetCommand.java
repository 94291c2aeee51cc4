package org.mlatlas.cli;

import java.util.ArrayList;
import java.util.List;
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
        } else {
            out().println("Forgot: " + String.join(", ", atlas().markKnown(ids, false)));
        }
        return 0;
    }
}
