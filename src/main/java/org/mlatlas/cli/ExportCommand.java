package org.mlatlas.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
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
    private static final SecureRandom RANDOM = new SecureRandom();

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
        Path target = linkTarget(out);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = temporaryFileBeside(target);
        try {
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                atlas().export(f, plan, known, writer);
            }
            keepMode(target, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        out().println("Exported to " + out);
        return 0;
    }

    /** Where {@code out} leads: the file at the end of its symbolic links (written there, the links kept). */
    private static Path linkTarget(Path out) throws IOException {
        Path target = out.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == 40) {
                throw new IllegalArgumentException("--out " + out + " is a loop of symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        return target;
    }

    /**
     * A new empty file beside {@code target} to write into, with the mode any new file gets there (the umask; a
     * temporary file would be owner-only); a folder that takes no new file is named by --out, not by that file.
     */
    private Path temporaryFileBeside(Path target) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".atlas-export");
        try {
            return Files.createFile(tmp);
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied in " + target.getParent()
                    : e instanceof NoSuchFileException ? target.getParent() + " takes no new files"
                    : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
            throw new IllegalArgumentException("cannot write --out " + out + ": " + why);
        }
    }

    /** Gives {@code tmp} the mode of the file it replaces, if there is one. */
    private static void keepMode(Path target, Path tmp) throws IOException {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without modes
        }
    }
}
