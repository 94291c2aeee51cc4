package org.mlatlas.cli;

import java.nio.file.Path;
import org.mlatlas.imports.ImportFormat;
import org.mlatlas.imports.ImportPlan;
import org.mlatlas.imports.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas import <file|folder> [--format F] [--dry-run]}: bring notes, references and other graphs in. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import notes, references or another prerequisite graph; existing nodes are matched, not duplicated.",
            "Formats: markdown (.md, Obsidian), bibtex (.bib), metacademy (a folder with concepts/), "
                + "lecturebank (its folder, or lecturebank*.tsv lecture files), pairs (.csv/.tsv prerequisite pairs, LectureBank style), cites (.cites, Cora style), json (graph-data)."})
final class ImportCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE|FOLDER", description = "what to import")
    Path source;

    @Option(names = "--format", paramLabel = "F", description = "the format when it cannot be told from the name")
    String format;

    @Option(names = "--dry-run", description = "print what would be created, matched and linked; write nothing")
    boolean dryRun;

    @Option(names = "--topics", paramLabel = "FILE", description = "pairs: the file naming the topic ids (default: found beside the pairs)")
    Path topics;

    @Option(names = "--all", description = "list every item of the report, not the first 25 of each kind")
    boolean all;

    @Override
    public Integer call() throws Exception {
        ImportFormat f = format == null ? null : ImportFormat.parse(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown import format \"" + format + "\" (markdown, bibtex, metacademy, lecturebank, pairs, cites, json)"));
        Importer.Options options = new Importer.Options(f, topics);
        TerminalProgress progress = TerminalProgress.forConsole(spec.commandLine().getErr());
        int limit = all ? Integer.MAX_VALUE : 25;
        if (dryRun) {
            ImportPlan plan = atlas().previewImport(source, options, progress);
            out().print(plan.details(limit));
            out().println(plan.summary());
            out().println("Dry run: nothing was written.");
            return 0;
        }
        ImportPlan plan = atlas().importFrom(source, options, progress);
        out().print(plan.problemList(limit));
        out().println(plan.summary());
        return 0;
    }
}
