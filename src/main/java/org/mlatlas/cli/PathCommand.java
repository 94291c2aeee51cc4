package org.mlatlas.cli;

import java.util.ArrayList;
import java.util.List;
import org.mlatlas.plan.Plan;
import org.mlatlas.report.PlanJson;
import org.mlatlas.report.PlanMarkdown;
import org.mlatlas.report.PlanText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas path <target>}: what to read before the target, in order. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = "What should I read before <target>? Prerequisites in order, with readings and minutes.")
final class PathCommand extends BaseCommand {
    @Parameters(paramLabel = "TARGET", description = "id, name or alias of a concept or paper (e.g. dpo); a paper is "
            + "planned through the concepts it introduces")
    String target;

    @Option(names = "--known", split = ",", paramLabel = "IDS",
            description = "treat these as known for this query only, with everything they stand on: knowing ppo is "
                    + "knowing its prerequisites (comma-separated)")
    List<String> known = new ArrayList<>();

    @Option(names = "--known-only", split = ",", paramLabel = "IDS",
            description = "treat these as known for this query only, by themselves: their prerequisites stay in the plan "
                    + "(comma-separated; a milestone still stands for everything it stands on)")
    List<String> knownOnly = new ArrayList<>();

    @Option(names = "--papers", description = "also give the shortest reading list that covers every step")
    boolean papers;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--markdown", description = "a Markdown checklist")
        boolean markdown;

        @Option(names = "--json", description = "JSON")
        boolean json;
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = atlas().plan(target, known, knownOnly, papers);
        out().print(format.json ? PlanJson.format(plan) : format.markdown ? PlanMarkdown.format(plan) : PlanText.format(plan));
        return 0;
    }
}
