package org.mlatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mlatlas.app.Atlas;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the application and the output stream. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Object parent;

    /** The application (connects on first use). */
    Atlas atlas() throws Exception {
        return context().atlas();
    }

    AtlasContext context() {
        Object p = parent;
        while (!(p instanceof AtlasCommand)) {
            p = ((BaseCommand) p).parent;
        }
        return ((AtlasCommand) p).context();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
