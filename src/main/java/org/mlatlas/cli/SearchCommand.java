package org.mlatlas.cli;

import java.util.List;
import org.mlatlas.domain.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas search <text>}: find nodes by name, alias, title or question, typos tolerated. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find concepts, papers and resources by name, alias, title, author or question (typo tolerant).")
final class SearchCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "at most this many results (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        String text = String.join(" ", words);
        List<Node> hits = atlas().search(text, limit);
        if (hits.isEmpty()) {
            out().println("Nothing matches \"" + text + "\".");
            return 0;
        }
        int width = hits.stream().mapToInt(n -> n.id().length()).max().orElse(10);
        for (Node n : hits) {
            out().printf("%-" + width + "s  %-8s  %s%n", n.id(), n.kind(), n.name());
        }
        return 0;
    }
}
