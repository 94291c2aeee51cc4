package org.mlatlas.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.mlatlas.exports.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas export --format F [--out FILE] [--plan TARGET]}: the graph, or a plan, in another tool's format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the graph (or, with --plan, what a plan reads) for git, Gephi, Cytoscape, Graphviz, "
                + "JabRef/Zotero, Neo4j or your notes.",
            "Formats: json (graph-data, lossless), graphml, gexf, dot, bibtex, cypher, markdown (a plan's checklist)."})
final class ExportCommand extends BaseCommand {
    @Option(names = "--format", defaultValue = "json", paramLabel = "F", description = "json (default), graphml, gexf, dot, bibtex, cypher, markdown")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Option(names = "--plan", paramLabel = "TARGET", description = "export only the plan for TARGET (its steps and readings)")
    String plan;

    @Option(names = "--known", split = ",", paramLabel = "IDS", description = "with --plan: treat these as known for this export only")
    List<String> known = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown export format \"" + format + "\" (" + ExportFormat.names() + ")"));
        if (out == null) {
            atlas().export(f, plan, known, out());
            out().flush();
            return 0;
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a folder; name a file in it, e.g. --out "
                    + out.resolve("graph." + f.extension()));
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".atlas-export", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                atlas().export(f, plan, known, writer);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out().println("Exported to " + out);
        return 0;
    }
}
