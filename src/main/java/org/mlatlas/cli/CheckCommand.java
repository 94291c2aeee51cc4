package org.mlatlas.cli;

import java.util.List;
import org.mlatlas.domain.AtlasGraph;
import org.mlatlas.domain.NodeKind;
import org.mlatlas.graphdata.Problem;
import picocli.CommandLine.Command;

/** {@code atlas check}: validate the live graph as the loader validates graph-data. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the live graph: dangling references, wrong kinds, duplicates, prerequisite cycles.")
final class CheckCommand extends BaseCommand {
    @Override
    public Integer call() throws Exception {
        List<Problem> problems = atlas().check();
        AtlasGraph graph = atlas().snapshot();
        out().printf("%d concepts, %d papers, %d resources, %d relationships.%n", graph.count(NodeKind.CONCEPT),
                graph.count(NodeKind.PAPER), graph.count(NodeKind.RESOURCE), graph.relations().size());
        if (problems.isEmpty()) {
            out().println("No problems found.");
            return 0;
        }
        out().println(problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
        problems.forEach(p -> out().println("  " + p));
        return 1;
    }
}
