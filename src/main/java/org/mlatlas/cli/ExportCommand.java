package org.mlatlas.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas export --format json [--out FILE]}: the graph back in the graph-data format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph in the graph-data JSON format (to keep it in git).")
final class ExportCommand extends BaseCommand {
    @Option(names = "--format", defaultValue = "json", description = "json (default)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            throw new IllegalArgumentException("unknown export format \"" + format + "\" (this version exports json)");
        }
        if (out == null) {
            atlas().exportJson(out());
            out().flush();
            return 0;
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".atlas-export", ".json");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            atlas().exportJson(writer);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        out().println("Exported to " + out);
        return 0;
    }
}
